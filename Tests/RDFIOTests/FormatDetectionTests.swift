import RDF
import RDFIO
import Testing

@Suite("Format detection")
struct FormatDetectionTests {
    @Test func mediaTypes() {
        #expect(RDFFormat(mediaType: "text/turtle; charset=utf-8") == .turtle)
        #expect(RDFFormat(mediaType: "application/rdf+xml") == .rdfXML)
        #expect(RDFFormat(mediaType: "Application/LD+JSON") == .jsonLD)
        #expect(RDFFormat(mediaType: "application/n-triples") == .nTriples)
        #expect(RDFFormat(mediaType: "text/html") == nil)
    }

    @Test func fileNames() {
        #expect(RDFFormat(fileName: "catalog.ttl") == .turtle)
        #expect(RDFFormat(fileName: "https://ex.org/catalog.rdf?page=2") == .rdfXML)
        #expect(RDFFormat(fileName: "dump.nt.gz") == .nTriples)
        #expect(RDFFormat(fileName: "catalog.jsonld") == .jsonLD)
        #expect(RDFFormat(fileName: "README") == nil)
    }

    @Test func sniffing() {
        func sniff(_ s: String) -> RDFFormat? { RDFFormat(sniffing: Array(s.utf8)) }
        #expect(sniff("<?xml version=\"1.0\"?>\n<rdf:RDF>") == .rdfXML)
        #expect(sniff("\u{FEFF}<rdf:RDF xmlns:rdf=\"…\">") == .rdfXML)
        #expect(sniff("  {\"@context\": {}}") == .jsonLD)
        #expect(sniff("# comment\n@prefix dcat: <http://www.w3.org/ns/dcat#> .") == .turtle)
        #expect(sniff("PREFIX dcat: <http://www.w3.org/ns/dcat#>") == .turtle)
        #expect(sniff("<http://ex.org/s> <http://ex.org/p> \"o\" .\n") == .nTriples)
        #expect(sniff("<http://ex.org/s> <http://ex.org/p> \"o\" ;") == .turtle)
        #expect(sniff("dcat:x a dcat:Dataset .") == .turtle)
        #expect(sniff("hello") == nil)
    }

    @Test func explicitBeatsMediaTypeBeatsNameBeatsContent() {
        let turtle = Array("@prefix x: <http://ex.org/> .".utf8)
        #expect(RDFReaders.detect(explicit: .nTriples, mediaType: "text/turtle", name: "a.rdf", head: turtle) == .nTriples)
        #expect(RDFReaders.detect(mediaType: "application/rdf+xml", name: "a.ttl", head: turtle) == .rdfXML)
        // A generic media type does not overrule a telling file name or content.
        #expect(RDFReaders.detect(mediaType: "text/plain", name: "a.ttl", head: []) == .turtle)
        #expect(RDFReaders.detect(mediaType: "application/xml", name: nil, head: turtle) == .turtle)
        #expect(RDFReaders.detect(mediaType: nil, name: "a.txt", head: turtle) == .turtle)
    }

    @Test func peekingLosesNoBytes() throws {
        let text = String(repeating: "<http://ex.org/s> <http://ex.org/p> \"o\" .\n", count: 500)
        let source = try PeekingByteSource(MemoryByteSource(text, maxChunk: 333), peek: 4096)
        #expect(source.head.count == 4096)
        var sink = CountingSink()
        let format = try RDFReaders.read(source, into: &sink)
        #expect(format == .nTriples)
        #expect(sink.count == 500)
    }
}
