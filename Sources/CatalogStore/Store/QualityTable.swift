import Foundation
import Quality

/// A record's score as stored: what the `validate` JSON of the dataset holds, as a binary layout.
///
/// Why not the JSON: much of it is keys and punctuation (`{"id":…,"dimension":…,"points":…}` for each of
/// two dozen indicators). Writing it cost 46k instructions a record, the packer had to get through it, and
/// `JSONDecoder` reads it back slowly in exports of every record. Packed, a score took 387 bytes on the
/// benchmark catalog; in this layout, with a dictionary in the same layout, 289 (docs/store.md).
///
/// Layout (numbers are LEB128 varints, strings a varint byte count and UTF-8, codes one byte):
///
///     version (1)  iri  title  publisher
///     total  max  findability  accessibility  interoperability  reusability  contextuality
///     indicator count  (id  dimension  points  max  status)…
///     finding count  (id  severity  path  message  remedy  points lost)…
///
/// The rating is not stored: it follows from the total. The codes are fixed here, not taken from the
/// enums' order, so that reordering a case never changes what a stored byte means.
enum QualityTable {
    static let version: UInt8 = 1

    static func encode(_ q: DatasetQuality) -> [UInt8] {
        let out = ByteSink(capacity: 256 + 28 * q.indicators.count + 240 * q.findings.count)
        out.byte(version)
        out.appendCounted(q.iri)
        out.appendCounted(q.title)
        out.appendCounted(q.publisher)
        out.appendNumber(q.score.total)
        out.appendNumber(q.score.max)
        for d in Quality.Dimension.allCases { out.appendNumber(q.score[d]) }
        out.appendNumber(q.indicators.count)
        for i in q.indicators {
            out.appendCounted(i.id)
            out.byte(code(i.dimension))
            out.appendNumber(i.points)
            out.appendNumber(i.max)
            out.byte(code(i.status))
        }
        out.appendNumber(q.findings.count)
        for f in q.findings {
            out.appendCounted(f.id)
            out.byte(code(f.severity))
            out.appendCounted(f.path)
            out.appendCounted(f.message)
            out.appendCounted(f.remedy)
            out.appendNumber(f.pointsLost)
        }
        return out.bytes
    }

    /// The score as stored; a damaged one throws `BlobError`. The publisher IRI and catalog are not part of
    /// it (the caller takes them from the model).
    static func decode(_ bytes: [UInt8]) throws -> DatasetQuality {
        var r = ByteReader(bytes)
        guard try r.byte() == version else { throw BlobError() }
        let iri = try r.string(), title = try r.string(), publisher = try r.string()
        let total = try r.number(), max = try r.number()
        var score = QualityScore(total: total, max: max, dimensions: [:])
        for d in Quality.Dimension.allCases { score[d] = try r.number() }
        // An indicator takes at least five bytes, a finding at least seven.
        var indicators: [IndicatorResult] = []
        for _ in 0..<(try r.count(ofItemsAtLeast: 5)) {
            let id = try r.string(), dimension = try Self.dimension(try r.byte())
            let points = try r.number(), max = try r.number()
            indicators.append(IndicatorResult(id: id, dimension: dimension, points: points, max: max,
                                              status: try Self.status(try r.byte())))
        }
        var findings: [Finding] = []
        for _ in 0..<(try r.count(ofItemsAtLeast: 7)) {
            let id = try r.string(), severity = try Self.severity(try r.byte())
            let path = try r.string(), message = try r.string(), remedy = try r.string()
            findings.append(Finding(id: id, severity: severity, path: path, message: message, remedy: remedy,
                                    pointsLost: try r.number()))
        }
        guard r.isAtEnd else { throw BlobError() }
        return DatasetQuality(iri: iri, title: title, publisher: publisher, score: score, indicators: indicators,
                              findings: findings)
    }

    /// The `score.result` column: this layout, or the JSON that files written before it hold.
    static func decodeStored(_ data: Data, json: JSONDecoder) throws -> DatasetQuality {
        let bytes = try BlobCodec.unpack(data)
        if BlobCodec.dictionary(of: data) == .qualityTableV1 { return try decode(bytes) }
        return try json.decode(DatasetQuality.self, from: Data(bytes))
    }

    // MARK: Codes (never renumber: stored bytes depend on them)

    private static func code(_ d: Quality.Dimension) -> UInt8 {
        switch d {
        case .findability: 0
        case .accessibility: 1
        case .interoperability: 2
        case .reusability: 3
        case .contextuality: 4
        }
    }

    private static func dimension(_ c: UInt8) throws -> Quality.Dimension {
        switch c {
        case 0: .findability
        case 1: .accessibility
        case 2: .interoperability
        case 3: .reusability
        case 4: .contextuality
        default: throw BlobError()
        }
    }

    private static func code(_ s: IndicatorStatus) -> UInt8 {
        switch s {
        case .passed: 0
        case .failed: 1
        case .partial: 2
        case .unchecked: 3
        }
    }

    private static func status(_ c: UInt8) throws -> IndicatorStatus {
        switch c {
        case 0: .passed
        case 1: .failed
        case 2: .partial
        case 3: .unchecked
        default: throw BlobError()
        }
    }

    private static func code(_ s: FindingSeverity) -> UInt8 {
        switch s {
        case .violation: 0
        case .warning: 1
        case .info: 2
        }
    }

    private static func severity(_ c: UInt8) throws -> FindingSeverity {
        switch c {
        case 0: .violation
        case 1: .warning
        case 2: .info
        default: throw BlobError()
        }
    }
}
