import CatalogStore
import Testing
import TestSupport

@Suite("Search query parsing into FTS5 MATCH expressions")
struct SearchQueryTests {
    @Test(arguments: [
        ("fietspad", #""fietspad""#),
        ("Fietspaden gemeente", #"("fietspad" OR "fietspaden") AND ("gemeent" OR "gemeente")"#),
        ("Coördinaten", #"("coordinat" OR "coordinaten")"#),
        ("cycling", #"("cycling" OR "cycl")"#),
        ("2024", #""2024""#),
        ("fiets fiets", #"("fiet" OR "fiets")"#),
        // Phrases: the words analyzed as Dutch, as English, folded; a one-word phrase is a word.
        (#""open data" amsterdam"#, #""open data" AND "amsterdam""#),
        (#"“open data” „kaart”"#, #""open data" AND "kaart""#),
        (#""unbalanced quote"#, #"("unbalanced quot" OR "unbalanc quot" OR "unbalanced quote")"#),
        (#""fiets""#, #"("fiet" OR "fiets")"#),
        // Prefixes: folded word and stems, minus those a shorter one covers.
        ("fiets*", #""fiet"*"#),
        ("fietspaden*", #""fietspad"*"#),
        ("Cycling*", #""cycl"*"#),
        ("happy*", #"("happy"* OR "happi"*)"#),
        ("2024*", #""2024"*"#),
        ("a*", #""a""#),
        // Exclusion.
        ("fiets -auto", #"("fiet" OR "fiets") NOT "auto""#),
        ("−auto fiets", #"("fiet" OR "fiets") NOT "auto""#),
        ("fiets NOT auto -kaart", #"("fiet" OR "fiets") NOT ("auto" OR "kaart")"#),
        (#"kaart -"open data""#, #""kaart" NOT "open data""#),
        ("fiets OR -auto kaart", #"(("fiet" OR "fiets") AND "kaart") NOT "auto""#),
        // OR, AND.
        ("fiets OR auto", #"(("fiet" OR "fiets") OR "auto")"#),
        ("fiets OR auto kaart OR plan", #"(("fiet" OR "fiets") OR "auto") AND ("kaart" OR "plan")"#),
        ("OR fiets", #"("fiet" OR "fiets")"#),
        ("fiets OR", #"("fiet" OR "fiets")"#),
        ("fiets or auto", #"("fiet" OR "fiets") AND "or" AND "auto""#),
        ("a AND b", #""a" AND "b""#),
        // Several words in one chunk are a phrase; a hyphenated word also matches its joined form.
        ("zonne-energie", #"("zonn energie" OR "zonn energi" OR "zonne energie" OR "zonneenergie" OR "zonneenergi")"#),
        ("title:x", #"("titl x" OR "title x")"#),
        ("NEAR(a b)", #""near a" AND "b""#),
    ])
    func expressions(_ pair: (String, String)) {
        #expect(SearchQuery(pair.0).matchExpression == pair.1)
    }

    @Test(arguments: ["", "   ", "!!!", "\"", "\"\"", "***", "-", "OR", "AND NOT", "-fiets", "NOT fiets", "-\"open data\" -kaart", "()", "😀"])
    func nothingPositiveMeansNoExpression(_ text: String) {
        #expect(SearchQuery(text).matchExpression == nil)
    }

    @Test func termsAsUnderstood() {
        let query = SearchQuery(#"Fietspaden "Open Data" fiets* -auto zonne-energie"#)
        #expect(query.terms == ["fietspaden", "\"open data\"", "fiets*", "\"zonne energie\""])
        #expect(query.excludedTerms == ["auto"])
        #expect(!query.isTruncated)
        #expect(SearchQuery("-auto").excludedTerms == ["auto"])
    }

    @Test func termCountIsCapped() {
        let words = (1...40).map { "w\($0)" }.joined(separator: " ")
        let query = SearchQuery(words)
        #expect(query.terms.count == SearchQuery.maxTerms)
        #expect(query.isTruncated)
        #expect(query.matchExpression?.contains("\"w32\"") == true)
        #expect(query.matchExpression?.contains("\"w33\"") == false)
    }

    @Test func phraseWordsAreCapped() {
        let words = (1...20).map { "w\($0)" }.joined(separator: " ")
        let query = SearchQuery("\"" + words + "\"")
        #expect(query.matchExpression == "\"" + (1...16).map { "w\($0)" }.joined(separator: " ") + "\"")
        #expect(query.isTruncated)
    }

    @Test func longInputIsReadUpToTheLimit() {
        let query = SearchQuery(String(repeating: "ab ", count: 5_000))
        #expect(query.matchExpression == #""ab""#)
        #expect(query.isTruncated)
        #expect(SearchQuery(String(repeating: "x", count: 10_000)).matchExpression == nil)
    }

    /// Hostile strings: every expression is nil or well formed in the FTS5 grammar this type writes
    /// (strings with only words inside, `*`, parentheses, AND/OR/NOT). The same strings, and 20,000
    /// random ones, were also run through SQLite 3.40's FTS5 (Python's sqlite3, by hand): all accepted.
    @Test func hostileInputGivesWellFormedExpressions() {
        let fixed = [
            "\"", "\"\"", "\"\"\"", "(", ")", "((a)", "*", "-", "^", ":", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a OR",
            "OR a", "a NOT", "-a -b", "title:x", "{title body}:x", "a\"b", "\"a\" \"b", "a\u{0}b", "\u{0}", "😀",
            "a* b*", "*a", "a**", "-\"", "-\"a b\"", "a - b", "a -", "OR OR OR", "NOT NOT a", "a AND AND b", "'", "l'amour",
            "\"a\"\"b\"", "x\"y\"z", "\\\"", "a\nb\tc\r", "a:b:c", "^a", "+a", "a^2", "\u{FFFD}", "\u{10FFFF}",
            String(repeating: "x", count: 10_000), String(repeating: "\"", count: 999), String(repeating: "(", count: 5_000),
        ]
        let alphabet = ["\"", "'", "(", ")", "*", "-", "^", ":", "+", ".", " ", "\t", "\n", "\u{0}", "AND", "OR", "NOT", "NEAR",
                        "title:", "{body}", "fiets", "é", "ß", "Ĳ", "😀", "\u{301}", "\u{200B}", "\u{AD}", "’", "“", "”", "„", "−",
                        String(repeating: "y", count: 70), "東京", "Ωμέγα", "zonne-energie", "a"]
        var random = SplitMix64(seed: 7)
        var inputs = fixed
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + Int(random.next() % 12)) { text += alphabet[Int(random.next() % UInt64(alphabet.count))] }
            inputs.append(text)
        }
        var wellFormed = 0
        for input in inputs {
            guard let expression = SearchQuery(input).matchExpression else { continue }
            var parser = ExpressionChecker(expression)
            let ok = parser.parse()
            #expect(ok, "\(input.debugDescription) → \(expression)")
            if ok { wellFormed += 1 }
        }
        print("SearchQuery: \(inputs.count) hostile inputs, \(wellFormed) expressions well formed, the rest nil")
        #expect(wellFormed > 1_000)
    }
}

/// Recognizes exactly the FTS5 subset SearchQuery writes:
///     or := and ("OR" and)* ;  and := not ("AND" not)* ;  not := primary ("NOT" primary)*
///     primary := string ["*"] | "(" or ")" ;  string := '"' words '"' (words: letters, digits, single spaces)
struct ExpressionChecker {
    let s: [Unicode.Scalar]
    var i = 0
    init(_ expression: String) { s = Array(expression.unicodeScalars) }

    mutating func parse() -> Bool { orExpr() && i == s.count }

    mutating func keyword(_ word: String) -> Bool {
        let w = Array((" " + word + " ").unicodeScalars)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    mutating func orExpr() -> Bool {
        guard andExpr() else { return false }
        while keyword("OR") { guard andExpr() else { return false } }
        return true
    }

    mutating func andExpr() -> Bool {
        guard notExpr() else { return false }
        while keyword("AND") { guard notExpr() else { return false } }
        return true
    }

    mutating func notExpr() -> Bool {
        guard primary() else { return false }
        while keyword("NOT") { guard primary() else { return false } }
        return true
    }

    mutating func primary() -> Bool {
        guard i < s.count else { return false }
        if s[i] == "(" {
            i += 1
            guard orExpr(), i < s.count, s[i] == ")" else { return false }
            i += 1
            return true
        }
        guard s[i] == "\"" else { return false }
        i += 1
        var previous: Unicode.Scalar = " "
        var length = 0
        while i < s.count, s[i] != "\"" {
            let c = s[i]
            if c == " " {
                if previous == " " { return false }
            } else if !TextAnalyzerTests.isWordScalar(c) {
                return false
            }
            previous = c
            length += 1
            i += 1
        }
        guard i < s.count, length > 0, previous != " " else { return false }
        i += 1
        if i < s.count, s[i] == "*" { i += 1 }
        return true
    }
}
