import Foundation
import JSONLD
import RDF
import Testing
import TestSupport

/// Every JSON-LD sample in specs/samples/jsonld either converts or fails with the loader error naming
/// the remote context it needs; with the local copies in contexts/ mapped, those convert too.
@Suite struct JSONLDSamplesTests {
    static let folder = "specs/samples/jsonld"

    /// The remote contexts the samples use that have a local copy in contexts/.
    static func contextMappings(_ dir: URL) -> [(String, String)] {
        let c = dir.appendingPathComponent("contexts").path
        return [
            ("https://geonovum.github.io/bblock-dcat-ap-nl/build/annotated/bbr/dcat/dcat-ap-nl/dataservice-records/context.jsonld",
             c + "/bblock-dcat-ap-nl-dataservice-records-context.jsonld"),
            ("https://geonovum.github.io/bblock-dcat-ap-nl/build/annotated/bbr/dcat/dcat-ap-nl/dataset-records/context.jsonld",
             c + "/bblock-dcat-ap-nl-dataset-records-context.jsonld"),
            ("https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
             c + "/semic-dcat-ap-3.0.1-examples-context.jsonld"),
        ]
    }

    /// Samples whose context has no local copy, with the URL the error must name.
    static let missingContext: [String: String] = [
        "arcgis-hub-evian-dcat-us-data.json": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "arcgis-opendata-apur-dcat-us.jsonld": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "nde-hydra-page1.jsonld": "https://schema.org/",
        "nde-hydra-page2.jsonld": "https://schema.org/",
    ]

    /// Samples that need a mapped context from contexts/.
    static let needsMappedContext: Set<String> = [
        "dcat-ap-nl30-bblock-bag-dataservice.jsonld", "dcat-ap-nl30-bblock-bomen-dataset.jsonld",
        "semic-dcat-ap-3.0.1-dataset-series-combined.jsonld",
    ]

    static func samples(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".jsonld") || $0.hasSuffix(".json") }.sorted()
    }

    static func read(_ dir: URL, _ name: String, loader: DocumentLoader, streaming: Bool = true) throws -> [Quad] {
        var sink = QuadCollector()
        let reader = JSONLDReader(
            documentUrl: "https://example.org/samples/" + name, loader: loader, options: JSONLDOptions(streaming: streaming))
        try reader.read(from: FileByteSource(path: dir.appendingPathComponent(name).path), into: &sink)
        return sink.quads
    }

    @Test func everySampleConvertsOrNamesItsMissingContext() throws {
        guard let dir = try SharedFolder.url(Self.folder) else { return }
        let names = try Self.samples(dir)
        #expect(names.count == 18)
        var converted = 0
        for name in names {
            do {
                let quads = try Self.read(dir, name, loader: NoNetworkLoader())
                #expect(Self.missingContext[name] == nil && !Self.needsMappedContext.contains(name), "\(name) converted without its context")
                #expect(!quads.isEmpty, "\(name) gave no triples")
                converted += 1
            } catch let e as JSONLDError {
                let url = Self.missingContext[name] ?? Self.contextMappings(dir).first { _ in Self.needsMappedContext.contains(name) }.map { _ in "" }
                #expect(url != nil, "\(name) failed: \(e)")
                #expect(e.code == "loading remote context failed")
                if let url, !url.isEmpty {
                    #expect(e.description.contains(url), "\(e)")
                }
                #expect(e.description.contains("--load"), "\(e)")
            }
        }
        print("JSON-LD samples without a loader: \(converted)/\(names.count) converted")
        #expect(converted == names.count - Self.missingContext.count - Self.needsMappedContext.count)
    }

    @Test func mappedContextsMakeTheirSamplesConvert() throws {
        guard let dir = try SharedFolder.url(Self.folder) else { return }
        let loader = PrefixMappingLoader(Self.contextMappings(dir))
        var converted = 0
        for name in try Self.samples(dir) {
            do {
                let quads = try Self.read(dir, name, loader: loader)
                #expect(!quads.isEmpty, "\(name)")
                #expect(Self.missingContext[name] == nil)
                converted += 1
            } catch let e as JSONLDError {
                let url = try #require(Self.missingContext[name], "\(name): \(e)")
                #expect(e.code == "loading remote context failed" && e.description.contains(url), "\(e)")
            }
        }
        print("JSON-LD samples with contexts/ mapped: \(converted) converted")
        #expect(converted == 14)
    }

    @Test func concreteTriples() throws {
        guard let dir = try SharedFolder.url(Self.folder) else { return }
        let loader = PrefixMappingLoader(Self.contextMappings(dir))
        func triples(_ name: String) throws -> [Triple] { try Self.read(dir, name, loader: loader).map(\.triple) }

        let kb = try triples("nde-dcat-kb-alba-amicorum.jsonld")
        #expect(kb.count == 59)
        let alba = Term.iri("http://data.bibliotheken.nl/id/dataset/rise-alba")
        #expect(kb.contains(Triple(alba, NS.dct.title, .literal(Literal("Alba amicorum of the Dutch Royal Library", language: "en")))))
        #expect(kb.contains(Triple(alba, RDFVocab.type, .iri(NS.dcat.Dataset))))

        // SEMIC examples context: type-scoped terms, two types mapping to dcat:Dataset emitted once.
        let semic = try triples("semic-dcat-ap-3.0.1-dataset-series-combined.jsonld")
        #expect(semic.count == 41)
        let bee = Term.iri("https://data.gov.gr/id/dataset/BeePopulation2000")
        #expect(semic.filter { $0.subject == bee && $0.predicate == RDFVocab.type }.count == 1)

        // Geonovum OGC-Records context: "id" aliases @id (resolved against the document URL),
        // geometry coordinates are @list values of doubles.
        let bomen = try triples("dcat-ap-nl30-bblock-bomen-dataset.jsonld")
        #expect(bomen.count == 61)
        let record = Term.iri("https://example.org/samples/7b03a8de-5d0c-11ee-8a7e-3ce9f7462b83")
        #expect(bomen.contains { $0.subject == record && $0.predicate == NS.dct.conformsTo })
        #expect(bomen.contains { $0.predicate == RDFVocab.first && $0.object == .literal(Literal("2.4807E0", datatype: XSD.double)) })

        #expect(try triples("udata-bnodes.jsonld").count == 94)
        #expect(try triples("ckanext-dcat-catalog-at-graph.jsonld").count == 21)
    }
}
