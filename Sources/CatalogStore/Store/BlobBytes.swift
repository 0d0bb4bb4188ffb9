/// The two halves of the binary blob layouts (`SubgraphTable`, `QualityTable`): numbers as LEB128
/// varints, strings as a varint byte count and their UTF-8.

/// A growable byte buffer written through its pointer: `Array.append(contentsOf:)` cost ~100
/// instructions a call there, more than copying most of the strings it appended.
final class ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = grown
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func appendNumber(_ n: Int) {
        reserve(10)
        var v = UInt(n)
        while v >= 0x80 {
            base[count] = UInt8(truncatingIfNeeded: v) | 0x80
            count += 1
            v >>= 7
        }
        base[count] = UInt8(v)
        count += 1
    }

    /// A string's byte count and bytes (a bridged string without contiguous UTF-8 is copied first).
    func append(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            Array(s.utf8).withUnsafeBufferPointer { append($0) }
        }
    }

    private func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        appendNumber(utf8.count)
        reserve(utf8.count)
        if let from = utf8.baseAddress { (base + count).initialize(from: from, count: utf8.count) }
        count += utf8.count
    }

    /// The bytes of `parts`, one after another, as one array.
    static func joined(_ parts: [ByteSink]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.count }) { out, n in
            n = 0
            for part in parts {
                (out.baseAddress! + n).initialize(from: part.base, count: part.count)
                n += part.count
            }
        }
    }
}

/// Reads what a `ByteSink` wrote. Every count and length is checked against the bytes left: a damaged
/// blob throws `BlobError` instead of reading past its end.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { at == bytes.count }
    var remaining: Int { bytes.count - at }

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw BlobError() }
        at += 1
        return bytes[at - 1]
    }

    mutating func number() throws -> Int {
        var value = 0
        var shift = 0
        while true {
            let b = try byte()
            value |= Int(b & 0x7f) << shift
            if b < 0x80 { return value }
            shift += 7
            guard shift < 35 else { throw BlobError() }
        }
    }

    mutating func number(below limit: Int) throws -> Int {
        let n = try number()
        guard n < limit else { throw BlobError() }
        return n
    }

    /// A count of items that take at least `minimumBytes` each: larger than what is left is damage, not
    /// a reason to reserve memory.
    mutating func count(ofItemsAtLeast minimumBytes: Int) throws -> Int {
        let n = try number()
        guard n <= remaining / minimumBytes else { throw BlobError() }
        return n
    }

    mutating func string() throws -> String {
        let count = try number()
        guard count <= bytes.count - at else { throw BlobError() }
        defer { at += count }
        return String(decoding: bytes[at..<(at + count)], as: UTF8.self)
    }
}
