import Foundation

/// Runs the built `oogst` executable, as a user or a script would.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

public enum OogstBinary {
    /// `.build/<config>/oogst`, next to the test bundle.
    public static var url: URL {
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        let candidates = [dir.appendingPathComponent("oogst"),
                          SharedFolder.packageRoot.appendingPathComponent(".build/debug/oogst")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// `environment`: variables set for the child on top of this process's own.
    public static func run(_ arguments: [String], stdin: Data? = nil,
                           currentDirectory: URL = SharedFolder.packageRoot,
                           environment: [String: String] = [:]) throws -> CommandResult {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, set in set }
        }
        p.currentDirectoryURL = currentDirectory
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        // Both pipes are drained at once, and before waiting: a child that fills one pipe while the other
        // is being read would block for ever.
        let errors = PipeDrain(err.fileHandleForReading)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = errors.wait()
        p.waitUntilExit()
        return CommandResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                             stderr: String(decoding: e, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

/// Files for one test, each in a folder of its own so tests never see each other's output. The folders are
/// removed when the test process ends.
public enum TemporaryFiles {
    public static func write(_ name: String, _ content: String) throws -> URL {
        let url = try folder().appendingPathComponent(name)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A new empty folder, removed when the test process ends.
    public static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        removeAtExit(dir)
        return dir
    }

    nonisolated(unsafe) private static var folders: [String] = []
    private static let lock = NSLock()
    private static let installed: Void = {
        atexit { TemporaryFiles.lock.withLock { for f in TemporaryFiles.folders { try? FileManager.default.removeItem(atPath: f) } } }
    }()

    /// Removes `folder` and everything in it when the test process ends.
    public static func removeAtExit(_ folder: URL) {
        _ = installed
        lock.withLock { folders.append(folder.path) }
    }
}
