import RDF
import Testing
@testable import DCAT

/// Byte-level shortcuts the mapper takes on its hot path, each against the `String` test it stands in for.
@Suite struct FastPathTests {
    /// `isPlainHTTP` says yes only where `hasPrefix` says the scheme is there and nothing needs repair.
    @Test func plainHTTPOnlyWhereNoRepairApplies() {
        for iri in ["http://example.org/a", "https://example.org/a", "http://x", "https://x"] {
            #expect(FastText.isPlainHTTP(iri), "\(iri)")
            #expect(iri.hasPrefix("http://") || iri.hasPrefix("https://"))
        }
        for iri in ["", "http://", "https://", "http:/example.org", "httpss://example.org", "HTTP://example.org",
                    "ftp://example.org", "http://example.org/a b", "https://\u{301}example.org", "htt://a.b"] {
            #expect(!FastText.isPlainHTTP(iri), "\(iri)")
        }
        // A combining mark after the slash makes `hasPrefix` false: the shortcut must not claim it.
        #expect(!"https://\u{301}x".hasPrefix("https://"))
    }

    /// `owns` and `repair` agree with what the local part says, for both schemes and foreign IRIs.
    @Test func vocabularyOwnershipWithoutBuildingTheLocalPart() {
        let themes = Vocabularies.dataThemes
        let https = "https" + themes.base.dropFirst(4)
        let cases: [(String, owned: Bool, repaired: String?)] = [
            (themes.base + "ENVI", true, nil),
            (https + "ENVI", true, themes.base + "ENVI"),
            (themes.base + "envi", true, themes.base + "ENVI"),
            (themes.base + "NOT_A_THEME_AT_ALL", true, nil),
            (themes.base, true, nil),
            ("http://example.org/data-theme/ENVI", false, nil),
            (String(themes.base.dropLast()), false, nil),
        ]
        for (iri, owned, repaired) in cases {
            #expect(themes.owns(iri) == owned, "\(iri)")
            #expect(themes.owns(iri) == (VocabularyMatch.local(iri, base: themes.base) != nil), "\(iri)")
            #expect(themes.repair(iri) == repaired, "\(iri)")
        }
    }
}

/// A property's text values come out sorted by language then text, each once; what trimming makes equal
/// is a duplicate, removed with a note, also among many values and apart from untagged ones.
@Suite struct TextValueTests {
    @Test func manyValuesSortedAndDuplicatesRemoved() throws {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            <http://example.org/d> a dcat:Dataset ;
                dcat:keyword "water"@nl, " water"@nl, "lucht"@nl, "water "@nl, "water", "water"@en, "bodem"@nl,
                    " water" .
            """
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(turtle, name: "keywords.ttl"), into: &graph)
        let d = try DCATMapper(sourceID: "t").map(graph).require("http://example.org/d")
        #expect(d.keywords.values == [
            LocalizedString("water"), LocalizedString("water", language: "en"), LocalizedString("bodem", language: "nl"),
            LocalizedString("lucht", language: "nl"), LocalizedString("water", language: "nl"),
        ])
        // The three removals say the same, so the record keeps one note of them.
        #expect(d.notes.filter { $0.kind == .duplicateRemoved }.map(\.original) == ["water"])
    }
}
