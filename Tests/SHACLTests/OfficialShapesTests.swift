import Foundation
import RDF
import SHACL
import Testing
import TestSupport

/// The published DCAT-AP shapes load, and validating real samples against them gives the results a
/// reading of the data predicts (every count here also agrees with pySHACL 0.40 on the same files).
@Suite struct OfficialShapesTests {
    static let sh = "http://www.w3.org/ns/shacl#"
    static let ap = "https://semiceu.github.io/DCAT-AP/releases/3.0.1#"
    static let nl = "http://modellen.geostandaarden.nl/dcat-ap-nl/id/shape/"
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let dct = "http://purl.org/dc/terms/"

    static func has(_ report: ValidationReport, focus: String, path: String, component: String,
                    severity: Severity = .violation, shape: String? = nil, value: Term? = nil) -> Bool {
        report.results.contains {
            $0.focusNode == .iri(IRI(focus)) && $0.resultPath == .predicate(IRI(path))
                && $0.sourceConstraintComponent == IRI(sh + component) && $0.severity == severity
                && (shape == nil || $0.sourceShape == .iri(IRI(shape!))) && (value == nil || $0.value == value)
        }
    }

    /// Every Turtle file under specs/shacl except the legacy NL 1.1 one reads into a shapes graph.
    @Test func everyOfficialShapeFileLoads() throws {
        guard let dir = try SharedFolder.url("specs/shacl") else { return }
        let files = try FileManager.default.subpathsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".ttl") && !$0.hasPrefix("dcat-ap-nl-1.1/") }.sorted()
        #expect(files.count == 27)
        var shapeCounts: [String: Int] = [:]
        for f in files {
            guard let graph = try OfficialShapes.graph([f]) else { return }
            let shapes = try ShapesGraph(graph)
            #expect(shapes.unsupported.isEmpty, "\(f): \(shapes.unsupported)")
            shapeCounts[f] = shapes.shapes.count
        }
        #expect(shapeCounts["dcat-ap-3.0.1/dcat-ap-SHACL.ttl", default: 0] > 300)
        #expect(shapeCounts["dcat-ap-hvd-3.0.0/hvd-SHACL.ttl", default: 0] > 50)
        #expect(shapeCounts["dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl", default: 0] > 50)
        #expect(shapeCounts["dcat-ap-2.1.1/dcat-ap_2.1.1_shacl_shapes.ttl", default: 0] > 50)
        // The NL 3.0 shapes, DCAT-AP 3.0.1 and HVD together: one validator, as the profile prescribes.
        guard let all = try OfficialShapes.graph(OfficialShapes.dcatAP301 + OfficialShapes.nl30 + ["dcat-ap-hvd-3.0.0/hvd-SHACL.ttl"]) else { return }
        let validator = try Validator(shapes: all)
        #expect(validator.shapes.targetedShapes.count > 30)
        #expect(validator.unsupported.isEmpty)
    }

    /// Blank node labels of different files never merge: two files with the same `[ ... ]` layout
    /// give two property shapes, not one.
    @Test func shapeFilesKeepTheirBlankNodesApart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shacl-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = { (p: String) in "@prefix sh: <http://www.w3.org/ns/shacl#> . <http://example.org/S\(p)> sh:targetNode <http://example.org/a> ; sh:property [ sh:path <http://example.org/\(p)> ; sh:minCount 1 ] ." }
        try text("p").write(to: dir.appendingPathComponent("one.ttl"), atomically: true, encoding: .utf8)
        try text("q").write(to: dir.appendingPathComponent("two.ttl"), atomically: true, encoding: .utf8)
        let graph = try ShapesLoader.graph(turtleFiles: [dir.appendingPathComponent("one.ttl").path, dir.appendingPathComponent("two.ttl").path])
        let report = try Validator(shapes: graph).validate(data: Graph())
        #expect(Set(report.results.compactMap { $0.resultPath?.predicateIRI?.value }) == ["http://example.org/p", "http://example.org/q"])
        #expect(report.results.count == 2)
    }

    /// DCAT-AP 3.0.1 names two property shapes it never defines (they live in ranges.ttl); they are
    /// skipped, and said so.
    @Test func undefinedPropertyShapeIsNotedNotFatal() throws {
        guard let graph = try OfficialShapes.graph(OfficialShapes.dcatAP301) else { return }
        let shapes = try ShapesGraph(graph)
        #expect(shapes.ignored.count == 2, "\(shapes.ignored)")
        #expect(shapes.ignored.contains { $0.feature.contains("dc08f4dca4377fade57f89454e3fa06a8389d314") })
        #expect(shapes.ignored.contains { $0.feature.contains("eb3ac4e4fdde2e2588a9502c5956060a18c5c99f") })
        // ranges.ttl, published beside it, defines both.
        guard let withRanges = try OfficialShapes.graph(OfficialShapes.dcatAP301 + ["dcat-ap-3.0.1/ranges.ttl"]) else { return }
        let complete = try ShapesGraph(withRanges)
        #expect(!complete.ignored.contains { $0.feature.contains("dc08f4dca4377fade57f89454e3fa06a8389d314") }, "\(complete.ignored)")
    }

    /// The legacy DCAT-AP-NL 1.1 shapes (said to hold IRIs with spaces; the copy in ../shared has
    /// none) read as a shapes graph too. Some of their property shapes give a literal as sh:path
    /// (`sh:path "title"`): those are ill-formed, skipped and listed.
    @Test func legacyNL11ShapesLoad() throws {
        guard let graph = try OfficialShapes.graph(["dcat-ap-nl-1.1/dcat-ap-nl-shacl.ttl"]) else { return }
        let shapes = try ShapesGraph(graph)
        #expect(shapes.targetedShapes.count > 5)
        #expect(shapes.unsupported.isEmpty)
        #expect(shapes.ignored.contains { $0.feature.hasPrefix("ill-formed sh:path \"title\"") }, "\(shapes.ignored.prefix(3))")
    }

    /// A shapes file with an IRI holding a space is refused by the strict Turtle reader with the
    /// place and the reason, before any shape is built.
    @Test func shapesWithASpaceInAnIRIAreRefusedClearly() {
        let text = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            <http://example.org/Catalogue Record> a sh:NodeShape .
            """
        var graph = Graph()
        let error = #expect(throws: RDFSyntaxError.self) {
            try TurtleReader().read(from: MemoryByteSource(text, name: "shapes.ttl"), into: &graph)
        }
        #expect(error?.line == 2)
        #expect(error?.description.hasPrefix("shapes.ttl:2:") == true, "\(String(describing: error))")
    }

    static func nlValidator() throws -> Validator? {
        guard let shapes = try OfficialShapes.graph(OfficialShapes.dcatAP301 + OfficialShapes.nl30) else { return nil }
        return try Validator(shapes: shapes)
    }

    /// The Geonovum NL 3.0 example dataset satisfies every mandatory rule; only three recommended
    /// properties are absent: dcat:landingPage and foaf:page on the dataset, dcat:accessService on
    /// its distribution.
    @Test func nl30ExampleDataset() throws {
        guard let validator = try Self.nlValidator(),
              let data = try OfficialShapes.sample("dcat-ap-nl30-example-dataset.ttl") else { return }
        let report = validator.validate(data: data)
        let ds = "https://data.exampleMS.gov/id/data/1T2p3o4B"
        #expect(report.results.count == 3, "\(report.results)")
        #expect(report.results(withSeverity: .violation).isEmpty)
        #expect(!report.conforms, "warnings are results, so the report does not conform")
        #expect(Self.has(report, focus: ds, path: Self.dcat + "landingPage", component: "MinCountConstraintComponent",
                         severity: .warning, shape: Self.nl + "DatasetShape_landingPage_aanbevolen_minCount"))
        #expect(Self.has(report, focus: ds, path: "http://xmlns.com/foaf/0.1/page", component: "MinCountConstraintComponent",
                         severity: .warning, shape: Self.nl + "DatasetShape_documentation_aanbevolen_minCount"))
        #expect(Self.has(report, focus: ds + "-dist-SHP", path: Self.dcat + "accessService", component: "MinCountConstraintComponent",
                         severity: .warning))
        // The source shape is at hand for labels: NL shapes carry English sh:name on node shapes.
        let landing = try #require(report.results.first { $0.resultPath == .predicate(IRI(Self.dcat + "landingPage")) })
        #expect(validator.shapes.shape(for: landing.sourceShape)?.severity == .warning)
        #expect(validator.shapes.shape(for: .iri(IRI(Self.nl + "DatasetShape_aanbevolen")))?.names == [Literal("Dataset", language: "en")])
        // The NL shapes give their messages as eush:message; taken as messages when asked for.
        #expect(landing.messages.isEmpty)
        guard let shapes = try OfficialShapes.graph(OfficialShapes.dcatAP301 + OfficialShapes.nl30) else { return }
        let withMessages = try Validator(shapes: shapes, extraMessagePredicates: [IRI("https://purl.eu/ns/shacl#message")])
        let landing2 = try #require(withMessages.validate(data: data).results.first { $0.resultPath == .predicate(IRI(Self.dcat + "landingPage")) })
        #expect(landing2.messages.contains { $0.language == "en" && $0.lexical.contains("landing page") }, "\(landing2.messages)")
    }

    /// The SEMIC dataset-series example is not valid Turtle (`example-dist:BeePopulation2023/csv`: a
    /// '/' in a prefixed name's local part). The reader says where; escaping the two names in memory
    /// (`\/`, which Turtle allows) gives the document its authors meant, which we then validate.
    @Test func semicDatasetSeriesExample() throws {
        guard let url = try SharedFolder.url("specs/samples/turtle/semic-dcat-ap-3.0.1-dataset-series-combined.ttl"),
              let validator = try Self.nlValidator() else { return }
        let text = try String(contentsOf: url, encoding: .utf8)
        var refused = Graph()
        #expect {
            try TurtleReader(base: url.absoluteString).read(from: MemoryByteSource(text, name: "series.ttl"), into: &refused)
        } throws: { ($0 as? RDFSyntaxError).map { $0.line == 32 && $0.column == 31 } ?? false }

        let repaired = text.replacingOccurrences(of: "\nexample-dist:BeePopulation2023/", with: "\nexample-dist:BeePopulation2023\\/")
        var data = Graph()
        try TurtleReader(base: url.absoluteString).read(from: MemoryByteSource(repaired, name: "series.ttl"), into: &data)
        let report = validator.validate(data: data)
        #expect(report.results.count == 75)
        #expect(report.results(withSeverity: .warning).count == 27)
        let ds = "https://data.gov.gr/id/dataset/"
        // The dataset points at <example-dist:BeePopulation2023/csv>, an IRI with scheme
        // "example-dist", not at the typed distribution the prefix expands to.
        #expect(Self.has(report, focus: ds + "BeePopulation2023", path: Self.dcat + "distribution", component: "ClassConstraintComponent",
                         shape: Self.ap + "dcat:DatasetShape/2ab9813b47309d4af98fdfe34189ea24baecc8cd",
                         value: .iri(IRI("example-dist:BeePopulation2023/csv"))))
        // BeePopulationLive has no dct:description (mandatory in DCAT-AP 3.0.1).
        #expect(Self.has(report, focus: ds + "BeePopulationLive", path: Self.dct + "description", component: "MinCountConstraintComponent",
                         shape: Self.ap + "dcat:DatasetShape/8f61614144aa7bca188b24f5976593dc08aad0e6"))
        // Distributions without dcat:accessURL; the geonames places are not typed dct:Location.
        #expect(Self.has(report, focus: "https://data.gov.gr/id/distribution/BeePopulation2023/csv", path: Self.dcat + "accessURL",
                         component: "MinCountConstraintComponent"))
        #expect(Self.has(report, focus: "https://data.gov.gr/id/datasetseries/BeePopulation", path: Self.dct + "spatial",
                         component: "ClassConstraintComponent", value: .iri(IRI("https://www.geonames.org/390903"))))
        // The data service lacks the NL-mandatory dct:publisher.
        #expect(Self.has(report, focus: "example-api:EA-API-Platform", path: Self.dct + "publisher", component: "MinCountConstraintComponent",
                         shape: Self.nl + "DataServiceShape_publisher_minCount"))
    }

    /// SEMICeu/DCAT-AP #125: a publisher typed foaf:Organization fails `sh:class foaf:Agent` unless the
    /// validator knows foaf:Organization ⊑ foaf:Agent. The caller's axioms remove the false violation.
    @Test func backgroundKnowledgeRemovesFalseClassViolation() throws {
        guard let url = try SharedFolder.url("specs/samples/ntriples/semic-dcat-ap-2.1.1-example2.nt"),
              let validator = try Self.nlValidator() else { return }
        var data = Graph()
        try NTriplesReader(format: .nTriples).read(from: FileByteSource(path: url.path), into: &data)
        let catalog = "https://myorg.eu/opendata/catalog"
        let plain = validator.validate(data: data)
        #expect(plain.results.count == 15)
        #expect(Self.has(plain, focus: catalog, path: Self.dct + "publisher", component: "ClassConstraintComponent"))

        var informed = validator
        informed.classAxioms = ClassAxioms([
            (IRI("http://xmlns.com/foaf/0.1/Organization"), IRI("http://xmlns.com/foaf/0.1/Agent")),
            (IRI("http://www.w3.org/2006/vcard/ns#Organization"), IRI("http://www.w3.org/2006/vcard/ns#Kind")),
        ])
        let report = informed.validate(data: data)
        #expect(report.results.count == 14)
        #expect(!Self.has(report, focus: catalog, path: Self.dct + "publisher", component: "ClassConstraintComponent"))
    }
}
