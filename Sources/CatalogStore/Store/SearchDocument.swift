import DCAT

/// The analysed text of one record, one string per full-text column (title, description, keywords,
/// publisher, themes). Every language a feed gives is indexed with its own stemmer.
struct SearchDocument: Sendable {
    var title: String
    var description: String
    var keywords: String
    var publisher: String
    var themes: String

    /// `writer` carries its buffers and stems from one record to the next (one per thread); `themeCodes` are
    /// the dataset's `euThemeCodes`, when the caller has them already.
    init(dataset d: __shared Dataset, writer: IndexTextWriter, themeCodes: [String]? = nil) {
        title = Self.analyse(d.title, writer)
        description = Self.analyse(d.description, writer)
        keywords = Self.analyse(d.keywords, writer)
        publisher = d.publisher.map { Self.analyse($0.names, writer) } ?? ""
        var themeText: [UInt8] = []
        for code in themeCodes ?? d.euThemeCodes {
            // The EU theme labels (English) and the code itself, so "TRAN" and "transport" both find it.
            TextAnalyzer.appendWord(code.lowercased(), to: &themeText)
            if let label = Vocabularies.dataThemes.label(code) {
                writer.append(label, language: "en", to: &themeText)
            }
        }
        for t in d.themes { Self.append(t.label, writer, to: &themeText) }
        themes = String(decoding: themeText, as: UTF8.self)
    }

    static func analyse(_ text: LocalizedText, _ writer: IndexTextWriter) -> String {
        var out: [UInt8] = []
        append(text, writer, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every language's words, one after another, separated by spaces.
    static func append(_ text: LocalizedText, _ writer: IndexTextWriter, to out: inout [UInt8]) {
        for v in text.values { writer.append(v.value, language: v.language, to: &out) }
    }
}
