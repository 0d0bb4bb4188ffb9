import Foundation
import JSONLD
import RDF
import Testing
import TestSupport

/// The streaming path (node by node) must give the same dataset as the whole-document path.
@Suite struct JSONLDStreamingTests {
    static func quads(_ source: ByteSource, streaming: Bool, loader: DocumentLoader = NoNetworkLoader(), base: String? = nil) throws -> [Quad] {
        var sink = QuadCollector()
        let reader = JSONLDReader(base: base, loader: loader, options: JSONLDOptions(streaming: streaming))
        try reader.read(from: source, into: &sink)
        return sink.quads
    }

    static func both(_ text: String, maxChunk: Int = .max) throws -> (streamed: [Quad], whole: [Quad]) {
        (try quads(MemoryByteSource(text, maxChunk: maxChunk), streaming: true),
         try quads(MemoryByteSource(text), streaming: false))
    }

    @Test func samplesGiveTheSameDatasetBothWays() throws {
        guard let dir = try SharedFolder.url(JSONLDSamplesTests.folder) else { return }
        let loader = PrefixMappingLoader(JSONLDSamplesTests.contextMappings(dir))
        var compared = 0
        for name in try JSONLDSamplesTests.samples(dir) where JSONLDSamplesTests.missingContext[name] == nil {
            let path = dir.appendingPathComponent(name).path
            let s = try Self.quads(FileByteSource(path: path), streaming: true, loader: loader, base: "https://example.org/")
            let w = try Self.quads(FileByteSource(path: path), streaming: false, loader: loader, base: "https://example.org/")
            #expect(Isomorphism.isomorphic(s, w), "\(name)")
            compared += 1
        }
        #expect(compared == 14)
    }

    /// A catalog of `datasets` datasets written as JSON-LD by `gen_catalog.py`, in a temporary file the
    /// caller removes; nil without ../shared.
    static func generatedCatalog(datasets: Int) throws -> URL? {
        guard let shared = try SharedFolder.locate() else { return nil }
        let script = shared.appendingPathComponent("bench/gen_catalog.py").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-jsonld-\(getpid())-\(datasets).jsonld")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script, String(datasets), "-f", "jsonld", "-o", out.path]
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        return out
    }

    @Test func generatedCatalogGivesTheSameDatasetBothWays() throws {
        guard let out = try Self.generatedCatalog(datasets: 2000) else { return }
        defer { try? FileManager.default.removeItem(at: out) }
        let s = try Self.quads(FileByteSource(path: out.path), streaming: true)
        let w = try Self.quads(FileByteSource(path: out.path), streaming: false)
        print("gen_catalog 2000 as JSON-LD: \(s.count) quads streamed, \(w.count) whole")
        #expect(s.count > 70_000)
        #expect(Isomorphism.isomorphic(s, w))
    }

    @Test func topLevelArrayStreamsWithSharedBlankNodeLabels() throws {
        let text = """
            [{"@id": "_:a", "http://ex.org/p": {"@id": "_:b"}},
             {"@id": "_:b", "http://ex.org/q": [{"@list": [1, 2.5, true]}]},
             "free-floating", {"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/s", "r": {"@id": "_:a"}}]
            """
        let (s, w) = try Self.both(text, maxChunk: 3)
        #expect(Isomorphism.isomorphic(s, w))
        // _:b is one node across two elements: the object of p and the subject of q.
        let p = try #require(s.first { $0.triple.predicate.value == "http://ex.org/p" })
        let q = try #require(s.first { $0.triple.predicate.value == "http://ex.org/q" })
        #expect(p.triple.object == q.triple.subject)
        #expect(s.contains { $0.triple.object == .literal(Literal("2.5E0", datatype: XSD.double)) })
    }

    @Test func graphWithTypeScopedContextsAndNamedGraphs() throws {
        let text = """
            {"@context": {"@vocab": "http://ex.org/", "@base": "http://base.org/",
               "Dataset": {"@id": "http://ex.org/Dataset", "@context": {"title": {"@id": "http://purl.org/dc/terms/title", "@language": "nl"}}},
               "graph": "@graph"},
             "graph": [
               {"@id": "d1", "@type": "Dataset", "title": "Bomen", "nested": {"title": "plain"}},
               {"@id": "g1", "@graph": [{"@id": "x", "p": 1}]},
               {"@id": "d1", "other": {"@value": "2020", "@type": "http://www.w3.org/2001/XMLSchema#gYear"}}
             ]}
            """
        let (s, w) = try Self.both(text, maxChunk: 7)
        #expect(Isomorphism.isomorphic(s, w))
        #expect(s.contains { $0.triple.object == .literal(Literal("Bomen", language: "nl")) })
        #expect(s.contains { $0.triple.object == .literal(Literal("plain")) })
        #expect(s.contains { $0.graph == .iri("http://base.org/g1") && $0.triple.subject == .iri("http://base.org/x") })
    }

    @Test func membersBeforeGraphFallBackToTheWholeDocument() throws {
        // @id before @graph makes the graph a named graph of that node.
        let text = #"{"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/g", "@graph": [{"@id": "http://ex.org/s", "p": "v"}]}"#
        let (s, w) = try Self.both(text)
        #expect(Isomorphism.isomorphic(s, w))
        #expect(s.count == 1 && s[0].graph == .iri("http://ex.org/g"))
        // @graph before @context: not streamed, still right.
        let late = #"{"@graph": [{"@id": "http://ex.org/s", "p": "v"}], "@context": {"@vocab": "http://ex.org/"}}"#
        let (s2, w2) = try Self.both(late)
        #expect(s2.count == 1 && Isomorphism.isomorphic(s2, w2))
    }

    @Test func meaningfulMemberAfterStreamedGraphIsAnError() throws {
        let text = #"{"@context": {"@vocab": "http://ex.org/"}, "@graph": [{"@id": "http://ex.org/s", "p": "v"}], "@id": "http://ex.org/g"}"#
        do {
            _ = try Self.quads(MemoryByteSource(text, name: "late.jsonld"), streaming: true)
            Issue.record("expected an error")
        } catch let e as JSONLDError {
            #expect(e.code == "document not streamable")
            #expect(e.description.contains("late.jsonld:1:"))
        }
        // A member that expands to nothing changes nothing.
        let harmless = #"{"@context": {"p": "http://ex.org/p"}, "@graph": [{"@id": "http://ex.org/s", "p": "v"}], "comment": "x"}"#
        #expect(try Self.quads(MemoryByteSource(harmless), streaming: true).count == 1)
        // Streaming off reads the first document correctly.
        let w = try Self.quads(MemoryByteSource(text), streaming: false)
        #expect(w.count == 1 && w[0].graph == .iri("http://ex.org/g"))
    }

    @Test func errorsInAStreamedNodeNameItsPosition() throws {
        let text = "{\"@context\": {\"@vocab\": \"http://ex.org/\"},\n \"@graph\": [\n  {\"p\": \"ok\"},\n  {\"@id\": 5}\n]}"
        do {
            _ = try Self.quads(MemoryByteSource(text, name: "cat.jsonld"), streaming: true)
            Issue.record("expected an error")
        } catch let e as JSONLDError {
            #expect(e.code == "invalid @id value")
            #expect(e.description.hasPrefix("cat.jsonld:4:3"), "\(e)")
        }
        do {
            _ = try Self.quads(MemoryByteSource("{\"@context\": {},\n \"@graph\": [{\"a\": }]}", name: "bad.jsonld"), streaming: true)
            Issue.record("expected an error")
        } catch let e as RDFSyntaxError {
            #expect(e.line == 2 && e.column == 19, "\(e)")
        }
    }

    static func datasets(_ n: Int, extra: String = "") -> String {
        (0..<n).map { #"{"@id": "http://ex.org/d\#($0)", "title": "D\#($0)"\#(extra)}"# }.joined(separator: ",")
    }

    @Test func longPropertyArrayOfATopLevelNodeStreams() throws {
        // DCAT-US shape: no @id, so the catalog is one blank node across streamed and later members.
        let text = """
            {"@context": {"@vocab": "http://ex.org/", "Catalog": {"@id": "http://ex.org/Catalog",
               "@context": {"title": {"@id": "http://purl.org/dc/terms/title", "@language": "en"}, "keyword": {"@language": "nl"}}}},
             "@type": "Catalog", "dataset": [\(Self.datasets(200))], "publisher": {"name": "P"},
             "keyword": [\((0..<100).map { "\"k\($0)\"" }.joined(separator: ","))]}
            """
        let (s, w) = try Self.both(text, maxChunk: 13)
        #expect(s.count == 1 + 200 * 2 + 2 + 100)
        // The type-scoped context applies to the catalog's own (streamed) values.
        #expect(s.contains { $0.triple.object == .literal(Literal("k42", language: "nl")) })
        #expect(Isomorphism.isomorphic(s, w))
        let catalogs = Set(s.filter { $0.triple.predicate.value == "http://ex.org/dataset" }.map(\.triple.subject))
        #expect(catalogs.count == 1)
        let typed = s.first { $0.triple.predicate == RDFVocab.type }?.triple.subject
        #expect(catalogs.first == typed)
        // The type-scoped context of Catalog does not propagate into the dataset nodes.
        #expect(s.contains { $0.triple.object == .literal(Literal("D7")) })
    }

    @Test func catalogNodeInsideGraphStreamsItsDatasets() throws {
        let text = """
            {"@context": {"@vocab": "http://ex.org/"}, "@graph": [
              {"@id": "http://ex.org/cat", "@type": "Catalog", "dataset": [\(Self.datasets(100, extra: #", "keyword": ["a", "b"]"#))], "issued": "2024"},
              {"@id": "http://ex.org/d3", "extra": true}]}
            """
        let (s, w) = try Self.both(text, maxChunk: 5)
        #expect(s.count == 100 * 4 + 2 + 1)
        #expect(Isomorphism.isomorphic(s, w))
    }

    @Test func lateMembersAfterAStreamedArray() throws {
        let long = #"{"@context": {"@vocab": "http://ex.org/"}, "dataset": [\#(Self.datasets(100))], "@id": "http://ex.org/cat"}"#
        do {
            _ = try Self.quads(MemoryByteSource(long, name: "late.jsonld"), streaming: true)
            Issue.record("expected an error")
        } catch let e as JSONLDError {
            #expect(e.code == "document not streamable")
        }
        #expect(try Self.quads(MemoryByteSource(long), streaming: false).count == 200)
        // A short array commits nothing: a later @id is fine.
        let short = #"{"@context": {"@vocab": "http://ex.org/"}, "dataset": [\#(Self.datasets(3))], "@id": "http://ex.org/cat"}"#
        let (s, w) = try Self.both(short)
        #expect(s.count == 6 && Isomorphism.isomorphic(s, w))
        // A plain @type after the array changes no context: fine.
        let typed = #"{"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/cat", "dataset": [\#(Self.datasets(100))], "@type": "Catalog"}"#
        let (s2, w2) = try Self.both(typed)
        #expect(s2.count == 201 && Isomorphism.isomorphic(s2, w2))
    }

    @Test func aliasedIdBeforeALongArrayNamesTheNode() throws {
        let text = #"{"@context": {"@vocab": "http://ex.org/", "id": "@id", "type": "@type"}, "id": "http://ex.org/cat", "type": "Catalog", "dataset": [\#(Self.datasets(100))]}"#
        let (s, w) = try Self.both(text)
        #expect(s.count == 201 && Isomorphism.isomorphic(s, w))
        #expect(s.filter { $0.triple.subject == .iri("http://ex.org/cat") }.count == 101)
    }

    @Test func listAndIndexContainersAreReadWhole() throws {
        let items = (0..<100).map { "\($0)" }.joined(separator: ",")
        let text = #"{"@context": {"@vocab": "http://ex.org/", "seq": {"@container": "@list"}}, "@id": "http://ex.org/s", "seq": [\#(items)]}"#
        let (s, w) = try Self.both(text)
        #expect(s.count == 201 && Isomorphism.isomorphic(s, w))
    }
}
