import Foundation
import RDF
import Testing
import TestSupport
@testable import DCAT
@testable import Quality

/// Scoring a list on every core gives what scoring each dataset alone gives, in the same order.
@Suite struct BatchScoreTests {
    @Test func batchEqualsOneByOne() throws {
        var datasets: [Dataset] = []
        for name in ["nl30-catalog.ttl", "donl11-catalog.ttl", "donl-legacy-export.ttl"] {
            datasets += try Fixture.map("fixtures/dcat/" + name).datasets
        }
        // Enough copies to be split over workers, with the fixtures' variety in every chunk.
        var many: [Dataset] = []
        for i in 0..<400 {
            var d = datasets[i % datasets.count]
            d.iri += "#\(i)"
            many.append(d)
        }
        let scorer = Scorer(compliance: try NLRules.checker())
        let batch = scorer.score(many)
        #expect(batch.count == many.count)
        #expect(batch == many.map { scorer.score($0) })
        #expect(Set(batch.map(\.score.total)).count > 1, "the fixtures score differently")
    }
}
