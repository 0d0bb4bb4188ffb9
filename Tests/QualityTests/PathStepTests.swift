import Testing
@testable import Quality

@Suite struct PathStepTests {
    /// The byte scan gives what splitting the path's Characters at "/" gave.
    @Test func lastPathStepMatchesSplit() {
        let paths = ["", "/", "///", "dcat:keyword", "dcat:distribution/dct:format", "a/b/", "/a", "a//b", "a/b//",
                     "é/ü", "dcat:distribution/dcat:accessURL/", "vcard:hasEmail"]
        for path in paths {
            let split = String(path.split(separator: "/").last ?? Substring(path))
            #expect(Scorer.lastPathStep(path) == split, "\(path)")
        }
    }
}
