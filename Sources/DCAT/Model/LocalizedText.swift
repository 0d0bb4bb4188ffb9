/// One literal of a multilingual property: its text and language tag (nil when untagged).
public struct LocalizedString: Codable, Sendable, Hashable {
    public var value: String
    public var language: String?

    public init(_ value: String, language: String? = nil) {
        self.value = value
        self.language = language
    }
}

/// Every value of a multilingual property (`dct:title "…"@nl, "…"@en, "…"`), in source order, without
/// duplicates. Nothing is dropped: untagged and other-language values stay alongside `nl` and `en`.
public struct LocalizedText: Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public private(set) var values: [LocalizedString] = []

    public init() {}
    public init(_ values: [LocalizedString]) {
        // One value (the common case) is distinct by itself: no search, no second array.
        if values.count < 2 { self.values = values; return }
        for v in values { append(v) }
    }
    public init(stringLiteral value: String) { append(LocalizedString(value)) }
    /// Values the caller has already freed of duplicates (checking them again rebuilt the array).
    init(distinct values: [LocalizedString]) { self.values = values }

    public var isEmpty: Bool { values.isEmpty }
    public var count: Int { values.count }

    /// Adds a value unless the same text in the same language is already there; returns false for a duplicate.
    /// Properties hold a handful of values, so the check is a short walk, not a scan of a large list.
    @discardableResult
    public mutating func append(_ v: LocalizedString) -> Bool {
        if values.contains(v) { return false }
        values.append(v)
        return true
    }

    /// The values in `language` (nil: the untagged ones). Tags match by primary subtag too (`nl-NL` is `nl`).
    public func values(in language: String?) -> [String] {
        values.filter { LocalizedText.matches($0.language, language) }.map(\.value)
    }

    public subscript(language: String?) -> String? {
        for v in values where LocalizedText.matches(v.language, language) { return v.value }
        return nil
    }

    /// The best value for a reader who prefers these languages in order: then untagged, then any.
    public func best(preferring languages: [String] = ["nl", "en"]) -> String? {
        // Most texts hold one value in one language: answer those without walking the preferences.
        if values.count == 1, let only = values.first {
            return only.value
        }
        for l in languages { if let v = self[l] { return v } }
        return self[nil] ?? values.first?.value
    }

    /// The distinct language tags, nil standing for untagged values.
    public var languages: [String?] {
        var seen = Set<String?>()
        var out: [String?] = []
        for v in values where seen.insert(v.language).inserted { out.append(v.language) }
        return out
    }

    static func matches(_ tag: String?, _ wanted: String?) -> Bool {
        guard let tag, let wanted else { return tag == nil && wanted == nil }
        if let ascii = asciiMatches(tag, wanted) { return ascii }
        let t = tag.lowercased(), w = wanted.lowercased()
        return t == w || t.hasPrefix(w + "-")
    }

    /// `matches` for ASCII tags (all real ones), compared byte by byte ignoring case; nil otherwise.
    private static func asciiMatches(_ tag: String, _ wanted: String) -> Bool? {
        var t = tag.utf8.makeIterator(), w = wanted.utf8.makeIterator()
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        while true {
            switch (t.next(), w.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                guard a < 0x80, b < 0x80 else { return nil }
                if lower(a) != lower(b) { return tag.utf8.allSatisfy { $0 < 0x80 } && wanted.utf8.allSatisfy { $0 < 0x80 } ? false : nil }
            case (let a?, nil):
                // `wanted` is a prefix of `tag`: a match when a subtag follows.
                guard tag.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                return a == 0x2D
            case (nil, _?):
                return wanted.utf8.allSatisfy { $0 < 0x80 } ? false : nil
            }
        }
    }
}
