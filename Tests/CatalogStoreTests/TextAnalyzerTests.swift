import CatalogStore
import Foundation
import Testing
import TestSupport

@Suite("Text analysis for the full-text index")
struct TextAnalyzerTests {
    // MARK: - whole texts

    @Test func dutchText() {
        #expect(TextAnalyzer.indexTokens("Fietspaden in de gemeentelijke straten van Súdwest-Fryslân", language: "nl")
            == ["fietspad", "in", "de", "gemeent", "strat", "van", "sudwest", "fryslan", "sudwestfryslan"])
    }

    @Test func untaggedTextIsDutch() {
        let text = "Coördinaten van zonne-energie-installaties"
        #expect(TextAnalyzer.indexTokens(text, language: nil) == TextAnalyzer.indexTokens(text, language: "nl"))
        #expect(TextAnalyzer.indexTokens(text, language: nil)
            == ["coordinat", "van", "zonn", "energie", "installaties", "zonneenergieinstallaties"])
    }

    @Test func englishText() {
        #expect(TextAnalyzer.indexText("Cycle paths: cycling routes in the provinces", language: "en-GB")
            == "cycl path cycl rout in the provinc")
        #expect(TextAnalyzer.indexText("The government's generously funded communication", language: "en")
            == "the govern generous fund communic")
    }

    @Test func otherLanguagesAreFoldedOnly() {
        #expect(TextAnalyzer.indexText("Straßen und Fußwege in Köln", language: "de")
            == "strassen und fusswege in koln")
    }

    @Test(arguments: [
        ("nl", TextAnalyzer.Stemming.dutch), ("NL-be", .dutch), ("nl_NL", .dutch), ("", .dutch), ("und", .dutch),
        ("en", .english), ("EN-us", .english), ("eng", .english), ("de", .none), ("fy", .none), ("fr-BE", .none),
    ])
    func languageTags(_ pair: (String, TextAnalyzer.Stemming)) {
        #expect(TextAnalyzer.Stemming(languageTag: pair.0) == pair.1)
    }

    @Test func untaggedIsDutch() {
        #expect(TextAnalyzer.Stemming(languageTag: nil) == .dutch)
    }

    // MARK: - folding

    @Test(arguments: [
        ("Coördinaten", "coordinaten"), ("Súdwest", "sudwest"), ("Fryslân", "fryslan"), ("café", "cafe"),
        ("Straße", "strasse"), ("ĲSSELMEER", "ijsselmeer"), ("IJsselmeer", "ijsselmeer"), ("Æsir", "aesir"),
        ("Œuvre", "oeuvre"), ("Þór", "thor"), ("Łódź", "lodz"), ("İstanbul", "istanbul"), ("ﬁets", "fiets"),
        ("Ｆｉｅｔｓ", "fiets"), ("e\u{301}te\u{301}", "ete"), ("Việt", "viet"), ("Știință", "stiinta"),
        ("Ωμέγα", "ωμεγα"), ("Москва", "москва"), ("東京", "東京"), ("naïeve", "naieve"), ("zonne\u{AD}energie", "zonneenergie"),
        ("²", "2"), ("１２", "12"), ("ª", "a"),
    ])
    func folds(_ pair: (String, String)) {
        #expect(TextAnalyzer.indexTokens(pair.0, language: "zxx") == [pair.1])
    }

    /// The Latin-1 Supplement and Latin Extended-A table agrees with Unicode's canonical decomposition for
    /// every letter that has one; the rest are the letters the table folds on purpose.
    @Test func latinTableMatchesDecomposition() {
        let onPurpose: [UInt32: String] = [
            0xC6: "ae", 0xE6: "ae", 0xD0: "d", 0xF0: "d", 0xD8: "o", 0xF8: "o", 0xDE: "th", 0xFE: "th", 0xDF: "ss",
            0x110: "d", 0x111: "d", 0x126: "h", 0x127: "h", 0x131: "i", 0x132: "ij", 0x133: "ij", 0x138: "k",
            0x13F: "l", 0x140: "l", 0x141: "l", 0x142: "l", 0x149: "n", 0x14A: "n", 0x14B: "n", 0x152: "oe",
            0x153: "oe", 0x166: "t", 0x167: "t", 0x17F: "s",
        ]
        var checked = 0
        for value in UInt32(0xC0)...0x17F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = TextAnalyzer.indexTokens(String(scalar), language: "zxx")
            if value == 0xD7 || value == 0xF7 {
                #expect(folded.isEmpty, "× and ÷ separate words")
                continue
            }
            let expected = onPurpose[value]
                ?? String(String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.prefix(1))
            #expect(folded == [expected], "U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked == 190)
    }

    // MARK: - splitting

    @Test func hyphenatedWordsGiveTheirPartsAndTheJoinedFormAtTheEnd() {
        #expect(TextAnalyzer.indexTokens("duurzame zonne-energie opwekking", language: "zxx")
            == ["duurzame", "zonne", "energie", "opwekking", "zonneenergie"])
        #expect(TextAnalyzer.indexTokens("noord\u{2010}holland", language: "zxx") == ["noord", "holland", "noordholland"])
        #expect(TextAnalyzer.indexTokens("covid-19", language: "zxx") == ["covid", "19", "covid19"])
    }

    @Test(arguments: ["a--b", "a - b", "a -b", "a- b", "a–b"])
    func onlyASingleHyphenBetweenLettersJoins(_ text: String) {
        #expect(TextAnalyzer.indexTokens(text, language: "zxx") == ["a", "b"])
    }

    @Test func apostropheSIsDropped() {
        #expect(TextAnalyzer.indexTokens("auto's foto’s government's", language: "zxx") == ["auto", "foto", "government"])
        #expect(TextAnalyzer.indexTokens("d'r o'clock", language: "zxx") == ["d", "r", "o", "clock"])
        #expect(TextAnalyzer.indexTokens("'s-Hertogenbosch", language: "zxx") == ["s", "hertogenbosch", "shertogenbosch"])
    }

    @Test func punctuationAndSymbolsSplit() {
        #expect(TextAnalyzer.indexTokens("data.overheid.nl/dataset_x?id=3&q=(a)", language: "zxx")
            == ["data", "overheid", "nl", "dataset", "x", "id", "3", "q", "a"])
        #expect(TextAnalyzer.indexTokens("😀 fiets👩‍👩‍👧pad ★", language: "zxx") == ["fiets", "pad"])
        #expect(TextAnalyzer.indexTokens("", language: nil).isEmpty)
        #expect(TextAnalyzer.indexTokens(" ,;!? ", language: nil).isEmpty)
    }

    /// unicode61 splits at marks and does not know letters assigned after Unicode 6.1: neither may end up
    /// inside an index word.
    @Test func wordsStayWholeForUnicode61() {
        #expect(TextAnalyzer.indexTokens("क्षि", language: "zxx") == ["कष"])
        #expect(TextAnalyzer.indexTokens("ि", language: "zxx").isEmpty)
        // U+0860 SYRIAC LETTER MALAYALAM NGA, assigned in Unicode 10.
        #expect(TextAnalyzer.indexTokens("ab\u{860}cd", language: "zxx") == ["ab", "cd"])
    }

    @Test func numbersAreKeptAsTheyAre() {
        #expect(TextAnalyzer.indexTokens("2024 3,5% A2 n12345 Nr.7", language: "nl") == ["2024", "3", "5", "a2", "n12345", "nr", "7"])
    }

    @Test func overlongWordsAreDropped() {
        let limit = String(repeating: "a", count: TextAnalyzer.maxTokenBytes)
        #expect(TextAnalyzer.indexTokens(limit, language: "zxx") == [limit])
        #expect(TextAnalyzer.indexTokens("x " + limit + "a y", language: "zxx") == ["x", "y"])
        #expect(TextAnalyzer.indexTokens(String(repeating: "é", count: 33), language: "zxx").count == 1)
        #expect(TextAnalyzer.indexTokens(String(repeating: "ж", count: 33), language: "zxx").isEmpty)
        #expect(TextAnalyzer.indexTokens(String(repeating: "a", count: 10_000), language: nil).isEmpty)
        // Parts that fit, joined form that does not.
        let half = String(repeating: "b", count: 40)
        #expect(TextAnalyzer.indexTokens(half + "-" + half, language: "zxx") == [half, half])
    }

    // MARK: - query forms

    @Test func queryForms() {
        #expect(TextAnalyzer.queryForms("Fietspaden") == ["fietspad", "fietspaden"])
        #expect(TextAnalyzer.queryForms("cycling") == ["cycling", "cycl"])
        #expect(TextAnalyzer.queryForms("gemeentelijke") == ["gemeent", "gemeentelijk", "gemeentelijke"])
        #expect(TextAnalyzer.queryForms("Straße") == ["stras", "strass", "strasse"])
        #expect(TextAnalyzer.queryForms("zonne-energie") == ["zonneenergie", "zonneenergi"])
        #expect(TextAnalyzer.queryForms("2024") == ["2024"])
        #expect(TextAnalyzer.queryForms("!!!").isEmpty)
        #expect(TextAnalyzer.queryForms(String(repeating: "a", count: 65)).isEmpty)
    }

    /// The acceptance cases: a query word finds the text when one of its forms is an index word.
    @Test(arguments: [
        ("fietspad", "Fietspaden", "nl"), ("fietspaden", "fietspad", "nl"), ("gemeentelijke", "gemeente", "nl"),
        ("gemeente", "Gemeentelijke monumenten", "nl"), ("straat", "straten", "nl"), ("straten", "Straat", "nl"),
        ("coordinaten", "Coördinaten", "nl"), ("Coördinaten", "coordinaten", "nl"), ("sudwest", "Súdwest-Fryslân", "nl"),
        ("fryslan", "Súdwest-Fryslân", "nl"), ("sudwestfryslan", "Súdwest-Fryslân", "nl"), ("zonneenergie", "zonne-energie", "nl"),
        ("cycling", "cycle paths", "en"), ("cycles", "cycling", "en"), ("path", "Paths", "en"), ("koln", "Köln", "de"),
        ("auto", "auto's", "nl"), ("strasse", "Straße", "de"), ("fiets", "fietsen", "nl"),
    ])
    func queryWordFindsText(_ c: (String, String, String)) {
        let index = Set(TextAnalyzer.indexTokens(c.1, language: c.2))
        #expect(TextAnalyzer.queryForms(c.0).contains { index.contains($0) }, "\(c.0) in \(index)")
    }

    @Test func porterDoesNotConflateEverything() {
        // Porter2 leaves "cyclist" apart from "cycle"; the search does not promise more than the stemmer does.
        let index = Set(TextAnalyzer.indexTokens("cyclist", language: "en"))
        #expect(!TextAnalyzer.queryForms("cycling").contains { index.contains($0) })
    }

    // MARK: - properties on arbitrary input

    /// Whatever comes in, index words are non-empty, at most `maxTokenBytes` long, lower case, and made of
    /// letters and digits only, so FTS5's unicode61 takes each as it is.
    @Test func indexWordsAreCleanOnArbitraryInput() {
        var random = SplitMix64(seed: 42)
        let pieces = ["a", "Z", "é", "Ĳ", "ß", "-", "'", "’", " ", ".", "\u{301}", "\u{AD}", "\u{200B}", "😀", "東", "Ω", "٣",
                      "\u{0}", "\n", "\"", "*", "(", "ﬁ", "Ｆ", "x", "7", "\u{FEFF}", "ʼ", "ऀ", "क", "ि"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 40) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            for language in [nil, "en", "fr"] {
                for token in TextAnalyzer.indexTokens(text, language: language) {
                    #expect(!token.isEmpty && token.utf8.count <= TextAnalyzer.maxTokenBytes)
                    #expect(token == token.lowercased(), "\(token)")
                    #expect(token.unicodeScalars.allSatisfy(Self.isWordScalar), "\(token.unicodeScalars.map(\.value))")
                }
            }
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .otherNumber, .letterNumber: true
        default: false
        }
    }

    @Test func concurrentUseGivesTheSameWords() async {
        let texts = (0..<200).map { "fietspaden \($0) gemeentelijke straten woord\($0)en" }
        let expected = texts.map { TextAnalyzer.indexText($0, language: nil) }
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for (i, text) in texts.enumerated() { group.addTask { (i, TextAnalyzer.indexText(text, language: nil)) } }
            var results = [String](repeating: "", count: texts.count)
            for await (i, text) in group { results[i] = text }
            return results
        }
        #expect(results == expected)
    }
}
