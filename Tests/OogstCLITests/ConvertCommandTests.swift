import Foundation
import RDF
import TestSupport
import Testing

@Suite("oogst convert")
struct ConvertCommandTests {
    let nt = """
        <http://ex.org/s> <http://ex.org/p> "één"@nl .
        _:a <http://ex.org/p> <http://ex.org/o> <http://ex.org/g> .

        """

    @Test func nQuadsToNTriplesAndBack() throws {
        let file = try TemporaryFiles.write("x.nq", nt)
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let triples = try NTriplesReader().read(r.stdout)
        #expect(triples.count == 2)
        let quads = try OogstBinary.run(["convert", file.path, "--to", "nquads"])
        #expect(try NTriplesReader(format: .nQuads).read(quads.stdout).compactMap(\.graph) == [.iri("http://ex.org/g")])
    }

    @Test func readsStandardInputWithExplicitFormat() throws {
        let r = try OogstBinary.run(["convert", "-", "--from", "ntriples"], stdin: Data(nt.utf8.prefix(48)))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "<http://ex.org/s> <http://ex.org/p> \"één\"@nl .\n")
    }

    @Test func syntaxErrorExits65WithPosition() throws {
        let file = try TemporaryFiles.write("bad.nt", "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/s> oops .\n")
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("oogst: \(file.path):2:19: "), "\(r.stderr)")
    }

    @Test func outputFileIsOnlyReplacedOnSuccess() throws {
        let bad = try TemporaryFiles.write("bad.nt", "<http://ex.org/s> <http://ex.org/p> \"unterminated .\n")
        let target = bad.deletingLastPathComponent().appendingPathComponent("out.nt")
        try "previous content\n".write(to: target, atomically: true, encoding: .utf8)
        let r = try OogstBinary.run(["convert", bad.path, "--output", target.path])
        #expect(r.status == 65)
        #expect(try String(contentsOf: target, encoding: .utf8) == "previous content\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(files.sorted() == ["bad.nt", "out.nt"])
    }

    @Test func usageErrorsExit64() throws {
        #expect(try OogstBinary.run(["convert", "x.nt", "--to", "csv"]).status == 64)
        #expect(try OogstBinary.run(["convert", "x.nt", "--from", "yaml"]).status == 64)
        #expect(try OogstBinary.run(["convert"]).status == 64)
        #expect(try OogstBinary.run(["convert", "x.jsonld", "--load", "no-mapping-here"]).status == 64)
    }

    @Test func missingFileIsAnIOError() throws {
        let r = try OogstBinary.run(["convert", "/nonexistent/catalog.nt"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("/nonexistent/catalog.nt"))
    }

    @Test func unknownFormatIsBadData() throws {
        let file = try TemporaryFiles.write("mystery", "hello world\n")
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--from"))
    }

    @Test func turtleRoundTripsThroughNTriples() throws {
        let fixture = SharedFolder.packageRoot.appendingPathComponent("fixtures/demo/catalog.ttl")
        let toNT = try OogstBinary.run(["convert", fixture.path])
        #expect(toNT.status == 0, "\(toNT.stderr)")
        let ntFile = try TemporaryFiles.write("catalog.nt", toNT.stdout)
        let back = try OogstBinary.run(["convert", ntFile.path, "--to", "turtle"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("@prefix dcat: <http://www.w3.org/ns/dcat#> ."))
        let original = try TurtleReader(base: fixture.absoluteString).read(String(contentsOf: fixture, encoding: .utf8))
        let again = try TurtleReader().read(back.stdout)
        #expect(original.count == 68)
        #expect(Isomorphism.isomorphic(original, again))
    }

    @Test func rdfXMLByExtension() throws {
        let file = try TemporaryFiles.write("feed.rdf", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/"
                     xmlns:dcat="http://www.w3.org/ns/dcat#">
              <dcat:Dataset rdf:about="https://ex.org/ds/1"><dct:title xml:lang="nl">Wegen</dct:title></dcat:Dataset>
            </rdf:RDF>
            """)
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let triples = try NTriplesReader().read(r.stdout).map(\.triple)
        #expect(triples.contains(Triple(.iri("https://ex.org/ds/1"), NS.dct.title, .literal(Literal("Wegen", language: "nl")))))
    }

    @Test func jsonLDRemoteContextNeedsLoad() throws {
        let dir = try TemporaryFiles.write("ctx.jsonld", #"{"@context": {"title": "http://purl.org/dc/terms/title", "@vocab": "http://www.w3.org/ns/dcat#"}}"#)
            .deletingLastPathComponent()
        let doc = try TemporaryFiles.write("doc.jsonld", #"{"@context": "https://contexts.example.org/ctx.jsonld", "@id": "https://ex.org/ds/1", "@type": "Dataset", "title": "Wegen"}"#)
        let refused = try OogstBinary.run(["convert", doc.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("https://contexts.example.org/ctx.jsonld"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--load"))
        let loaded = try OogstBinary.run(["convert", doc.path, "--load", "https://contexts.example.org/=\(dir.path)"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let triples = try NTriplesReader().read(loaded.stdout).map(\.triple)
        #expect(Set(triples) == [
            Triple(.iri("https://ex.org/ds/1"), RDFVocab.type, .iri(NS.dcat.Dataset)),
            Triple(.iri("https://ex.org/ds/1"), NS.dct.title, .literal(Literal("Wegen"))),
        ])
    }

    @Test func jsonLDThatCannotStreamSuggestsNoStreaming() throws {
        // An @id after the streamed @graph names the graph the earlier nodes belong to.
        let doc = try TemporaryFiles.write("late-id.jsonld", #"{"@context": {"@vocab": "http://ex.org/"}, "@graph": [{"@id": "http://ex.org/a", "p": "v"}], "@id": "http://ex.org/g"}"#)
        let streamed = try OogstBinary.run(["convert", doc.path, "--output", doc.path + ".nq", "--to", "nquads"])
        #expect(streamed.status == 65)
        #expect(streamed.stderr.contains("--no-streaming"), "\(streamed.stderr)")
        let whole = try OogstBinary.run(["convert", doc.path, "--to", "nquads", "--no-streaming"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stdout == "<http://ex.org/a> <http://ex.org/p> \"v\" <http://ex.org/g> .\n")
    }
}
