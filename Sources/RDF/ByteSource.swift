#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes a reader pulls from in chunks: a file, standard input, a downloaded page, memory.
/// Readers never need the whole document at once, which keeps memory bounded by the chunk size.
public protocol ByteSource: AnyObject {
    /// Fills `buffer` from the start with up to `buffer.count` bytes; returns 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// A name for error messages: a path, a URL, or "-" for standard input.
    var name: String { get }
}

public struct ByteSourceError: Error, CustomStringConvertible {
    public let name: String
    public let message: String
    public var description: String { "\(name): \(message)" }
}

/// Reads a file descriptor with plain `read(2)`: no Foundation, no copies beyond the caller's buffer.
public final class FileByteSource: ByteSource {
    public let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool

    public init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ByteSourceError(name: path, message: String(cString: strerror(errno)))
        }
        self.fd = fd
        self.name = path
        self.ownsDescriptor = true
    }

    /// Standard input, or any descriptor the caller keeps open.
    public init(fileDescriptor: Int32, name: String) {
        self.fd = fileDescriptor
        self.name = name
        self.ownsDescriptor = false
    }

    public static func standardInput() -> FileByteSource { FileByteSource(fileDescriptor: 0, name: "-") }

    deinit { if ownsDescriptor { close(fd) } }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ByteSourceError(name: name, message: String(cString: strerror(errno)))
        }
    }
}

/// Bytes already in memory (tests, small documents, strings).
public final class MemoryByteSource: ByteSource {
    public let name: String
    private let bytes: [UInt8]
    private var offset = 0
    /// Hands out at most this many bytes per read, so tests can force tokens across chunk boundaries.
    private let maxChunk: Int

    public init(_ bytes: [UInt8], name: String = "<memory>", maxChunk: Int = .max) {
        self.bytes = bytes
        self.name = name
        self.maxChunk = max(1, maxChunk)
    }

    public convenience init(_ string: String, name: String = "<memory>", maxChunk: Int = .max) {
        self.init(Array(string.utf8), name: name, maxChunk: maxChunk)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset, maxChunk)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
