import DCAT

/// The analysed text of one record, one string per full-text column (title, description, keywords,
/// publisher, themes). Every language a feed gives is indexed with its own stemmer.
struct SearchDocument: Sendable {
    var title: String
    var description: String
    var keywords: String
    var publisher: String
    var themes: String

    init(dataset d: Dataset) {
        title = Self.analyse(d.title)
        description = Self.analyse(d.description)
        keywords = Self.analyse(d.keywords)
        publisher = d.publisher.map { Self.analyse($0.names) } ?? ""
        var themeText: [UInt8] = []
        for code in d.euThemeCodes {
            // The EU theme labels (English) and the code itself, so "TRAN" and "transport" both find it.
            TextAnalyzer.appendWord(code.lowercased(), to: &themeText)
            if let label = Vocabularies.dataThemes.label(code) {
                TextAnalyzer.appendIndexText(label, language: "en", to: &themeText)
            }
        }
        for t in d.themes { Self.append(t.label, to: &themeText) }
        themes = String(decoding: themeText, as: UTF8.self)
    }

    static func analyse(_ text: LocalizedText) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every language's words, one after another, separated by spaces.
    static func append(_ text: LocalizedText, to out: inout [UInt8]) {
        for v in text.values { TextAnalyzer.appendIndexText(v.value, language: v.language, to: &out) }
    }
}
