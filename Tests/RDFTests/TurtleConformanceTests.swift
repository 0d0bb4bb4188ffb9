import Foundation
import RDF
import Testing
import TestSupport

/// The W3C RDF 1.1 Turtle suite, driven by conformance/turtle/index.json.
@Suite struct TurtleConformanceTests {
    /// Tests we knowingly fail, with the reason. Empty: the whole suite passes.
    static let knownMisses: [String: String] = [:]

    @Test func w3cTurtleSuite() throws {
        guard let dir = try SharedFolder.url("conformance/turtle") else { return }
        let entries = try RDFSuiteEntry.load(dir.appendingPathComponent("index.json"))
        #expect(entries.count == 313)
        let tally = ConformanceTally(suite: "Turtle")
        for e in entries {
            let input = dir.appendingPathComponent(e.action)
            let reader = TurtleReader(base: e.base)
            var sink = QuadCollector()
            let outcome: Result<Void, Error> = Result {
                try reader.read(from: FileByteSource(path: input.path), into: &sink)
            }
            if e.isNegative {
                if case .success = outcome { tally.fail(e.id, "parsed without error, expected a syntax error") }
                else { tally.pass() }
                continue
            }
            if case .failure(let error) = outcome {
                tally.fail(e.id, "\(error)")
                continue
            }
            guard e.isEval, let result = e.result else { tally.pass(); continue }
            let expected = try readNQuads(dir.appendingPathComponent(result))
            if Isomorphism.isomorphic(sink.quads, expected) {
                tally.pass()
            } else {
                tally.fail(e.id, "graph not isomorphic to \(result): got \(sink.quads.count) triples, expected \(expected.count)")
            }
        }
        _ = tally.report()
        let unexpected = tally.failures.filter { Self.knownMisses[$0.id] == nil }
        #expect(unexpected.isEmpty, "unexpected Turtle conformance failures: \(unexpected.map(\.id))")
        #expect(tally.passed == 313 - Self.knownMisses.count)
    }

    /// The same suite again with one-byte and seven-byte chunks: every token must survive being split
    /// at every possible place, and the result must equal whole-buffer parsing.
    @Test(arguments: [1, 7])
    func suiteInTinyChunks(maxChunk: Int) throws {
        guard let dir = try SharedFolder.url("conformance/turtle") else { return }
        let entries = try RDFSuiteEntry.load(dir.appendingPathComponent("index.json"))
        var checked = 0
        for e in entries where !e.isNegative {
            let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(e.action)))
            let whole = try parse(bytes, base: e.base, maxChunk: .max)
            let split = try parse(bytes, base: e.base, maxChunk: maxChunk)
            #expect(whole == split, "\(e.id): chunked parse differs (maxChunk \(maxChunk))")
            checked += 1
        }
        for e in entries where e.isNegative {
            let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(e.action)))
            #expect(throws: RDFSyntaxError.self, "\(e.id) must fail in chunks too") {
                _ = try parse(bytes, base: e.base, maxChunk: maxChunk)
            }
        }
        #expect(checked == 219)
    }

    private func parse(_ bytes: [UInt8], base: String, maxChunk: Int) throws -> [Triple] {
        var sink = QuadCollector()
        try TurtleReader(base: base).read(from: MemoryByteSource(bytes, name: "t", maxChunk: maxChunk), into: &sink)
        return sink.triples
    }

    // MARK: real-world files

    /// Every Turtle sample, SHACL shape file and vocabulary in ../shared/specs parses, except the four
    /// that SOURCES.md marks as not valid Turtle; those must be refused at the right place.
    /// Strict refusal is the chosen behaviour: an IRI with a space is not an IRI, and a harvester that
    /// guessed would store identifiers no other tool can match. (SOURCES.md attributes the spaces to the
    /// DCAT-AP-NL 1.1 SHACL file too, but there they only occur in the profile vocabulary; the SHACL
    /// file is valid Turtle and parses.)
    @Test func sharedTurtleFilesParse() throws {
        guard let shared = try SharedFolder.locate() else { return }
        let invalid: [String: (line: Int, message: String)] = [
            "vocabularies/nl/dcat-ap-nl-1.1-profiel-vocabulaire.ttl": (59, "space in an IRI"),
            "samples/turtle/ckanext-dcat-dataset-full.ttl": (149, "undefined prefix 'healthdcatap:'"),
            "samples/turtle/dcat-ap-de-uag-beispiel-2024.ttl": (1, "undefined prefix 'Stand:'"),
            "samples/turtle/semic-dcat-ap-3.0.1-dataset-series-combined.ttl": (32, "'/'"),
        ]
        var files: [String] = []
        for folder in ["specs/samples/turtle", "specs/shacl", "specs/vocabularies"] {
            let root = shared.appendingPathComponent(folder)
            let walker = FileManager.default.enumerator(atPath: root.path)
            while let rel = walker?.nextObject() as? String {
                if rel.hasSuffix(".ttl") { files.append(folder + "/" + rel) }
            }
        }
        #expect(files.count == 14 + 60)
        var parsed = 0
        for rel in files.sorted() {
            let path = shared.appendingPathComponent(rel).path
            let key = String(rel.dropFirst("specs/".count))
            var sink = CountingSink()
            let reader = TurtleReader(base: "https://example.org/" + key)
            if let expected = invalid[key] {
                let error = #expect(throws: RDFSyntaxError.self, "\(key) is invalid Turtle and must be refused") {
                    try reader.read(from: FileByteSource(path: path), into: &sink)
                }
                #expect(error?.message.contains(expected.message) == true, "\(key): \(String(describing: error))")
                #expect(error?.line == expected.line, "\(key): \(String(describing: error))")
                continue
            }
            do {
                try reader.read(from: FileByteSource(path: path), into: &sink)
                #expect(sink.count > 0, "\(key) gave no triples")
                parsed += 1
            } catch {
                Issue.record("\(key): \(error)")
            }
        }
        print("Shared Turtle files: \(parsed)/\(files.count - invalid.count) valid files parsed, \(invalid.count) refused as invalid")
    }
}
