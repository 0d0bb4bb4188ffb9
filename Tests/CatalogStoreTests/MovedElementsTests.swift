@testable import CatalogStore
import Dispatch
import Foundation
import Testing

/// `MovedElements` hands each element of an array out once, uncopied, from any thread, and frees the ones
/// never taken: no element is lost, duplicated or freed twice.
@Suite struct MovedElementsTests {
    /// Counts live instances, so a leak or a double free shows as a wrong count.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Tracked.lock.withLock { Tracked.live += 1 }
        }
        deinit { Tracked.lock.withLock { Tracked.live -= 1 } }
        static var count: Int { lock.withLock { live } }
    }

    /// An element that also carries a class reference, so taking it whole can be checked by identity.
    struct Element {
        var name: String
        var tracked: Tracked
    }

    // The suite's tests count instances of one class: they must not run at the same time.
    @Suite(.serialized) struct Counting {
        @Test func everyElementIsTakenOnceFromManyThreads() {
            let before = Tracked.count
            do {
                let moved = MovedElements((0..<1_000).map { Element(name: "e\($0)", tracked: Tracked($0)) })
                #expect(moved.count == 1_000)
                #expect(Tracked.count == before + 1_000)
                let results = UnsafeMutableBufferPointer<Int>.allocate(capacity: 1_000)
                defer { results.deallocate() }
                nonisolated(unsafe) let out = results
                DispatchQueue.concurrentPerform(iterations: 1_000) { i in
                    let e = moved.take(i)
                    out[i] = e.tracked.value == i && e.name == "e\(i)" ? 1 : 0
                }
                #expect(results.allSatisfy { $0 == 1 })
                // Each taken element was freed by the worker that took it.
                #expect(Tracked.count == before)
            }
            #expect(Tracked.count == before)
        }

        @Test func elementsNeverTakenAreFreedWithTheStorage() {
            let before = Tracked.count
            do {
                let moved = MovedElements((0..<10).map { Element(name: "e\($0)", tracked: Tracked($0)) })
                let third = moved.take(3)
                #expect(third.tracked.value == 3)
                #expect(Tracked.count == before + 10)
            }
            #expect(Tracked.count == before)
        }

        @Test func anArrayStillSharedIsCopiedNotEmptied() {
            let before = Tracked.count
            do {
                let array = (0..<5).map { Element(name: "e\($0)", tracked: Tracked($0)) }
                let moved = MovedElements(array)
                // The caller's array is untouched, and both hold the same instances.
                #expect(array.map(\.tracked.value) == [0, 1, 2, 3, 4])
                #expect(moved.take(4).tracked === array[4].tracked)
                #expect(Tracked.count == before + 5)
            }
            #expect(Tracked.count == before)
        }

        @Test func anElementIsMovedNotCopied() {
            var array = [Element]()
            for i in 0..<3 { array.append(Element(name: "e\(i)", tracked: Tracked(i))) }
            let moved = MovedElements(consume array)
            var e = moved.take(1)
            // Only the taken element refers to its instance: neither the array nor the storage kept a copy.
            #expect(isKnownUniquelyReferenced(&e.tracked))
            #expect(e.tracked.value == 1)
        }

        @Test func anEmptyArrayHasNothingToTake() {
            let moved = MovedElements([Element]())
            #expect(moved.count == 0)
        }
    }
}
