@testable import CatalogStore
import Testing

@Suite struct TopKTests {
    struct Item: Equatable { var key: Int; var position: Int }

    /// Against a full stable sort, on lists with many ties, for small and large k.
    @Test func givesTheSortedPrefixWithTiesInInputOrder() {
        var rng = SystemRandomNumberGenerator()
        for n in [0, 1, 7, 100, 1_000] {
            let items = (0..<n).map { Item(key: Int.random(in: 0..<(n / 4 + 1), using: &rng), position: $0) }
            let before: (Item, Item) -> Bool = { $0.key > $1.key }
            let expected = items.enumerated().sorted { a, b in
                a.element.key != b.element.key ? a.element.key > b.element.key : a.offset < b.offset
            }.map(\.element)
            for k in [0, 1, 5, 20, 99, n, n + 3] {
                #expect(firstInOrder(k, of: items, by: before) == Array(expected.prefix(k)), "n=\(n) k=\(k)")
            }
        }
    }
}
