// Parser throughput: parses one file with a chosen reader into a counting sink and prints bytes, triples,
// seconds, MB/s, triples/s and peak RSS. Timing lives here, never in unit tests.
//
//   swift run -c release oogst-bench FILE [--format turtle|ntriples|nquads|rdfxml|jsonld] [--repeat N]
//                                         [--graph | --map [--serial] [--dump OUT]] [--json]
//
// --graph builds an interned `Graph` instead of counting, to measure what the DCAT mapper starts from;
// --map also maps that graph to DCAT datasets (on all cores; on one with --serial, which gives the CPU
// cost per dataset and a clean callgrind profile) and reports the mapping time on its own;
// --dump writes every mapped record (catalogs, datasets with their subgraph and hash, services) as one
// sorted-keys JSON line each, so two builds can be proven to give identical results (`cmp`).
//
// scripts/bench_parsers.py runs it beside rapper and pyoxigraph on the same files.
import DCAT
import Foundation
import RDF
import RDFIO

struct Options {
    var file = ""
    var format: RDFFormat?
    var repeats = 1
    var json = false
    var graph = false
    var map = false
    var serial = false
    var dump: String?
}

func parseArguments() -> Options? {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--format": o.format = args.popFirst().flatMap(RDFFormat.init(name:))
        case "--repeat": o.repeats = args.popFirst().flatMap(Int.init) ?? 1
        case "--json": o.json = true
        case "--graph": o.graph = true
        case "--map": o.graph = true; o.map = true
        case "--serial": o.serial = true
        case "--dump": o.dump = args.popFirst()
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

/// One JSON line per record, keys sorted: byte-comparable across builds.
func dump(_ result: DCATMappingResult, to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let output = try FileByteOutput(path: path)
    func line<T: Encodable>(_ kind: String, _ value: T) throws {
        let bytes = Array(kind.utf8) + [0x20] + Array(try encoder.encode(value)) + [0x0A]
        try bytes.withUnsafeBytes { try output.write($0) }
    }
    for c in result.catalogs { try line("catalog", c) }
    for d in result.datasets { try line("dataset", d) }
    for s in result.dataServices { try line("service", s) }
    try output.flush()
}

guard let options = parseArguments() else {
    print("usage: oogst-bench FILE [--format turtle|ntriples|nquads|rdfxml|jsonld] [--repeat N] [--graph | --map [--serial] [--dump OUT]] [--json]")
    exit(64)
}

let bytes = (try? FileManager.default.attributesOfItem(atPath: options.file)[.size] as? Int) ?? 0
var best = Double.infinity
var triples = 0
var format = RDFFormat.nTriples
var mapping: (seconds: Double, datasets: Int)?
do {
    for _ in 0..<max(1, options.repeats) {
        let start = DispatchTime.now().uptimeNanoseconds
        var parsed = start
        let source = try FileByteSource(path: options.file)
        if options.graph {
            var graph = Graph()
            format = try RDFReaders.read(source, explicit: options.format, into: &graph)
            triples = graph.count
            parsed = DispatchTime.now().uptimeNanoseconds
            if options.map {
                let mapStart = DispatchTime.now().uptimeNanoseconds
                let result = DCATMapper(sourceID: "bench", parallel: !options.serial).map(graph)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - mapStart) / 1e9
                mapping = (min(mapping?.seconds ?? .infinity, seconds), result.datasets.count)
                if let path = options.dump { try dump(result, to: path) }
            }
        } else {
            var sink = CountingSink()
            format = try RDFReaders.read(source, explicit: options.format, into: &sink)
            triples = sink.count
            parsed = DispatchTime.now().uptimeNanoseconds
        }
        best = min(best, Double(parsed - start) / 1e9)
    }
} catch {
    FileHandle.standardError.write("oogst-bench: \(error)\n".data(using: .utf8)!)
    exit(65)
}

let mbPerSecond = Double(bytes) / 1e6 / best
let triplesPerSecond = Double(triples) / best
if let mapping {
    print(String(format: "DCAT mapping: %d datasets in %.3f s (%.0f datasets/s, %.0f µs each)", mapping.datasets,
                 mapping.seconds, Double(mapping.datasets) / mapping.seconds, mapping.seconds * 1e6 / Double(max(1, mapping.datasets))))
}
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
