import CZlib
import Foundation

/// Record blobs (model JSON, subgraph N-Triples, score JSON) are stored deflated: they are text with much
/// repetition (IRIs, keys, remedies) and shrink four- to sixfold, which matters at a million records.
///
/// Layout: one marker byte `0x01`, the original length as 4 bytes little-endian, then a zlib stream.
/// Anything else (a blob starting with `{` or `<`, say) is read as stored, uncompressed.
enum BlobCodec {
    static let marker: UInt8 = 0x01

    /// Packs with a fresh compressor (one-off callers); batches use a `Deflater` and reuse it.
    static func pack(_ bytes: [UInt8]) -> Data {
        let deflater = Deflater()
        return deflater.pack(bytes)
    }

    static func unpack(_ data: Data) throws -> [UInt8] {
        guard data.count >= 5, data.first == marker else { return [UInt8](data) }
        let bytes = [UInt8](data)
        var length = 0
        for i in 0..<4 { length |= Int(bytes[1 + i]) << (8 * i) }
        guard length < 1 << 30 else { throw BlobError() }
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

    static func unpackString(_ data: Data) throws -> String {
        String(decoding: try unpack(data), as: UTF8.self)
    }
}

struct BlobError: Error, CustomStringConvertible {
    var description: String { "a stored record blob is damaged (it does not inflate to its recorded length)" }
}

/// A zlib compressor kept across blobs: setting one up allocates and clears ~300 KB of tables, which cost
/// more than compressing a record, so a batch reuses one and only resets it.
final class Deflater {
    private var stream = z_stream()
    private let ready: Bool

    init() {
        // Level 1, a 32 KB window (records are smaller), memLevel 5: a small hash table, because every
        // reset clears it (at memLevel 8 that is 128 KB, more work than compressing a record).
        ready = deflateInit2_(&stream, 1, Z_DEFLATED, 15, 5, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                              Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit { if ready { deflateEnd(&stream) } }

    func pack(_ bytes: [UInt8]) -> Data {
        guard !bytes.isEmpty else { return Data() }
        guard ready, deflateReset(&stream) == Z_OK else { return Data(bytes) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var out = [UInt8](repeating: 0, count: 5 + bound)
        out[0] = BlobCodec.marker
        let n = UInt32(bytes.count)
        for i in 0..<4 { out[1 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
        var input = bytes
        let status: Int32 = out.withUnsafeMutableBufferPointer { o in
            input.withUnsafeMutableBufferPointer { b in
                stream.next_in = b.baseAddress
                stream.avail_in = uInt(b.count)
                stream.next_out = o.baseAddress.map { $0 + 5 }
                stream.avail_out = uInt(bound)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return Data(bytes) }
        return Data(out[0..<(5 + Int(stream.total_out))])
    }
}
