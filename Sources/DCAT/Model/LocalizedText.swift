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
    public init(_ values: [LocalizedString]) { for v in values { append(v) } }
    public init(stringLiteral value: String) { append(LocalizedString(value)) }

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

    public subscript(language: String?) -> String? { values(in: language).first }

    /// The best value for a reader who prefers these languages in order: then untagged, then any.
    public func best(preferring languages: [String] = ["nl", "en"]) -> String? {
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
        let t = tag.lowercased(), w = wanted.lowercased()
        return t == w || t.hasPrefix(w + "-")
    }
}
