import Foundation
import GRDB

/// What the store remembers of one page between runs.
public struct PageMemory: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?
    /// The page's next link when it was last parsed (a 304 does not show it again).
    public var nextURL: String?
    public var datasets: Int
    public var totalItems: Int?

    public init(etag: String? = nil, lastModified: String? = nil, nextURL: String? = nil, datasets: Int = 0, totalItems: Int? = nil) {
        self.etag = etag; self.lastModified = lastModified; self.nextURL = nextURL; self.datasets = datasets
        self.totalItems = totalItems
    }
}

extension CatalogStore {
    public func pageMemory(source: String, url: String) throws -> PageMemory? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: """
                SELECT etag, last_modified, next_url, datasets, total_items FROM page_validator WHERE source_id = ? AND url = ?
                """), arguments: [source, url]).map {
                PageMemory(etag: $0["etag"], lastModified: $0["last_modified"], nextURL: $0["next_url"],
                           datasets: $0["datasets"], totalItems: $0["total_items"])
            }
        }
    }

    public func remember(page: PageMemory, source: String, url: String, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO page_validator (source_id, url, etag, last_modified, next_url, datasets, total_items, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                    next_url = excluded.next_url, datasets = excluded.datasets, total_items = excluded.total_items,
                    fetched_at = excluded.fetched_at
                """, arguments: [source, url, page.etag, page.lastModified, page.nextURL, page.datasets, page.totalItems,
                                 StoreTime.string(date)])
        }
    }

    /// Forgets a page's validators (after a failed parse the next run must fetch it in full).
    public func forget(page url: String, source: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM page_validator WHERE source_id = ? AND url = ?", arguments: [source, url])
        }
    }
}
