/// The readable table `oogst validate` prints on a terminal: one block per dataset (score, band, title,
/// IRI, its top findings), then totals over all datasets.
public enum TextReport {
    public static func render(_ results: [DatasetQuality], topFindings: Int = 3) -> String {
        var out = ""
        for r in results {
            out += pad(String(r.score.total), 4, right: true) + "/\(r.score.max)  " + pad(r.score.rating.rawValue, 10)
                + " " + (r.title.isEmpty ? "(no title)" : r.title) + "\n"
            out += "          " + r.iri + (r.publisher.isEmpty ? "" : "  (" + r.publisher + ")") + "\n"
            for f in r.findings.filter({ $0.pointsLost > 0 && $0.severity != .info }).prefix(topFindings) {
                let lost = pad("-\(f.pointsLost)", 3, right: true)
                out += "    " + lost + "  " + f.remedy + "\n"
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

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
