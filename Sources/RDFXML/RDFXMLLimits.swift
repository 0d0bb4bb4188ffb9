/// Bounds that keep hostile or broken input from taking unbounded time or memory.
public struct RDFXMLLimits: Sendable, Hashable {
    /// Deepest element nesting accepted. libxml2 itself refuses more than 256 levels without
    /// XML_PARSE_HUGE (never passed), so a larger value here changes nothing.
    public var maxDepth: Int
    /// Largest literal (text of one property element, or one `rdf:parseType="Literal"` value), in bytes.
    public var maxLiteralBytes: Int
    /// Bytes pulled from the source per `xmlParseChunk` call.
    public var chunkSize: Int

    public init(maxDepth: Int = 256, maxLiteralBytes: Int = 16 << 20, chunkSize: Int = 64 << 10) {
        self.maxDepth = maxDepth
        self.maxLiteralBytes = maxLiteralBytes
        self.chunkSize = max(16, chunkSize)
    }

    public static let `default` = RDFXMLLimits()
}
