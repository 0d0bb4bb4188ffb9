import DCAT
import Dispatch
import Quality
import RDF
import Foundation

/// Everything a record write needs that does not touch the database, computed before the transaction and
/// on every core: the encoded model and score, the analysed search text, the facet values.
struct PreparedRecord: Sendable {
    var iri: String
    var hash: String
    var title: String
    var publisher: String
    var modified: String?
    /// The model as JSON without its subgraph (stored once, in its own column); all three blobs deflated.
    var model: Data
    var subgraph: Data
    var quality: Data
    var score: QualityScore
    var search: SearchDocument
    var facets: [FacetValue]
    var distributions: [DistributionRow]
    var pageURL: String?

    struct DistributionRow: Sendable {
        var iri, accessURL, downloadURL, format, mediaType, license: String?
    }

    init(_ record: ScoredRecord, source: String, deflater: Deflater = Deflater()) throws {
        let d = record.dataset
        iri = d.iri
        hash = d.subgraph.hashHex
        title = d.title.best() ?? ""
        publisher = RecordFacets.publisherKey(d.publisher)?.label ?? ""
        modified = d.modified?.value
        var bare = d
        bare.subgraph = Subgraph.canonical([])
        let encoder = CompactJSONEncoder()
        model = deflater.pack(try encoder.encode(bare))
        var nt: [UInt8] = []
        nt.reserveCapacity(d.subgraph.tripleCount * 120)
        for t in d.subgraph.triples { NTriplesWriter.appendLine(t, to: &nt) }
        subgraph = deflater.pack(nt)
        quality = deflater.pack(QualityJSON.encode(record.quality))
        score = record.quality.score
        search = SearchDocument(dataset: d)
        facets = RecordFacets.values(of: d, quality: record.quality, source: source)
        distributions = d.distributions.map {
            DistributionRow(iri: $0.iri, accessURL: $0.accessURLs.first, downloadURL: $0.downloadURLs.first,
                            format: RecordFacets.formatCode($0), mediaType: $0.mediaType, license: $0.license?.iri)
        }
        pageURL = record.pageURL
    }

    /// Prepares many records on all cores, in order.
    static func prepareAll(_ records: [ScoredRecord], source: String) throws -> [PreparedRecord] {
        final class Results: @unchecked Sendable {
            // Each index is written by exactly one iteration.
            var items: [Result<PreparedRecord, any Error>?]
            init(_ n: Int) { items = Array(repeating: nil, count: n) }
        }
        let results = Results(records.count)
        let chunk = 64
        let chunks = (records.count + chunk - 1) / chunk
        results.items.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let deflater = Deflater()
                for i in (c * chunk)..<min(records.count, (c + 1) * chunk) {
                    out[i] = Result { try PreparedRecord(records[i], source: source, deflater: deflater) }
                }
            }
        }
        return try results.items.map { try $0!.get() }
    }
}
