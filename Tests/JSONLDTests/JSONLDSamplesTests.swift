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

    @Test func printCounts() throws {
        guard let dir = try SharedFolder.url(Self.folder) else { return }
        let loader = PrefixMappingLoader(Self.contextMappings(dir))
        for name in try Self.samples(dir) {
            if let q = try? Self.read(dir, name, loader: loader) { print("COUNT \(name) \(q.count)") }
        }
    }
}
