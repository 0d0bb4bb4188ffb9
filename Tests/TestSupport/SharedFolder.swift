import Foundation
import RDF

/// Locates `../shared` (conformance suites, specs, samples) relative to the package root.
///
/// Outside CI a missing folder skips the tests that need it, with a message; with `CI=true` it is an
/// error, so a CI run can never pass by silently skipping the conformance suites.
public enum SharedFolder {
    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "../shared not found at \(path); CI=true requires it" }
    }

    /// The package root: this file is `<root>/Tests/TestSupport/SharedFolder.swift`.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let expectedPath: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The folder, or nil (after printing why) when it is absent outside CI; throws in CI.
    public static func locate() throws -> URL? {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: expectedPath.path, isDirectory: &isDir), isDir.boolValue {
            return expectedPath
        }
        if isCI { throw Missing(path: expectedPath.path) }
        print("SKIPPED: ../shared not found at \(expectedPath.path); tests that need it did not run")
        return nil
    }

    /// A path inside `../shared`, e.g. `url("conformance/turtle")`.
    public static func url(_ relative: String) throws -> URL? {
        try locate()?.appendingPathComponent(relative)
    }
}

/// One entry of an rdf-tests `index.json` (RDF/XML, Turtle, N-Triples).
public struct RDFSuiteEntry: Decodable, Sendable {
    public let id: String
    public let type: String
    public let action: String
    public let result: String?
    public let base: String

    public var isNegative: Bool { type.contains("Negative") }
    public var isEval: Bool { type.hasSuffix("Eval") }

    public static func load(_ indexFile: URL) throws -> [RDFSuiteEntry] {
        try JSONDecoder().decode([RDFSuiteEntry].self, from: Data(contentsOf: indexFile))
    }
}

/// Tallies a conformance run and prints the pass count and every miss with its reason.
public final class ConformanceTally: @unchecked Sendable {
    public let suite: String
    public private(set) var passed = 0
    public private(set) var failures: [(id: String, reason: String)] = []
    public private(set) var skipped: [(id: String, reason: String)] = []
    private let lock = NSLock()

    public init(suite: String) { self.suite = suite }

    public func pass() { lock.withLock { passed += 1 } }
    public func fail(_ id: String, _ reason: String) { lock.withLock { failures.append((id, reason)) } }
    public func skip(_ id: String, _ reason: String) { lock.withLock { skipped.append((id, reason)) } }

    public var total: Int { passed + failures.count + skipped.count }

    /// Prints e.g. `Turtle conformance: 313/313 passed, 0 failed, 0 skipped`, then the misses.
    public func report() -> String {
        var lines = ["\(suite) conformance: \(passed)/\(total) passed, \(failures.count) failed, \(skipped.count) skipped"]
        for f in failures { lines.append("  FAILED \(f.id): \(f.reason)") }
        for s in skipped { lines.append("  SKIPPED \(s.id): \(s.reason)") }
        let text = lines.joined(separator: "\n")
        print(text)
        return text
    }
}

/// Reads an N-Triples or N-Quads file into quads: the expected results of every suite.
public func readNQuads(_ url: URL) throws -> [Quad] {
    var sink = QuadCollector()
    try NTriplesReader(format: .nQuads).read(from: FileByteSource(path: url.path), into: &sink)
    return sink.quads
}
