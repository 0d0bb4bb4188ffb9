import Foundation
import Hummingbird

/// An RFC 9457 problem: every error the server answers is one, as `application/problem+json` for the API
/// (an HTML page for a browser on the web pages).
public struct Problem: Error, Sendable, Equatable {
    public struct InvalidParam: Codable, Sendable, Equatable {
        public var name: String
        public var reason: String
    }

    public var status: HTTPResponse.Status
    public var title: String
    public var detail: String
    public var invalidParams: [InvalidParam] = []

    public init(_ status: HTTPResponse.Status, detail: String, title: String? = nil, invalidParams: [InvalidParam] = []) {
        self.status = status
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.invalidParams = invalidParams
    }

    /// 400 naming the parameter (query parameter or header) that was wrong.
    public static func badParameter(_ name: String, _ reason: String) -> Problem {
        Problem(.badRequest, detail: "\(name): \(reason)", title: "Invalid parameter",
                invalidParams: [InvalidParam(name: name, reason: reason)])
    }

    public static func notFound(_ detail: String) -> Problem { Problem(.notFound, detail: detail) }

    /// The JSON body, keys in a fixed order.
    func json(instance: String) -> Data {
        var body: [String: Any] = ["type": "about:blank", "title": title, "status": Int(status.code), "detail": detail,
                                   "instance": instance]
        if !invalidParams.isEmpty {
            body["invalidParams"] = invalidParams.map { ["name": $0.name, "reason": $0.reason] }
        }
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    }
}
