import Testing
@testable import CatalogStore

@Suite struct RecordFacetsTests {
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
}
