import CZlib
import Foundation

/// Record blobs (model JSON, subgraph N-Triples, score JSON) are stored packed: they are text with much
/// repetition (IRIs, keys, remedies), within a record and across records.
///
/// Layouts, told apart by the first byte:
/// - `0x02`, a `BlobDictionary.ID` byte, the original length and a checksum of the original bytes (4 bytes
///   each, little-endian), then an `LZBlock` matched against that dictionary (what is written now). The
///   checksum is there because LZ has none of its own: a damaged literal would otherwise unpack to
///   different text of the right length;
/// - `0x01`, the original length as 4 bytes little-endian, then a zlib stream (what earlier versions wrote;
///   still read, so older databases need no migration);
/// - anything else (a blob starting with `{` or `<`, say) is read as stored, uncompressed.
enum BlobCodec {
    static let zlibMarker: UInt8 = 0x01
    static let lzMarker: UInt8 = 0x02
    static let headerSize = 10
    /// Far above any record (a few KB), far below what would let a damaged length allocate the machine.
    static let maxLength = 1 << 30

    /// Packs with a fresh packer (one-off callers); batches keep a `BlobPacker` and reuse it.
    static func pack(_ bytes: [UInt8], dictionary: BlobDictionary.ID) -> Data {
        BlobPacker().pack(bytes, dictionary: dictionary)
    }

    static func unpack(_ data: Data) throws -> [UInt8] {
        switch data.first {
        case lzMarker? where data.count > headerSize: return try unpackLZ(data)
        case zlibMarker? where data.count >= 5: return try unpackZlib([UInt8](data))
        default: return [UInt8](data)
        }
    }

    static func unpackString(_ data: Data) throws -> String {
        String(decoding: try unpack(data), as: UTF8.self)
    }

    private static func unpackLZ(_ data: Data) throws -> [UInt8] {
        try data.withUnsafeBytes { raw in
            guard let id = BlobDictionary.ID(rawValue: raw[1]) else { throw BlobError() }
            let length = littleEndian32(raw, at: 2)
            guard length < maxLength else { throw BlobError() }
            let bytes = try LZBlock.decompress(UnsafeRawBufferPointer(rebasing: raw[headerSize...]), length: length,
                                               dictionary: id.dictionary)
            guard bytes.withUnsafeBytes(checksum) == UInt32(littleEndian32(raw, at: 6)) else { throw BlobError() }
            return bytes
        }
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
    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
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

        var dictionary: LZDictionary? {
            switch self {
            case .none: nil
            case .modelV1: BlobDictionary.modelV1
            case .subgraphV1: BlobDictionary.subgraphV1
            case .qualityV1: BlobDictionary.qualityV1
            }
        }
    }

    /// What each kind of blob is packed with now.
    static let model = ID.modelV1
    static let subgraph = ID.subgraphV1
    static let quality = ID.qualityV1
}

/// Packs a batch of blobs, reusing its buffers; one per thread.
final class BlobPacker {
    private let packer = LZPacker()

    func pack(_ bytes: [UInt8], dictionary: BlobDictionary.ID) -> Data {
        guard !bytes.isEmpty else { return Data() }
        return bytes.withUnsafeBytes { input in
            packer.compress(input, dictionary: dictionary.dictionary, reserved: BlobCodec.headerSize) { out in
                out[0] = BlobCodec.lzMarker
                out[1] = dictionary.rawValue
                let n = UInt32(bytes.count)
                let sum = BlobCodec.checksum(input)
                for i in 0..<4 {
                    out[2 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i)))
                    out[6 + i] = UInt8(truncatingIfNeeded: sum >> (8 * UInt32(i)))
                }
                return Data(buffer: out)
            }
        }
    }
}

struct BlobError: Error, CustomStringConvertible {
    var description: String { "a stored record blob is damaged (it does not unpack to its recorded length)" }
}

