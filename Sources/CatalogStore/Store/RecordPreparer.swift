import Foundation

/// What a thread preparing records reuses from one record to the next: the blob packer (its windows and
/// hash table) and the index text writer (its folding buffer and stem cache). Pooled, so that a page's
/// workers pick up the stems earlier pages cached instead of starting cold.
final class RecordPreparer: @unchecked Sendable {
    let packer = BlobPacker()
    let text = IndexTextWriter()

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [RecordPreparer] = []
    /// More than the cores that prepare at once; extra preparers are dropped when given back.
    private static let maxIdle = max(4, ProcessInfo.processInfo.activeProcessorCount * 2)

    /// An idle preparer, or a new one. Hand it back with `giveBack` when done; never to two threads at once.
    static func take() -> RecordPreparer {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? RecordPreparer()
    }

    static func giveBack(_ preparer: RecordPreparer) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < maxIdle { idle.append(preparer) }
    }
}
