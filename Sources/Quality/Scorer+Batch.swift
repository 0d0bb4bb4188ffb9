import DCAT
import Dispatch
import Foundation

extension Scorer {
    /// Scores every dataset, on every core when there are many: the same results as `score(_:)` on each,
    /// in the order of `datasets`. Each dataset is scored on its own (SHACL on its own subgraph), so the
    /// work splits without coordination.
    public func score(_ datasets: [Dataset]) -> [DatasetQuality] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, datasets.count / 64))
        if workers <= 1 { return datasets.map { score($0) } }
        let chunks = workers * 4
        let slots = BatchSlots(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = datasets.count * chunk / chunks, upper = datasets.count * (chunk + 1) / chunks
            slots.set(chunk, datasets[lower..<upper].map { score($0) })
        }
        var out: [DatasetQuality] = []
        out.reserveCapacity(datasets.count)
        for chunk in 0..<chunks { out.append(contentsOf: slots.get(chunk)) }
        return out
    }
}

/// One slot per chunk, written once by the worker that scored it; a lock orders the few writes.
private final class BatchSlots: @unchecked Sendable {
    private var slots: [[DatasetQuality]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [DatasetQuality]) { lock.lock(); slots[i] = value; lock.unlock() }
    func get(_ i: Int) -> [DatasetQuality] { lock.lock(); defer { lock.unlock() }; return slots[i] }
}
