import DCAT
import Foundation
import Quality
import RDF
import RDFIO
import TestSupport
import Testing
@testable import CatalogStore

@Suite struct CompactJSONEncoderTests {
    /// Every dataset of every fixture feed, and its score, reads back equal through Foundation's decoder.
    @Test func fixtureModelsRoundTripThroughJSONDecoder() throws {
        let folder = SharedFolder.packageRoot.appendingPathComponent("fixtures/dcat")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var checked = 0
        for file in files {
            var graph = Graph()
            let path = folder.appendingPathComponent(file).path
            try RDFReaders.read(try FileByteSource(path: path), explicit: nil,
                                options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString), into: &graph)
            for d in DCATMapper(sourceID: file, parallel: false).map(graph).datasets {
                let back = try JSONDecoder().decode(Dataset.self, from: Data(try CompactJSONEncoder().encode(d)))
                #expect(back == d, "\(file) \(d.iri)")
                // The score carries fields it does not encode, so compare with Foundation's JSON instead.
                let q = Scorer().score(d)
                let ours = try JSONSerialization.jsonObject(with: Data(try CompactJSONEncoder().encode(q))) as? NSDictionary
                let theirs = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(q)) as? NSDictionary
                #expect(ours != nil && ours == theirs)
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    struct Mixed: Codable, Equatable {
        var text: String
        var number: Int
        var big: Int64
        var ratio: Double
        var flag: Bool
        var missing: String?
        var present: String?
        var nested: [[String: [Int]]]
        var empty: [String]
        var kind: Rating
    }

    @Test func escapesAndNestingMatchFoundation() throws {
        let value = Mixed(text: "quote \" backslash \\ tab \t newline \n nul \u{0} bell \u{7} é 🚲 / slash",
                          number: -42, big: Int64.max, ratio: 0.1, flag: true, missing: nil, present: "x",
                          nested: [["a": [1, 2], "b": []], [:]], empty: [], kind: .good)
        let bytes = try CompactJSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(Mixed.self, from: Data(bytes)) == value)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("missing"))
        #expect(text.contains(#""kind":"good""#))
        #expect(text.contains(#"\u0000"#) && text.contains(#"\u0007"#))
        #expect(throws: EncodingError.self) { _ = try CompactJSONEncoder().encode([Double.nan]) }
    }
}

@Suite struct JSONBytesTests {
    @Test func writesIntegersAndEscapesStrings() throws {
        let out = JSONBytes(capacity: 64)
        for n in [0, 7, 10, 405, -3, 1_234_567_890_123, Int.max, Int.min] {
            out.int(n)
            out.raw(" ")
        }
        out.string("a\"b\\c\nd\t\u{1}é")
        #expect(String(decoding: out.bytes, as: UTF8.self)
                == "0 7 10 405 -3 1234567890123 \(Int.max) \(Int.min) \"a\\\"b\\\\c\\nd\\t\\u0001é\"")
    }

    /// Plain strings of every length up to 40, of distinct bytes, written at every offset of the buffer
    /// (short ones are copied a word at a time, overlapping): exactly their bytes, in order.
    @Test func plainStringsOfEveryLengthAreCopiedExactly() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ")
        for length in 0...40 {
            for offset in 0..<9 {
                let s = String(alphabet[..<length])
                let out = JSONBytes(capacity: 2)
                out.rawString(String(repeating: "[", count: offset))
                out.string(s)
                #expect(out.bytes == Array((String(repeating: "[", count: offset) + "\"" + s + "\"").utf8), "length \(length) at \(offset)")
            }
        }
    }

    /// Strings of every length up to 40 with one byte to escape at each position read back unchanged.
    @Test func escapesAtEveryPositionReadBack() throws {
        for length in 1...40 {
            for position in 0..<length {
                for special in ["\"", "\\", "\n", "\u{1}", "é"] {
                    var s = String(repeating: "a", count: length - 1)
                    s.insert(contentsOf: special, at: s.index(s.startIndex, offsetBy: position))
                    let out = JSONBytes(capacity: 4)
                    out.raw("[")
                    out.string(s)
                    out.raw("]")
                    let back = try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String]
                    #expect(back == [s])
                }
            }
        }
    }
}
