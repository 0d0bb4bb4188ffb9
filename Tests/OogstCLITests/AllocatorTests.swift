import Foundation
import TestSupport
import Testing

/// The `oogst` executable links jemalloc (see Package.swift): every `malloc` the process makes, the Swift
/// runtime's and SQLite's included, must land there, not in glibc. Asked of the dynamic linker itself,
/// which writes each symbol binding it makes to a file when `LD_DEBUG=bindings` is set.
@Suite("memory allocator")
struct AllocatorTests {
    @Test func everyMallocBindsToTheLinkedAllocator() throws {
        let folder = try TemporaryFiles.folder()
        let trace = folder.appendingPathComponent("ld")
        let r = try OogstBinary.run(["--help"], environment: ["LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": trace.path])
        #expect(r.status == 0, "\(r.stderr)")
        // The linker appends the process id to the file's name.
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("ld.") }
        try #require(written.count == 1, "no binding trace in \(folder.path)")
        let text = try String(contentsOf: folder.appendingPathComponent(written[0]), encoding: .utf8)
        let mallocBindings = text.split(separator: "\n").filter { $0.contains("normal symbol `malloc'") }
        // libc's own calls, libswiftCore's, libsqlite3's…: dozens of libraries bind malloc at start-up.
        #expect(mallocBindings.count >= 5, "\(text.prefix(2_000))")
        #if OOGST_SYSTEM_MALLOC
        let expected = "/libc.so.6"
        #else
        let expected = "/libjemalloc.so.2"
        #endif
        // "binding file /lib/…/libc.so.6 [0] to /lib/…/libjemalloc.so.2 [0]: normal symbol `malloc' …"
        let elsewhere = mallocBindings.filter { line in
            guard let to = line.range(of: " to ") else { return true }
            return !line[to.upperBound...].prefix { $0 != " " }.hasSuffix(expected)
        }
        #expect(elsewhere.isEmpty, "bound past \(expected): \(elsewhere.prefix(3))")
    }
}
