import CZlib
import Foundation

/// Record blobs (model JSON, subgraph N-Triples, score JSON) are stored deflated: they are text with much
/// repetition (IRIs, keys, remedies) and shrink four- to sixfold, which matters at a million records.
///
/// Layout: one marker byte `0x01`, the original length as 4 bytes little-endian, then a zlib stream.
/// Anything else (a blob starting with `{` or `<`, say) is read as stored, uncompressed.
enum BlobCodec {
    static let marker: UInt8 = 0x01

    static func pack(_ bytes: [UInt8]) -> Data {
        guard !bytes.isEmpty else { return Data() }
        var bound = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: 5 + Int(bound))
        out[0] = marker
        let n = UInt32(bytes.count)
        for i in 0..<4 { out[1 + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
        let status = out.withUnsafeMutableBufferPointer { o in
            bytes.withUnsafeBufferPointer { b in
                // Level 1: most of the gain of level 6 at a fraction of its time.
                compress2(o.baseAddress! + 5, &bound, b.baseAddress, uLong(b.count), 1)
            }
        }
        guard status == Z_OK else { return Data(bytes) }
        return Data(out[0..<(5 + Int(bound))])
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
