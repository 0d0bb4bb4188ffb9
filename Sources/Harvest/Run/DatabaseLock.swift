import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One writing process per catalog database: an exclusive `flock` on `<db>.lock`, held while the process
/// lives (the kernel drops it when the process dies, so a crash never leaves a stale lock).
public final class DatabaseLock {
    public let path: String
    private let fd: Int32

    /// Takes the lock or fails at once, naming the process that holds it.
    public init(database: String) throws {
        path = database + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw LockError(message: "\(path): cannot create the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = pread(fd, &buffer, buffer.count, 0)
            let holder = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            close(fd)
            throw LockError(message: "\(database) is in use by another oogst process (pid \(holder)); one harvest or daemon per database at a time")
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

public struct LockError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
