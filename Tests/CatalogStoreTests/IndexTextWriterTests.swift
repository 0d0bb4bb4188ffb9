import DCAT
import Foundation
import RDF
import RDFIO
import TestSupport
import Testing
@testable import CatalogStore

/// The index writer reuses its buffers and caches stems; neither may change a word it writes.
@Suite struct IndexTextWriterTests {
    /// Index text computed the long way: every folded word stemmed afresh, no cache, no reused buffer.
    static func reference(_ text: String, _ language: String?) -> String {
        let stemming = TextAnalyzer.Stemming(languageTag: language)
        let folded = FoldedText(text)
        return (folded.parts + folded.joined).map { TextAnalyzer.stem($0, stemming) }.joined(separator: " ")
    }

    /// Titles, descriptions and keywords of every fixture dataset, in every language they come in, and
    /// again as English and untagged text.
    static func corpus() throws -> [(String, String?)] {
        let folder = SharedFolder.packageRoot.appendingPathComponent("fixtures/dcat")
        var texts: [(String, String?)] = [
            ("Súdwest-Fryslân: zonne-energie in 's-Hertogenbosch, auto's en foto’s (2024)", "nl"),
            ("The government's cycling routes: cyclists' counts", "en"),
            (String(repeating: "x", count: 80) + " kort", nil),
        ]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            var graph = Graph()
            let path = folder.appendingPathComponent(file).path
            try RDFReaders.read(try FileByteSource(path: path), explicit: nil,
                                options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString), into: &graph)
            for d in DCATMapper(sourceID: file, parallel: false).map(graph).datasets {
                for v in d.title.values + d.description.values + d.keywords.values {
                    texts.append((v.value, v.language))
                    texts.append((v.value, "en"))
                    texts.append((v.value, nil))
                }
            }
        }
        return texts
    }

    @Test func reusedWriterWritesWhatFreshAnalysisGives() throws {
        let texts = try Self.corpus()
        #expect(texts.count > 200)
        // A cache of 8 entries is cleared again and again; the large one keeps everything.
        for writer in [IndexTextWriter(cachedStems: 8), IndexTextWriter()] {
            for _ in 0..<2 {  // the second pass is served from the cache
                for (text, language) in texts {
                    var out: [UInt8] = []
                    writer.append(text, language: language, to: &out)
                    #expect(String(decoding: out, as: UTF8.self) == Self.reference(text, language), "\(text) @\(language ?? "-")")
                }
            }
        }
    }

    /// A word may mix ASCII letters of either case and digits with letters that fold to ASCII and letters
    /// of other scripts: it stays one word, lower-cased and folded, with its digits and script flagged.
    @Test func asciiRunsAndOtherLettersMixInOneWord() {
        let f = FoldedText("CaféTERRAS2Go-Straat's ÀB12 xY ŒuvreZ Αθήνα9 7")
        #expect(f.parts.map(\.string) == ["cafeterras2go", "straat", "ab12", "xy", "oeuvrez", "αθηνα9", "7"])
        #expect(f.joined.map(\.string) == ["cafeterras2gostraat"])
        #expect(f.parts.map(\.hasNumber) == [true, false, true, false, false, true, true])
        #expect(f.parts.map(\.isASCII) == [true, true, true, true, true, false, true])
        #expect(f.joined.map(\.hasNumber) == [true])
    }

    @Test func columnTextJoinsValuesWithOneSpace() {
        let writer = IndexTextWriter()
        var out: [UInt8] = []
        writer.append("Fietspaden", language: "nl", to: &out)
        writer.append("", language: "nl", to: &out)
        writer.append("Cycle paths", language: "en", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "fietspad cycl path")
    }

    @Test func stemCacheStaysWithinItsBound() {
        let cache = StemCache(maxEntries: 100)
        var out: [UInt8] = []
        for n in 0..<1_000 {
            let word = Array("woord\(n)".utf8)
            cache.appendStem(of: 0..<word.count, in: word, stemming: 1, to: &out) { Array(word.reversed()) }
            #expect(cache.entries <= 100)
        }
        // Same word, two stemmers: two entries, each with its own stem.
        let word = Array("straten".utf8)
        var a: [UInt8] = [], b: [UInt8] = []
        cache.appendStem(of: 0..<7, in: word, stemming: 1, to: &a) { Array("strat".utf8) }
        cache.appendStem(of: 0..<7, in: word, stemming: 2, to: &b) { Array("straten".utf8) }
        cache.appendStem(of: 0..<7, in: word, stemming: 1, to: &a) { Issue.record("a cached stem was computed again"); return [] }
        #expect(String(decoding: a, as: UTF8.self) == "stratstrat")
        #expect(String(decoding: b, as: UTF8.self) == "straten")
    }
}
