/// One controlled vocabulary whose concepts are `base + code` (the EU NAL pattern).
///
/// A class, though it is never changed: the mapper and the store's facets pick a vocabulary for each value
/// they read, and as a struct each pick copied it whole (a retain of each of its strings and tables, and a
/// release after).
public final class ControlledVocabulary: Sendable {
    public let name: String
    public let base: String
    let table: VocabularyTable
    /// Upper-cased code -> code, for case-insensitive repair (`public` -> `PUBLIC`).
    let folded: [String: String]
    let prefix: VocabularyBase

    init(name: String, base: String, table: VocabularyTable) {
        self.name = name
        self.base = base
        self.table = table
        self.prefix = VocabularyBase(base)
        var folded: [String: String] = [:]
        for k in table.keys { folded[k.uppercased()] = k }
        self.folded = folded
    }

    public var codes: [String] { table.keys }
    public func iri(_ code: String) -> String { base + code }
    public func contains(code: String) -> Bool { table.contains(code) }
    public func label(_ code: String, column: Int = 1) -> String? {
        guard let v = table.value(code, column), !v.isEmpty else { return nil }
        return v
    }

    /// The code when `iri` is a concept of this vocabulary (http or https, exact code).
    public func code(of iri: String) -> String? {
        guard let local = prefix.local(iri), table.contains(local) else { return nil }
        return local
    }

    /// True when the IRI lies in this vocabulary's namespace (known code or not).
    public func owns(_ iri: String) -> Bool { prefix.matches(iri) }

    /// Repairs an IRI in this vocabulary's namespace whose code is wrong by case or by a small typo
    /// (`RESTRICED` -> `RESTRICTED`). Nil when the IRI is fine, foreign, or beyond repair.
    public func repair(_ iri: String) -> String? {
        guard let local = prefix.local(iri) else { return nil }
        if table.contains(local) { return prefix.isSpelledOut(iri, local: local) ? nil : base + local }
        let trimmed = local.trimmingSuffix("/")
        if let exact = folded[trimmed.uppercased()] { return base + exact }
        // Typos: the unique code within edit distance 2 (codes are short, the list is small).
        var best: String?
        var bestDistance = 3
        var tie = false
        for code in table.keys {
            let d = VocabularyMatch.editDistance(trimmed.uppercased(), code.uppercased(), limit: 2)
            if d < bestDistance { best = code; bestDistance = d; tie = false } else if d == bestDistance { tie = true }
        }
        guard let best, !tie, trimmed.count >= 3 else { return nil }
        return base + best
    }

    /// Finds a code from a free-text value: the code itself or a label in any column.
    public func match(text: String) -> String? {
        let t = FastText.trimmingWhitespaceAndNewlines(text)
        if let c = folded[t.uppercased()] { return c }
        return labelIndex[t.lowercased()]
    }

    var labelIndex: [String: String] {
        VocabularyLabelCache.shared.index(for: self)
    }
}

import Foundation

/// Lower-cased label -> code, built once per vocabulary.
final class VocabularyLabelCache: @unchecked Sendable {
    static let shared = VocabularyLabelCache()
    private var cache: [String: [String: String]] = [:]
    private let lock = NSLock()

    func index(for v: ControlledVocabulary) -> [String: String] {
        lock.lock(); defer { lock.unlock() }
        if let c = cache[v.name] { return c }
        var idx: [String: String] = [:]
        for row in v.table.rows {
            for label in row.dropFirst() where !label.isEmpty && label != "0" && label != "1" {
                let k = label.lowercased()
                if idx[k] == nil { idx[k] = row[0] }
            }
        }
        cache[v.name] = idx
        return idx
    }
}

enum VocabularyMatch {
    /// True when `a` and `b` differ only in `http`/`https`.
    static func schemeOnly(_ a: String, _ b: String) -> Bool {
        func strip(_ s: String) -> Substring {
            s.hasPrefix("https://") ? s.dropFirst(8) : s.hasPrefix("http://") ? s.dropFirst(7) : Substring(s)
        }
        return a != b && strip(a) == strip(b)
    }

    /// The local part of `iri` under `base`, accepting http/https interchangeably.
    static func local(_ iri: String, base: String) -> String? {
        if iri.hasPrefix(base) { return String(iri.dropFirst(base.utf8.count)) }
        let alt: String
        if base.hasPrefix("http://") { alt = "https://" + base.dropFirst(7) }
        else if base.hasPrefix("https://") { alt = "http://" + base.dropFirst(8) }
        else { return nil }
        return iri.hasPrefix(alt) ? String(iri.dropFirst(alt.utf8.count)) : nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return x.isEmpty ? y.count : prev[y.count]
    }
}

extension String {
    func trimmingSuffix(_ s: String) -> String {
        hasSuffix(s) ? String(dropLast(s.count)) : self
    }
}

/// A vocabulary namespace prepared for `VocabularyMatch.local`: nearly every IRI asked about lies outside
/// it, and its UTF-8 bytes settle that without building strings.
///
/// `String.hasPrefix` compares by canonical equivalence. The only ASCII characters other code points are
/// equivalent to are K, ; and ` (Kelvin sign, Greek question mark, varia), so an IRI starts with an ASCII
/// base free of them exactly when its bytes do, up to a combining mark right after the prefix (which
/// `hasPrefix` still rules on). Other bases always take the plain test.
struct VocabularyBase: Sendable {
    let base: String
    /// `base` with the other of http/https.
    let alternative: String?
    let bytesDecide: Bool

    init(_ base: String) {
        self.base = base
        if base.hasPrefix("http://") { alternative = "https://" + base.dropFirst(7) }
        else if base.hasPrefix("https://") { alternative = "http://" + base.dropFirst(8) }
        else { alternative = nil }
        bytesDecide = !base.utf8.contains { $0 == 0x4B || $0 == 0x3B || $0 == 0x60 || $0 >= 0x80 }
    }

    /// `local(iri) != nil`, without building the local part.
    func matches(_ iri: String) -> Bool {
        guard bytesDecide else { return VocabularyMatch.local(iri, base: base) != nil }
        if FastText.hasBytePrefix(iri, base) { return iri.hasPrefix(base) }
        if let alternative, FastText.hasBytePrefix(iri, alternative) { return iri.hasPrefix(alternative) }
        return false
    }

    /// Whether `iri` is `base + local`, `local` being what `local(iri)` gave: it follows `base` itself or
    /// the other scheme's base.
    func isSpelledOut(_ iri: String, local: String) -> Bool {
        bytesDecide ? FastText.hasBytePrefix(iri, base) : iri == base + local
    }

    /// `VocabularyMatch.local(iri, base: base)`.
    func local(_ iri: String) -> String? {
        guard bytesDecide else { return VocabularyMatch.local(iri, base: base) }
        if FastText.hasBytePrefix(iri, base) {
            guard iri.hasPrefix(base) else { return nil }
            let n = base.utf8.count
            return String(iri[iri.utf8.index(iri.utf8.startIndex, offsetBy: n)...])
        }
        if let alternative, FastText.hasBytePrefix(iri, alternative) { return VocabularyMatch.local(iri, base: base) }
        return nil
    }
}
