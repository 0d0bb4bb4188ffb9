/// Writing and reading the record blobs' bytes. The binary layouts (`SubgraphTable`, `ModelTable`,
/// `QualityTable`) write numbers as LEB128 varints and strings as a varint byte count and their UTF-8.

/// A growable byte buffer written through its pointer: the binary blob layouts are written into one, and
/// JSON (`JSONBytes`, which adds JSON on top). A model was written in ~1,500 small appends, and
/// each `Array.append(contentsOf:)` paid ~40 instructions of uniqueness and capacity checks around a copy
/// of a few bytes (~100 for a subgraph's strings). Not final only so that `JSONBytes` can add to it; its
/// members are final, so no call goes through a table.
class ByteSink {
    final private(set) var base: UnsafeMutablePointer<UInt8>
    final private(set) var count = 0
    final private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What has been written so far.
    final var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    final func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    final private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    final func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        // Keys and punctuation are a few bytes: two overlapping word copies beat a call to memcpy, and a
        // loop a byte at a time (model and score JSON 17k instructions a record fewer, callgrind).
        if length <= 16 {
            let to = UnsafeMutableRawPointer(base + count), from = UnsafeRawPointer(start)
            if length >= 8 {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self),
                              toByteOffset: length - 8, as: UInt64.self)
            } else if length >= 4 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self),
                              toByteOffset: length - 4, as: UInt32.self)
            } else {
                for i in 0..<length { base[count + i] = start[i] }
            }
        } else {
            (base + count).update(from: start, count: length)
        }
        count += length
    }

    @inline(__always)
    final func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    final func appendNumber(_ n: Int) {
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
    final func appendCounted(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ appendCounted($0) }) == nil {
            Array(s.utf8).withUnsafeBufferPointer { appendCounted($0) }
        }
    }

    final private func appendCounted(_ utf8: UnsafeBufferPointer<UInt8>) {
        appendNumber(utf8.count)
        if let from = utf8.baseAddress { append(from, utf8.count) }
    }

    /// Appends what `other` holds.
    final func append(_ other: ByteSink) { append(other.base, other.count) }
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
