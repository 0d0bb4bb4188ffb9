import Foundation
import JSONLD
import RDF
import Testing

/// Serves generated contexts from memory and counts requests.
final class StubLoader: DocumentLoader {
    var requests: [String] = []
    let serve: (String) -> JSONValue?
    init(_ serve: @escaping (String) -> JSONValue?) { self.serve = serve }
    func load(_ url: String) throws -> RemoteDocument {
        requests.append(url)
        guard let doc = serve(url) else { throw JSONLDError("loading remote context failed", "no such document \(url)") }
        return RemoteDocument(documentUrl: url, document: doc)
    }
}

@Suite struct DocumentLoaderTests {
    func quads(_ text: String, loader: DocumentLoader, streaming: Bool = true) throws -> [Quad] {
        var sink = QuadCollector()
        try JSONLDReader(documentUrl: "https://ex.org/doc.jsonld", loader: loader, options: JSONLDOptions(streaming: streaming))
            .read(from: MemoryByteSource(text, name: "doc.jsonld"), into: &sink)
        return sink.quads
    }

    func code(_ text: String, loader: DocumentLoader) -> JSONLDError? {
        do {
            _ = try quads(text, loader: loader)
            return nil
        } catch let e as JSONLDError {
            return e
        } catch {
            return nil
        }
    }

    @Test func defaultLoaderRefusesTheNetworkAndSaysHowToAllowIt() {
        let e = code(#"{"@context": "https://schema.org/", "name": "x"}"#, loader: NoNetworkLoader())
        #expect(e?.code == "loading remote context failed")
        #expect(e?.description.contains("https://schema.org/") == true)
        #expect(e?.description.contains("--load https://schema.org/=DIR") == true)
        #expect(e?.description.hasPrefix("doc.jsonld: ") == true, "\(String(describing: e))")
    }

    @Test func prefixMappingLoaderServesFilesAndFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-loader-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{"@context": {"name": "http://xmlns.com/foaf/0.1/name"}}"#
            .write(to: dir.appendingPathComponent("sub/a.jsonld"), atomically: true, encoding: .utf8)
        try #"{"@context": {"title": "http://purl.org/dc/terms/title"}}"#
            .write(to: dir.appendingPathComponent("one.jsonld"), atomically: true, encoding: .utf8)
        let loader = PrefixMappingLoader([
            ("https://ctx.example/", dir.path),
            ("https://other.example/context.jsonld", dir.appendingPathComponent("one.jsonld").path),
        ])
        let q = try quads(
            #"{"@context": ["https://ctx.example/sub/a.jsonld", "https://other.example/context.jsonld"], "@id": "https://ex.org/s", "name": "N", "title": "T"}"#,
            loader: loader)
        #expect(q.count == 2)
        #expect(q.contains { $0.triple.predicate == IRI("http://purl.org/dc/terms/title") })
        let missing = code(#"{"@context": "https://ctx.example/nope.jsonld"}"#, loader: loader)
        #expect(missing?.code == "loading remote context failed")
        let unmapped = code(#"{"@context": "https://elsewhere.example/c.jsonld"}"#, loader: loader)
        #expect(unmapped?.description.contains("https://elsewhere.example/c.jsonld") == true)
        let escape = code(#"{"@context": "https://ctx.example/../etc/passwd"}"#, loader: loader)
        #expect(escape?.code == "loading remote context failed")
    }

    @Test func parsesLoadArguments() throws {
        let m = try PrefixMappingLoader.mapping(fromArgument: "https://ex.org/ctx/=contexts")
        #expect(m.0 == "https://ex.org/ctx/" && m.1 == "contexts")
        let q = try PrefixMappingLoader.mapping(fromArgument: "https://ex.org/c?v=1=/tmp/c.jsonld")
        #expect(q.0 == "https://ex.org/c?v=1" && q.1 == "/tmp/c.jsonld")
        #expect(throws: JSONLDError.self) { try PrefixMappingLoader.mapping(fromArgument: "no-equals") }
        #expect(throws: JSONLDError.self) { try PrefixMappingLoader.mapping(fromArgument: "https://ex.org/=") }
    }

    @Test func contextInclusionLoopsAndRunawayChainsFail() {
        let loop = StubLoader { url in
            url == "https://ex.org/a" ? .object(JSONObject([("@context", .string("https://ex.org/b"))]))
                : .object(JSONObject([("@context", .string("https://ex.org/a"))]))
        }
        #expect(code(#"{"@context": "https://ex.org/a", "@id": "https://ex.org/s"}"#, loader: loop)?.code == "recursive context inclusion")
        // Every context names a new one: the chain is cut at the remote-context cap.
        let runaway = StubLoader { url in
            let n = Int(url.split(separator: "/").last ?? "0") ?? 0
            return .object(JSONObject([("@context", .string("https://ex.org/\(n + 1)"))]))
        }
        #expect(code(#"{"@context": "https://ex.org/0"}"#, loader: runaway)?.code == "context overflow")
        #expect(runaway.requests.count <= 33)
        let notAContext = StubLoader { _ in .array([]) }
        #expect(code(#"{"@context": "https://ex.org/x"}"#, loader: notAContext)?.code == "invalid remote context")
    }

    @Test func remoteContextsAreLoadedOncePerRun() throws {
        let loader = StubLoader { url in
            url == "https://ex.org/ctx"
                ? .object(JSONObject([("@context", .object(JSONObject([("@vocab", .string("http://ex.org/v/"))])))]))
                : nil
        }
        var items: [String] = []
        for i in 0..<50 { items.append(#"{"@context": "https://ex.org/ctx", "@id": "https://ex.org/n\#(i)", "p": \#(i)}"#) }
        let q = try quads("[" + items.joined(separator: ",") + "]", loader: loader)
        #expect(q.count == 50)
        #expect(loader.requests == ["https://ex.org/ctx"])
    }
}
