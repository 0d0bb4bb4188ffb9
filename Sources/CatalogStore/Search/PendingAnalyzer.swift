// TEMPORARY: replaced by the text helper's TextAnalyzer/SearchQuery at merge.
enum TextAnalyzer {
    static func indexText(_ text: String, language: String?) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { DutchStemmer.stem(String($0)) }.joined(separator: " ")
    }
}
struct SearchQuery {
    var matchExpression: String?
    init(_ text: String) {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { "\"" + DutchStemmer.stem(String($0)) + "\"" }
        matchExpression = words.isEmpty ? nil : words.joined(separator: " ")
    }
}
