// Parser throughput: parses one file with a chosen reader into a counting sink and prints bytes, triples,
// seconds, MB/s, triples/s and peak RSS. Timing lives here, never in unit tests.
//
//   swift run -c release oogst-bench FILE [--format turtle|ntriples|nquads|rdfxml|jsonld] [--repeat N] [--json]
//
// scripts/bench_parsers.py runs it beside rapper and pyoxigraph on the same files.
import Foundation
import RDF
import RDFIO

struct Options {
    var file = ""
    var format: RDFFormat?
    var repeats = 1
    var json = false
}

func parseArguments() -> Options? {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--format": o.format = args.popFirst().flatMap(RDFFormat.init(name:))
        case "--repeat": o.repeats = args.popFirst().flatMap(Int.init) ?? 1
        case "--json": o.json = true
        case "-h", "--help": return nil
        default: o.file = a
        }
    }
    return o.file.isEmpty ? nil : o
}

/// Peak resident set size of this process in bytes (Linux reports ru_maxrss in KiB).
func peakRSS() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

guard let options = parseArguments() else {
    print("usage: oogst-bench FILE [--format turtle|ntriples|nquads|rdfxml|jsonld] [--repeat N] [--json]")
    exit(64)
}

let bytes = (try? FileManager.default.attributesOfItem(atPath: options.file)[.size] as? Int) ?? 0
var best = Double.infinity
var triples = 0
var format = RDFFormat.nTriples
do {
    for _ in 0..<max(1, options.repeats) {
        var sink = CountingSink()
        let start = DispatchTime.now().uptimeNanoseconds
        format = try RDFReaders.read(try FileByteSource(path: options.file), explicit: options.format, into: &sink)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
        triples = sink.count
    }
} catch {
    FileHandle.standardError.write("oogst-bench: \(error)\n".data(using: .utf8)!)
    exit(65)
}

let mbPerSecond = Double(bytes) / 1e6 / best
let triplesPerSecond = Double(triples) / best
if options.json {
    print("""
        {"file":"\(options.file)","format":"\(format)","bytes":\(bytes),"triples":\(triples),\
        "seconds":\(best),"mb_per_s":\(mbPerSecond),"triples_per_s":\(triplesPerSecond),"peak_rss":\(peakRSS())}
        """)
} else {
    print(String(format: "%@ (%@): %d bytes, %d triples, %.3f s, %.1f MB/s, %.0f triples/s, peak RSS %.1f MB",
                 options.file, format.rawValue, bytes, triples, best, mbPerSecond, triplesPerSecond,
                 Double(peakRSS()) / 1e6))
}
