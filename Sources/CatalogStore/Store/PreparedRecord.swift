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
    /// The subgraph and the model in one packed blob (`RecordBody`), and the score (`QualityTable`).
    var body: Data
    var quality: Data
    var score: QualityScore
    var search: SearchDocument
    var facets: [FacetValue]
    var distributions: [DistributionRow]
    var pageURL: String?

    struct DistributionRow: Sendable {
        var iri, accessURL, downloadURL, format, mediaType, license: String?
    }

    /// `__shared`: the record is read in place, not copied (a copy retained each of its fields).
    init(_ record: __shared ScoredRecord, source: String, preparer: RecordPreparer) {
        self.init(dataset: record.dataset, quality: record.quality, pageURL: record.pageURL, source: source,
                  preparer: preparer)
    }

    /// The dataset and its score are read, not kept (`__shared`): a copy of either is a retain of each of its
    /// fields (a dataset has ~70), and a release of each when it goes.
    init(dataset d: __shared Dataset, quality: __shared DatasetQuality, pageURL: String?, source: String,
         preparer: RecordPreparer) {
        let packer = preparer.packer
        iri = d.iri
        hash = d.subgraph.hashHex
        title = d.title.best() ?? ""
        publisher = RecordFacets.publisherKey(d.publisher)?.label ?? ""
        modified = d.modified?.value
        body = RecordBody.pack(d, packer: packer)
        self.quality = packer.pack(QualityTable.encode(quality), dictionary: BlobDictionary.quality)
        score = quality.score
        let themeCodes = d.euThemeCodes
        search = SearchDocument(dataset: d, writer: preparer.text, themeCodes: themeCodes)
        facets = RecordFacets.values(of: d, quality: quality, source: source, themeCodes: themeCodes)
        // By index: `map` handed its closure a copy of each distribution (a retain of every field).
        let all = d.distributions
        distributions = all.indices.map { i in
            DistributionRow(iri: all[i].iri, accessURL: all[i].accessURLs.first, downloadURL: all[i].downloadURLs.first,
                            format: RecordFacets.formatCode(format: all[i].format, mediaType: all[i].mediaType),
                            mediaType: all[i].mediaType, license: all[i].license?.iri)
        }
        self.pageURL = pageURL
    }
}

/// Records prepared on every core while the page's transaction stores the ones already done: preparing
/// (encoding, text analysis, compression) is most of a page's work and runs in parallel, SQLite's part
/// runs on one thread, so the two overlap instead of following each other. Chunks are taken in order, and
/// `take(_:)` waits only for the chunk it needs.
final class PreparedRecords: @unchecked Sendable {
    static let chunk = 64
    let count: Int
    // Each slot is written once, by the worker that prepared it, before its chunk's semaphore is signalled.
    private let slots: UnsafeMutablePointer<PreparedRecord?>
    private let ready: [DispatchSemaphore]
    private var waited: [Bool]
    private let work = DispatchGroup()

    /// Starts preparing `records` in the background; they are consumed (each is moved to the worker that
    /// prepares it, and freed there: read from the array, each was copied).
    init(_ records: consuming [ScoredRecord], source: String) {
        let moved = MovedElements(records)
        count = moved.count
        slots = .allocate(capacity: max(1, count))
        slots.initialize(repeating: nil, count: max(1, count))
        let chunks = (count + Self.chunk - 1) / Self.chunk
        ready = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
        waited = Array(repeating: false, count: chunks)
        DispatchQueue.global().async(group: work) { [self] in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let preparer = RecordPreparer.take()
                for i in (c * Self.chunk)..<min(moved.count, (c + 1) * Self.chunk) {
                    let record = moved.take(i)
                    slots[i] = PreparedRecord(record, source: source, preparer: preparer)
                }
                RecordPreparer.giveBack(preparer)
                ready[c].signal()
            }
        }
    }

    /// The prepared record `i`, waiting for its chunk if needed; moved out, so each is asked for once.
    /// Called from one thread (the page's transaction).
    func take(_ i: Int) -> PreparedRecord {
        let c = i / Self.chunk
        if !waited[c] {
            ready[c].wait()
            waited[c] = true
        }
        // Moved, not copied: a copy retained each of the record's strings and blobs.
        guard let record = slots[i].take() else { preconditionFailure("prepared record \(i) taken twice") }
        return record
    }

    /// Waits until every record is prepared (the background work holds no reference after this).
    func finish() { work.wait() }

    deinit {
        slots.deinitialize(count: max(1, count))
        slots.deallocate()
    }
}

/// A page's records prepared before its transaction is started (`CatalogStore.prepare`), for a caller that
/// runs transactions on a thread of their own: that thread then only writes. The harvester prepares a
/// page together with mapping and scoring it, so that everything but SQLite's part runs on every core
/// while the page before is written, and a transaction never waits for its own records to be prepared.
///
/// A page is written once: its transaction moves each record out of the page as it stores it. Lent from
/// an array instead, each record was copied on its way to the writer (a retain of every string and blob,
/// and a release after; seen in the disassembly), since a value read from shared memory is copied before
/// a call that might change that memory.
public struct PreparedPage: Sendable {
    let records: PreparedSlots
    public var count: Int { records.count }
}

/// The slots a page's records were prepared in, handed over to the page's transaction one by one.
/// Used by one thread at a time: the one that prepared the page, then the one that writes it.
final class PreparedSlots: @unchecked Sendable {
    let count: Int
    private let slots: UnsafeMutablePointer<PreparedRecord>
    /// Slots `taken..<count` still hold their record (all of them until the page is written; the rest of
    /// them when a write stops at an error).
    private var taken = 0
    private var handedOver = false

    /// Owns `slots`, whose first `count` are initialized.
    init(_ slots: UnsafeMutablePointer<PreparedRecord>, count: Int) {
        self.slots = slots
        self.count = count
    }

    /// Moves each record out, in order, into `body`; once for a page.
    func handOver(_ body: (PreparedRecord) throws -> Void) rethrows {
        precondition(!handedOver, "a prepared page is written once; prepare the records again to write them again")
        handedOver = true
        while taken < count {
            let record = (slots + taken).move()
            taken += 1
            try body(record)
        }
    }

    deinit {
        (slots + taken).deinitialize(count: count - taken)
        slots.deallocate()
    }
}

extension CatalogStore {
    /// Encodes, analyses and packs `records` on every core (the calling thread takes part), in order.
    /// The records are consumed (see the next `prepare`).
    public static func prepare(_ records: consuming [ScoredRecord], source: String) -> PreparedPage {
        let moved = MovedElements(records)
        return prepare(count: moved.count) { i, preparer in
            let record = moved.take(i)
            return PreparedRecord(record, source: source, preparer: preparer)
        }
    }

    /// `prepare` for `datasets` scored on the worker that prepares them (`score` runs on every core, once
    /// for each dataset): the harvester's pass over a page, scoring and preparing each dataset while it is
    /// in the cache. No dataset is copied into a `ScoredRecord`.
    ///
    /// The datasets are consumed: each worker moves its dataset out (`MovedElements`), reads it where it
    /// lies and frees it there. Read from the array in place, every dataset was copied twice, once for
    /// `score` and once for the record, each copy a retain of every field (~200 a dataset) and a release
    /// later; and every dataset was then freed on one thread, after the page.
    public static func prepare(_ datasets: consuming [Dataset], source: String, pageURL: String?,
                               score: @Sendable (Dataset) -> DatasetQuality) -> PreparedPage {
        let moved = MovedElements(datasets)
        return prepare(count: moved.count) { i, preparer in
            let dataset = moved.take(i)
            return PreparedRecord(dataset: dataset, quality: score(dataset), pageURL: pageURL, source: source,
                                  preparer: preparer)
        }
    }

    private static func prepare(count: Int, _ make: @Sendable (Int, RecordPreparer) -> PreparedRecord) -> PreparedPage {
        let chunk = PreparedRecords.chunk
        let chunks = (count + chunk - 1) / chunk
        let slots = UnsafeMutablePointer<PreparedRecord>.allocate(capacity: max(1, count))
        // Each slot is initialized by exactly one iteration; `concurrentPerform` returns after all of them.
        nonisolated(unsafe) let out = slots
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let preparer = RecordPreparer.take()
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                (out + i).initialize(to: make(i, preparer))
            }
            RecordPreparer.giveBack(preparer)
        }
        // The page keeps the slots: its transaction moves the records out of them.
        return PreparedPage(records: PreparedSlots(slots, count: count))
    }
}
