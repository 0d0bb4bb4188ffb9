import Foundation
import RDF
import Testing
import TestSupport

@Suite struct TurtleReaderTests {
    /// Opt-in throughput check: `TURTLE_THROUGHPUT_FILE=/tmp/x.ttl swift test -c release --filter throughput`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TURTLE_THROUGHPUT_FILE"] != nil))
    func throughput() throws {
        let path = ProcessInfo.processInfo.environment["TURTLE_THROUGHPUT_FILE"]!
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        var sink = CountingSink()
        let start = Date()
        try TurtleReader(base: "file://" + path).read(from: FileByteSource(path: path), into: &sink)
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "Turtle throughput: %d triples in %.3f s = %.0f triples/s, %.1f MB/s",
                     sink.count, seconds, Double(sink.count) / seconds, Double(size) / seconds / 1e6))
        #expect(sink.count > 0)
    }
}
