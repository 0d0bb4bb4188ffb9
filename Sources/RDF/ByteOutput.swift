#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where writers put bytes: a buffered file descriptor, or memory.
public protocol ByteOutput: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    func flush() throws
}

extension ByteOutput {
    public func write(_ s: String) throws {
        var s = s
        try s.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// Buffers writes to a file descriptor (stdout for `convert`), flushing in 64 KiB blocks.
public final class FileByteOutput: ByteOutput {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    public let name: String

    public init(fileDescriptor: Int32, name: String) {
        self.fd = fileDescriptor
        self.name = name
        self.ownsDescriptor = false
        buffer.reserveCapacity(capacity)
    }

    public init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw ByteSourceError(name: path, message: String(cString: strerror(errno))) }
        self.fd = fd
        self.name = path
        self.ownsDescriptor = true
        buffer.reserveCapacity(capacity)
    }

    public static func standardOutput() -> FileByteOutput { FileByteOutput(fileDescriptor: 1, name: "<stdout>") }

    deinit {
        try? flush()
        if ownsDescriptor { close(fd) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count > capacity { try writeAll(bytes); return }
        buffer.append(contentsOf: bytes)
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                throw ByteSourceError(name: name, message: String(cString: strerror(errno)))
            }
            offset += n
        }
    }
}

/// Collects output in memory.
public final class MemoryByteOutput: ByteOutput {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ b: UnsafeRawBufferPointer) { bytes.append(contentsOf: b) }
    public func flush() {}
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
