@testable import RDF
import Testing

/// The keyed hash that interns terms must agree with term equality and let every byte count: a byte it
/// skipped, or a tail it read wrong, would put distinct terms on one probe run of a graph's table.
@Suite struct TermHashTests {
    /// Strings of every length up to 70, so each tail length (0–16 bytes after whole rounds) comes up.
    static let lengths = 0...70

    static func text(_ n: Int, flipping position: Int? = nil) -> String {
        var bytes = (0..<n).map { UInt8(ascii: "a") &+ UInt8($0 % 26) }
        if let position { bytes[position] = UInt8(ascii: "Z") }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func equalTermsHashEqually() {
        for n in Self.lengths {
            let s = Self.text(n)
            // Built separately, so the two strings do not share storage.
            let copy = String(decoding: Array(s.utf8), as: UTF8.self)
            #expect(TermHash.hash(.iri(IRI(s))) == TermHash.hash(.iri(IRI(copy))))
            #expect(TermHash.hash(.literal(Literal(s, language: "NL"))) == TermHash.hash(.literal(Literal(copy, language: "nl"))))
        }
        // xsd:string given explicitly is the simple literal.
        #expect(TermHash.hash(.literal(Literal("x", datatype: XSD.string))) == TermHash.hash(.literal(Literal("x"))))
    }

    @Test func everyByteAndTheLengthCount() {
        var seen = Set<UInt64>()
        for n in Self.lengths {
            #expect(seen.insert(TermHash.hash(Self.text(n), kind: 1)).inserted, "length \(n)")
            for position in 0..<n {
                #expect(seen.insert(TermHash.hash(Self.text(n, flipping: position), kind: 1)).inserted, "length \(n), byte \(position)")
            }
        }
    }

    @Test func kindsAndAnnotationsTellTermsApart() {
        let terms: [Term] = [
            .iri(IRI("x")), .blank(BlankNode("x")), .literal(Literal("x")), .literal(Literal("x", language: "nl")),
            .literal(Literal("x", language: "en")), .literal(Literal("x", datatype: XSD.integer)),
            .literal(Literal("x", datatype: IRI("nl"))), .literal(Literal("x", language: "nl", direction: "ltr")),
        ]
        #expect(Set(terms.map(TermHash.hash)).count == terms.count)
    }

    /// A graph still finds every term by value after its table has grown many times.
    @Test func graphFindsEveryTermAfterGrowing() {
        var g = Graph()
        let subjects = (0..<5_000).map { Term.iri(IRI("https://example.org/dataset/\($0)")) }
        for (i, s) in subjects.enumerated() {
            g.insert(Triple(s, IRI("http://purl.org/dc/terms/title"), .literal(Literal("title \(i)", language: "nl"))))
        }
        #expect(g.count == 5_000)
        for (i, s) in subjects.enumerated() where i % 97 == 0 {
            #expect(g.objects(s, IRI("http://purl.org/dc/terms/title")) == [.literal(Literal("title \(i)", language: "nl"))])
            #expect(g.id(of: s) != nil)
        }
        #expect(g.id(of: .iri(IRI("https://example.org/dataset/5000"))) == nil)
    }
}
