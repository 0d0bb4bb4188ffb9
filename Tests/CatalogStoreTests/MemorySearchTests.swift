import DCAT
import Foundation
import GRDB
import Quality
import RDF
import RDFIO
import TestSupport
import Testing
@testable import CatalogStore

/// The in-memory search (`TermIndex`, `MemorySearch`) must give the SQL plan's answer exactly: the same
/// vocabulary as FTS5, and for every query it evaluates the same total, hits in order, relevance to the
/// last bit, and facet counts.
@Suite(.serialized) struct MemorySearchTests {
    /// Every real-world sample in Turtle, RDF/XML and N-Triples (English, German, French, Swedish and Dutch
    /// text) and every fixture, each file its own source; then a few records withdrawn.
    static func store() throws -> TemporaryStore {
        let t = try TemporaryStore()
        var files: [String] = []
        for folder in ["turtle", "rdfxml", "ntriples"] {
            guard let dir = try SharedFolder.url("specs/samples/" + folder) else { continue }
            files += try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.path + "/" + $0 }
        }
        let fixtures = SharedFolder.packageRoot.appendingPathComponent("fixtures/dcat").path
        files += try FileManager.default.contentsOfDirectory(atPath: fixtures).sorted().map { fixtures + "/" + $0 }
        let scorer = Scorer()
        for path in files {
            var graph = Graph()
            guard (try? RDFReaders.read(try FileByteSource(path: path), explicit: nil,
                                        options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString), into: &graph)) != nil
            else { continue }
            let source = (path as NSString).lastPathComponent
            let records = DCATMapper(sourceID: source, parallel: false).map(graph).datasets
                .map { ScoredRecord(dataset: $0, quality: scorer.score($0)) }
            guard !records.isEmpty else { continue }
            try t.store.register(SourceInfo(id: source))
            try t.store.writePage(source: source, run: nil, records: records)
        }
        try t.store.register(SourceInfo(id: "inline"))
        let inline = Feed.dataset("greek", title: "Ελληνικά δεδομένα και fietspaden", description: "日本語のデータ, Straße, Fryslân")
            + Feed.dataset("tie-a", title: "Gelijkspel", description: "Zelfde tekst.")
            + Feed.dataset("tie-b", title: "Gelijkspel", description: "Zelfde tekst.")
        try t.store.writePage(source: "inline", run: nil, records: try Feed.records(inline))
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE record SET withdrawn_at = '2026-11-01T00:00:00Z' WHERE id % 11 = 3")
        }
        try queue.close()
        return t
    }

    @Test func columnWeightsAreTheSQLPlans() {
        #expect(TermIndex.columnWeights.map { "\($0).0" }.joined(separator: ", ") == CatalogStore.columnWeights)
    }

    /// Words, rows per word, and words per row read as FTS5's own `fts5vocab` and `docsize` tables read.
    @Test func vocabularyAndLengthsAreFTS5s() throws {
        let t = try Self.store()
        let queue = try DatabaseQueue(path: t.path)
        defer { try? queue.close() }
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, record_fts, 'row')")
            let index = try TermIndex(db)
            let fts = try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.vocabulary ORDER BY term")
                .map { ($0[0] as String, $0[1] as Int) }
            let ours = index.vocabulary()
            #expect(ours.count == fts.count)
            #expect(ours.count > 1_000)
            for (a, b) in zip(ours, fts) where a.word != b.0 || a.rows != b.1 {
                Issue.record("vocabulary differs: ours \(a), FTS5 \(b)")
                break
            }
            let rows = try Int.fetchOne(db, sql: "SELECT count(*) FROM record_fts") ?? 0
            let words = try Int.fetchOne(db, sql: "SELECT sum(cnt) FROM temp.vocabulary") ?? 0
            #expect(index.rowCount == rows)
            #expect(index.averageLength == Double(words) / Double(rows))
            #expect(index.lengths.reduce(0) { $0 + Int($1) } == words)
        }
    }

    @Test func everyEvaluatedQueryAgreesWithTheSQLPlan() throws {
        let t = try Self.store()
        let requests = try t.store.read { db -> [SearchRequest] in
            let vocabulary = try TermIndex(db).vocabulary().map(\.word).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
            let themes = try String.fetchAll(db, sql: "SELECT value FROM facet_value WHERE facet = 'theme' ORDER BY value LIMIT 3")
            let formats = try String.fetchAll(db, sql: "SELECT value FROM facet_value WHERE facet = 'format' ORDER BY value LIMIT 2")
            let ratings = try String.fetchAll(db, sql: "SELECT value FROM facet_value WHERE facet = 'rating' ORDER BY value")
            let sources = try String.fetchAll(db, sql: "SELECT id FROM source ORDER BY id")
            var texts = ["", "gelijkspel", "fietspaden", "data -water", "NOT data", "data OR water", "open data -csv",
                         "\"open data\"", "zonne-energie", "s-hertogenbosch", "data \"base registry\"", "-\"open data\" data",
                         "\"data data\"", "\"van de\" OR \"of the\""]
            // Phrases of two and three words that stand in titles (and some that do not).
            let titles = try String.fetchAll(db, sql: "SELECT title FROM record ORDER BY id")
            for (i, title) in titles.enumerated() where i % 3 == 0 {
                let words = title.split(separator: " ")
                if words.count >= 2 { texts.append("\"" + words.prefix(2).joined(separator: " ") + "\"") }
                if words.count >= 4 { texts.append("\"" + words.dropFirst().prefix(3).joined(separator: " ") + "\"") }
                if words.count >= 3 { texts.append("\"" + words[2] + " " + words[0] + "\"") }
            }
            for (i, word) in vocabulary.enumerated() where i % 9 == 0 { texts.append(word) }
            for (i, word) in vocabulary.enumerated() where i % 37 == 0 && word.count >= 4 {
                texts.append(String(word.prefix(2)) + "*")
                texts.append(String(word.prefix(4)) + "*")
                texts.append(word + " " + vocabulary[(i * 7) % vocabulary.count])
                texts.append(word + " OR " + vocabulary[(i * 13) % vocabulary.count])
            }
            var out: [SearchRequest] = []
            for (i, text) in texts.enumerated() {
                var r = SearchRequest(text: text)
                r.sort = SearchSort.allCases[i % 3]
                out.append(r)
                if i % 4 == 0 {
                    r.filters[.theme] = [themes[i % themes.count]]
                    out.append(r)
                    r.filters[.format] = formats
                    r.minScore = 100
                    out.append(r)
                }
                if i % 6 == 1 {
                    // The facets read from the record row (rating, source), alone and with a linked one.
                    var own = SearchRequest(text: text)
                    own.filters[.rating] = [ratings[i % ratings.count]]
                    out.append(own)
                    own.filters[.source] = [sources[i % sources.count], sources[(i + 1) % sources.count]]
                    own.filters[.theme] = [themes[i % themes.count]]
                    out.append(own)
                }
                if i % 5 == 0 {
                    var paged = SearchRequest(text: text)
                    paged.offset = 3; paged.limit = 7; paged.facetLimit = 3; paged.modifiedSince = "2020-01-01"
                    out.append(paged)
                    paged.facets = false
                    out.append(paged)
                }
            }
            return out
        }
        #expect(requests.count > 500)
        var evaluated = 0
        try t.store.read { db in
            let snapshot = try SearchSnapshot(db)
            for request in requests {
                let plan = SearchPlan(db: db, request: request, facetIndex: nil)
                guard let memory = try MemorySearch(plan: plan, snapshot: snapshot).run() else {
                    Issue.record("not evaluated in memory: \(request.text)")
                    continue
                }
                evaluated += 1
                let sql = try plan.run()
                #expect(memory.total == sql.total, "\(request)")
                #expect(memory.hits == sql.hits, "\(request)")
                #expect(memory.facets == sql.facets, "\(request)")
                #expect(memory.match == sql.match)
            }
        }
        #expect(evaluated == requests.count)
        let broad = try t.store.search(SearchRequest(text: "data"))
        #expect(broad.total > 20)
    }

    @Test func wordsOutsideTheIndexAlphabetAreLeftToSQL() throws {
        let t = try Self.store()
        try t.store.read { db in
            let snapshot = try SearchSnapshot(db)
            for text in ["Ελληνικά", "\"Ελληνικά δεδομένα\"", "data 日本語のデータ"] {
                let plan = SearchPlan(db: db, request: SearchRequest(text: text), facetIndex: nil)
                #expect(try MemorySearch(plan: plan, snapshot: snapshot).run() == nil, "\(text)")
            }
            var unknown = SearchRequest(text: "data")
            unknown.filters[.theme] = ["NOPE"]
            #expect(throws: UnknownFacetValue.self) {
                try MemorySearch(plan: SearchPlan(db: db, request: unknown, facetIndex: nil), snapshot: snapshot).run()
            }
        }
    }

    /// A page past the end, a huge offset and a negative one give the SQL plan's answer (no overflow).
    @Test func pagesAtTheEdgesAgreeWithTheSQLPlan() throws {
        let t = try Self.store()
        try t.store.read { db in
            let snapshot = try SearchSnapshot(db)
            for (offset, limit) in [(Int.max, 20), (Int.max - 5, 10), (-4, 3), (10_000, 5), (0, Int.max), (0, 0)] {
                var request = SearchRequest(text: "data")
                request.offset = offset
                request.limit = limit
                let plan = SearchPlan(db: db, request: request, facetIndex: nil)
                let memory = try #require(try MemorySearch(plan: plan, snapshot: snapshot).run())
                let sql = try plan.run()
                #expect(memory.total == sql.total && memory.total > 0)
                #expect(memory.hits == sql.hits, "offset \(offset), limit \(limit)")
            }
        }
    }

    /// A query whose postings would pass the budget is left to SQL; one within it is not.
    @Test func aQueryOverThePostingBudgetIsLeftToSQL() throws {
        let t = try Self.store()
        try t.store.read { db in
            let snapshot = try SearchSnapshot(db)
            // Postings per two-letter prefix, then the broadest 32 prefixes OR-ed.
            var postings: [String: Int] = [:]
            for (word, rows) in snapshot.terms.vocabulary() where word.utf8.count >= 2 && word.utf8.allSatisfy({ $0 < 0x80 }) {
                postings[String(word.prefix(2)), default: 0] += rows
            }
            let broadest = postings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(SearchQuery.maxTerms)
            let needed = broadest.reduce(0) { $0 + $1.value }
            let text = broadest.map { $0.key + "*" }.joined(separator: " OR ")
            let plan = SearchPlan(db: db, request: SearchRequest(text: text), facetIndex: nil)
            #expect(try MemorySearch(plan: plan, snapshot: snapshot, postingLimit: needed - 1).run() == nil)
            let within = try #require(try MemorySearch(plan: plan, snapshot: snapshot, postingLimit: needed).run())
            #expect(within.total == (try plan.run()).total)
            #expect(try MemorySearch(plan: plan, snapshot: snapshot).run() != nil)  // the default's floor is 2²⁰
        }
    }
}
