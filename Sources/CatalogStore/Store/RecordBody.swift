import DCAT
import Foundation
import RDF

/// A record's subgraph and model, packed as one blob in the `model` column of `record_body`; the
/// `subgraph` column then holds an empty blob.
///
/// Why one blob: the model repeats the subgraph's text (titles, descriptions, IRIs). Packed apart, each
/// was matched only against its own dictionary, and the model's text was stored twice; packed after the
/// subgraph, it is matched against it.
///
/// Unpacked layout: the subgraph table's byte count (LEB128), the table (`SubgraphTable`), then the model
/// without its subgraph: in `ModelTable`'s layout (dictionary id 8, written now), or as the JSON of the
/// model's `Codable` (id 7, written by session 27's first build of it). Records written before keep two
/// blobs, model JSON and subgraph, and read as before.
enum RecordBody {
    static func pack(_ d: Dataset, packer: BlobPacker) -> Data {
        let sink = ByteSink(capacity: 4096)
        SubgraphTable.append(d.subgraph, to: sink, counted: true)
        ModelTable.encode(d, into: sink)
        return packer.pack(sink, dictionary: BlobDictionary.body)
    }

    /// The dataset a row's `model` and `subgraph` columns hold, in any of the layouts, its subgraph
    /// restored; `subgraph` reads the separate column (older layouts only). `hash` is the record's stored
    /// canonical hash: with it, a body's subgraph is taken as stored (`SubgraphTable.decodeSubgraph`),
    /// without it canonicalised again. A damaged blob throws.
    static func decode(model: Data, hash: String?, subgraph: () throws -> [Triple], json: JSONDecoder) throws -> Dataset {
        let dictionary = BlobCodec.dictionary(of: model)
        guard dictionary == .bodyV1 || dictionary == .bodyV2 else {
            var d = try json.decode(Dataset.self, from: Data(try BlobCodec.unpack(model)))
            d.subgraph = Subgraph.canonical(try subgraph())
            return d
        }
        let bytes = try BlobCodec.unpack(model)
        var reader = ByteReader(bytes)
        let tableCount = try reader.number()
        guard tableCount <= reader.remaining else { throw BlobError() }
        let tableEnd = reader.at + tableCount
        // Table and model are read where they lie in the unpacked bytes, one after the other.
        let subgraph = try SubgraphTable.decodeSubgraph(&reader, end: tableEnd, hash: hash.flatMap { UInt64($0, radix: 16) })
        var d = dictionary == .bodyV2 ? try ModelTable.decode(&reader)
                                      : try json.decode(Dataset.self, from: Data(bytes[tableEnd...]))
        d.subgraph = subgraph
        return d
    }
}
