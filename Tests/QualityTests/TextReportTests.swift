import Testing
@testable import DCAT
@testable import Quality

@Suite struct TextReportTests {
    @Test func demoTable() throws {
        let results = try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
        let text = TextReport.render(results)
        #expect(text.contains(" 295/405  good       Fietspaden in Voorbeeldstad\n"), "\(text)")
        #expect(text.contains("   0/405  bad        Afvalbakken\n"))
        #expect(text.contains("\n    -30  Add at least one dcat:keyword to the dataset"))
        #expect(text.contains("3 datasets, mean score 146.7: 0 excellent, 1 good, 1 sufficient, 1 bad\n"))
        #expect(text.contains("Biggest gain: Add at least one dcat:keyword to the dataset (free-text terms users search for). (2 datasets: +30 each)"))
        #expect(text.contains("run oogst links"))
    }
}

extension TextReportTests {
    /// Unchecked indicators are no top finding: the totals line speaks for them once.
    @Test func uncheckedAreNotTopFindings() throws {
        let results = try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
        let text = TextReport.render(results)
        #expect(!text.contains("Run oogst links to check the URLs"))
        let fietspaden = try #require(text.components(separatedBy: "Fietspaden in Voorbeeldstad\n").last)
        // fietspaden loses points only to unchecked indicators: its block lists no finding.
        #expect(fietspaden.hasPrefix("          https://data.voorbeeldstad.nl/dataset/fietspaden  (Gemeente Voorbeeldstad)\n\n"))
    }
}

extension TextReportTests {
    /// A large report is written in chunks on every core: the chunks joined are the report written in
    /// one piece, for any chunk count (empty chunks included), and blocks keep the datasets' order.
    @Test func chunksJoinToTheWholeReport() throws {
        let demo = try Fixture.map("fixtures/demo/catalog.ttl").datasets.map { Scorer().score($0) }
        var results: [DatasetQuality] = []
        for n in 0..<50 {
            for var r in demo {
                r.title = "\(r.title) \(n)"
                results.append(r)
            }
        }
        let whole = TextReport.render(results, topFindings: 3, chunks: 1)
        for chunks in [2, 7, 200] {
            #expect(TextReport.render(results, topFindings: 3, chunks: chunks) == whole, "\(chunks) chunks")
        }
        #expect(whole.contains("150 datasets, mean score 146.7"))
        let first = try #require(whole.range(of: "Fietspaden in Voorbeeldstad 0\n"))
        let last = try #require(whole.range(of: "Fietspaden in Voorbeeldstad 49\n"))
        #expect(first.lowerBound < last.lowerBound)
    }
}
