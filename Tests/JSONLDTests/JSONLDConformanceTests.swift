import Foundation
import JSONLD
import RDF
import Testing
import TestSupport

/// The W3C JSON-LD 1.1 expand and toRdf suites, driven by conformance/json-ld/index.json as
/// conformance/README.md describes.
@Suite struct JSONLDConformanceTests {
    static let testsURL = "https://w3c.github.io/json-ld-api/tests/"

    /// Misses we know about, with the reason; any other miss fails the test.
    static let knownMisses: [String: String] = [:]

    struct Entry {
        let id: String
        let types: [String]
        let action: String
        let result: String?
        let base: String
        let documentUrl: String
        let options: JSONObject
        let requires: String?
        let normative: Bool

        var isNegative: Bool { types.contains("jld:NegativeEvaluationTest") }
        var isSyntax: Bool { types.contains("jld:PositiveSyntaxTest") }
    }

    static func loadIndex(_ folder: URL) throws -> [Entry] {
        let index = try JSONParser.parse(FileByteSource(path: folder.appendingPathComponent("index.json").path))
        return (index.arrayValue ?? []).compactMap { v -> Entry? in
            guard case .object(let o) = v, let id = o["id"]?.stringValue, let action = o["action"]?.stringValue,
                let base = o["base"]?.stringValue, let doc = o["documentUrl"]?.stringValue
            else { return nil }
            return Entry(
                id: id, types: (o["types"]?.arrayValue ?? []).compactMap(\.stringValue), action: action,
                result: o["result"]?.stringValue, base: base, documentUrl: doc,
                options: o["options"]?.objectValue ?? JSONObject(), requires: o["requires"]?.stringValue,
                normative: o["normative"]?.boolValue ?? true)
        }
    }

    static func reader(for e: Entry, folder: URL, streaming: Bool = false) -> JSONLDReader {
        var options = JSONLDOptions()
        if e.options["processingMode"]?.stringValue == "json-ld-1.0" { options.processingMode = .jsonLD10 }
        if let d = e.options["rdfDirection"]?.stringValue { options.rdfDirection = JSONLDOptions.RDFDirection(rawValue: d) }
        if let ec = e.options["expandContext"]?.stringValue { options.expandContext = .string(testsURL + ec) }
        options.streaming = streaming
        let loader = PrefixMappingLoader([(testsURL, folder.path)])
        return JSONLDReader(base: e.base, documentUrl: e.documentUrl, loader: loader, options: options)
    }

    static func skipReason(_ e: Entry) -> String? {
        if e.options["specVersion"]?.stringValue == "json-ld-1.0" { return "json-ld-1.0 only" }
        if e.requires == "GeneralizedRdf" { return "generalized RDF (produceGeneralizedRdf) is not supported" }
        return nil
    }

    /// Runs one test; returns nil on pass, else the reason.
    static func run(_ e: Entry, folder: URL, algorithm: String, streaming: Bool = false) -> String? {
        let reader = reader(for: e, folder: folder, streaming: streaming)
        let input = folder.appendingPathComponent(e.action).path
        do {
            if algorithm == "expand" {
                let out = try reader.expand(from: FileByteSource(path: input))
                if e.isNegative { return "expected error '\(e.result ?? "")', got \(out)" }
                guard let r = e.result else { return "no expected result" }
                let expected = try JSONParser.parse(FileByteSource(path: folder.appendingPathComponent(r).path))
                if JSONLDComparison.equal(out, expected) { return nil }
                return "expanded output differs:\n    got      \(out)\n    expected \(expected)"
            } else {
                var sink = QuadCollector()
                try reader.read(from: FileByteSource(path: input), into: &sink)
                if e.isNegative { return "expected error '\(e.result ?? "")', got \(sink.quads.count) quads" }
                if e.isSyntax { return nil }
                guard let r = e.result else { return "no expected result" }
                let expected = try readNQuads(folder.appendingPathComponent(r))
                if Isomorphism.isomorphic(sink.quads, expected) { return nil }
                return "dataset differs:\n    got\n      \(sink.quads.map(\.description).sorted().joined(separator: "\n      "))\n    expected\n      \(expected.map(\.description).sorted().joined(separator: "\n      "))"
            }
        } catch let err as JSONLDError {
            if e.isNegative && err.code == e.result { return nil }
            return "error \(err)" + (e.isNegative ? " (expected '\(e.result ?? "")')" : "")
        } catch {
            return "error \(error)" + (e.isNegative ? " (expected '\(e.result ?? "")')" : "")
        }
    }

    static func runSuite(_ algorithm: String, expectedRuns: Int, streaming: Bool = false) throws {
        guard let folder = try SharedFolder.url("conformance/json-ld") else { return }
        let entries = try loadIndex(folder).filter { $0.id.hasPrefix(algorithm + "#") }
        let label = streaming ? "\(algorithm) (streaming reader)" : algorithm
        let tally = ConformanceTally(suite: "JSON-LD \(label)")
        var unexpected: [String] = []
        var ran = 0
        for e in entries {
            if let why = skipReason(e) { tally.skip(e.id, why); continue }
            ran += 1
            if let failure = run(e, folder: folder, algorithm: algorithm, streaming: streaming) {
                if let known = knownMisses[e.id] {
                    tally.fail(e.id, "known: \(known)")
                } else if !e.normative {
                    tally.fail(e.id, "non-normative: \(failure)")
                } else {
                    tally.fail(e.id, failure)
                    unexpected.append(e.id)
                }
            } else {
                tally.pass()
            }
        }
        _ = tally.report()
        print("JSON-LD \(label): \(tally.passed)/\(ran) run on a 1.1 processor passed")
        #expect(ran == expectedRuns)
        #expect(unexpected.isEmpty, "unlisted misses: \(unexpected)")
    }

    @Test func expandSuite() throws { try Self.runSuite("expand", expectedRuns: 376) }
    /// 456 run on a 1.1 processor; te075 needs generalized RDF and is skipped, so 455 are run.
    @Test func toRdfSuite() throws { try Self.runSuite("toRdf", expectedRuns: 456 - 1) }

    /// The same tests through the streaming reader: the documents of a streamable shape take the
    /// node-by-node path and must give the same datasets (and errors).
    @Test func toRdfSuiteStreaming() throws { try Self.runSuite("toRdf", expectedRuns: 456 - 1, streaming: true) }
}
