import CatalogStore
import Foundation
import HTTPTypes

/// Encoded answers remembered until the catalog changes. Encoding a search page (hits and facets) with
/// Foundation's JSONEncoder cost more than finding it once its result was remembered (~60 % of the
/// server's CPU on a repeated search), so the bytes are kept too. The key must hold everything the bytes
/// depend on besides the catalog: the request target, the negotiated type, the base URL of the links.
final class ReplyCache: Sendable {
    struct Stored: Sendable {
        let body: Data
        let headers: HTTPFields
    }

    private let store: CatalogStore
    private let replies: GenerationCache<String, Stored>

    init(store: CatalogStore, capacity: Int = 1_024) {
        self.store = store
        self.replies = GenerationCache(capacity: capacity)
    }

    /// The remembered answer for `key`, or `produce`'s, remembered; both on the store queue. Errors pass
    /// through and are not remembered.
    func reply(_ key: String, produce: @escaping @Sendable () throws -> Stored) async throws -> Stored {
        let store = self.store, replies = self.replies
        return try await StoreWork.run {
            let generation = try store.generation()
            if let hit = replies.value(for: key, generation: generation) { return hit }
            let made = try produce()
            replies.remember(made, for: key, generation: generation)
            return made
        }
    }
}
