import DCAT

/// The analysed text of one record, one string per full-text column (title, description, keywords,
/// publisher, themes). Every language a feed gives is indexed with its own stemmer.
struct SearchDocument {
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
        var themeText: [String] = []
        for code in d.euThemeCodes {
            // The EU theme labels (English) and the code itself, so "TRAN" and "transport" both find it.
            themeText.append(code.lowercased())
            if let label = Vocabularies.dataThemes.label(code) {
                themeText.append(TextAnalyzer.indexText(label, language: "en"))
            }
        }
        for t in d.themes { themeText.append(Self.analyse(t.label)) }
        themes = themeText.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func analyse(_ text: LocalizedText) -> String {
        text.values.map { TextAnalyzer.indexText($0.value, language: $0.language) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
