import Foundation
@testable import JSONLD
import RDF
import Testing
import TestSupport

/// `DirectEmitter` reads node objects without expanding them; whatever it reads must give the
/// statements expansion gives, in the same order and with the same blank node labels, and whatever it
/// declines must leave no trace. Every comparison here is exact (statement by statement), not up to
/// isomorphism.
@Suite struct DirectEmitterTests {
    /// What a read gave: its statements, or the error (a JSON-LD error by its code).
    enum Outcome: Equatable {
        case quads([Quad])
        case failed(String)
    }

    struct Reading {
        let outcome: Outcome
        let read: Int
        let declined: Int
    }

    static func read(_ source: ByteSource, with reader: JSONLDReader, direct: Bool) -> Reading {
        var reader = reader
        reader.options.streaming = true
        reader.options.directNodes = direct
        var sink = QuadCollector()
        do {
            let counts = try reader.readCountingDirect(from: source, into: &sink)
            return Reading(outcome: .quads(sink.quads), read: counts.read, declined: counts.declined)
        } catch let e as JSONLDError {
            return Reading(outcome: .failed(e.code), read: 0, declined: 0)
        } catch {
            return Reading(outcome: .failed("\(error)"), read: 0, declined: 0)
        }
    }

    /// Reads `text` with and without the direct path; returns the direct reading and the expanded one.
    static func bothWays(_ text: String, base: String = "https://example.org/doc.jsonld") -> (direct: Reading, expanded: Reading) {
        let reader = JSONLDReader(documentUrl: base)
        return (read(MemoryByteSource(text), with: reader, direct: true), read(MemoryByteSource(text), with: reader, direct: false))
    }

    static let context = """
        {"@vocab": "http://ex.org/", "dct": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
         "title": {"@id": "dct:title", "@container": "@language"},
         "list": {"@id": "http://ex.org/list", "@container": "@list"},
         "Scoped": {"@id": "http://ex.org/Scoped", "@context": {"x": "http://ex.org/y"}},
         "id": "@id", "type": "@type", "v": "@value",
         "link": {"@id": "http://ex.org/link", "@type": "@id"},
         "when": {"@id": "http://ex.org/when", "@type": "xsd:date"},
         "label": {"@id": "http://ex.org/label", "@language": "nl"}}
        """

    /// Elements the direct path reads and elements it declines, in turns, each with blank nodes, so a
    /// label handed out by a declined attempt would shift every later one.
    @Test func declinedElementsLeaveNoTrace() throws {
        let text = """
            {"@context": \(Self.context), "@graph": [
              {"a": {"b": {}}, "n": [["nested"]]},
              {"a": {"b": {}}},
              {"title": {"nl": "x", "EN": "y", "@none": "z"}, "dct:title": "w"},
              {"title": {"nl": "x", "EN": "y", "@none": "z"}},
              {"list": ["a", {"c": "d"}]},
              {"type": "Scoped", "x": "z"},
              {"a": {"v": "aliased value"}},
              {"a": {"@id": "_:weird label", "p": {}}, "q": {"@value": "x", "@index": "i"}},
              {"a": {"@id": "_:weird label"}},
              {},
              {"unknown": null},
              {"id": "http://ex.org/s", "type": ["T1", "T1"], "k": ["x", "x", {"@value": "x"}],
               "m": {"@value": "5", "@type": "xsd:integer"}, "link": "rel", "when": "2024-01-01", "label": "hallo"},
              {"p": [["nested"]]},
              {"@reverse": {"p": {"@id": "http://ex.org/o"}}},
              {"p": {"@value": "x", "@index": "i"}}
            ]}
            """
        let (direct, expanded) = Self.bothWays(text)
        #expect(direct.outcome == expanded.outcome)
        // Read: the 2nd, 4th, 9th and 12th elements; every other one is declined.
        #expect(direct.read == 4)
        #expect(direct.declined == 11)
        guard case .quads(let quads) = direct.outcome else { Issue.record("\(direct.outcome)"); return }
        let lines = Set(quads.map(\.description))
        // The language map: tags lower-cased, @none untagged; the repeated type and value emitted once.
        #expect(lines.contains("_:b7 <http://purl.org/dc/terms/title> \"y\"@en ."))
        #expect(lines.contains("_:b7 <http://purl.org/dc/terms/title> \"z\" ."))
        #expect(quads.filter { $0.triple.predicate == RDFVocab.type && $0.triple.subject == .iri(IRI("http://ex.org/s")) }.count == 1)
        #expect(quads.filter { $0.triple.predicate == IRI("http://ex.org/k") }.count == 1)
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/link> <https://example.org/rel> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/when> \"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/label> \"hallo\"@nl ."))
    }

    /// A long property array streams its elements one by one; one element outside the subset is
    /// expanded, and the labels of the others stay as expansion gives them.
    @Test func streamedValuesDeclineOneByOne() throws {
        let items = (0..<70).map { i in
            #"{"title": {"nl": "t\#(i)"}, "contact": {"fn": "c\#(i)"}, "size": \#(i == 30 ? "[[1]]" : "1")}"#
        }
        let text = """
            {"@context": \(Self.context), "@graph": [{"@id": "http://ex.org/cat", "dataset": [\(items.joined(separator: ","))]}]}
            """
        let (direct, expanded) = Self.bothWays(text)
        #expect(direct.outcome == expanded.outcome)
        #expect(direct.read == 69)
        #expect(direct.declined == 1)
    }

    /// Keys are remembered per context: the same key means another property under a node's own context
    /// (here the catalog's, whose streamed datasets are read with it) and the first one again after it.
    @Test func keysAreResolvedInTheirOwnContext() throws {
        let datasets = (0..<70).map { #"{"title": "d\#($0)", "nested": {"title": "n\#($0)"}}"# }.joined(separator: ",")
        let text = """
            {"@context": {"@vocab": "http://ex.org/", "title": "http://purl.org/dc/terms/title"}, "@graph": [
              {"@id": "http://ex.org/a", "title": "first"},
              {"@id": "http://ex.org/cat", "@context": {"title": "http://ex.org/otherTitle"}, "dataset": [\(datasets)]},
              {"@id": "http://ex.org/b", "title": "last"}
            ]}
            """
        let (direct, expanded) = Self.bothWays(text)
        #expect(direct.outcome == expanded.outcome)
        #expect(direct.read == 2 + 70)
        guard case .quads(let quads) = direct.outcome else { Issue.record("\(direct.outcome)"); return }
        let lines = Set(quads.map(\.description))
        #expect(lines.contains("<http://ex.org/a> <http://purl.org/dc/terms/title> \"first\" ."))
        #expect(lines.contains("<http://ex.org/b> <http://purl.org/dc/terms/title> \"last\" ."))
        #expect(quads.filter { $0.triple.predicate == IRI("http://ex.org/otherTitle") }.count == 140)
    }

    /// A key's words are the key: keys that share their first and last eight bytes, or differ only in
    /// trailing zero bytes, or in length, get different words; a remembered key is found again.
    @Test func keyWordsTellKeysApart() throws {
        let keys = ["", "a", "a\u{0}", "title", "aaaaaaaa", "aaaaaaaaa", "aaaaaaaaaa", "abcdefghbcdefgh", "abcdefgh",
                    "abcdefghabcdefg", "abcdefgabcdefgh", "@id", "@type", "dct:title", "description", "accessURL"]
        let words = try keys.map { key -> ResolvedKeys.Words in try #require(ResolvedKeys.words(of: key), "\(key)") }
        for i in words.indices {
            for j in words.indices where j > i {
                #expect(words[i] != words[j], "\(keys[i]) and \(keys[j])")
            }
        }
        #expect(ResolvedKeys.words(of: "sixteen bytes!!!") == nil)
        var table = ResolvedKeys()
        var value: (String, TermDefinition?)?
        #expect(!table.lookup(words[3], &value))
        table.remember(words[3], ("http://purl.org/dc/terms/title", nil))
        #expect(table.lookup(words[3], &value) && value?.0 == "http://purl.org/dc/terms/title")
        table.remember(words[11], nil)
        #expect(table.lookup(words[11], &value) && value == nil)
        // Nine and ten a's share both words and differ only in length.
        table.remember(words[5], ("nine", nil))
        #expect(!table.lookup(words[6], &value))
    }

    /// Numbers and booleans take the lexical forms and datatypes toRdf gives them, typed by the term
    /// or the value object when they say so.
    @Test func numbersAndBooleans() throws {
        let text = """
            {"@context": {"@vocab": "http://ex.org/", "xsd": "http://www.w3.org/2001/XMLSchema#",
                          "size": {"@id": "http://ex.org/size", "@type": "xsd:decimal"},
                          "ref": {"@id": "http://ex.org/ref", "@type": "@id"}},
             "@graph": [{"@id": "http://ex.org/s", "n": 5, "d": 2.5, "big": 1e21, "b": [true, false], "size": 1.5,
                         "ref": 3, "v": {"@value": 7, "@type": "xsd:integer"}, "w": {"@value": 7.0},
                         "x": {"@value": 8, "@type": "xsd:double"}}]}
            """
        let (direct, expanded) = Self.bothWays(text)
        #expect(direct.outcome == expanded.outcome)
        #expect((direct.read, direct.declined) == (1, 0))
        guard case .quads(let quads) = direct.outcome else { Issue.record("\(direct.outcome)"); return }
        let lines = Set(quads.map(\.description))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/n> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/d> \"2.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/size> \"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#decimal> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/b> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean> ."))
        #expect(lines.contains("<http://ex.org/s> <http://ex.org/x> \"8.0E0\"^^<http://www.w3.org/2001/XMLSchema#double> ."))
        // A number cannot carry a language: the direct path declines, and expansion's error is the one.
        let tagged = Self.bothWays(#"{"@context": {}, "@graph": [{"http://ex.org/p": {"@value": 5, "@language": "nl"}}]}"#)
        #expect(tagged.direct.outcome == tagged.expanded.outcome)
        #expect(tagged.direct.outcome == .failed("invalid language-tagged value"))
    }

    /// What expansion rejects, the direct path declines, so the error is expansion's.
    @Test func errorsAreExpansions() throws {
        for element in [#"{"@id": 5}"#, #"{"p": {"@value": "x", "@type": "http://ex.org/t", "@language": "nl"}}"#,
                        #"{"type": 5}"#, #"{"title": {"nl": 5}}"#, #"{"id": "http://ex.org/a", "@id": "http://ex.org/b"}"#]
        {
            let (direct, expanded) = Self.bothWays(#"{"@context": \#(Self.context), "@graph": [{"a": "b"}, \#(element)]}"#)
            #expect(direct.outcome == expanded.outcome, "\(element)")
            guard case .failed = expanded.outcome else { Issue.record("\(element) was read"); continue }
        }
    }

    /// The W3C toRdf tests through the streaming reader, with and without the direct path.
    @Test func toRdfSuiteGivesTheSameStatements() throws {
        guard let folder = try SharedFolder.url("conformance/json-ld") else { return }
        let entries = try JSONLDConformanceTests.loadIndex(folder).filter { $0.id.hasPrefix("toRdf#") }
        var compared = 0, read = 0, declined = 0, testsWithDirect = 0
        for e in entries where JSONLDConformanceTests.skipReason(e) == nil {
            let reader = JSONLDConformanceTests.reader(for: e, folder: folder, streaming: true)
            let path = folder.appendingPathComponent(e.action).path
            let direct = try Self.read(FileByteSource(path: path), with: reader, direct: true)
            let expanded = try Self.read(FileByteSource(path: path), with: reader, direct: false)
            #expect(direct.outcome == expanded.outcome, "\(e.id)")
            compared += 1
            read += direct.read
            declined += direct.declined
            if direct.read > 0 { testsWithDirect += 1 }
        }
        print("JSON-LD toRdf with and without the direct path: \(compared) tests compared; "
            + "\(read) pieces read directly in \(testsWithDirect) tests, \(declined) declined")
        #expect(compared == 455)
        #expect(testsWithDirect >= 100)
        #expect(declined >= 200)
    }

    /// The JSON-LD samples: real feeds, read with their contexts mapped.
    @Test func samplesGiveTheSameStatements() throws {
        guard let dir = try SharedFolder.url(JSONLDSamplesTests.folder) else { return }
        let loader = PrefixMappingLoader(JSONLDSamplesTests.contextMappings(dir))
        var compared = 0, read = 0, declined = 0
        for name in try JSONLDSamplesTests.samples(dir) where JSONLDSamplesTests.missingContext[name] == nil {
            let reader = JSONLDReader(documentUrl: "https://example.org/samples/" + name, loader: loader)
            let path = dir.appendingPathComponent(name).path
            let direct = try Self.read(FileByteSource(path: path), with: reader, direct: true)
            let expanded = try Self.read(FileByteSource(path: path), with: reader, direct: false)
            #expect(direct.outcome == expanded.outcome, "\(name)")
            if case .failed(let why) = direct.outcome { Issue.record("\(name): \(why)") }
            compared += 1
            read += direct.read
            declined += direct.declined
        }
        print("JSON-LD samples with and without the direct path: \(compared) compared; \(read) pieces read directly, \(declined) declined")
        #expect(compared == 14)
        #expect(read > 0)
    }

    /// The direct path hands a node's statements over by moving them out of its buffer; a sink that
    /// fails partway gets whole statements in the reader's order up to then, and its own error back.
    @Test func aFailingSinkGetsWholeStatementsThenItsError() throws {
        let text = """
            {"@context": \(Self.context), "@graph": [
              {"id": "http://ex.org/a", "type": "Thing", "title": {"nl": "Fietspaden", "en": "Cycle paths"},
               "link": "http://ex.org/b", "when": "2024-05-01", "label": "gemeente"}
            ]}
            """
        let (direct, expected) = Self.bothWays(text)
        #expect(direct.read == 1 && direct.declined == 0)
        guard case .quads(let all) = expected.outcome else {
            Issue.record("the document does not read: \(expected.outcome)")
            return
        }
        #expect(all.count == 6)
        struct Full: Error {}
        struct FailingSink: TripleSink {
            var seen: [Triple] = []
            mutating func add(_ triple: Triple) throws {
                if seen.count == 4 { throw Full() }
                seen.append(triple)
            }
        }
        var reader = JSONLDReader(documentUrl: "https://example.org/doc.jsonld")
        reader.options.streaming = true
        reader.options.directNodes = true
        var sink = FailingSink()
        #expect(throws: Full.self) { _ = try reader.readCountingDirect(from: MemoryByteSource(text), into: &sink) }
        #expect(sink.seen == all.prefix(4).map(\.triple))
    }

    /// The benchmark's catalog: every dataset is read directly.
    @Test func generatedCatalogIsReadDirectly() throws {
        guard let out = try JSONLDStreamingTests.generatedCatalog(datasets: 300) else { return }
        defer { try? FileManager.default.removeItem(at: out) }
        let reader = JSONLDReader()
        let direct = try Self.read(FileByteSource(path: out.path), with: reader, direct: true)
        let expanded = try Self.read(FileByteSource(path: out.path), with: reader, direct: false)
        #expect(direct.outcome == expanded.outcome)
        #expect(direct.read == 300)
        #expect(direct.declined == 0)
    }
}
