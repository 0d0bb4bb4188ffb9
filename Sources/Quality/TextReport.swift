import Dispatch
import Foundation

/// The readable table `oogst validate` prints on a terminal: one block per dataset (score, band, title,
/// IRI, its top findings), then totals over all datasets.
public enum TextReport {
    public static func render(_ results: [DatasetQuality], topFindings: Int = 3) -> String {
        // The blocks of 100k datasets are tens of megabytes of text written while nothing else runs: they
        // are written in chunks on every core, the totals summed beside them, and the chunks joined.
        render(results, topFindings: topFindings,
               chunks: results.count < 4_096 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 4)
    }

    /// `render` in `chunks` pieces (tests compare the pieces' join with one piece).
    static func render(_ results: [DatasetQuality], topFindings: Int, chunks: Int) -> String {
        precondition(chunks >= 1, "at least one chunk")
        let totals = TotalsSlot()
        var parts = [String](unsafeUninitializedCapacity: chunks) { buffer, initialized in
            // Each chunk initialises its own slot only.
            nonisolated(unsafe) let to = buffer.baseAddress!
            let count = results.count
            DispatchQueue.concurrentPerform(iterations: chunks + 1) { chunk in
                guard chunk < chunks else {
                    totals.set(Aggregates.aggregate(key: "", label: "", results))
                    return
                }
                var out = ""
                for i in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    appendBlock(&out, results, i, topFindings)
                }
                (to + chunk).initialize(to: out)
            }
            initialized = chunks
        }
        var out = ""
        out.reserveCapacity(parts.reduce(512) { $0 + $1.utf8.count })
        // Each chunk let go once copied: the report is not held twice over.
        for k in parts.indices {
            out += parts[k]
            parts[k] = ""
        }
        let all = totals.get()
        out += "\n\(all.datasets) dataset\(all.datasets == 1 ? "" : "s"), mean score \(all.meanScore): "
            + Rating.allCases.map { "\(all.count($0)) \($0.rawValue)" }.joined(separator: ", ") + "\n"
        if let fix = all.fixes.first { out += "Biggest gain: " + fix.summary + "\n" }
        let unchecked = results.contains { $0.indicators.contains { $0.status == .unchecked && $0.dimension == .accessibility } }
        if unchecked { out += "Link reachability not checked yet (run oogst links): up to 80 points per dataset not counted.\n" }
        return out
    }

    /// One dataset's block, appended piece by piece. By index: `for r in results` copied each result
    /// (its strings and arrays retained and released), `for f in findings` each finding.
    private static func appendBlock(_ out: inout String, _ results: [DatasetQuality], _ i: Int, _ topFindings: Int) {
        let score = results[i].score
        appendPadded(&out, String(score.total), 4, right: true)
        out += "/"; out += String(score.max); out += "  "
        appendPadded(&out, score.rating.rawValue, 10)
        out += " "; out += results[i].title.isEmpty ? "(no title)" : results[i].title; out += "\n"
        out += "          "; out += results[i].iri
        if !results[i].publisher.isEmpty { out += "  ("; out += results[i].publisher; out += ")" }
        out += "\n"
        let findings = results[i].findings
        var shown = 0
        for k in findings.indices where shown < topFindings && findings[k].pointsLost > 0 && findings[k].severity != .info {
            shown += 1
            out += "    "
            appendPadded(&out, "-" + String(findings[k].pointsLost), 3, right: true)
            out += "  "; out += findings[k].remedy; out += "\n"
        }
    }

    /// `out += pad(s, width, right:)`.
    static func appendPadded(_ out: inout String, _ s: String, _ width: Int, right: Bool = false) {
        let fill = max(0, width - s.count)
        if right { for _ in 0..<fill { out += " " } }
        out += s
        if !right { for _ in 0..<fill { out += " " } }
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}

/// The totals, set by the one worker that sums them.
private final class TotalsSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var value: QualityAggregate?
    func set(_ v: QualityAggregate) { lock.lock(); value = v; lock.unlock() }
    func get() -> QualityAggregate { lock.lock(); defer { lock.unlock() }; return value! }
}
