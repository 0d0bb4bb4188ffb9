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

    func temporaryFile(_ name: String, _ content: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func nQuadsToNTriplesAndBack() throws {
        let file = try temporaryFile("x.nq", nt)
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
        let file = try temporaryFile("bad.nt", "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/s> oops .\n")
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("oogst: \(file.path):2:19: "), "\(r.stderr)")
    }

    @Test func outputFileIsOnlyReplacedOnSuccess() throws {
        let bad = try temporaryFile("bad.nt", "<http://ex.org/s> <http://ex.org/p> \"unterminated .\n")
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
    }

    @Test func missingFileIsAnIOError() throws {
        let r = try OogstBinary.run(["convert", "/nonexistent/catalog.nt"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("/nonexistent/catalog.nt"))
    }

    @Test func unknownFormatIsBadData() throws {
        let file = try temporaryFile("mystery", "hello world\n")
        let r = try OogstBinary.run(["convert", file.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("--from"))
    }
}
