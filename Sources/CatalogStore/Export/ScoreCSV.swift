import Foundation
import Quality

/// RFC 4180 CSV of stored scores: one row per dataset (every indicator's points as a column) or per group.
public enum ScoreCSV {
    public static let datasetHeader = ["id", "iri", "title", "publisher", "source", "score", "max", "rating"]
        + Dimension.allCases.map(\.rawValue) + IndicatorCatalogue.all.map(\.id)

    public static func datasetRow(_ s: RecordScore) -> [String] {
        let q = s.quality
        var points: [String: Int] = [:]
        for i in q.indicators { points[i.id] = i.points }
        return ["\(s.id)", q.iri, q.title, q.publisher, s.source, "\(q.score.total)", "\(q.score.max)",
                q.score.rating.rawValue]
            + Dimension.allCases.map { "\(q.score[$0])" }
            + IndicatorCatalogue.all.map { points[$0.id].map(String.init) ?? "" }
    }

    public static let groupHeader = ["key", "label", "datasets", "mean_score"] + Rating.allCases.map(\.rawValue) + ["top_fix"]

    public static func groupRow(_ a: QualityAggregate) -> [String] {
        [a.key, a.label, "\(a.datasets)", String(format: "%.1f", a.meanScore)]
            + Rating.allCases.map { "\(a.count($0))" } + [a.fixes.first?.summary ?? ""]
    }

    /// One line, CRLF-terminated; fields with a comma, quote, CR or LF are quoted, quotes doubled.
    public static func line(_ fields: [String]) -> String {
        fields.map { f in
            guard f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
