import TestSupport
import Testing
@testable import DCAT

@Suite struct SmallCollectionsTests {
    /// In-place permutation by swaps gives what indexing through the order gives, for permutations of
    /// every small size, seeded random ones, and ones of a single long cycle.
    @Test func permuteMatchesIndexing() {
        var random = SplitMix64(seed: 6)
        var orders: [[Int]] = [[], [0], [1, 0], [2, 0, 1], [0, 2, 1]]
        for n in [3, 5, 8, 64, 1_000] { orders.append(Array(0..<n).shuffled(using: &random)) }
        orders.append(Array(1..<100) + [0])
        for order in orders {
            let values = order.indices.map { "v\($0)" }
            var permuted = values
            permuted.permute(to: order)
            #expect(permuted == order.map { values[$0] }, "\(order.prefix(8))")
        }
    }

    @Test func sortedIfNeededSortsOnlyWhenThereIsOrderToKeep() {
        #expect([String]().sortedIfNeeded() == [])
        #expect(["b"].sortedIfNeeded() == ["b"])
        #expect(["b", "a", "c"].sortedIfNeeded() == ["a", "b", "c"])
    }
}
