// Store benchmark (issue #7): bulk load rate, database size and search latency over a fixed mixed query set.
//
//   swift run -c release oogst-store-bench TEMPLATES.nt --records 1000000 --db /tmp/bench.sqlite [--queries 1000] [--dump DIR]
//       [--reuse] [--plans hits,facets,memory] [--only CLASS] [--read-models]
//
// TEMPLATES is a gen_catalog.py catalog (10k datasets is plenty). Its datasets are mapped and scored once;
// record i is template i mod T with its IRI suffixed by the copy number, so a million records cost a million
// store writes, not a million parses. Pages of 1,000 records, one transaction each, as the harvester writes
// them: each page is prepared for the store (encoded, analysed, packed) while the page before is written.
// --dump writes the same records' raw text and the query set as TSV for scripts/bench_store_reference.py,
// which loads a plain FTS5 table with Python's sqlite3 as the reference. --reuse keeps a database that already
// holds the records (written by an earlier run with the same templates) and only measures the searches;
// --plans picks the search plans to time (see step 4); --only times one query class (for a profile of it).
// The load's line is followed by the CPU it spent on all threads (`load CPU:`, what scripts/bench_store_pair.py
// compares); with --queries 0 and no --dump the bench ends there. --read-models then reads every live record's
// model back, a page of 1,000 at a time, as `oogst serve` re-publishes the catalog (a file written by an
// earlier version reads through the model's older layouts).
import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import RDFIO

struct Options {
    var templates = ""
    var records = 100_000
    var db = "/tmp/oogst-store-bench.sqlite"
    var queries = 1000
    var dump: String?
    var pageSize = 1000
    var reuse = false
    var plans = ["hits", "facets", "memory"]
    var only: String?
    var readModels = false
}

func parseOptions() -> Options? {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--records": o.records = args.popFirst().flatMap(Int.init) ?? o.records
        case "--db": o.db = args.popFirst() ?? o.db
        case "--queries": o.queries = args.popFirst().flatMap(Int.init) ?? o.queries
        case "--dump": o.dump = args.popFirst()
        case "--page-size": o.pageSize = args.popFirst().flatMap(Int.init) ?? o.pageSize
        case "--reuse": o.reuse = true
        case "--plans": o.plans = (args.popFirst() ?? "").split(separator: ",").map(String.init)
        case "--only": o.only = args.popFirst()
        case "--read-models": o.readModels = true
        case "-h", "--help": return nil
        default: o.templates = a
        }
    }
    let knownPlans: Set = ["hits", "facets", "memory"]
    guard !o.templates.isEmpty, !o.plans.isEmpty, o.plans.allSatisfy(knownPlans.contains) else { return nil }
    return o
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func resourceUsage() -> rusage {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage
}

func peakRSS() -> Int { Int(resourceUsage().ru_maxrss) * 1024 }

/// CPU seconds (user + system) this process has spent so far, all threads.
func cpuSeconds() -> Double {
    let usage = resourceUsage()
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

guard let options = parseOptions() else {
    print("usage: oogst-store-bench TEMPLATES.nt [--records N] [--db FILE] [--queries N] [--dump DIR] [--page-size N] [--reuse] [--plans hits,facets,memory] [--only CLASS] [--read-models]")
    exit(64)
}

// 1. Templates: parse, map, score once.
var graph = Graph()
try RDFReaders.read(try FileByteSource(path: options.templates), explicit: nil, into: &graph)
let templates: [ScoredRecord] = {
    let scorer = Scorer()
    return DCATMapper(sourceID: "bench").map(graph).datasets.sorted { $0.iri < $1.iri }
        .map { ScoredRecord(dataset: $0, quality: scorer.score($0)) }
}()
graph = Graph()
log("templates: \(templates.count) datasets")

@Sendable func record(_ i: Int) -> ScoredRecord {
    var r = templates[i % templates.count]
    let iri = r.dataset.iri + "/copy/\(i / templates.count)"
    r.dataset.iri = iri
    r.quality.iri = iri
    return r
}

// 2. Bulk load.
let reused = try options.reuse && FileManager.default.fileExists(atPath: options.db)
    && CatalogStore(path: options.db).recordCount() == options.records
if !reused {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: options.db + suffix) }
}
let store = try CatalogStore(path: options.db)
if reused { print("load: reusing \(options.db) with \(options.records) records") }
try store.register(SourceInfo(id: "bench", title: "Synthetic catalog", url: options.templates))
let run = try store.startRun(source: "bench")
let loadStart = now()
let loadCPUStart = cpuSeconds()
var loaded = reused ? options.records : 0
/// Page `start…` prepared for the store (encoded, analysed, packed) on every core but this thread's.
@Sendable func preparePage(from start: Int) -> PreparedPage? {
    guard start < options.records else { return nil }
    let page = (start..<min(start + options.pageSize, options.records)).map(record)
    return CatalogStore.prepare(page, source: "bench")
}
// As the harvester does: the next page is prepared while one is written, so a transaction only writes.
var next = preparePage(from: loaded)
while let page = next {
    let following = DispatchGroup()
    nonisolated(unsafe) var prepared: PreparedPage?
    let start = loaded + page.count
    DispatchQueue.global().async(group: following) { prepared = preparePage(from: start) }
    _ = try store.writePage(source: "bench", run: run, prepared: page)
    following.wait()
    next = prepared
    loaded = start
    if loaded % 100_000 == 0 {
        let s = now() - loadStart
        log(String(format: "  %d records, %.0f records/s", loaded, Double(loaded) / s))
    }
}
let loadSeconds = now() - loadStart
let loadCPU = cpuSeconds() - loadCPUStart
try store.checkpoint()
let size = ["", "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: options.db + $1)[.size] as? Int) ?? 0) }
if !reused { print(String(format: "load: %d records in %.1f s = %.0f records/s; database %.1f MB (%.0f bytes/record); peak RSS %.0f MB",
             loaded, loadSeconds, Double(loaded) / loadSeconds, Double(size) / 1e6, Double(size) / Double(max(1, loaded)),
             Double(peakRSS()) / 1e6))
    // What scripts/bench_store_pair.py compares: the load's CPU, on every thread, per record.
    print(String(format: "load CPU: %.2f s (%.1f µs a record)", loadCPU, loadCPU * 1e6 / Double(max(1, loaded))))
}
if options.readModels {
    let readStart = now(), readCPUStart = cpuSeconds()
    var read = 0, after: Int64 = 0
    while true {
        let page = try store.liveRecords(after: after, limit: 1000)
        guard let last = page.last else { break }
        read += page.count
        after = last.id
    }
    let seconds = now() - readStart, cpu = cpuSeconds() - readCPUStart
    print(String(format: "read models: %d records in %.2f s (CPU %.2f s, %.1f µs a record)", read, seconds, cpu,
                 cpu * 1e6 / Double(max(1, read))))
}
// Without queries (and no dump asked for) there is nothing more to do: no snapshot to build.
if options.queries == 0 && options.dump == nil { exit(0) }

// 3. The query set: fixed (seeded), mixed classes, words drawn from the templates' own titles and keywords.
var rng = SplitMix(seed: 7)
func words(_ text: String) -> [String] {
    text.split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 }
}
var titleWords: [String] = []
var keywordWords: [String] = []
var themes = Set<String>()
var publishers = Set<String>()
for t in templates {
    titleWords += words(t.dataset.title["nl"] ?? "")
    keywordWords += t.dataset.keywords.values.map(\.value).filter { !$0.contains(" ") }
    themes.formUnion(t.dataset.euThemeCodes)
}
let themeList = themes.sorted()
let wordList = Array(Set(titleWords)).sorted()
let keywordList = Array(Set(keywordWords)).sorted()

struct BenchQuery { var kind: String; var request: SearchRequest }
var queries: [BenchQuery] = []
let classes: [(String, Int)] = [("single term", 25), ("single term + facet filter", 25), ("two terms", 15),
                                ("prefix", 10), ("phrase", 10), ("filters only", 5), ("term + two filters", 10)]
for i in 0..<options.queries {
    var pick = i % 100
    var kind = classes[0].0
    for (name, share) in classes { if pick < share { kind = name; break }; pick -= share }
    var r = SearchRequest()
    let w1 = wordList[rng.next(wordList.count)], w2 = keywordList[rng.next(keywordList.count)]
    switch kind {
    case "single term": r.text = w1
    case "single term + facet filter": r.text = w1; r.filters[.theme] = [themeList[rng.next(themeList.count)]]
    case "two terms": r.text = w1 + " " + w2
    case "prefix": r.text = String(w1.prefix(4)) + "*"
    case "phrase":
        let t = templates[rng.next(templates.count)].dataset.title["nl"] ?? w1
        r.text = "\"" + t.split(separator: " ").prefix(2).joined(separator: " ") + "\""
    case "filters only": r.filters[.theme] = [themeList[rng.next(themeList.count)]]; r.filters[.rating] = ["good"]
    default:
        r.text = w2; r.filters[.theme] = [themeList[rng.next(themeList.count)]]; r.minScore = 150
    }
    if options.only == nil || options.only == kind { queries.append(BenchQuery(kind: kind, request: r)) }
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

// 4. Latency: each query once after one warm-up pass over the whole set; without facets, with facets
// counted by SQL (`oogst search`), and with facets counted from the in-memory index (`oogst serve`'s plan,
// a cache that remembers no result: every query is computed).
let servePlan = SearchCache(store: store, capacity: 0)
if options.plans.contains("memory") {
    // The in-memory snapshot (facets, postings, record columns), built once.
    let t0 = now()
    try servePlan.prepare()
    print(String(format: "in-memory search snapshot built in %.2f s; its arrays %.1f MB; peak RSS %.0f MB", now() - t0,
                 Double(servePlan.snapshotByteCount ?? 0) / 1e6, Double(peakRSS()) / 1e6))
}
let plans = [("hits", false, false), ("facets", true, false), ("memory", true, true)].filter { options.plans.contains($0.0) }
for (_, facets, inMemory) in plans {
    var byKind: [String: [Double]] = [:]
    var all: [Double] = []
    for pass in 0..<2 {
        for q in queries {
            var r = q.request
            r.facets = facets
            let t0 = now()
            _ = inMemory ? try servePlan.search(r) : try store.search(r)
            let ms = (now() - t0) * 1000
            if pass == 1 { byKind[q.kind, default: []].append(ms); all.append(ms) }
        }
    }
    let label = !facets ? "hits + count" : inMemory ? "hits + count + facets from the in-memory index" : "hits + count + facets"
    print("search latency, \(label), \(queries.count) queries (ms):")
    for (kind, _) in classes {
        let s = (byKind[kind] ?? []).sorted()
        print(String(format: "  %-28@ n=%4d  p50 %7.2f  p95 %7.2f  p99 %7.2f", kind as NSString, s.count,
                     percentile(s, 0.5), percentile(s, 0.95), percentile(s, 0.99)))
    }
    let s = all.sorted()
    print(String(format: "  %-28@ n=%4d  p50 %7.2f  p95 %7.2f  p99 %7.2f", "all" as NSString, s.count,
                 percentile(s, 0.5), percentile(s, 0.95), percentile(s, 0.99)))
}
// Listings by date, outside the mixed set (its classes and shares stay comparable across sessions): the
// newest records, a page deep, and a term's matches since a date. Since schema v7 no index orders records
// by date, so these are the queries that pay for it.
if options.queries > 0 {
    var newest = SearchRequest()
    newest.sort = .modified
    var deeper = newest
    deeper.offset = 1000
    var since = SearchRequest(text: wordList[0])
    since.modifiedSince = "2024-01-01"
    since.sort = .modified
    print("date listings (ms, median of 5 after one warm-up):")
    for (label, request) in [("newest 20", newest), ("newest, offset 1,000", deeper), ("term since 2024-01-01", since)] {
        for facets in [false, true] {
            var r = request
            r.facets = facets
            var times: [Double] = []
            for _ in 0..<6 {
                let t0 = now()
                _ = try store.search(r)
                times.append((now() - t0) * 1000)
            }
            let s = times.dropFirst().sorted()
            let name = (label + (facets ? ", with facets" : ", hits only")).padding(toLength: 40, withPad: " ", startingAt: 0)
            print(String(format: "  %@ %8.2f", name as NSString, s[s.count / 2]))
        }
    }
}
print(String(format: "peak RSS %.0f MB", Double(peakRSS()) / 1e6))

// 5. Inputs for the Python reference.
if let dir = options.dump {
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    func clean(_ s: String) -> String { s.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ") }
    var rows = "title\tdescription\tkeywords\tpublisher\tthemes\ttheme_codes\trating\tscore\n"
    for t in templates {
        let d = t.dataset
        rows += [d.title.values.map(\.value).joined(separator: " "), d.description.values.map(\.value).joined(separator: " "),
                 d.keywords.values.map(\.value).joined(separator: " "), d.publisher?.names.best() ?? "",
                 d.euThemeCodes.compactMap { Vocabularies.dataThemes.label($0) }.joined(separator: " "),
                 d.euThemeCodes.joined(separator: " "), t.quality.score.rating.rawValue, "\(t.quality.score.total)"]
            .map(clean).joined(separator: "\t") + "\n"
    }
    try rows.write(toFile: dir + "/templates.tsv", atomically: true, encoding: .utf8)
    var qs = "kind\ttext\ttheme\trating\tmin_score\n"
    for q in queries {
        qs += [q.kind, q.request.text, q.request.filters[.theme]?.first ?? "", q.request.filters[.rating]?.first ?? "",
               q.request.minScore.map(String.init) ?? ""].map(clean).joined(separator: "\t") + "\n"
    }
    try qs.write(toFile: dir + "/queries.tsv", atomically: true, encoding: .utf8)
    log("wrote \(dir)/templates.tsv and \(dir)/queries.tsv")
}

/// A small deterministic generator, so the query set is the same on every run and machine.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }
}
