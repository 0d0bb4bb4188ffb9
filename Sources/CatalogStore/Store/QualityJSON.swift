import Quality

/// The stored score of a record, written by hand: the same JSON `DatasetQuality`'s Codable gives (keys,
/// nesting and values; `JSONDecoder` reads it back), at a fraction of the cost of the generic encoder.
/// A test holds it equal to Foundation's output for every fixture dataset.
enum QualityJSON {
    static func encode(_ q: DatasetQuality) -> [UInt8] {
        let out = JSONBytes(capacity: 1024 + 160 * q.indicators.count + 400 * q.findings.count)
        out.raw(#"{"iri":"#); out.string(q.iri)
        out.raw(#","title":"#); out.string(q.title)
        out.raw(#","publisher":"#); out.string(q.publisher)
        out.raw(#","score":{"total":"#); out.int(q.score.total)
        out.raw(#","max":"#); out.int(q.score.max)
        out.raw(#","rating":"#); out.string(q.score.rating.rawValue)
        for d in Dimension.allCases {
            out.raw(#",""#); out.rawString(d.rawValue); out.raw(#"":"#); out.int(q.score[d])
        }
        out.raw(#"},"indicators":["#)
        for (n, i) in q.indicators.enumerated() {
            out.raw(n == 0 ? #"{"id":"# : #",{"id":"#); out.string(i.id)
            out.raw(#","dimension":""#); out.rawString(i.dimension.rawValue)
            out.raw(#"","points":"#); out.int(i.points)
            out.raw(#","max":"#); out.int(i.max)
            out.raw(#","status":""#); out.rawString(i.status.rawValue)
            out.raw(#""}"#)
        }
        out.raw(#"],"findings":["#)
        for (n, f) in q.findings.enumerated() {
            out.raw(n == 0 ? #"{"id":"# : #",{"id":"#); out.string(f.id)
            out.raw(#","severity":""#); out.rawString(f.severity.rawValue)
            out.raw(#"","path":"#); out.string(f.path)
            out.raw(#","message":"#); out.string(f.message)
            out.raw(#","remedy":"#); out.string(f.remedy)
            out.raw(#","points_lost":"#); out.int(f.pointsLost)
            out.raw("}")
        }
        out.raw("]}")
        return out.bytes
    }
}
