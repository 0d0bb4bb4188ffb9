import Testing
@testable import DCAT
@testable import Quality

/// Hand-computed totals. Without link results the reachability indicators (accessURL 50, downloadURL 30)
/// are unchecked, and without shapes so is DCAT-AP compliance (30): 110 of the 405 points cannot be
/// earned here, so the best possible offline total is 295.
@Suite struct ScoreTests {
    static func points(_ q: DatasetQuality) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: q.indicators.map { ($0.id, $0.points) })
    }

    @Test func demoCatalogFietspaden() throws {
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/fietspaden"))
        let q = Scorer().score(d)
        // Findability: keyword 30 + theme 30 + spatial 20 + temporal 20 = 100
        #expect(q.score[.findability] == 100)
        // Accessibility: accessURL unchecked 0 + downloadURL given (1 of 1) 20 + downloadURL unchecked 0 = 20
        #expect(q.score[.accessibility] == 20)
        // Interoperability: format 20 + media type 10 + vocabulary (GEOJSON, application/geo+json) 10
        //   + non-proprietary 20 + machine-readable 20 + compliance unchecked 0 = 80
        #expect(q.score[.interoperability] == 80)
        // Reusability: licence (CC0) 20 + known 10 + access rights 10 + from the NAL 5 + contact 20 + publisher 10 = 75
        #expect(q.score[.reusability] == 75)
        // Contextuality: rights 5 + byte size 5 + issued 5 + modified 5 = 20
        #expect(q.score[.contextuality] == 20)
        // 100 + 20 + 80 + 75 + 20 = 295: Good (221–350)
        #expect(q.score.total == 295)
        #expect(q.score.rating == .good)
        #expect(q.findings.map(\.id) == ["accessUrlStatusCode", "downloadUrlStatusCode", "dcatApCompliance"])
        #expect(q.findings.allSatisfy { $0.severity == .info })
    }

    @Test func demoCatalogBomen() throws {
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/bomen"))
        let q = Scorer().score(d)
        // Findability: keyword 0 + theme (ENVI) 30 + spatial 0 + temporal 0 = 30
        #expect(q.score[.findability] == 30)
        // Accessibility: no downloadURL (0 of 1) 0; both reachability indicators unchecked = 0
        #expect(q.score[.accessibility] == 0)
        // Interoperability: format XLSX 20 + media type 0 + vocabulary (XLSX is an EU file type, no media
        //   type given) 10 + non-proprietary (XLSX is not) 0 + machine-readable (XLSX is) 20 = 50
        #expect(q.score[.interoperability] == 50)
        // Reusability: licence "CC-BY 4.0" (text the mapper reads as CC BY 4.0) 20 + known 10
        //   + access rights 0 + vocabulary 0 + contact 20 + publisher 10 = 60
        #expect(q.score[.reusability] == 60)
        // Contextuality: modified 5 only = 5
        #expect(q.score[.contextuality] == 5)
        // 30 + 0 + 50 + 60 + 5 = 145: Sufficient (121–220)
        #expect(q.score.total == 145)
        #expect(q.score.rating == .sufficient)
        #expect(Self.points(q)["formatMediaTypeNonProprietary"] == 0)
    }

    @Test func demoCatalogAfvalbakken() throws {
        let d = try #require(try Fixture.map("fixtures/demo/catalog.ttl").dataset("https://data.voorbeeldstad.nl/dataset/afvalbakken"))
        let q = Scorer().score(d)
        // A title, a description and a distribution with only an accessURL: no indicator can pass. 0: Bad.
        #expect(q.score.total == 0)
        #expect(q.score.rating == .bad)
        // 23 indicators, each a finding; the three unchecked ones say so.
        #expect(q.findings.count == 23)
        #expect(q.findings.filter { $0.severity == .info }.count == 3)
        // Most points first: accessURL reachability (50) leads.
        #expect(q.findings.first?.id == "accessUrlStatusCode")
        #expect(q.findings.reduce(0) { $0 + $1.pointsLost } == 405)
    }

    /// DCAT-AP NL fixture, the dirty dataset: repaired values count, and the shares round down.
    @Test func nl30Parkeertarieven() throws {
        let d = try #require(try Fixture.map("fixtures/dcat/nl30-catalog.ttl").dataset("https://data.voorbeeldstad.nl/id/dataset/parkeertarieven"))
        #expect(d.distributions.count == 2)
        let q = Scorer().score(d)
        let p = Self.points(q)
        // Findability: keywords 30 + theme (https IRI repaired to TRAN) 30 + spatial 0 + temporal 0 = 60
        #expect(q.score[.findability] == 60)
        // Accessibility: downloadURL on the CSV, not on the PDF: ⌊20 × 1/2⌋ = 10
        #expect(p["downloadUrlAvailability"] == 10)
        #expect(q.score[.accessibility] == 10)
        // Interoperability: format 2/2 → 20; media type 1/2 → ⌊10 × 1/2⌋ = 5; vocabulary 2/2 (CSV + text/csv,
        //   PDF) → 10; non-proprietary (best: CSV) 20; machine-readable (best: CSV) 20 = 75
        #expect(p["mediaTypeAvailability"] == 5)
        #expect(q.score[.interoperability] == 75)
        // Reusability: licences 2/2 (httpss:// repaired, text "CC-BY 4.0") 20 + known 10 + access rights
        //   (RESTRICED repaired to RESTRICTED) 10 + from the NAL 5 + contact point 20 + publisher 10 = 75
        #expect(q.score[.reusability] == 75)
        // Contextuality: rights 0/2 → 0; byte size 1/2 → ⌊5 × 1/2⌋ = 2; issued (gYear 2023) 5;
        //   modified ("12-03-2024" normalised) 5 = 12
        #expect(p["byteSizeAvailability"] == 2)
        #expect(q.score[.contextuality] == 12)
        // 60 + 10 + 75 + 75 + 12 = 232: Good
        #expect(q.score.total == 232)
        #expect(q.score.rating == .good)
        #expect(q.indicator("mediaTypeAvailability")?.status == .partial)
    }

    @Test func ratingBandBoundaries() {
        #expect(Rating(total: 0) == .bad)
        #expect(Rating(total: 120) == .bad)
        #expect(Rating(total: 121) == .sufficient)
        #expect(Rating(total: 220) == .sufficient)
        #expect(Rating(total: 221) == .good)
        #expect(Rating(total: 350) == .good)
        #expect(Rating(total: 351) == .excellent)
        #expect(Rating(total: 405) == .excellent)
        #expect(Rating.allCases.map(\.rawValue) == ["excellent", "good", "sufficient", "bad"])
    }

    /// ⌊max × passing / total⌋: full points only when all pass, nothing for none, no distributions 0.
    @Test func roundingRule() {
        #expect(Scoring.points(max: 20, passing: 1, of: 3) == 6)    // 6.67 → 6
        #expect(Scoring.points(max: 20, passing: 2, of: 3) == 13)   // 13.33 → 13
        #expect(Scoring.points(max: 5, passing: 1, of: 2) == 2)     // 2.5 → 2
        #expect(Scoring.points(max: 30, passing: 99, of: 100) == 29) // 29.7 → 29, never the full 30
        #expect(Scoring.points(max: 30, passing: 100, of: 100) == 30)
        #expect(Scoring.points(max: 30, passing: 0, of: 4) == 0)
        #expect(Scoring.points(max: 30, passing: 0, of: 0) == 0)
    }

    /// The rule as the scorer applies it: one of three distributions with a download URL.
    @Test func shareOfDistributionsUsesTheRule() {
        var d = Sample.complete()
        var b = Sample.distribution(1), c = Sample.distribution(2)
        b.downloadURLs = []
        c.downloadURLs = []
        d.distributions += [b, c]
        let q = Scorer(links: Sample.links, compliance: DescriptionRequired()).score(d)
        let r = q.indicator("downloadUrlAvailability")
        #expect(r?.status == .partial)
        #expect(r?.points == 6)
        #expect(r?.passing == 1 && r?.considered == 3)
        let f = q.findings.first { $0.id == "downloadUrlAvailability" }
        #expect(f?.pointsLost == 14)
        #expect(f?.message.contains("1 of 3 distributions pass") == true)
        #expect(f?.message.contains("https://data.example.nl/dist/1") == true)
    }

    /// The texts of findings word for word: the share sentence (one and several distributions, the
    /// failing ones named up to three), a check's note, the unchecked sentence and the remedy for a
    /// dataset without distributions.
    @Test func findingTextsWordForWord() throws {
        let download = try #require(IndicatorCatalogue.indicator("downloadUrlAvailability"))
        var d = Sample.complete()
        d.distributions = (1...5).map { Sample.distribution($0) }
        for i in 1..<5 { d.distributions[i].downloadURLs = [] }
        var q = Scorer(links: Sample.links, compliance: DescriptionRequired()).score(d)
        var f = try #require(q.findings.first { $0.id == "downloadUrlAvailability" })
        #expect(f.message == download.message + " 1 of 5 distributions pass. Failing: https://data.example.nl/dist/2, "
            + "https://data.example.nl/dist/3, https://data.example.nl/dist/4, ….")
        #expect(f.remedy == download.remedy)

        d.distributions = [Sample.distribution(7)]
        d.distributions[0].downloadURLs = []
        q = Scorer(links: Sample.links, compliance: DescriptionRequired()).score(d)
        f = try #require(q.findings.first { $0.id == "downloadUrlAvailability" })
        #expect(f.message == download.message + " 0 of 1 distribution pass. Failing: https://data.example.nl/dist/7.")

        d.distributions = []
        q = Scorer().score(d)
        f = try #require(q.findings.first { $0.id == "downloadUrlAvailability" })
        #expect(f.message == download.message + " The dataset has no dcat:distribution.")
        #expect(f.remedy == "Add a dcat:distribution with a dcat:accessURL. " + download.remedy)

        let access = try #require(IndicatorCatalogue.indicator("accessUrlStatusCode"))
        f = try #require(Scorer().score(Sample.complete()).findings.first { $0.id == "accessUrlStatusCode" })
        #expect(f.message == "Not checked yet: run oogst links. " + access.label + " scores 0 until checked.")
        #expect(f.remedy == "Run oogst links to check the URLs, then score again.")
    }

    @Test func reachabilityUncheckedWithoutLinkResults() {
        let q = Scorer().score(Sample.complete())
        for id in ["accessUrlStatusCode", "downloadUrlStatusCode"] {
            #expect(q.indicator(id)?.status == .unchecked)
            #expect(q.indicator(id)?.points == 0)
            let f = q.findings.first { $0.id == id }
            #expect(f?.severity == .info)
            #expect(f?.message.contains("run oogst links") == true, "\(String(describing: f?.message))")
        }
        #expect(q.indicator("dcatApCompliance")?.status == .unchecked)
        // 405 − 50 − 30 − 30 = 295
        #expect(q.score.total == 295)
    }

    /// Link results for some URLs only: still unchecked, never a guess.
    @Test func reachabilityUncheckedWhileAnyURLLacksAResult() {
        var d = Sample.complete()
        d.distributions.append(Sample.distribution(1))
        d.distributions[1].accessURLs = ["https://data.example.nl/never-checked"]
        let q = Scorer(links: Sample.links).score(d)
        #expect(q.indicator("accessUrlStatusCode")?.status == .unchecked)
        #expect(q.indicator("downloadUrlStatusCode")?.status == .passed)
    }

    @Test func reachabilityShareAndUnreachable() {
        var d = Sample.complete()
        d.distributions.append(Sample.distribution(1))
        d.distributions[1].accessURLs = ["https://down.example.nl/"]
        let links = LinkResults([Sample.okURL: .status(200), Sample.okAccess: .status(301),
                                 "https://down.example.nl/": .unreachable("connection refused")])
        let q = Scorer(links: links).score(d)
        // 3xx counts as reachable; one of two distributions: ⌊50 × 1/2⌋ = 25
        #expect(q.indicator("accessUrlStatusCode")?.status == .partial)
        #expect(q.indicator("accessUrlStatusCode")?.points == 25)
        #expect(q.indicator("downloadUrlStatusCode")?.points == 30)
    }

    /// A distribution without an access URL fails reachability whatever the link results; the finding
    /// says the URL is missing and the remedy (also the ranked fix's) tells the steward to add it, not to
    /// repair a link that is not there.
    @Test func missingAccessURLIsNamedAndTheRemedySaysAddIt() {
        var d = Sample.complete()
        d.distributions.append(Sample.distribution(1))
        d.distributions[1].accessURLs = []
        let q = Scorer(links: Sample.links).score(d)
        #expect(q.indicator("accessUrlStatusCode")?.status == .partial)
        let f = q.findings.first { $0.id == "accessUrlStatusCode" }
        #expect(f?.message.contains("1 of 2 distributions pass") == true, "\(String(describing: f?.message))")
        #expect(f?.message.contains("1 of them has no dcat:accessURL at all") == true, "\(String(describing: f?.message))")
        #expect(f?.remedy.contains("add it where it is missing") == true)
        let fix = Aggregates.aggregate(key: "all", label: "all", [q]).fixes.first { $0.id == "accessUrlStatusCode" }
        #expect(fix?.summary.hasPrefix("Give every distribution a dcat:accessURL that answers: add it where it is missing") == true)
    }

    /// With link results, a dataset whose distributions have no download URL has nothing to reach: failed.
    @Test func downloadReachabilityWithoutDownloadURLs() {
        var d = Sample.complete()
        d.distributions[0].downloadURLs = []
        let q = Scorer(links: Sample.links).score(d)
        #expect(q.indicator("downloadUrlStatusCode")?.status == .failed)
        #expect(q.findings.first { $0.id == "downloadUrlStatusCode" }?.message.contains("No distribution has a dcat:downloadURL") == true)
    }
}
