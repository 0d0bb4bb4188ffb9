import Dispatch
import Foundation
import Hummingbird

/// Response builders and the hop off the event loop for store work.
enum Reply {
    static let jsonEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json<T: Encodable>(_ value: T, contentType: String = "application/json", headers: HTTPFields = [:]) throws -> Response {
        bytes(try jsonEncoder.encode(value), contentType: contentType, headers: headers)
    }

    static func bytes(_ data: Data, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = contentType
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func bytes(_ data: [UInt8], contentType: String, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = contentType
        return Response(status: .ok, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ s: String, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = contentType
        return Response(status: status, headers: h, body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
    }

    /// A body produced by blocking code on the store queue, handed over in chunks with back-pressure: the
    /// producer waits while four chunks are unsent, and stops when the client goes away.
    static func streamed(contentType: String, headers: HTTPFields = [:],
                         produce: @escaping @Sendable (_ emit: (String) throws -> Void) throws -> Void) -> Response {
        var h = headers
        h[.contentType] = contentType
        let body = ResponseBody { writer in
            let pipe = ChunkPipe()
            let stream = AsyncThrowingStream<ByteBuffer, any Error> { continuation in
                continuation.onTermination = { _ in pipe.cancel() }
                StoreWork.queue.async {
                    do {
                        var pending = ""
                        try produce { piece in
                            pending += piece
                            if pending.utf8.count >= 1 << 16 {
                                try pipe.acquire()
                                continuation.yield(ByteBuffer(string: pending))
                                pending = ""
                            }
                        }
                        if !pending.isEmpty { try pipe.acquire(); continuation.yield(ByteBuffer(string: pending)) }
                        continuation.finish()
                    } catch {
                        continuation.finish(throwing: error)
                    }
                }
            }
            for try await chunk in stream {
                try await writer.write(chunk)
                pipe.release()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: h, body: body)
    }
}

/// Counts chunks in flight between the blocking producer and the async writer.
final class ChunkPipe: @unchecked Sendable {
    private let slots = DispatchSemaphore(value: 4)
    private let lock = NSLock()
    private var cancelled = false

    struct Cancelled: Error {}

    func acquire() throws {
        slots.wait()
        if lock.withLock({ cancelled }) { slots.signal(); throw Cancelled() }
    }

    func release() { slots.signal() }

    func cancel() {
        lock.withLock { cancelled = true }
        slots.signal()
    }
}

/// SQLite calls block: they run on their own queue so the server's threads keep serving.
enum StoreWork {
    static let queue = DispatchQueue(label: "oogst.server.store", attributes: .concurrent)

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }
}
