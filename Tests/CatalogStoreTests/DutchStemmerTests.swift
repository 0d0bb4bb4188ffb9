import CatalogStore
import Foundation
import TestSupport
import Testing

@Suite("Dutch (Porter) stemmer")
struct DutchStemmerTests {
    @Test func snowballVocabulary() throws {
        guard let folder = try SharedFolder.url("conformance/snowball-dutch/dutch_porter") else { return }
        let words = try String(contentsOf: folder.appendingPathComponent("voc.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let stems = try String(contentsOf: folder.appendingPathComponent("output.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(words.count == stems.count)
        var mismatches: [String] = []
        for (w, s) in zip(words, stems) where !w.isEmpty {
            let got = DutchStemmer.stem(String(w))
            if got != s { mismatches.append("\(w) → \(got), expected \(s)") }
        }
        let total = words.filter { !$0.isEmpty }.count
        print("Dutch Porter stemmer: \(total - mismatches.count)/\(total) words stemmed as Snowball does")
        for m in mismatches.prefix(30) { print("  \(m)") }
        #expect(total == 45_670)
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [("fietspad", "fietspaden"), ("gemeente", "gemeentelijke"), ("straat", "straten")])
    func conflatesCatalogWordForms(_ pair: (String, String)) {
        #expect(DutchStemmer.stem(pair.0) == DutchStemmer.stem(pair.1))
    }
}
