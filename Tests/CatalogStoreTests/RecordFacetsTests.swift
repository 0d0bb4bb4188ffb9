@testable import CatalogStore
import DCAT
import Quality
import Testing

/// The facet values a record is counted under: each once, in the order first met.
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
