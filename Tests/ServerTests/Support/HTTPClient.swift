import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A deliberately plain HTTP/1.1 client over a socket: the request goes out byte for byte as written (so
/// tests can send malformed headers), the response is read to the end (`Connection: close`) and chunked
/// bodies are decoded. Blocking I/O runs on its own queue, never on the test's threads.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw ClientError(message: "body is not a JSON object: \(text.prefix(200))")
        }
        return object
    }

    var mediaType: String? { header("Content-Type")?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } }
}

struct ClientError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

enum HTTPClient {
    static let queue = DispatchQueue(label: "oogst.tests.http", attributes: .concurrent)

    static func request(port: Int, method: String = "GET", path: String, headers: [(String, String)] = []) async throws -> HTTPResponse {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try blocking(port: port, method: method, path: path, headers: headers) })
            }
        }
    }

    static func get(_ port: Int, _ path: String, accept: String? = nil, headers: [(String, String)] = []) async throws -> HTTPResponse {
        try await request(port: port, path: path, headers: (accept.map { [("Accept", $0)] } ?? []) + headers)
    }

    static func blocking(port: Int, method: String, path: String, headers: [(String, String)]) throws -> HTTPResponse {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError(message: "socket: \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ClientError(message: "connect to port \(port): errno \(errno)") }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (k, v) in headers { text += "\(k): \(v)\r\n" }
        text += "\r\n"
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw ClientError(message: "send failed") }
            sent += n
        }
        var raw: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0 { throw ClientError(message: "recv failed: errno \(errno)") }
            if n == 0 { break }
            raw.append(contentsOf: buffer[0..<n])
        }
        return try parse(raw)
    }

    static func parse(_ raw: [UInt8]) throws -> HTTPResponse {
        guard let end = find(raw, Array("\r\n\r\n".utf8), from: 0) else { throw ClientError(message: "no header end in \(raw.count) bytes") }
        let head = String(decoding: raw[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw ClientError(message: "bad status line \(head[0])") }
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(raw[(end + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = try dechunk(body)
        }
        return HTTPResponse(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            guard let lineEnd = find(data, [13, 10], from: i) else { throw ClientError(message: "bad chunk") }
            let sizeText = String(decoding: data[i..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw ClientError(message: "bad chunk size") }
            if size == 0 { break }
            out.append(contentsOf: data[(lineEnd + 2)..<(lineEnd + 2 + size)])
            i = lineEnd + 2 + size + 2
        }
        return out
    }

    static func find(_ haystack: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
