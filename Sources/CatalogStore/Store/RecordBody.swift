import Foundation
import RDF

/// A record's subgraph and model, packed as one blob (`BlobDictionary.ID.bodyV1`) in the `model` column of
/// `record_body`; the `subgraph` column then holds an empty blob.
///
/// Why one blob: the model repeats the subgraph's text (titles, descriptions, IRIs). Packed apart, each
/// was matched only against its own dictionary, and the model's text was stored twice; packed after the
/// subgraph, it is matched against it.
///
/// Unpacked layout: the subgraph table's byte count (LEB128), the table (`SubgraphTable`), then the model
/// JSON without its subgraph (`ModelJSON`). Records written before it keep two blobs, read as before.
enum RecordBody {
    static func pack(subgraph table: [UInt8], model: [UInt8], packer: BlobPacker) -> Data {
        let sink = ByteSink(capacity: 5 + table.count + model.count)
        sink.appendNumber(table.count)
        for part in [table, model] {
            part.withUnsafeBufferPointer { if let start = $0.baseAddress { sink.append(start, $0.count) } }
        }
        return packer.pack(sink.bytes, dictionary: .bodyV1)
    }

    /// The model JSON and the subgraph's statements of a row's `model` and `subgraph` columns, in either
    /// layout; a damaged blob throws `BlobError`.
    static func unpack(model: Data, subgraph: () throws -> [Triple]) throws -> (model: [UInt8], triples: [Triple]) {
        guard BlobCodec.dictionary(of: model) == .bodyV1 else {
            return (try BlobCodec.unpack(model), try subgraph())
        }
        let bytes = try BlobCodec.unpack(model)
        var reader = ByteReader(bytes)
        let tableCount = try reader.number()
        let tableStart = reader.at
        guard tableCount <= bytes.count - tableStart else { throw BlobError() }
        let tableEnd = tableStart + tableCount
        return (Array(bytes[tableEnd...]), try SubgraphTable.decode(Array(bytes[tableStart..<tableEnd])))
    }
}
