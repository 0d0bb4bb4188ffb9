/// The readable table `oogst validate` prints on a terminal: one block per dataset (score, band, title,
/// IRI, its top findings), then totals over all datasets.
public enum TextReport {
    public static func render(_ results: [DatasetQuality], topFindings: Int = 3) -> String {
        var out = ""
        // Appended piece by piece into one string: 100k datasets make a report of tens of megabytes.
        for r in results {
            appendPadded(&out, String(r.score.total), 4, right: true)
            out += "/"; out += String(r.score.max); out += "  "
            appendPadded(&out, r.score.rating.rawValue, 10)
            out += " "; out += r.title.isEmpty ? "(no title)" : r.title; out += "\n"
            out += "          "; out += r.iri
            if !r.publisher.isEmpty { out += "  ("; out += r.publisher; out += ")" }
            out += "\n"
            var shown = 0
            for f in r.findings where shown < topFindings && f.pointsLost > 0 && f.severity != .info {
                shown += 1
                out += "    "
                appendPadded(&out, "-" + String(f.pointsLost), 3, right: true)
                out += "  "; out += f.remedy; out += "\n"
            }
        }
        let all = Aggregates.aggregate(key: "", label: "", results)
        out += "\n\(all.datasets) dataset\(all.datasets == 1 ? "" : "s"), mean score \(all.meanScore): "
            + Rating.allCases.map { "\(all.count($0)) \($0.rawValue)" }.joined(separator: ", ") + "\n"
        if let fix = all.fixes.first { out += "Biggest gain: " + fix.summary + "\n" }
        let unchecked = results.contains { $0.indicators.contains { $0.status == .unchecked && $0.dimension == .accessibility } }
        if unchecked { out += "Link reachability not checked yet (run oogst links): up to 80 points per dataset not counted.\n" }
        return out
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
