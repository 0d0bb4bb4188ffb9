import Foundation
import JSONLD
import RDF
import RDFIO
import TestSupport
import Testing

/// Bad input never crashes a reader: seeded random damage (flipped, dropped, inserted and duplicated
/// bytes, truncation) to a valid document of each format must give either triples or a typed error that
/// names the source. A crash would take the whole test process down, so passing proves it.
@Suite("Damaged input in every format")
struct MutatedInputTests {
    /// A deterministic generator, so a failure is reproducible from the printed seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            return StableHasher.mix(state)
        }
    }

    static let documents: [(RDFFormat, String)] = [
        (.nTriples, """
            <http://ex.org/ds/1> <http://purl.org/dc/terms/title> "Fietspaden \\u00E9"@nl .
            _:d <http://www.w3.org/ns/dcat#accessURL> <http://ex.org/f.csv> .
            <http://ex.org/ds/1> <http://www.w3.org/ns/dcat#byteSize> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .

            """),
        (.turtle, """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            <http://ex.org/ds/1> a dcat:Dataset ; dct:title "Fietspaden"@nl, '''lang
            tekst''' ; dcat:keyword "fiets" , "pad" ;
              dcat:distribution [ dcat:accessURL <f.csv> ; dcat:byteSize 12 ] ; dct:subject ( 1 2.5 true ) .
            """),
        (.rdfXML, """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/"
                     xmlns:dcat="http://www.w3.org/ns/dcat#" xml:base="http://ex.org/">
              <dcat:Dataset rdf:about="ds/1" dct:identifier="1">
                <dct:title xml:lang="nl">Fietspaden</dct:title>
                <dcat:distribution><dcat:Distribution><dcat:accessURL rdf:resource="f.csv"/></dcat:Distribution></dcat:distribution>
                <dct:description rdf:parseType="Literal"><b>vet</b> en <i>schuin</i></dct:description>
                <dct:subject rdf:parseType="Collection"><rdf:Description rdf:about="a"/></dct:subject>
              </dcat:Dataset>
            </rdf:RDF>
            """),
        (.jsonLD, """
            {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                          "title": {"@id": "dct:title", "@language": "nl"}, "kw": {"@id": "dcat:keyword", "@container": "@list"}},
             "@graph": [{"@id": "http://ex.org/ds/1", "@type": "dcat:Dataset", "title": "Fietspaden", "kw": ["a", 1, 2.5, true],
                         "dcat:distribution": {"dcat:accessURL": {"@id": "f.csv"}}}]}
            """),
    ]

    static func damage(_ bytes: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var b = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !b.isEmpty {
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.remove(at: i)
            case 2: b.insert(Array("<>\"'{}[]()@:;.,_#\\^\n".utf8).randomElement(using: &rng)!, at: i)
            case 3: b.insert(contentsOf: b[i..<min(b.count, i + 8)], at: i)
            default: b.removeSubrange(i...)
            }
        }
        return b
    }

    @Test(arguments: documents.map(\.0))
    func readersSurviveDamage(_ format: RDFFormat) throws {
        let original = Array(Self.documents.first { $0.0 == format }!.1.utf8)
        var valid = CountingSink()
        try RDFReaders.read(MemoryByteSource(original, name: "doc"), format: format,
                            options: ReadOptions(base: "http://ex.org/"), into: &valid)
        #expect(valid.count >= 3, "the undamaged \(format) document must parse")

        var rng = SplitMix(state: 20261129)
        var parsed = 0, refused = 0
        for round in 0..<400 {
            let bytes = Self.damage(original, &rng)
            var sink = CountingSink()
            do {
                try RDFReaders.read(MemoryByteSource(bytes, name: "damaged-\(round)", maxChunk: round % 3 == 0 ? 7 : .max),
                                    format: format, options: ReadOptions(base: "http://ex.org/"), into: &sink)
                parsed += 1
            } catch let e as RDFSyntaxError {
                refused += 1
                #expect(e.source == "damaged-\(round)")
                #expect(e.line > 0 && e.column > 0, "\(format) round \(round): no position in \(e)")
            } catch let e as JSONLDError {
                refused += 1
                #expect(e.source != nil, "\(format) round \(round): \(e)")
            }
        }
        print("\(format): 400 damaged documents, \(parsed) still parsed, \(refused) refused with a typed error")
        #expect(parsed + refused == 400)
        #expect(refused > 100)
    }
}
