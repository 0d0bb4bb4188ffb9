@testable import CatalogStore
import DCAT
import Quality
import Testing

/// The facet values a record is counted under (each once, in the order first met) and their labels.
@Suite("Record facets")
struct RecordFacetsTests {
    /// `count` distributions with formats cycling through `distinct` media types.
    private func dataset(distributions count: Int, distinct: Int) -> Dataset {
        var d = Dataset(iri: "https://example.test/dataset/1")
        d.distributions = (0..<count).map { i in
            var dist = Distribution(iri: "https://example.test/distribution/\(i)")
            dist.mediaType = "application/x-format-\(i % distinct)"
            return dist
        }
        return d
    }

    private func formats(_ values: [FacetValue]) -> [String] { values.filter { $0.facet == .format }.map(\.value) }

    /// The writer keeps a cache per facet by `ordinal`; the rating and source facets are record columns.
    @Test func ordinalsAndRecordColumns() {
        #expect(Facet.allCases.map(\.ordinal) == Array(0..<Facet.allCases.count))
        #expect(Facet.allCases.filter { $0.recordColumn != nil } == [.rating, .source])
    }

    /// Labels for IRIs that came without one: the last segment, percent-decoded, underscores as spaces.
    @Test func readableLabelOfAnIRI() {
        let cases: [(String, String)] = [
            ("http://standaarden.overheid.nl/owms/terms/Provincie_Voorbeeld", "Provincie Voorbeeld"),
            ("https://data.example.nl/organisatie/gemeente-utrecht/", "gemeente-utrecht"),
            ("http://purl.org/dc/terms/#RESTRICTED#", "RESTRICTED"),
            ("http://example.org/id/Fryslân_Súdwest", "Fryslân Súdwest"),
            ("http://example.org/id/%C3%A9t%C3%A9_2024", "été 2024"),
            ("http://example.org/id/%ZZbad", "%ZZbad"),
            ("http://example.org/", "example.org"),
            ("urn:uuid:1234", "urn:uuid:1234"),
            ("http://example.org/a//", "a"),
        ]
        for (iri, label) in cases {
            #expect(RecordFacets.readableLabel(iri) == label, "\(iri)")
        }
    }

    @Test(arguments: [(3, 3), (12, 4), (31, 31), (32, 32), (33, 33), (200, 70)])
    func everyValueOnceInFirstSeenOrder(count: Int, distinct: Int) {
        let d = dataset(distributions: count, distinct: distinct)
        let values = RecordFacets.values(of: d, quality: Scorer().score(d), source: "feed")
        #expect(formats(values) == (0..<distinct).map { "application/x-format-\($0)" })
        #expect(Set(values).count == values.count, "no value twice")
        #expect(values.filter { $0.facet == .source }.map(\.value) == ["feed"])
        #expect(values.filter { $0.facet == .rating }.count == 1)
    }
}
