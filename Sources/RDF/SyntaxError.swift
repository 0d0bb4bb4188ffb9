/// A syntax error with the place it was found. `description` is the `FILE:LINE:COL: message` form the
/// command-line contract prints after `oogst: `.
public struct RDFSyntaxError: Error, CustomStringConvertible, Sendable, Equatable {
    /// File path, URL or "-"; whatever the byte source was called.
    public var source: String
    /// 1-based; 0 when unknown.
    public var line: Int
    /// 1-based, counted in bytes from the start of the line; 0 when unknown.
    public var column: Int
    public var message: String

    public init(source: String, line: Int, column: Int, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(source):\(line):\(column): \(message)" : "\(source): \(message)"
    }
}
