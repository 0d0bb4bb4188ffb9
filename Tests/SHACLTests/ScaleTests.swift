import Foundation
import RDF
import SHACL
import Testing
import TestSupport

/// Scale checks: indexed lookups only, so neither many focus nodes nor one node with very many
/// values makes validation slow. Bounds are generous (debug builds, shared CI cores); the printed
/// times are the information.
@Suite struct ScaleTests {
    static let dcat = Namespace("dcat", "http://www.w3.org/ns/dcat#")
    static let dct = Namespace("dct", "http://purl.org/dc/terms/")
    static let foaf = Namespace("foaf", "http://xmlns.com/foaf/0.1/")
    static let vcard = Namespace("vcard", "http://www.w3.org/2006/vcard/ns#")

    /// A catalog of `n` reasonably complete datasets, each with one distribution, sharing publishers.
    static func catalog(datasets n: Int) -> Graph {
        var g = Graph()
        let type = RDFVocab.type
        let cat = Term.iri("https://example.org/catalog")
        g.insert(Triple(cat, type, .iri(dcat.Catalog)))
        g.insert(Triple(cat, dct.title, .literal(Literal("Catalogus", language: "nl"))))
        g.insert(Triple(cat, dct.description, .literal(Literal("Alle datasets", language: "nl"))))
        let publishers = (0..<20).map { Term.iri("https://example.org/org/\($0)") }
        for p in publishers {
            g.insert(Triple(p, type, .iri(foaf.Agent)))
            g.insert(Triple(p, foaf.name, .literal(Literal("Organisatie", language: "nl"))))
        }
        g.insert(Triple(cat, dct.publisher, publishers[0]))
        for i in 0..<n {
            let ds = Term.iri("https://example.org/dataset/\(i)")
            let dist = Term.iri("https://example.org/dataset/\(i)/dist")
            let cp = Term.blank("cp\(i)")
            g.insert(Triple(cat, dcat.dataset, ds))
            g.insert(Triple(ds, type, .iri(dcat.Dataset)))
            g.insert(Triple(ds, dct.title, .literal(Literal("Dataset \(i)", language: "nl"))))
            g.insert(Triple(ds, dct.description, .literal(Literal("Beschrijving \(i)", language: "nl"))))
            g.insert(Triple(ds, dct.identifier, .literal(Literal("https://example.org/dataset/\(i)"))))
            g.insert(Triple(ds, dct.publisher, publishers[i % publishers.count]))
            g.insert(Triple(ds, dcat.keyword, .literal(Literal("trefwoord", language: "nl"))))
            g.insert(Triple(ds, dct.issued, .literal(Literal("2024-01-\(String(format: "%02d", i % 28 + 1))", datatype: XSD.date))))
            g.insert(Triple(ds, dcat.contactPoint, cp))
            g.insert(Triple(cp, type, .iri(vcard.Kind)))
            g.insert(Triple(cp, vcard.fn, .literal(Literal("Loket"))))
            g.insert(Triple(ds, dcat.distribution, dist))
            g.insert(Triple(dist, type, .iri(dcat.Distribution)))
            g.insert(Triple(dist, dcat.accessURL, .iri("https://example.org/download/\(i)")))
            g.insert(Triple(dist, dct.license, .iri("http://creativecommons.org/publicdomain/zero/1.0/")))
        }
        return g
    }

    @Test func tenThousandDatasetsAgainstDCATAPAndNL() throws {
        guard let shapesGraph = try OfficialShapes.graph(OfficialShapes.dcatAP301 + OfficialShapes.nl30) else { return }
        let data = Self.catalog(datasets: 10_000)
        let validator = try Validator(shapes: shapesGraph)
        let results = validator.validate(data: data).results
        // Every dataset misses the same NL-mandatory and recommended properties, so each dataset gets
        // the same findings. (Speed is measured by benchmarks, not here.)
        let datasetsWithFindings = Set(results.map(\.focusNode).filter {
            $0.iri?.value.hasPrefix("https://example.org/dataset/") == true && !$0.iri!.value.hasSuffix("/dist")
        })
        #expect(datasetsWithFindings.count == 10_000)
        #expect(results.count > 10_000)
    }

    /// One subject with 100k values (a catalog's dcat:dataset): every component runs over the values
    /// with sets and indexes, so this is linear, not quadratic.
    @Test func oneSubjectWithAHundredThousandValues() throws {
        let n = 100_000
        let ex = Namespace("ex", "http://example.org/")
        var data = Graph()
        let s = Term.iri(ex.catalog)
        data.insert(Triple(s, RDFVocab.type, .iri(ex.Catalog)))
        for i in 0..<n {
            let v = Term.iri("http://example.org/item/\(i)")
            data.insert(Triple(s, ex.item, v))
            data.insert(Triple(v, RDFVocab.type, .iri(ex.Item)))
            data.insert(Triple(s, ex.label, .literal(Literal("label \(i)", language: i == 7 ? "en" : "nl-\(i)"))))
            data.insert(Triple(s, ex.copy, v))
        }
        data.insert(Triple(s, ex.label, .literal(Literal("other", language: "en"))))
        let shapesText = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            ex:CatalogShape a sh:NodeShape ;
              sh:targetClass ex:Catalog ;
              sh:property [ sh:path ex:item ; sh:minCount 1 ; sh:maxCount 99999 ; sh:class ex:Item ;
                            sh:nodeKind sh:IRI ; sh:equals ex:copy ; sh:disjoint ex:label ;
                            sh:pattern "^http://example\\\\.org/item/[0-9]+$" ; sh:maxLength 40 ;
                            sh:hasValue <http://example.org/item/99999> ; sh:node ex:ItemShape ] ;
              sh:property [ sh:path ex:label ; sh:uniqueLang true ; sh:datatype <http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> ] .
            ex:ItemShape a sh:NodeShape ; sh:class ex:Item .
            """
        var shapes = Graph()
        try TurtleReader().read(from: MemoryByteSource(shapesText, name: "shapes.ttl"), into: &shapes)
        let validator = try Validator(shapes: shapes)
        let report: ValidationReport? = validator.validate(data: data)
        let components = report?.results.map(\.componentName).sorted() ?? []
        // Exactly two findings: too many items (100k > 99999) and the duplicated "en" label.
        #expect(components == ["MaxCountConstraintComponent", "UniqueLangConstraintComponent"], "\(report?.results.prefix(5) ?? [])")
    }
}
