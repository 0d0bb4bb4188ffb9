/// A small LZ77 block codec for record blobs, with an optional preset dictionary.
///
/// Why not zlib: deflate at level 1 spent ~800k instructions on a record's three blobs (~15 KB of text),
/// more than everything else a record write does. A byte-aligned LZ codec without entropy coding does
/// the same in a fraction of that, and a preset dictionary (text typical of each blob kind, see
/// `BlobDictionary`) wins back more than the entropy coder gave: JSON keys, predicate IRIs and finding
/// texts are matched against the dictionary from the first byte.
///
/// The format is LZ4's block layout: a sequence is a token byte (high nibble: literal count, low nibble:
/// match length − 4; 15 means more length bytes follow, each added, until one is not 255), the literals,
/// a 2-byte little-endian offset, then the match length bytes. The last sequence has literals only.
/// Offsets count back over the dictionary followed by the output, so a match may reach into the
/// dictionary. The decoder checks every length and offset against both buffers: a damaged or hostile
/// blob throws instead of reading or writing out of bounds.
enum LZBlock {
    static let minMatch = 4
    static let maxOffset = 65_535
    static let hashBits = 12

    /// The hash of the eight bytes at a position. Four-byte hashes sent the encoder after many short
    /// matches; with eight it makes fewer, longer ones. Callgrind, 2,000 records: 272M -> 235M
    /// instructions, and 2,551 -> 2,361 packed bytes a record (records are text with long repeats of
    /// their dictionary). A match still needs only four bytes, so the block format does not change.
    @inline(__always)
    static func hash(_ v: UInt64) -> Int { Int(truncatingIfNeeded: (v &* 0x9E37_79B1_85EB_CA87) >> UInt64(64 - hashBits)) }

    /// Bytes a hash reads from its position on.
    static let hashReach = 8

    /// Decodes `source` (an LZ block made with `dictionary`) into exactly `length` bytes.
    static func decompress(_ source: UnsafeRawBufferPointer, length: Int, dictionary: LZDictionary?) throws -> [UInt8] {
        let prefix = dictionary?.bytes ?? []
        let total = prefix.count + length
        var decoded = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            initialized = 0
            guard let out = buffer.baseAddress else { return }
            prefix.withUnsafeBufferPointer { p in
                if let base = p.baseAddress { out.initialize(from: base, count: p.count) }
            }
            initialized = decodeSequences(source, into: out, start: prefix.count, end: total)
        }
        guard decoded.count == total else { throw BlobError() }
        if !prefix.isEmpty { decoded.removeFirst(prefix.count) }
        return decoded
    }

    /// Runs the sequences into `out[start..<end]`; returns `end` when they fill it exactly, else less.
    private static func decodeSequences(_ source: UnsafeRawBufferPointer, into out: UnsafeMutablePointer<UInt8>,
                                        start: Int, end: Int) -> Int {
        guard let src = source.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return start == end ? end : 0 }
        let srcEnd = source.count
        var ip = 0
        var op = start
        while true {
            guard ip < srcEnd else { return 0 }
            let token = src[ip]
            ip += 1
            var literals = Int(token >> 4)
            if literals == 15 {
                guard let more = readLength(src, &ip, srcEnd, limit: end - op) else { return 0 }
                literals += more
            }
            guard literals <= srcEnd - ip, literals <= end - op else { return 0 }
            (out + op).update(from: src + ip, count: literals)
            op += literals
            ip += literals
            if ip == srcEnd { return op == end ? end : 0 }
            guard srcEnd - ip >= 2 else { return 0 }
            let offset = Int(src[ip]) | Int(src[ip + 1]) << 8
            ip += 2
            var match = Int(token & 15) + minMatch
            if token & 15 == 15 {
                guard let more = readLength(src, &ip, srcEnd, limit: end - op) else { return 0 }
                match += more
            }
            guard offset > 0, offset <= op, match <= end - op else { return 0 }
            let from = out + (op - offset)
            if offset >= match {
                (out + op).update(from: from, count: match)
            } else {
                // Overlapping: the match repeats bytes it is writing, so copy forward one at a time.
                for k in 0..<match { out[op + k] = from[k] }
            }
            op += match
        }
    }

    /// The extra length after a 15 nibble; nil when the source ends or the length passes `limit`.
    @inline(__always)
    private static func readLength(_ src: UnsafePointer<UInt8>, _ ip: inout Int, _ srcEnd: Int, limit: Int) -> Int? {
        var sum = 0
        while true {
            guard ip < srcEnd else { return nil }
            let b = Int(src[ip])
            ip += 1
            sum += b
            guard sum <= limit else { return nil }
            if b != 255 { return sum }
        }
    }
}

/// Text a blob kind typically contains, with its hash table made once. The bytes of a dictionary in use
/// must never change: every blob packed with it needs the same bytes to unpack.
final class LZDictionary: Sendable {
    let bytes: [UInt8]
    /// For each hash, the last dictionary position with it (−1: none); copied into a packer per blob.
    let table: [Int32]

    init(_ bytes: [UInt8]) {
        precondition(bytes.count < LZBlock.maxOffset, "a dictionary must lie within reach of a match offset")
        self.bytes = bytes
        var table = [Int32](repeating: -1, count: 1 << LZBlock.hashBits)
        bytes.withUnsafeBytes { raw in
            guard raw.count >= LZBlock.hashReach else { return }
            for p in 0...(raw.count - LZBlock.hashReach) {
                table[LZBlock.hash(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self))] = Int32(p)
            }
        }
        self.table = table
    }
}

/// Packs blobs one after another, reusing its buffers (one per thread): a window per dictionary (the
/// dictionary copied in once, each input after it), the hash table, and the output.
final class LZPacker {
    private struct Window {
        let dictionary: LZDictionary?
        var bytes: UnsafeMutablePointer<UInt8>
        var capacity: Int
    }
    private var windows: [Window] = []
    private var window: UnsafeMutablePointer<UInt8>
    private let table: UnsafeMutablePointer<Int32>
    private var output: UnsafeMutablePointer<UInt8>
    private var outputCapacity = 1 << 14

    init() {
        table = .allocate(capacity: 1 << LZBlock.hashBits)
        output = .allocate(capacity: outputCapacity)
        window = output  // replaced by the first compress
    }

    deinit {
        for w in windows { w.bytes.deallocate() }
        table.deallocate()
        output.deallocate()
    }

    /// The largest block `count` input bytes can make (all literals, plus the length bytes).
    static func bound(_ count: Int) -> Int { count + count / 255 + 16 }

    /// Packs `input` matched against `dictionary`, after `reserved` bytes left for the caller's header,
    /// and hands the result (header space included) to `body`; it lives in the packer, so only that long.
    func compress<R>(_ input: UnsafeRawBufferPointer, dictionary: LZDictionary?, reserved: Int = 0,
                     _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> R) rethrows -> R {
        // The hash table holds positions as Int32; record blobs are kilobytes.
        precondition(input.count < Int(Int32.max) - LZBlock.maxOffset, "a blob too large to pack")
        let start = prepareWindow(for: dictionary, inputCount: input.count)
        if let base = input.baseAddress {
            (window + start).update(from: base.assumingMemoryBound(to: UInt8.self), count: input.count)
        }
        if let dictionary {
            dictionary.table.withUnsafeBufferPointer { table.update(from: $0.baseAddress!, count: $0.count) }
        } else {
            table.update(repeating: -1, count: 1 << LZBlock.hashBits)
        }
        let needed = reserved + LZPacker.bound(input.count)
        if needed > outputCapacity {
            output.deallocate()
            outputCapacity = max(needed, outputCapacity * 2)
            output = .allocate(capacity: outputCapacity)
        }
        let written = encode(start: start, end: start + input.count, into: output + reserved)
        return try body(UnsafeMutableBufferPointer(start: output, count: reserved + written))
    }

    /// Makes `window` the one of `dictionary` with room for the input; returns where the input goes.
    private func prepareWindow(for dictionary: LZDictionary?, inputCount: Int) -> Int {
        let start = dictionary?.bytes.count ?? 0
        let slot: Int
        if let found = windows.firstIndex(where: { $0.dictionary === dictionary }) {
            slot = found
        } else {
            let capacity = start + max(inputCount, 1 << 14)
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            dictionary?.bytes.withUnsafeBufferPointer { d in
                if let base = d.baseAddress { bytes.initialize(from: base, count: d.count) }
            }
            windows.append(Window(dictionary: dictionary, bytes: bytes, capacity: capacity))
            slot = windows.count - 1
        }
        if windows[slot].capacity < start + inputCount {
            let capacity = start + max(inputCount, windows[slot].capacity * 2)
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            bytes.initialize(from: windows[slot].bytes, count: start)
            windows[slot].bytes.deallocate()
            windows[slot].bytes = bytes
            windows[slot].capacity = capacity
        }
        window = windows[slot].bytes
        return start
    }

    /// Greedy matching with one hash probe per position; runs of misses step faster (incompressible
    /// input costs little): one more byte a step every 32 misses. (Every 64: 3.9 % more of the encoder's
    /// instructions on the store benchmark for one byte less a record; every 16: 5.6 % fewer than every 32,
    /// for 52 bytes more.) Returns the bytes written.
    ///
    /// The window and table are read into locals: as properties they were loaded again after every store
    /// through the table (a pointer store may alias anything), and positions use wrapping arithmetic
    /// (`compress` keeps them below `Int32.max`, so they neither overflow nor lose bits in the table), so
    /// the hot loops carry no overflow branches.
    private func encode(start: Int, end: Int, into dst: UnsafeMutablePointer<UInt8>) -> Int {
        let window = self.window, table = self.table
        let buf = UnsafeRawPointer(window)
        var op = 0
        var ip = start
        var anchor = start
        let lastProbe = end &- LZBlock.hashReach
        while ip <= lastProbe {
            let word = buf.loadUnaligned(fromByteOffset: ip, as: UInt64.self)
            let h = LZBlock.hash(word)
            let candidate = Int(table[h])
            table[h] = Int32(truncatingIfNeeded: ip)
            guard candidate >= 0, ip &- candidate <= LZBlock.maxOffset,
                  buf.loadUnaligned(fromByteOffset: candidate, as: UInt32.self) == UInt32(truncatingIfNeeded: word) else {
                ip = ip &+ 1 &+ (ip &- anchor) >> 5
                continue
            }
            var matchStart = ip
            var reference = candidate
            while matchStart > anchor, reference > 0, window[matchStart &- 1] == window[reference &- 1] {
                matchStart = matchStart &- 1
                reference = reference &- 1
            }
            // Extend eight bytes at a time; the byte loop finishes the tail (or stops at once on the
            // byte the word compare found different).
            var f = ip &+ LZBlock.minMatch
            var g = candidate &+ LZBlock.minMatch
            while f &+ 8 <= end {
                let x = buf.loadUnaligned(fromByteOffset: f, as: UInt64.self)
                    ^ buf.loadUnaligned(fromByteOffset: g, as: UInt64.self)
                if x != 0 {
                    let same = x.trailingZeroBitCount &>> 3
                    f = f &+ same
                    g = g &+ same
                    break
                }
                f = f &+ 8
                g = g &+ 8
            }
            while f < end, window[f] == window[g] { f = f &+ 1; g = g &+ 1 }
            op = LZPacker.emit(literals: window + anchor, count: matchStart &- anchor, offset: ip &- candidate,
                               match: f &- matchStart, into: dst, at: op)
            ip = f
            anchor = f
            if ip &- 2 <= lastProbe {
                table[LZBlock.hash(buf.loadUnaligned(fromByteOffset: ip &- 2, as: UInt64.self))] = Int32(truncatingIfNeeded: ip &- 2)
            }
        }
        return LZPacker.emit(literals: window + anchor, count: end &- anchor, offset: 0, match: 0, into: dst, at: op)
    }

    /// Writes one sequence; `match == 0` writes the closing literals-only sequence.
    @inline(__always)
    private static func emit(literals: UnsafeMutablePointer<UInt8>, count: Int, offset: Int, match: Int,
                             into dst: UnsafeMutablePointer<UInt8>, at position: Int) -> Int {
        var op = position
        let tokenAt = op
        op = op &+ 1
        var token = UInt8(truncatingIfNeeded: min(count, 15)) << 4
        if count >= 15 { op = writeLength(count &- 15, into: dst, at: op) }
        (dst + op).update(from: literals, count: count)
        op = op &+ count
        guard match > 0 else {
            dst[tokenAt] = token
            return op
        }
        dst[op] = UInt8(truncatingIfNeeded: offset)
        dst[op &+ 1] = UInt8(truncatingIfNeeded: offset >> 8)
        op = op &+ 2
        let extra = match &- LZBlock.minMatch
        token |= UInt8(truncatingIfNeeded: min(extra, 15))
        if extra >= 15 { op = writeLength(extra &- 15, into: dst, at: op) }
        dst[tokenAt] = token
        return op
    }

    @inline(__always)
    private static func writeLength(_ length: Int, into dst: UnsafeMutablePointer<UInt8>, at position: Int) -> Int {
        var op = position
        var rest = length
        while rest >= 255 {
            dst[op] = 255
            op += 1
            rest -= 255
        }
        dst[op] = UInt8(rest)
        return op + 1
    }
}
