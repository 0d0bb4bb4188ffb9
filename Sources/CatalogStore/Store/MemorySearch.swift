import Foundation
import GRDB

/// A search answered from a `SearchSnapshot`: matching, filtering, bm25, facets and the choice of the
/// page all in memory; SQL only resolves filter values and reads the page's rows.
///
/// The answer is the SQL plan's (`SearchPlan.run`), hit for hit: the same records, the same order with
/// ties by number, and the same relevance to the last bit, because bm25 is computed as FTS5's `bm25()`
/// computes it (`fts5_aux.c`): for each phrase of the expression in order,
/// `idf × (f × (k1 + 1)) / (f + k1 × (1 − b + b × D / avgdl))` with k1 = 1.2, b = 0.75,
/// f the phrase's occurrences weighted by column, D the row's words, avgdl the mean over all rows, and
/// idf = ln((N − n + 0.5) / (n + 0.5)) over the N rows and the n that hold the phrase (1e-6 when not
/// positive). A phrase matches where its words stand one after another in one column, counted per
/// occurrence as FTS5 counts them. A query with a word that has a character outside a–z and 0–9, or that
/// would decode more postings than `PostingBudget` allows, is left to the SQL plan (`run` returns nil).
///
/// Bit-for-bit equality holds where SQLite's C code and Swift round the same operations the same way,
/// as on x86-64, where neither fuses a multiply and an add; a C compiler that contracts them (usual on
/// arm64) could move a relevance by one unit in the last place, and so the order of near-ties.
/// `MemorySearchTests` compares every relevance exactly and would show it.
struct MemorySearch {
    let plan: SearchPlan
    let snapshot: SearchSnapshot
    /// Postings a query may decode; nil: eight per row of the index, at least 2²⁰.
    var postingLimit: Int?

    /// One phrase of the expression: the rows that hold it, with its weighted count in each, and its idf.
    private struct Phrase {
        var postings: [TermIndex.Posting]
        var idf: Double
    }

    func run() throws -> SearchResult? {
        let request = plan.request
        let query = plan.query
        var budget = PostingBudget(limit: postingLimit ?? max(1 << 20, 8 * snapshot.terms.rowCount))
        // Filter values are resolved before anything else, as the SQL plan does: an unknown one is the
        // same usage error.
        let allowed = try allowedRecords()
        var candidates: [Int32] = []
        var relevance: [Double] = []
        if query.matchExpression == nil {
            candidates = allowed.members().filter(passesColumnFilters)
        } else {
            var groups: [[Phrase]] = []
            for group in query.groups {
                guard let phrases = phrases(of: group, &budget) else { return nil }
                groups.append(phrases)
            }
            guard let excluded = phrases(of: query.excluded, &budget) else { return nil }
            candidates = matching(groups, excluded, allowed)
            if request.minScore != nil || request.modifiedSince != nil { candidates = candidates.filter(passesColumnFilters) }
            relevance = bm25(candidates, groups.flatMap { $0 })
        }
        let page = choosePage(candidates, relevance, hasText: query.matchExpression != nil)
        let offset = max(0, request.offset)
        let hits = try plan.pageHits(page.map { (Int64(candidates[$0]), relevance.isEmpty ? nil : relevance[$0]) },
                                     offset: offset)
        var facets: [String: [FacetCount]] = [:]
        if request.facets {
            facets = snapshot.facets.counts(of: candidates, limit: request.facetLimit).facets
        }
        return SearchResult(total: candidates.count, hits: hits, facets: facets, match: plan.match)
    }

    /// Live records with a value of every filtered facet (any of the values asked for in each).
    private func allowedRecords() throws -> RecordBits {
        var allowed = snapshot.records.liveRecords
        let count = snapshot.records.count
        for facet in Facet.allCases {
            guard let values = plan.request.filters[facet], !values.isEmpty else { continue }
            var wanted = Set<Int32>()
            for value in values {
                for id in try plan.facetValueIDs(facet, value) {
                    if let dense = snapshot.facets.denseIndex(ofValueID: id) { wanted.insert(dense) }
                }
            }
            allowed.formIntersection(snapshot.facets.records(withAnyOf: wanted, count: count))
        }
        return allowed
    }

    /// The minimum score and the modified date, which are not in `allowedRecords`.
    private func passesColumnFilters(_ record: Int32) -> Bool {
        let records = snapshot.records, r = Int(record)
        if let minScore = plan.request.minScore, Int(records.score[r]) < minScore { return false }
        if let since = plan.request.modifiedSince {
            // SQLite compares text byte by byte.
            guard let modified = records.modified[r], !modified.utf8.lexicographicallyPrecedes(since.utf8) else {
                return false
            }
        }
        return true
    }

    /// How many postings a query may hold decoded (8 bytes each): beyond it, SQL answers. Thirty-two
    /// broad prefixes at a million records would otherwise hold hundreds of MB for one request.
    private struct PostingBudget {
        let limit: Int
        var used = 0

        mutating func take(_ n: Int) -> Bool {
            used += n
            return used <= limit
        }
    }

    /// The phrases of every form of the terms, in the expression's order; nil as soon as one is nil.
    private func phrases(of terms: [QueryTerm], _ budget: inout PostingBudget) -> [Phrase]? {
        var out: [Phrase] = []
        for term in terms {
            for form in term.forms {
                guard let phrase = phrase(form, &budget) else { return nil }
                out.append(phrase)
            }
        }
        return out
    }

    /// The phrase of one form, nil when the snapshot cannot evaluate it or the budget is spent.
    private func phrase(_ form: QueryForm, _ budget: inout PostingBudget) -> Phrase? {
        let terms = snapshot.terms
        let postings: [TermIndex.Posting]
        switch form {
        case .word(let word):
            guard Self.isPlain(word) else { return nil }
            let term = terms.term(word)
            guard budget.take(term.map(terms.frequency) ?? 0) else { return nil }
            postings = term.map(terms.postings) ?? []
        case .prefix(let prefix):
            guard Self.isPlain(prefix) else { return nil }
            let matching = terms.terms(withPrefix: prefix)
            guard budget.take(matching.reduce(0) { $0 + terms.frequency($1) }) else { return nil }
            postings = merged(matching)
        case .phrase(let words):
            guard words.allSatisfy(Self.isPlain) else { return nil }
            let found = words.compactMap(terms.term)
            guard found.count == words.count else {
                return Phrase(postings: [], idf: idf(holding: 0))
            }
            guard budget.take(found.reduce(0) { $0 + terms.frequency($1) }) else { return nil }
            postings = terms.phrasePostings(found)
        }
        return Phrase(postings: postings, idf: idf(holding: postings.count))
    }

    /// FTS5's idf of a phrase that `holding` of the index's rows hold.
    private func idf(holding: Int) -> Double {
        let rows = Double(snapshot.terms.rowCount), holding = Double(holding)
        let idf = log((rows - holding + 0.5) / (holding + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// Lower-case ASCII letters and digits: one `unicode61` token, as the index holds it.
    private static func isPlain(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// The postings of a prefix: every row holding any of the terms, their weighted counts summed.
    private func merged(_ terms: [Int32]) -> [TermIndex.Posting] {
        let index = snapshot.terms
        guard terms.count > 1 else { return terms.first.map(index.postings) ?? [] }
        let total = terms.reduce(0) { $0 + index.frequency($1) }
        var out: [TermIndex.Posting] = []
        if total <= (index.maxRecord + 1) / 8 {
            var all: [TermIndex.Posting] = []
            all.reserveCapacity(total)
            for term in terms { index.forEachPosting(term) { all.append($0) } }
            all.sort { $0.record < $1.record }
            for posting in all {
                if let last = out.last, last.record == posting.record {
                    out[out.count - 1].weighted += posting.weighted
                } else {
                    out.append(posting)
                }
            }
        } else {
            var sums = [UInt32](repeating: 0, count: index.maxRecord + 1)
            for term in terms { index.forEachPosting(term) { sums[Int($0.record)] += $0.weighted } }
            for (record, weighted) in sums.enumerated() where weighted > 0 {
                out.append(TermIndex.Posting(record: Int32(record), weighted: weighted))
            }
        }
        return out
    }

    /// Allowed rows that hold a phrase of every group and no excluded phrase, in record order.
    private func matching(_ groups: [[Phrase]], _ excluded: [Phrase], _ allowed: RecordBits) -> [Int32] {
        let first = union(groups[0])
        if groups.count == 1, excluded.isEmpty { return first.filter { allowed.contains(Int($0)) } }
        // marks[r] = how many groups in a row r has matched so far; excluded rows never match the first.
        var marks = [UInt8](repeating: 0, count: snapshot.terms.maxRecord + 1)
        let excludedMark: UInt8 = 0xFF
        for phrase in excluded { for p in phrase.postings { marks[Int(p.record)] = excludedMark } }
        for (g, group) in groups.enumerated() {
            let before = UInt8(g), after = UInt8(g + 1)
            for phrase in group {
                for p in phrase.postings where marks[Int(p.record)] == before { marks[Int(p.record)] = after }
            }
        }
        let all = UInt8(groups.count)
        return first.filter { marks[Int($0)] == all && allowed.contains(Int($0)) }
    }

    /// The rows that hold any of the phrases, in record order.
    private func union(_ phrases: [Phrase]) -> [Int32] {
        var merged = phrases.first.map { $0.postings.map(\.record) } ?? []
        for phrase in phrases.dropFirst() {
            var out: [Int32] = []
            out.reserveCapacity(merged.count + phrase.postings.count)
            var i = 0
            for p in phrase.postings {
                while i < merged.count, merged[i] < p.record {
                    out.append(merged[i])
                    i += 1
                }
                if i < merged.count, merged[i] == p.record { i += 1 }
                out.append(p.record)
            }
            out.append(contentsOf: merged[i...])
            merged = out
        }
        return merged
    }

    /// FTS5's bm25 of each candidate (higher is better: the SQL plan's `-bm25(…)`).
    private func bm25(_ candidates: [Int32], _ phrases: [Phrase]) -> [Double] {
        let k1 = 1.2, b = 0.75
        let terms = snapshot.terms
        let averageLength = terms.averageLength
        var scores = [Double](repeating: 0, count: candidates.count)
        for phrase in phrases {
            var j = 0
            for p in phrase.postings {
                while j < candidates.count, candidates[j] < p.record { j += 1 }
                if j == candidates.count { break }
                guard candidates[j] == p.record else { continue }
                let f = Double(p.weighted), length = Double(terms.lengths[Int(p.record)])
                scores[j] += phrase.idf * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / averageLength)))
            }
        }
        return scores
    }

    /// Positions in `candidates` of the requested page, in the SQL plan's order (ties by number).
    private func choosePage(_ candidates: [Int32], _ relevance: [Double], hasText: Bool) -> [Int] {
        let request = plan.request
        let records = snapshot.records
        let sort: SearchSort = request.sort == .relevance && !hasText ? .score : request.sort
        let before: (Int, Int) -> Bool
        switch sort {
        case .relevance:
            before = { a, b in relevance[a] != relevance[b] ? relevance[a] > relevance[b] : candidates[a] < candidates[b] }
        case .score:
            before = { a, b in
                let x = records.score[Int(candidates[a])], y = records.score[Int(candidates[b])]
                return x != y ? x > y : candidates[a] < candidates[b]
            }
        case .modified:
            before = { a, b in
                switch (records.modified[Int(candidates[a])], records.modified[Int(candidates[b])]) {
                case let (x?, y?) where !x.utf8.elementsEqual(y.utf8): return y.utf8.lexicographicallyPrecedes(x.utf8)
                case (nil, _?): return false
                case (_?, nil): return true
                default: return candidates[a] < candidates[b]
                }
            }
        }
        let offset = max(0, request.offset), limit = max(0, request.limit)
        guard offset < candidates.count else { return [] }
        return Array(firstInOrder(plan.pageEnd(offset, limit), of: Array(candidates.indices), by: before).dropFirst(offset))
    }
}
