/// Turns text into the words the full-text index holds, and a user's word into the forms to look for.
///
/// The FTS5 table uses SQLite's plain `unicode61` tokenizer over text this analyzer has already
/// split, folded and stemmed, so no C tokenizer callback is registered: every word written is lower-case
/// letters and digits, separated by spaces, and `unicode61` leaves it as it is.
///
/// Analysis: split into runs of letters and digits (see `FoldedText`), lower-case, strip diacritics
/// ("Coördinaten" → "coordinaten", "Fryslân" → "fryslan", "Straße" → "strasse"), then stem by the
/// text's language. Words with a digit are kept as they are ("2024", "covid19", "a2").
public enum TextAnalyzer {
    /// Longer words are dropped, at index and query time alike.
    public static let maxTokenBytes = 64

    /// Which stemmer a text's language tag selects.
    public enum Stemming: Sendable, Equatable {
        case dutch
        case english
        /// Folded only.
        case none

        /// `nl`, `nl-*`, untagged (nil, empty, `und`: untagged text in Dutch government feeds is Dutch)
        /// → Dutch; `en`, `en-*` → English; any other language → none. Case does not matter.
        public init(languageTag: String?) {
            guard let tag = languageTag, !tag.isEmpty else {
                self = .dutch
                return
            }
            // Literals keep their tags lower-cased, and nearly all are one of these two.
            if tag == "nl" {
                self = .dutch
                return
            }
            if tag == "en" {
                self = .english
                return
            }
            let primary = tag.unicodeScalars.prefix { $0 != "-" && $0 != "_" }
            switch String(String.UnicodeScalarView(primary)).lowercased() {
            case "nl", "nld", "dut", "und": self = .dutch
            case "en", "eng": self = .english
            default: self = .none
            }
        }
    }

    /// The index words of `text` in `language` (a BCP 47 tag, as on an RDF literal), in text order,
    /// followed by the joined forms of hyphenated words.
    /// (Index words are letters and digits only, so the space-joined `indexText` splits back into them.)
    public static func indexTokens(_ text: String, language: String?) -> [String] {
        indexText(text, language: language).split(separator: " ").map(String.init)
    }

    /// `indexTokens` joined by spaces: the text to write into an FTS5 column. (Many texts in a row: use
    /// one `IndexTextWriter`, which keeps its buffers and stems.)
    public static func indexText(_ text: String, language: String?) -> String {
        var out: [UInt8] = []
        IndexTextWriter(cachedStems: 64).append(text, language: language, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendWord(_ word: String, to out: inout [UInt8]) {
        guard !word.isEmpty else { return }
        if !out.isEmpty { out.append(UInt8(ascii: " ")) }
        out.append(contentsOf: word.utf8)
    }

    /// The distinct forms a user's word may have in the index: its Dutch stem, its English stem and its
    /// folded form (for text in other languages), in that order. The word's letters and digits are taken
    /// as one word, so "zonne-energie" gives the forms of the joined "zonneenergie". Empty when the word
    /// has no letters or digits, or is longer than `maxTokenBytes`.
    public static func queryForms(_ word: String) -> [String] {
        guard let token = FoldedText(word).asOneWord else { return [] }
        return forms(of: token)
    }

    static func forms(of token: FoldedToken) -> [String] {
        let folded = token.string
        if token.hasNumber { return [folded] }
        var forms = [stem(token, .dutch)]
        let english = stem(token, .english)
        if !forms.contains(english) { forms.append(english) }
        if !forms.contains(folded) { forms.append(folded) }
        return forms
    }

    static func stem(_ token: FoldedToken, _ stemming: Stemming) -> String {
        if token.hasNumber { return token.string }
        let stemmed: String
        switch stemming {
        case .none: return token.string
        case .dutch: stemmed = DutchStemmer.stem(token.string)
        case .english:
            stemmed = token.isASCII
                ? String(decoding: EnglishStemmer.stem(ascii: token.bytes), as: UTF8.self)
                : EnglishStemmer.stem(token.string)
        }
        return stemmed.isEmpty ? token.string : stemmed
    }
}

extension FoldedText {
    /// All parts of the text as one word (nil when there is none, or it is too long).
    var asOneWord: FoldedToken? {
        guard !parts.isEmpty else { return nil }
        if parts.count == 1 { return parts[0] }
        var whole = FoldedToken()
        for part in parts { whole.append(contentsOf: part) }
        return whole.bytes.count <= TextAnalyzer.maxTokenBytes ? whole : nil
    }
}
