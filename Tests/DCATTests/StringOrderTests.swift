import TestSupport
import Testing
@testable import DCAT

@Suite struct StringOrderTests {
    /// Random strings over a small alphabet, so that shared prefixes, duplicates, one string a prefix of
    /// another and differences inside and past the eight key bytes all occur.
    private func strings(_ count: Int, prefix: String, alphabet: [String], seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % 14)
            return prefix + (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    private var cases: [[String]] {
        let ascii = ["a", "b", "/", "0", "9", "Z", "\u{0}"]
        return [
            strings(64, prefix: "", alphabet: ascii, seed: 1),
            strings(500, prefix: "https://data.example.nl/dataset/", alphabet: ascii, seed: 2),
            strings(300, prefix: "x", alphabet: ["a", "b"], seed: 3),  // many duplicates
            [String](repeating: "same", count: 100),
            (0..<100).map { String(repeating: "a", count: $0 % 20) },  // each a prefix of the longer ones
            // Not ASCII: `String`'s Unicode order (é precomposed and decomposed are equal strings).
            strings(200, prefix: "urn:", alphabet: ["e", "é", "e\u{301}", "z", "ß", "😀"], seed: 4),
            strings(10, prefix: "", alphabet: ascii, seed: 5),  // below the size the digits are made for
            // Two families (no prefix shared by all), a common part 8 and 16 bytes long, NULs at the end.
            strings(150, prefix: "https://data.example.nl/", alphabet: ascii, seed: 6)
                + strings(150, prefix: "urn:uuid:", alphabet: ascii, seed: 7),
            strings(100, prefix: "abcdefgh", alphabet: ["\u{0}", "a"], seed: 8),
            strings(100, prefix: "abcdefghijklmnop", alphabet: ["\u{0}", "a"], seed: 9),
        ]
    }

    /// The order is `sorted`'s, stable for equal strings, on every case; groups that end together, run on to
    /// further digits, or end inside a digit all occur.
    @Test func ascendingOrderIsTheStableSort() {
        for strings in cases {
            let expected = strings.indices.sorted { strings[$0] < strings[$1] }
            #expect(strings.ascendingOrder() == expected, "\(strings.prefix(4))")
        }
    }

    @Test func sortedDistinctIsTheSortedSet() {
        for strings in cases {
            #expect(strings.sortedDistinct() == Array(Set(strings)).sorted(), "\(strings.prefix(4))")
        }
    }

    /// Only ASCII is ordered by bytes; anything else is left to `String`.
    @Test func bytesOrderOnlyASCII() {
        let ascii = (0..<70).map { "https://example.org/d/\($0)" }
        #expect(StringOrder.ascending(ascii) == ascii.indices.sorted { ascii[$0] < ascii[$1] })
        #expect(StringOrder.ascending(ascii + ["https://example.org/d/é"]) == nil)
    }
}
