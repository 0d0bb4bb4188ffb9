import Quality

/// The stored score of a record, written by hand: the same JSON `DatasetQuality`'s Codable gives (keys,
/// nesting and values; `JSONDecoder` reads it back), at a fraction of the cost of the generic encoder.
/// A test holds it equal to Foundation's output for every fixture dataset.
enum QualityJSON {
    static func encode(_ q: DatasetQuality) -> [UInt8] {
        let sink = JSONSink()
        let root = sink.push(isObject: true)
        sink.beginEntry(depth: root, key: "iri"); sink.string(q.iri)
        sink.beginEntry(depth: root, key: "title"); sink.string(q.title)
        sink.beginEntry(depth: root, key: "publisher"); sink.string(q.publisher)
        sink.beginEntry(depth: root, key: "score")
        let score = sink.push(isObject: true)
        sink.beginEntry(depth: score, key: "total"); sink.literal(String(q.score.total))
        sink.beginEntry(depth: score, key: "max"); sink.literal(String(q.score.max))
        sink.beginEntry(depth: score, key: "rating"); sink.string(q.score.rating.rawValue)
        for d in Dimension.allCases {
            sink.beginEntry(depth: score, key: d.rawValue); sink.literal(String(q.score[d]))
        }
        sink.beginEntry(depth: root, key: "indicators")
        let indicators = sink.push(isObject: false)
        for i in q.indicators {
            sink.beginEntry(depth: indicators, key: nil)
            let o = sink.push(isObject: true)
            sink.beginEntry(depth: o, key: "id"); sink.string(i.id)
            sink.beginEntry(depth: o, key: "dimension"); sink.string(i.dimension.rawValue)
            sink.beginEntry(depth: o, key: "points"); sink.literal(String(i.points))
            sink.beginEntry(depth: o, key: "max"); sink.literal(String(i.max))
            sink.beginEntry(depth: o, key: "status"); sink.string(i.status.rawValue)
        }
        sink.beginEntry(depth: root, key: "findings")
        let findings = sink.push(isObject: false)
        for f in q.findings {
            sink.beginEntry(depth: findings, key: nil)
            let o = sink.push(isObject: true)
            sink.beginEntry(depth: o, key: "id"); sink.string(f.id)
            sink.beginEntry(depth: o, key: "severity"); sink.string(f.severity.rawValue)
            sink.beginEntry(depth: o, key: "path"); sink.string(f.path)
            sink.beginEntry(depth: o, key: "message"); sink.string(f.message)
            sink.beginEntry(depth: o, key: "remedy"); sink.string(f.remedy)
            sink.beginEntry(depth: o, key: "points_lost"); sink.literal(String(f.pointsLost))
        }
        sink.close(downTo: 0)
        return sink.bytes
    }
}
