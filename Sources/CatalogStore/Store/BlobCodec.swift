import CZlib
import Foundation

/// Record blobs (a record's body: its subgraph and model, `RecordBody`; its score, `QualityTable`; and the
/// model JSON, subgraph N-Triples and score JSON earlier versions wrote) are stored packed: they repeat
/// themselves (IRIs, keys, remedies), within a record and across records.
///
/// Layouts, told apart by the first byte:
/// - `0x03`, a `BlobDictionary.ID` byte, the original length and a checksum (4 bytes each, little-endian),
///   then an `LZBlock` matched against that dictionary (what is written now). The checksum covers the
///   marker, the dictionary byte, the length and the packed block: LZ has none of its own, and a damaged
///   literal would otherwise unpack to different text of the right length;
/// - `0x02`, the same, but with the checksum of the original (unpacked) bytes: what earlier versions
///   wrote, still read. Summing the packed block instead reads a sixth of the bytes;
/// - `0x01`, the original length as 4 bytes little-endian, then a zlib stream (what earlier versions wrote;
///   still read, so older databases need no migration);
/// - anything else (a blob starting with `{` or `<`, say) is read as stored, uncompressed.
enum BlobCodec {
    static let zlibMarker: UInt8 = 0x01
    static let lzMarkerSummingOriginal: UInt8 = 0x02
    static let lzMarker: UInt8 = 0x03
    static let headerSize = 10
    /// Far above any record (a few KB), far below what would let a damaged length allocate the machine.
    static let maxLength = 1 << 30

    /// Packs with a fresh packer (one-off callers); batches keep a `BlobPacker` and reuse it.
    static func pack(_ bytes: [UInt8], dictionary: BlobDictionary.ID) -> Data {
        BlobPacker().pack(bytes, dictionary: dictionary)
    }

    static func unpack(_ data: Data) throws -> [UInt8] {
        switch data.first {
        case lzMarker? where data.count > headerSize: return try unpackLZ(data, summingOriginal: false)
        case lzMarkerSummingOriginal? where data.count > headerSize: return try unpackLZ(data, summingOriginal: true)
        case zlibMarker? where data.count >= 5: return try unpackZlib([UInt8](data))
        default: return [UInt8](data)
        }
    }

    /// The dictionary a packed blob names (which for a subgraph also says how its bytes are laid out);
    /// nil for zlib blobs and unpacked bytes.
    static func dictionary(of data: Data) -> BlobDictionary.ID? {
        guard data.count > headerSize, data.first == lzMarker || data.first == lzMarkerSummingOriginal else { return nil }
        return BlobDictionary.ID(rawValue: data[data.startIndex + 1])
    }

    static func unpackString(_ data: Data) throws -> String {
        String(decoding: try unpack(data), as: UTF8.self)
    }

    private static func unpackLZ(_ data: Data, summingOriginal: Bool) throws -> [UInt8] {
        try data.withUnsafeBytes { raw in
            guard let id = BlobDictionary.ID(rawValue: raw[1]) else { throw BlobError() }
            let length = littleEndian32(raw, at: 2)
            guard length < maxLength else { throw BlobError() }
            let stored = UInt32(littleEndian32(raw, at: 6))
            let block = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            if !summingOriginal {
                guard packedChecksum(header: raw, block: block) == stored else { throw BlobError() }
            }
            let bytes = try LZBlock.decompress(block, length: length, dictionary: id.dictionary)
            if summingOriginal {
                guard bytes.withUnsafeBytes({ checksum($0) }) == stored else { throw BlobError() }
            }
            return bytes
        }
    }

    /// The checksum of a `0x03` blob: its first six header bytes (marker, dictionary, length), then the
    /// packed block.
    static func packedChecksum(header: UnsafeRawBufferPointer, block: UnsafeRawBufferPointer) -> UInt32 {
        var seed: UInt64 = 0
        for i in 0..<6 { seed |= UInt64(header[i]) << (8 * UInt64(i)) }
        return checksum(block, seed: seed)
    }

    private static func unpackZlib(_ bytes: [UInt8]) throws -> [UInt8] {
        let length = bytes.withUnsafeBytes { littleEndian32($0, at: 1) }
        guard length < maxLength else { throw BlobError() }
        var out = [UInt8](repeating: 0, count: length)
        var produced = uLongf(length)
        let status = out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { b in
                uncompress(o.baseAddress, &produced, b.baseAddress! + 5, uLong(b.count - 5))
            }
        }
        guard status == Z_OK, Int(produced) == length else { throw BlobError() }
        return out
    }

    /// A fast 32-bit checksum (eight bytes a step, multiply and rotate); it finds damage, it is no
    /// protection against anyone who means it.
    static func checksum(_ raw: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        // Seed 0 leaves the sum as `0x02` blobs have it.
        if seed != 0 { h = ((h ^ seed) &* 0xFF51_AFD7_ED55_8CCD); h = (h << 29) | (h >> 35) }
        var i = 0
        while i + 8 <= raw.count {
            h = ((h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD)
            h = (h << 29) | (h >> 35)
            i += 8
        }
        while i < raw.count {
            h = (h ^ UInt64(raw[i])) &* 0xC4CE_B9FE_1A85_EC53
            i += 1
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func littleEndian32(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Int {
        var length = 0
        for i in 0..<4 { length |= Int(raw[offset + i]) << (8 * i) }
        return length
    }
}

/// The preset dictionary a blob was packed with; the id is stored in the blob.
enum BlobDictionary {
    enum ID: UInt8 {
        case none = 0
        case modelV1 = 1
        case subgraphV1 = 2
        case qualityV1 = 3
        /// A subgraph as a term table (`SubgraphTable`), packed with the N-Triples dictionary (written
        /// only by `ab83d92`; read still). `subgraphV1` blobs are N-Triples text.
        case subgraphTableWithNTriplesDictionary = 4
        /// A score in `QualityTable`'s layout, with the `qualityV1` scores in that layout as dictionary.
        /// `qualityV1` blobs are JSON.
        case qualityTableV1 = 5
        /// A subgraph as a term table, with `subgraphV1`'s statements in that layout as dictionary.
        case subgraphTableV1 = 6
        /// A record's subgraph table and model JSON in one blob (`RecordBody`), with the model and
        /// subgraph-table dictionaries one after the other as dictionary (written by one build of session
        /// 27; read still).
        case bodyV1 = 7
        /// A record's subgraph table and model in `ModelTable`'s layout in one blob (`RecordBody`).
        case bodyV2 = 8

        var dictionary: LZDictionary? {
            switch self {
            case .none: nil
            case .modelV1: BlobDictionary.modelV1
            case .subgraphV1, .subgraphTableWithNTriplesDictionary: BlobDictionary.subgraphV1
            case .subgraphTableV1: BlobDictionary.subgraphTableV1
            case .qualityV1: BlobDictionary.qualityV1
            case .qualityTableV1: BlobDictionary.qualityTableV1
            case .bodyV1: BlobDictionary.bodyV1
            case .bodyV2: BlobDictionary.bodyV2
            }
        }
    }

    /// What each kind of blob is packed with now.
    static let body = ID.bodyV2
    static let quality = ID.qualityTableV1
}

/// Packs a batch of blobs, reusing its buffers; one per thread.
final class BlobPacker {
    private let packer = LZPacker()

    func pack(_ bytes: [UInt8], dictionary: BlobDictionary.ID) -> Data {
        bytes.withUnsafeBytes { pack($0, dictionary: dictionary) }
    }

    /// What `sink` holds, packed where it lies (no copy into an array first).
    func pack(_ sink: ByteSink, dictionary: BlobDictionary.ID) -> Data {
        pack(UnsafeRawBufferPointer(start: sink.base, count: sink.count), dictionary: dictionary)
    }

    private func pack(_ input: UnsafeRawBufferPointer, dictionary: BlobDictionary.ID) -> Data {
        guard !input.isEmpty else { return Data() }
        return packer.compress(input, dictionary: dictionary.dictionary, reserved: BlobCodec.headerSize) { out in
                out[0] = BlobCodec.lzMarker
                out[1] = dictionary.rawValue
                let n = UInt32(input.count)
                for i in 0..<4 { out[2 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
                let all = UnsafeRawBufferPointer(out)
                let sum = BlobCodec.packedChecksum(header: all, block: UnsafeRawBufferPointer(rebasing: all[BlobCodec.headerSize...]))
                for i in 0..<4 { out[6 + i] = UInt8(truncatingIfNeeded: sum >> (8 * UInt32(i))) }
                return Data(buffer: out)
        }
    }
}

struct BlobError: Error, CustomStringConvertible {
    var description: String { "a stored record blob is damaged (it does not unpack to its recorded length)" }
}

