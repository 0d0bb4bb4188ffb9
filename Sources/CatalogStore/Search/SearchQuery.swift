/// What a user typed into the search box, made into a safe FTS5 MATCH expression.
///
/// Understood: words (all must match), `"quoted phrases"` (also “ ” „), `prefix*`, `-word` and
/// `-"phrase"` or `NOT word` (exclude; ignored unless something positive is asked for), `OR` between two
/// terms (upper case only; lower-case "or" is a word), and `AND` (the default anyway, so it is skipped).
///
/// Safety: the expression is built only from analyzed words (lower-case letters and digits) inside FTS5
/// double-quoted strings, quotes doubled, and from operators this type writes itself. Nothing the user
/// types (quotes, `AND`/`NOT`/`NEAR`, `*`, `^`, `:`, parentheses, column filters, control characters) can
/// reach FTS5 as syntax. An empty or all-punctuation query has no expression (`matchExpression == nil`:
/// the store then lists all records).
///
/// Index forms: a word matches any of its `TextAnalyzer.queryForms` (Dutch stem, English stem, folded);
/// a phrase matches its words analyzed as Dutch, as English or folded only (one language per phrase,
/// as the text was indexed); a hyphenated word ("zonne-energie") matches its parts as a phrase or its
/// joined form. A prefix matches the folded word and its stems as prefixes ("fiets*" looks for `fiet*`,
/// since the index holds stems: "fiets" itself is indexed as "fiet").
///
/// Limits, for bounded work on hostile input: the first `maxInputScalars` characters are read (up to the
/// last white space before the limit), at most `maxTerms` terms are used (a phrase counts as one and keeps
/// its first `maxPhraseWords` words), and a prefix needs `minPrefixLength` letters (shorter ones are
/// searched as words). `isTruncated` tells when a limit dropped something.
public struct SearchQuery: Sendable, Equatable {
    public static let maxTerms = 32
    public static let maxPhraseWords = 16
    public static let minPrefixLength = 2
    public static let maxInputScalars = 4_096

    /// The FTS5 MATCH expression, nil when nothing searchable was typed.
    public let matchExpression: String?
    /// The terms searched for, folded as the user wrote them: `fietspad`, `fiets*`, `"open data"`.
    public let terms: [String]
    /// The terms excluded (also when ignored for want of a positive term).
    public let excludedTerms: [String]
    /// Whether a limit (input length, terms, phrase words) left part of the query out.
    public let isTruncated: Bool
    /// What `matchExpression` says, as structure: groups AND-ed, the terms of a group OR-ed, and the
    /// excluded terms, each in the order the expression names them (for evaluating it in memory).
    let groups: [[QueryTerm]]
    let excluded: [QueryTerm]

    public init(_ text: String) {
        var lexer = QueryLexer(text)
        var builder = ExpressionBuilder()
        while let item = lexer.next() {
            if builder.termCount >= Self.maxTerms {
                builder.truncated = true
                break
            }
            builder.add(item)
        }
        matchExpression = builder.expression
        groups = matchExpression == nil ? [] : builder.distinctGroups
        excluded = matchExpression == nil ? [] : builder.negative
        terms = builder.positive.flatMap { $0.map(\.display) }
        excludedTerms = builder.negative.map(\.display)
        isTruncated = builder.truncated || lexer.truncated
    }
}

/// One piece of a query as typed.
enum QueryItem: Equatable {
    case chunk(String, negated: Bool)
    case phrase(String, negated: Bool)
}

/// Splits a query at white space and quotes.
struct QueryLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private(set) var truncated = false

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalars.count == SearchQuery.maxInputScalars {
                truncated = true
                break
            }
            scalars.append(scalar)
        }
        // Never search for the cut-off beginning of a word.
        if truncated {
            while let last = scalars.last, !Self.isSpace(last) { scalars.removeLast() }
        }
        self.scalars = scalars
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c.properties.generalCategory == .control
    }

    static func isQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}"
    }

    static func isMinus(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2212}" }

    mutating func next() -> QueryItem? {
        while index < scalars.count {
            while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
            guard index < scalars.count else { return nil }
            var negated = false
            while index < scalars.count, Self.isMinus(scalars[index]) {
                negated = true
                index += 1
            }
            guard index < scalars.count, !Self.isSpace(scalars[index]) else { continue }
            if Self.isQuote(scalars[index]) {
                index += 1
                let start = index
                while index < scalars.count, !Self.isQuote(scalars[index]) { index += 1 }
                let content = text(start..<index)
                if index < scalars.count { index += 1 }
                return .phrase(content, negated: negated)
            }
            let start = index
            while index < scalars.count, !Self.isSpace(scalars[index]), !Self.isQuote(scalars[index]) { index += 1 }
            return .chunk(text(start..<index), negated: negated)
        }
        return nil
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// One FTS5 phrase a term may match: what the index must hold for it, and how it is written in a MATCH
/// expression.
enum QueryForm: Hashable, Sendable {
    /// One index word.
    case word(String)
    /// Any index word that starts with this.
    case prefix(String)
    /// Index words in a row.
    case phrase([String])

    /// The FTS5 syntax: a double-quoted string (quotes doubled), `*` after a prefix.
    var rendered: String {
        switch self {
        case .word(let w): return Self.quoted(w)
        case .prefix(let p): return Self.quoted(p) + "*"
        case .phrase(let words): return Self.quoted(words.joined(separator: " "))
        }
    }

    /// An FTS5 string: the only syntax user-derived text is ever written in.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}

/// One thing to search for, with the FTS5 alternatives that find it.
struct QueryTerm: Equatable, Sendable {
    var display: String
    /// The phrases any of which matches, in the order the expression names them.
    var forms: [QueryForm]

    /// FTS5 strings (`"fietspad"`, `"fiet"*`, `"open data"`), any of which matches.
    var alternatives: [String] { forms.map(\.rendered) }

    var rendered: String {
        forms.count == 1 ? forms[0].rendered : "(" + alternatives.joined(separator: " OR ") + ")"
    }

    static func word(_ token: FoldedToken) -> QueryTerm {
        QueryTerm(display: token.string, forms: TextAnalyzer.forms(of: token).map(QueryForm.word))
    }

    /// The folded word and its stems as prefixes, leaving out any that a shorter one already covers.
    static func prefix(_ token: FoldedToken) -> QueryTerm {
        let candidates = token.hasNumber
            ? [token.string]
            : [token.string, TextAnalyzer.stem(token, .dutch), TextAnalyzer.stem(token, .english)]
        var kept: [String] = []
        for candidate in candidates where !candidate.isEmpty {
            let covered = candidates.contains { other in
                other.utf8.count < candidate.utf8.count && !other.isEmpty && candidate.utf8.starts(with: other.utf8)
            }
            if !covered && !kept.contains(candidate) { kept.append(candidate) }
        }
        return QueryTerm(display: token.string + "*", forms: kept.map(QueryForm.prefix))
    }

    /// Words that must stand together, analyzed the three ways text may have been indexed.
    static func phrase(_ tokens: [FoldedToken]) -> QueryTerm {
        var forms: [QueryForm] = []
        for stemming in [TextAnalyzer.Stemming.dutch, .english, .none] {
            let form = QueryForm.phrase(tokens.map { TextAnalyzer.stem($0, stemming) })
            if !forms.contains(form) { forms.append(form) }
        }
        return QueryTerm(display: "\"" + tokens.map(\.string).joined(separator: " ") + "\"", forms: forms)
    }
}

/// Collects terms into AND-ed groups of OR-ed terms, and the excluded terms.
struct ExpressionBuilder {
    private(set) var positive: [[QueryTerm]] = []
    private(set) var negative: [QueryTerm] = []
    var truncated = false
    private var orPending = false
    private var lastWasPositive = false
    private var negateNext = false

    var termCount: Int { positive.reduce(0) { $0 + $1.count } + negative.count }

    mutating func add(_ item: QueryItem) {
        let term: QueryTerm?
        let negated: Bool
        switch item {
        case .chunk("OR", negated: false):
            orPending = lastWasPositive
            return
        case .chunk("AND", negated: false):
            orPending = false
            return
        case .chunk("NOT", negated: false):
            negateNext = true
            orPending = false
            lastWasPositive = false
            return
        case .chunk(let text, let minus):
            term = chunkTerm(text)
            negated = minus
        case .phrase(let text, let minus):
            term = phraseTerm(text)
            negated = minus
        }
        let exclude = negated || negateNext
        negateNext = false
        guard let term else { return }
        if exclude {
            if !negative.contains(term) { negative.append(term) }
            orPending = false
            lastWasPositive = false
            return
        }
        if orPending, !positive.isEmpty {
            positive[positive.count - 1].append(term)
        } else if !positive.contains([term]) {
            positive.append([term])
        }
        orPending = false
        lastWasPositive = true
    }

    mutating func chunkTerm(_ text: String) -> QueryTerm? {
        var body = Substring(text)
        var isPrefix = false
        while body.hasSuffix("*") {
            body = body.dropLast()
            isPrefix = true
        }
        let folded = FoldedText(String(body))
        let parts = folded.parts
        guard !parts.isEmpty else { return nil }
        if parts.count == 1 {
            if isPrefix, parts[0].string.unicodeScalars.count >= SearchQuery.minPrefixLength {
                return .prefix(parts[0])
            }
            return .word(parts[0])
        }
        var term = phrase(parts)
        // One hyphenated word: its joined form is indexed too ("zonne-energie" → "zonneenergie").
        if folded.joined.count == 1, let whole = folded.asOneWord, folded.joined[0] == whole {
            for form in QueryTerm.word(whole).forms where !term.forms.contains(form) {
                term.forms.append(form)
            }
        }
        return term
    }

    mutating func phraseTerm(_ text: String) -> QueryTerm? {
        let parts = FoldedText(text).parts
        guard !parts.isEmpty else { return nil }
        return parts.count == 1 ? .word(parts[0]) : phrase(parts)
    }

    private mutating func phrase(_ parts: [FoldedToken]) -> QueryTerm {
        if parts.count > SearchQuery.maxPhraseWords { truncated = true }
        return QueryTerm.phrase(Array(parts.prefix(SearchQuery.maxPhraseWords)))
    }

    /// The positive groups the expression names: a group that renders as an earlier one is left out.
    var distinctGroups: [[QueryTerm]] {
        var seen: [String] = []
        var out: [[QueryTerm]] = []
        for group in positive {
            let rendered = Self.render(group)
            if !seen.contains(rendered) {
                seen.append(rendered)
                out.append(group)
            }
        }
        return out
    }

    private static func render(_ group: [QueryTerm]) -> String {
        group.count == 1 ? group[0].rendered : "(" + group.map(\.rendered).joined(separator: " OR ") + ")"
    }

    /// Positive groups AND-ed, minus the excluded terms; nil without a positive term.
    var expression: String? {
        let groups = distinctGroups.map(Self.render)
        guard !groups.isEmpty else { return nil }
        var expression = groups.joined(separator: " AND ")
        guard !negative.isEmpty else { return expression }
        if groups.count > 1 { expression = "(" + expression + ")" }
        let excluded = negative.count == 1
            ? negative[0].rendered
            : "(" + negative.map(\.rendered).joined(separator: " OR ") + ")"
        return expression + " NOT " + excluded
    }
}
