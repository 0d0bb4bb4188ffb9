import Foundation
import RDF
import Testing
@testable import DCAT

/// Model -> triples -> model is lossless for everything the model holds.
@Suite struct RoundTripTests {
    /// Provenance is not content: notes, the source subgraph, the profile verdict and the original
    /// spelling of repaired dates describe the feed, not the dataset.
    static func content(_ d: Dataset) -> Dataset {
        var d = d
        d.notes = []
        d.subgraph = Subgraph()
        d.profile = ProfileReport()
        d.unmappedPredicates = []
        d.isSkolemized = false
        d.catalog = nil
        func plain(_ v: DateValue?) -> DateValue? { v.map { DateValue(value: $0.value, precision: $0.precision) } }
        d.issued = plain(d.issued)
        d.modified = plain(d.modified)
        d.datePlanned = plain(d.datePlanned)
        d.temporal = d.temporal.map { PeriodOfTime(iri: $0.iri, start: plain($0.start), end: plain($0.end), label: $0.label) }
        d.distributions = d.distributions.map { var x = $0; x.issued = plain(x.issued); x.modified = plain(x.modified); return x }
        if var r = d.record { r.issued = plain(r.issued); r.modified = plain(r.modified); d.record = r }
        return d
    }

    static func roundTrip(_ result: DCATMappingResult) -> DCATMappingResult {
        let triples = DCATSerializer().triples(for: result)
        return DCATMapper(sourceID: "roundtrip").map(Graph(triples))
    }

    @Test(arguments: ["nl30-catalog.ttl", "donl11-catalog.ttl", "donl-legacy-export.ttl"])
    func fixtureDatasetsSurviveARoundTrip(_ name: String) throws {
        let first = try Load.map(Load.fixture(name))
        let second = Self.roundTrip(first)
        #expect(second.datasets.count == first.datasets.count)
        for d in first.datasets {
            let again = try #require(second.dataset(d.iri), "\(d.iri) lost")
            #expect(firstDifference(Self.content(d), Self.content(again)) == nil, "\(name): \(d.iri)")
            // The re-published form is plain DCAT-AP NL 3.0: no legacy terms left.
            #expect(!again.subgraph.ntriples.contains("https://data.overheid.nl/dcat.rdf#Dataset"))
            #expect(!again.subgraph.ntriples.contains("http://www.w3.org/2006/vcard/email"))
        }
        for s in first.dataServices {
            var a = s, b = try #require(second.dataServices.first { $0.iri == s.iri })
            for x in [0, 1] {
                var v = x == 0 ? a : b
                v.notes = []; v.subgraph = Subgraph(); v.profile = ProfileReport(); v.unmappedPredicates = []; v.catalog = nil
                if x == 0 { a = v } else { b = v }
            }
            #expect(firstDifference(a, b) == nil, "\(s.iri)")
        }
        for c in first.catalogs {
            var a = c, b = try #require(second.catalogs.first { $0.iri == c.iri })
            a.notes = []; b.notes = []; a.profile = ProfileReport(); b.profile = ProfileReport()
            a.modified = a.modified.map { DateValue(value: $0.value, precision: $0.precision) }
            a.issued = a.issued.map { DateValue(value: $0.value, precision: $0.precision) }
            #expect(firstDifference(a, b) == nil, "\(c.iri)")
        }
    }

    @Test func ckanDemoSurvivesARoundTrip() throws {
        guard let path = try Load.sample("turtle/ckan-demockanorg-page1.ttl") else { return }
        let first = try Load.map(path)
        let second = Self.roundTrip(first)
        for d in first.datasets {
            let again = try #require(second.dataset(d.iri))
            #expect(firstDifference(Self.content(d), Self.content(again)) == nil, "\(d.iri)")
        }
    }

    @Test func serializerWritesNL30Terms() throws {
        let r = try Load.map(Load.fixture("donl-legacy-export.ttl"))
        let d = try r.require("https://data.overheid.nl/dataset/grondwaterstanden-provincie-voorbeeld")
        let triples = DCATSerializer().triples(for: d)
        let s = Term.iri(IRI(d.iri))
        #expect(triples.contains(Triple(s, RDFVocab.type, .iri(NS.dcat.Dataset))))
        #expect(triples.contains(Triple(s, NS.dct.accessRights, .iri(IRI("http://publications.europa.eu/resource/authority/access-right/RESTRICTED")))))
        #expect(triples.contains(Triple(s, NS.dct.modified, .literal(Literal("2018-03-05", datatype: XSD.date)))))
        #expect(triples.contains { $0.predicate == NS.vcard.hasEmail && $0.object == .iri(IRI("mailto:water@provincie-voorbeeld.nl")) })
    }
}
