import RDF
import Testing
@testable import DCAT

/// The mapper's caches keyed by a string's identity, and the profile detector's quick rejection of IRIs:
/// each must give what the slow path it stands in for gives.
@Suite struct MappingCacheTests {
    /// Equal words mean equal strings; equal text in two buffers need not have equal words.
    @Test func stringIdentityOnlyClaimsEqualityItCanProve() {
        let long = "http://purl.org/dc/terms/" + "title"
        let copy = long
        let rebuilt = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(StringIdentity(long) == StringIdentity(copy))
        #expect(rebuilt == long)
        #expect(StringIdentity(rebuilt) != StringIdentity(long), "two buffers, two identities")
        #expect(StringIdentity("nl") == StringIdentity(String(decoding: Array("nl".utf8), as: UTF8.self)),
                "a small string's words are its bytes")
        #expect(StringIdentity("nl") != StringIdentity("en"))
        #expect(StringIdentity("") != .none)
    }

    /// The same predicate gets the same key however its string was made, and every string its own key,
    /// also when many strings fight over the table's few slots.
    @Test func predicateKeysAreKeyedByTextNotStorage() {
        let keys = PredicateKeys(slots: 4)
        let iris = (0..<50).map { "http://example.org/vocabulary#property\($0)" }
        let first = iris.map(keys.key)
        #expect(Set(first).count == iris.count)
        for (iri, key) in zip(iris, first) {
            #expect(keys.key(String(decoding: Array(iri.utf8), as: UTF8.self)) == key)
            #expect(keys.key(iri) == key)
            #expect(keys.iri(key) == iri)
        }
    }

    /// A remembered IRI is found by the same string value; another buffer or a colliding IRI is a miss,
    /// never a wrong id.
    @Test func iriAddressesAnswerOnlyForTheStringTheyNoted() {
        var table = IRIAddresses(slots: 2)
        let iris = (0..<20).map { "https://data.example.org/dataset/\($0)" }
        for (n, iri) in iris.enumerated() {
            table.note(iri, TermID(n))
            #expect(table.id(of: iri) == TermID(n))
        }
        for (n, iri) in iris.enumerated() {
            let found = table.id(of: iri)
            #expect(found == nil || found == TermID(n))
            #expect(table.id(of: String(decoding: Array(iri.utf8), as: UTF8.self)) == nil)
        }
    }

    /// The quick rejection lets through every IRI that has a signal, and what it rejects has none.
    @Test func objectSignalsRejectOnlyIRIsWithoutSignals() {
        let withSignals = [
            "http://data.overheid.nl/status/beschikbaar",
            "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
            "https://www.example.org/redirect?to=https://data.overheid.nl/",
            "http://publications.europa.eu/resource/authority/language/NLD",
            "http://id.loc.gov/vocabulary/iso639-2/language/NLD",
            Vocabularies.hvdLegislation,
            "http://data.europa.eu/bna/c_dd313021",
            DONLThemes.base + "Bestuur",
            "https" + DONLThemes.base.dropFirst(4) + "Bestuur",
            Vocabularies.dataThemes.base + "ENVI",
            "https" + Vocabularies.dataThemes.base.dropFirst(4) + "ENVI",
        ]
        for iri in withSignals {
            let s = ProfileDetector.objectSignals(iri)
            #expect(!s.any.isEmpty || !s.asTheme.isEmpty, "\(iri)")
            #expect(ProfileDetector.mayGiveSignals(iri), "\(iri)")
        }
        let without = [
            "https://data.example.org/dataset/1", "https://www.overheid.nl", "http://europa.eu", "overheid.nl/",
            "https://example.org/NLD", "https://example.org/language/nld", "https://www.rijksoverheid.nl/", "", ".",
        ]
        for iri in without {
            #expect(!ProfileDetector.mayGiveSignals(iri), "\(iri)")
            let s = ProfileDetector.objectSignals(iri)
            #expect(s.any.isEmpty && s.asTheme.isEmpty, "\(iri)")
        }
        // Hosts under the two domains pass the rejection, signal or not (the tests then decide).
        #expect(ProfileDetector.mayGiveSignals("https://www.overheid.nl/"))
        #expect(ProfileDetector.mayGiveSignals("https://data.europa.eu/data/datasets/x"))
    }

    /// The read marks of a view are exact on both sides of the bits (a key of 255 or more, or a negative
    /// one, must not pass for another).
    @Test func keySetIsExactBelowAndAboveItsBits() {
        var set = KeySet()
        for key: Int32 in [0, 3, 63, 64, 254, 255, 300, 1_000] { set.insert(key) }
        for key: Int32 in [0, 3, 63, 64, 254, 255, 300, 1_000] { #expect(set.contains(key), "\(key)") }
        for key: Int32 in [-1, 1, 62, 65, 253, 256, 301, 999, 100_000] { #expect(!set.contains(key), "\(key)") }
        set.insert(300)
        #expect(set.contains(300))
    }
}
