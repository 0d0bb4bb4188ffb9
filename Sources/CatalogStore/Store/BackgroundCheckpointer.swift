import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Folds the write-ahead log into the database file on a thread of its own, so that page transactions
/// do not wait for checkpoints.
///
/// With SQLite's automatic checkpoint, the commit that takes the log past its budget (`WALBudget`)
/// copies the whole log into the file and syncs both before it returns. In a first harvest of 100k
/// datasets every fifth page transaction took 250–400 ms instead of ~100, and the harvester, which maps
/// the next page while one is written, waited for it (docs/benchmarks.md). Here a commit only looks at
/// the log's length (SQLite's WAL hook, which takes the automatic checkpoint's place); past the budget a
/// connection of the checkpointer's own copies the log into the file in `passive` mode, which blocks
/// neither the writer nor a reader, while the next pages are written.
///
/// The log starts over (at the writer's next transaction) only once every frame in it is in the file,
/// and a passive checkpoint copies only what was committed before it began. So after each round the
/// next commit looks at what is left: more than its own last two commits wrote, and another round goes;
/// less, and the commit copies that remainder itself (one or two commits' frames instead of the whole
/// budget), after which the log starts over. Should the log reach twice its budget all the same (the
/// checkpointer held up, or rounds failing), the commit checkpoints at once, as SQLite would have.
final class BackgroundCheckpointer: @unchecked Sendable {
    private let path: String
    private let queue = DispatchQueue(label: "oogst.store.checkpoint")
    // Guards everything below; the hook runs on the writer's thread, rounds on `queue`.
    private let lock = NSLock()
    private var budget: Int
    private var running = false
    private var held = false
    private var fixed = false
    /// Frames of the log known to be in the file (0 after the log started over).
    private var copied = 0
    /// The log's length at the last commit, and how much that commit added.
    private var lastFrames = 0
    private var lastCommit = 0
    private var connection: DatabaseQueue?
    private var context: Unmanaged<BackgroundCheckpointer>?
    private var counts = Counts()

    /// What the checkpointer did, for tests and diagnostics.
    struct Counts: Equatable {
        /// Passive checkpoints run by the checkpointer's own connection.
        var rounds = 0
        /// Checkpoints run by a commit: the remainder after the rounds, or the whole log at twice the budget.
        var onCommit = 0
    }

    /// A budget in frames (pages of the log); the writer replaces it as the file grows (`setBudget`).
    init(path: String, budget: Int) {
        self.path = path
        self.budget = budget
    }

    var stats: Counts { lock.withLock { counts } }

    /// The log length, in frames, at which a checkpoint starts.
    var currentBudget: Int { lock.withLock { budget } }

    func setBudget(_ frames: Int) {
        lock.withLock { if !fixed { budget = max(1, frames) } }
    }

    /// A budget the writer does not replace as the file grows (tests: a log of a few pages).
    func fixBudget(_ frames: Int) {
        lock.withLock {
            budget = max(1, frames)
            fixed = true
        }
    }

    /// Takes the automatic checkpoint's place on the writer's connection. The hook holds the checkpointer
    /// until `detach` lets it go.
    func attach(to db: Database) {
        let context = lock.withLock { () -> Unmanaged<BackgroundCheckpointer> in
            if let c = self.context { return c }
            let c = Unmanaged.passRetained(self)
            self.context = c
            return c
        }
        sqlite3_wal_hook(db.sqliteConnection, backgroundCheckpointerHook, context.toOpaque())
    }

    /// Removes the hook from the writer's connection, waits for a round in flight and closes the
    /// checkpointer's connection.
    func detach(from writer: any DatabaseWriter) {
        writer.writeWithoutTransaction { db in _ = sqlite3_wal_hook(db.sqliteConnection, nil, nil) }
        waitUntilIdle()
        lock.withLock {
            connection = nil
            context?.release()
            context = nil
        }
    }

    /// Waits until no round is in flight or queued (before a checkpoint of the writer's own, which a round
    /// would turn away as busy).
    func waitUntilIdle() {
        queue.sync {}
    }

    /// Stops starting rounds (tests: a checkpointer that cannot keep up), or lets them start again.
    func hold(_ on: Bool) {
        lock.withLock { held = on }
    }

    /// What a commit does about the log (decided under the lock, done outside it).
    private enum Step { case nothing, startRound, checkpointHere }

    /// Called by the hook after each commit on the writer's connection, with the frames now in the log.
    fileprivate func committed(frames: Int, writer: OpaquePointer?) {
        let step = lock.withLock { () -> Step in
            if frames < lastFrames {  // the log started over: this commit's frames are all there is
                copied = 0
                lastCommit = frames
            } else {
                lastCommit = frames - lastFrames
            }
            lastFrames = frames
            // A round in flight is copying these frames (a checkpoint here would be turned away as busy).
            if running || frames < budget { return .nothing }
            if frames >= 2 * budget || (copied > 0 && frames - copied <= 2 * lastCommit) { return .checkpointHere }
            if held { return .nothing }
            running = true
            return .startRound
        }
        switch step {
        case .nothing: return
        case .startRound: queue.async { self.runRound() }
        case .checkpointHere:
            var log: Int32 = 0, done: Int32 = 0
            if sqlite3_wal_checkpoint_v2(writer, nil, SQLITE_CHECKPOINT_PASSIVE, &log, &done) == SQLITE_OK {
                lock.withLock {
                    counts.onCommit += 1
                    copied = Int(done)
                }
            }
        }
    }

    private func runRound() {
        defer { lock.withLock { running = false } }
        // A failed round (the file gone, the disk full) leaves the log as it is: the next commit past the
        // budget starts another, and at twice the budget the commit checkpoints itself.
        guard let connection = openedConnection(),
              let result = try? connection.writeWithoutTransaction({ db in try db.checkpoint(.passive) }) else { return }
        lock.withLock {
            counts.rounds += 1
            // Frames past the log's length are a log that started over since: nothing of it known copied.
            copied = result.checkpointedFrameCount <= lastFrames ? result.checkpointedFrameCount : 0
        }
    }

    private func openedConnection() -> DatabaseQueue? {
        if let c = lock.withLock({ connection }) { return c }
        // Opening a path that is gone would make a new, empty file there.
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        // A checkpoint syncs the log before it copies it and the file after: NORMAL, as the writer.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        guard let c = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        lock.withLock { connection = c }
        return c
    }
}

/// SQLite's WAL hook: runs on the writer's thread after each commit, `frames` the log's length.
private func backgroundCheckpointerHook(_ context: UnsafeMutableRawPointer?, _ db: OpaquePointer?,
                                        _ name: UnsafePointer<CChar>?, _ frames: Int32) -> Int32 {
    guard let context else { return SQLITE_OK }
    Unmanaged<BackgroundCheckpointer>.fromOpaque(context).takeUnretainedValue().committed(frames: Int(frames), writer: db)
    return SQLITE_OK
}
