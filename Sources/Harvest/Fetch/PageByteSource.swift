#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// A downloaded page read back in chunks, named by its URL so a syntax error reads `https://…:12:5: …`
/// rather than naming a temporary file.
final class PageByteSource: ByteSource {
    private let fd: Int32
    private let inner: FileByteSource
    var name: String { inner.name }

    init(path: String, name: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw PageOpenError(name: name, message: String(cString: strerror(errno))) }
        self.fd = fd
        self.inner = FileByteSource(fileDescriptor: fd, name: name)
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try inner.read(into: buffer) }
}

public struct PageOpenError: Error, Sendable, CustomStringConvertible {
    public let name: String
    public let message: String
    public var description: String { "\(name): cannot open the downloaded page: \(message)" }
}
