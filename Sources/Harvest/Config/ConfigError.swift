/// A configuration the harvester refuses, with the place: `config/demo.yaml:12: sources[1].schedule: …`.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// The file as it was named (relative paths stay relative, as the user typed them).
    public let file: String
    /// 1-based line, when the YAML parser knows it.
    public let line: Int?
    /// The key path: `sources[1].schedule`, or empty for the whole document.
    public let key: String
    public let message: String

    public init(file: String, line: Int?, key: String, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        if !key.isEmpty { s += key + ": " }
        return s + message
    }
}
