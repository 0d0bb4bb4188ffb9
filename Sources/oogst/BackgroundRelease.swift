import Dispatch

/// Lets go of a large value on a thread of its own. In `oogst validate` of a 100k-dataset feed, freeing
/// the graph and then the models one object at a time held the main thread for ~1.6 s (perf, 100k
/// Turtle: 1,624 of the main thread's samples at 999 Hz), while nothing else ran; handed over, the freeing
/// overlaps the next stage, and what is still held when the command ends goes with the process.
enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "oogst.background-release", qos: .utility)

    /// Takes `value` and frees it on the release queue.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Holder(value)
        // Emptied inside the block, so the free runs on the queue even if this thread's reference to the
        // holder is the last one to go.
        queue.async { box.value = nil }
    }

    private final class Holder<Value>: @unchecked Sendable {
        // Written once more, by the release queue; the thread that handed it over never reads it again.
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
