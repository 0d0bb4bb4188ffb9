import Foundation
import RDF
import RDFXML
import Testing

/// Input written to hurt: external entities, entity bombs, absurd nesting, huge literals. Each must be
/// refused quickly with a clear message, never read a local file, never crash.
@Suite struct RDFXMLHostileInputTests {
    static let rdfOpen = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/">
        """

    private func parse(_ text: String, limits: RDFXMLLimits = .default) throws -> [Triple] {
        try RDFXMLReader(base: "http://example.org/doc", limits: limits).read(text, name: "hostile.rdf")
    }

    /// The content of a local file that an XXE document points at; it must appear in no triple.
    private func assertNoLeak(_ document: String, secret: String) {
        do {
            let triples = try parse(document)
            for t in triples {
                #expect(!t.description.contains(secret), "leaked file content in \(t)")
            }
        } catch let error as RDFSyntaxError {
            #expect(!error.message.contains(secret))
            #expect(error.line > 0 && error.column > 0)
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }

    private func localSecret() throws -> (path: String, content: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-xxe-secret-\(getpid()).txt").path
        let content = "oogst-secret-\(UInt64.random(in: 1...UInt64.max))"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, content)
    }

    @Test func externalGeneralEntityIsRefused() throws {
        let (path, secret) = try localSecret()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let doc = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://\(path)"> ]>
            \(Self.rdfOpen)
              <rdf:Description rdf:about="http://example.org/s"><eg:p>&xxe;</eg:p></rdf:Description>
            </rdf:RDF>
            """
        assertNoLeak(doc, secret: secret)
        #expect(throws: RDFSyntaxError.self) { try parse(doc) }
        do { _ = try parse(doc) } catch let e as RDFSyntaxError {
            #expect(e.message.contains("entity"), "\(e)")
            #expect(e.line == 2)
        }
    }

    @Test func externalEntityInAttributeIsRefused() throws {
        let (path, secret) = try localSecret()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let doc = """
            <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file://\(path)"> ]>
            \(Self.rdfOpen)
              <rdf:Description rdf:about="http://example.org/s" eg:p="&xxe;"/>
            </rdf:RDF>
            """
        assertNoLeak(doc, secret: secret)
        #expect(throws: RDFSyntaxError.self) { try parse(doc) }
    }

    @Test func externalParameterEntityAndExternalDTDAreNotLoaded() throws {
        let (path, secret) = try localSecret()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let parameterEntity = """
            <!DOCTYPE rdf:RDF [ <!ENTITY % p SYSTEM "file://\(path)"> %p; ]>
            \(Self.rdfOpen)<rdf:Description rdf:about="http://example.org/s" eg:p="v"/></rdf:RDF>
            """
        assertNoLeak(parameterEntity, secret: secret)
        #expect(throws: RDFSyntaxError.self) { try parse(parameterEntity) }

        // An external DTD subset is simply never fetched: the document itself is fine.
        let externalSubset = """
            <!DOCTYPE rdf:RDF SYSTEM "file://\(path)">
            \(Self.rdfOpen)<rdf:Description rdf:about="http://example.org/s" eg:p="v"/></rdf:RDF>
            """
        assertNoLeak(externalSubset, secret: secret)
        #expect(try parse(externalSubset).count == 1)
    }

    /// /etc/hostname, the classic XXE target on Linux.
    @Test func xxePointingAtEtcHostname() throws {
        guard let hostname = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), !hostname.isEmpty else { return }
        let doc = """
            <!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>
            \(Self.rdfOpen)<rdf:Description rdf:about="http://example.org/s"><eg:p>[&xxe;]</eg:p></rdf:Description></rdf:RDF>
            """
        assertNoLeak(doc, secret: "[\(hostname)")
        #expect(throws: RDFSyntaxError.self) { try parse(doc) }
    }

    @Test func billionLaughsFailsFast() throws {
        var dtd = "<!ENTITY lol \"lol\">\n"
        dtd += "<!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
        for i in 2...9 {
            dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n"
        }
        let doc = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
            \(dtd)]>
            \(Self.rdfOpen)<rdf:Description rdf:about="http://example.org/s"><eg:p>&lol9;</eg:p></rdf:Description></rdf:RDF>
            """
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: RDFSyntaxError.self) { try parse(doc) }
        #expect(clock.now - start < .milliseconds(500))
        do { _ = try parse(doc) } catch let e as RDFSyntaxError {
            #expect(e.message.contains("entity"), "\(e)")
        }
    }

    @Test func hundredThousandLevelsAreRefused() throws {
        let depth = 100_000
        var doc = Self.rdfOpen + "<rdf:Description rdf:about=\"http://example.org/s\">"
        doc.reserveCapacity(depth * 60)
        for _ in 0..<depth { doc += "<eg:p rdf:parseType=\"Resource\">" }
        for _ in 0..<depth { doc += "</eg:p>" }
        doc += "</rdf:Description></rdf:RDF>"
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try parse(doc)
            Issue.record("a 100k-deep document was accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.message.contains("nested more than 256 levels"), "\(e)")
            #expect(e.line == 1 && e.column > 0)
        }
        #expect(clock.now - start < .seconds(2))
    }

    @Test func depthLimitIsConfigurable() throws {
        func nested(_ n: Int) -> String {
            var doc = Self.rdfOpen + "<rdf:Description rdf:about=\"http://example.org/s\">"
            for _ in 0..<n { doc += "<eg:p rdf:parseType=\"Resource\">" }
            for _ in 0..<n { doc += "</eg:p>" }
            return doc + "</rdf:Description></rdf:RDF>"
        }
        let limits = RDFXMLLimits(maxDepth: 10)
        // rdf:RDF + rdf:Description + 8 property elements = 10 levels: accepted.
        #expect(try parse(nested(8), limits: limits).count == 8)
        #expect(throws: RDFSyntaxError.self) { try parse(nested(9), limits: limits) }
        // Deep literals count too.
        let literal = Self.rdfOpen + "<rdf:Description><eg:p rdf:parseType=\"Literal\">"
            + String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
            + "</eg:p></rdf:Description></rdf:RDF>"
        #expect(throws: RDFSyntaxError.self) { try parse(literal, limits: limits) }
    }

    @Test func oversizedLiteralIsRefused() throws {
        let limits = RDFXMLLimits(maxLiteralBytes: 1000)
        let small = Self.rdfOpen + "<rdf:Description><eg:p>" + String(repeating: "x", count: 1000)
            + "</eg:p></rdf:Description></rdf:RDF>"
        #expect(try parse(small, limits: limits).count == 1)
        let big = Self.rdfOpen + "<rdf:Description><eg:p>" + String(repeating: "x", count: 1001)
            + "</eg:p></rdf:Description></rdf:RDF>"
        do {
            _ = try parse(big, limits: limits)
            Issue.record("oversized literal accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.message.contains("longer than the limit of 1000 bytes"), "\(e)")
        }
        let xmlLiteral = Self.rdfOpen + "<rdf:Description><eg:p rdf:parseType=\"Literal\"><b>"
            + String(repeating: "y", count: 2000) + "</b></eg:p></rdf:Description></rdf:RDF>"
        #expect(throws: RDFSyntaxError.self) { try parse(xmlLiteral, limits: limits) }
    }

    /// The default cap (16 MiB) on a 17 MiB literal, fed in ordinary chunks.
    @Test func defaultLiteralCap() throws {
        var bytes = Array((Self.rdfOpen + "<rdf:Description><eg:p>").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "z"), count: 17 << 20)
        bytes += Array("</eg:p></rdf:Description></rdf:RDF>".utf8)
        var sink = CountingSink()
        do {
            try RDFXMLReader().read(from: MemoryByteSource(bytes, name: "big.rdf"), into: &sink)
            Issue.record("17 MiB literal accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.message.contains("\(16 << 20) bytes"), "\(e)")
        }
    }
}
