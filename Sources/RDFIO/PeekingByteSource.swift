import RDF

/// Lets format sniffing look at the first bytes of a stream (standard input, a download) without
/// losing them: the peeked bytes are handed out again before the rest of the source.
public final class PeekingByteSource: ByteSource {
    private let inner: ByteSource
    public private(set) var head: [UInt8] = []
    private var replayed = 0
    public var name: String { inner.name }

    public init(_ inner: ByteSource, peek count: Int = 4096) throws {
        self.inner = inner
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try buffer.withUnsafeMutableBytes { raw in
                try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[filled...]))
            }
            if n == 0 { break }
            filled += n
        }
        head = Array(buffer[0..<filled])
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if replayed < head.count {
            let n = min(buffer.count, head.count - replayed)
            head.withUnsafeBytes { src in
                buffer.baseAddress!.copyMemory(from: src.baseAddress! + replayed, byteCount: n)
            }
            replayed += n
            return n
        }
        return try inner.read(into: buffer)
    }
}
