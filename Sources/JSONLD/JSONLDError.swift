/// A JSON-LD processing error. `code` is the error code string the JSON-LD 1.1 API names
/// (e.g. "invalid term definition", "loading remote context failed"), so callers and the conformance
/// suite can match on it.
public struct JSONLDError: Error, CustomStringConvertible, Sendable, Equatable {
    public let code: String
    public let message: String
    /// The document the error was found in, when known.
    public var source: String?

    public init(_ code: String, _ message: String = "", source: String? = nil) {
        self.code = code
        self.message = message
        self.source = source
    }

    public var description: String {
        let prefix = source.map { "\($0): " } ?? ""
        return message.isEmpty ? "\(prefix)JSON-LD error: \(code)" : "\(prefix)JSON-LD error (\(code)): \(message)"
    }
}

extension JSONLDError {
    static func invalidTermDefinition(_ term: String, _ why: String = "") -> JSONLDError {
        JSONLDError("invalid term definition", "term '\(term)'" + (why.isEmpty ? "" : ": \(why)"))
    }
}
