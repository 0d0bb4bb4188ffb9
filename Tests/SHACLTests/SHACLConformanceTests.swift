import Foundation
import RDF
import SHACL
import Testing
import TestSupport

/// One entry of conformance/shacl/index.json.
struct SHACLSuiteEntry: Decodable {
    let id: String
    let file: String
    let dataGraph: String
    let shapesGraph: String
    let conforms: Bool
    let results: Int
    let messages: Bool
}

/// A validation result reduced to what the suite compares (its README, "How a test is judged").
/// Blank resultPath nodes are compared by structure (as a `PropertyPath`); every other term by identity.
struct ComparableResult: Hashable, CustomStringConvertible {
    let focusNode: Term?
    let resultPath: PropertyPath?
    let value: Term?
    let sourceShape: Term?
    let component: Term?
    let severity: Term?
    let messages: Set<Literal>

    var description: String {
        "focus=\(focusNode.map(\.description) ?? "-") path=\(resultPath.map(\.description) ?? "-") value=\(value.map(\.description) ?? "-") shape=\(sourceShape.map(\.description) ?? "-") component=\(component.map(\.description) ?? "-") severity=\(severity.map(\.description) ?? "-")"
    }

    /// The results of the report node `report` in `graph`, as a multiset.
    static func results(of report: Term, in graph: Graph, keepMessages: Bool) throws -> [ComparableResult: Int] {
        let sh = "http://www.w3.org/ns/shacl#"
        var out: [ComparableResult: Int] = [:]
        for r in graph.objects(report, IRI(sh + "result")) {
            let path = try graph.object(r, IRI(sh + "resultPath")).map { try PropertyPath.parse($0, in: graph) }
            let messages = keepMessages ? Set(graph.objects(r, IRI(sh + "resultMessage")).compactMap(\.literal)) : []
            let c = ComparableResult(
                focusNode: graph.object(r, IRI(sh + "focusNode")), resultPath: path,
                value: graph.object(r, IRI(sh + "value")), sourceShape: graph.object(r, IRI(sh + "sourceShape")),
                component: graph.object(r, IRI(sh + "sourceConstraintComponent")),
                severity: graph.object(r, IRI(sh + "resultSeverity")), messages: messages)
            out[c, default: 0] += 1
        }
        return out
    }
}

/// The W3C SHACL Core suite, driven by conformance/shacl/index.json.
@Suite struct SHACLConformanceTests {
    /// Tests we knowingly fail, with the reason. Empty: the whole Core suite passes.
    static let knownMisses: [String: String] = [:]

    static let base = "urn:x-shacl-test:/"
    static let mfResult = IRI("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#result")
    static let shConforms = IRI("http://www.w3.org/ns/shacl#conforms")

    static func parse(_ dir: URL, _ relative: String, prefix: String) throws -> Graph {
        var graph = Graph()
        try TurtleReader(base: base + relative, blankNodePrefix: prefix)
            .read(from: FileByteSource(path: dir.appendingPathComponent(relative).path), into: &graph)
        return graph
    }

    @Test func w3cSHACLCoreSuite() throws {
        guard let dir = try SharedFolder.url("conformance/shacl") else { return }
        let entries = try JSONDecoder().decode([SHACLSuiteEntry].self, from: Data(contentsOf: dir.appendingPathComponent("index.json")))
        #expect(entries.count == 98)
        let tally = ConformanceTally(suite: "SHACL Core")
        #expect(entries.reduce(0) { $0 + $1.results } == 213, "every expected result is compared")
        for e in entries {
            do {
                if let reason = try Self.run(e, in: dir) { tally.fail(e.id, reason) } else { tally.pass() }
            } catch {
                tally.fail(e.id, "error: \(error)")
            }
        }
        _ = tally.report()
        let unexpected = tally.failures.filter { Self.knownMisses[$0.id] == nil }
        #expect(unexpected.isEmpty, "unexpected SHACL conformance failures: \(unexpected.map(\.id))")
        #expect(tally.passed == 98 - Self.knownMisses.count)
    }

    /// Nil when the test passes, else why not.
    static func run(_ e: SHACLSuiteEntry, in dir: URL) throws -> String? {
        let fileGraph = try parse(dir, e.file, prefix: "f")
        let data = e.dataGraph == e.file ? fileGraph : try parse(dir, e.dataGraph, prefix: "d")
        let shapes = e.shapesGraph == e.file ? fileGraph
            : e.shapesGraph == e.dataGraph ? data : try parse(dir, e.shapesGraph, prefix: "s")

        let report = try Validator(shapes: shapes).validate(data: data)
        guard report.conforms == e.conforms else {
            return "conforms \(report.conforms), expected \(e.conforms); \(report.results.count) results: \(report.results.prefix(3))"
        }

        // Our side goes through the RDF form of the report, so the writer is judged too.
        let ours = Graph(report.triples(blankNodePrefix: "ours"))
        guard let ourReport = ours.subjects(RDFVocab.type, .iri(IRI("http://www.w3.org/ns/shacl#ValidationReport"))).first,
              ours.object(ourReport, shConforms) == .literal(Literal(e.conforms ? "true" : "false", datatype: XSD.boolean)) else {
            return "written report lacks sh:ValidationReport or the right sh:conforms"
        }
        guard let expectedReport = fileGraph.triples.first(where: { $0.predicate == mfResult })?.object else {
            return "no mf:result in \(e.file)"
        }
        let expected = try ComparableResult.results(of: expectedReport, in: fileGraph, keepMessages: e.messages)
        let actual = try ComparableResult.results(of: ourReport, in: ours, keepMessages: e.messages)
        if expected.values.reduce(0, +) != e.results { return "index.json says \(e.results) results, the file has \(expected.values.reduce(0, +))" }
        if expected == actual { return nil }
        var lines: [String] = []
        for (r, n) in expected where actual[r, default: 0] < n { lines.append("missing \(n - actual[r, default: 0])x \(r)") }
        for (r, n) in actual where expected[r, default: 0] < n { lines.append("unexpected \(n - expected[r, default: 0])x \(r)") }
        return lines.joined(separator: "; ")
    }
}
