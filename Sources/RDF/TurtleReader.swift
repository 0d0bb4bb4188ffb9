/// Reads Turtle 1.1 (W3C Recommendation 2014), streaming.
///
/// The input is pulled from the `ByteSource` in 256 KiB chunks and tokenized in place; a token that spans
/// two chunks is simply lexed again once the next chunk is behind it. Memory stays bounded by the chunk
/// size, the longest single token (capped by `maxTokenBytes`) and the nesting depth of `[ ]` and `( )`,
/// whatever the size of the document. Triples go to the sink as soon as they are complete, and every
/// prefix declaration is reported with `sink.prefix`.
///
/// Relative IRIs resolve against `base` (RFC 3986), and `@base`/`BASE` changes it from there on; with no
/// base at all a relative IRI is an error. Blank nodes are relabelled (`b0`, `b1`, ... with
/// `blankNodePrefix`), so written labels and generated ones never collide.
///
/// Strict by design: IRIs with spaces or other characters the grammar forbids, unknown escapes, undefined
/// prefixes and malformed language tags are syntax errors with the line and column of the token (columns
/// count bytes). A leading UTF-8 byte order mark is skipped. In prefixed names, `\` escapes are removed and
/// `%XX` stays as written, as the grammar says.
public struct TurtleReader: Sendable {
    public var base: String?
    public var blankNodePrefix: String
    /// A single token (IRI, string, name) longer than this is refused: a guard against runaway input.
    public var maxTokenBytes: Int

    public init(base: String? = nil, blankNodePrefix: String = "b", maxTokenBytes: Int = 64 << 20) {
        self.base = base
        self.blankNodePrefix = blankNodePrefix
        self.maxTokenBytes = maxTokenBytes
    }

    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S) throws {
        try read(from: source, into: &sink, labeler: BlankNodeLabeler(prefix: blankNodePrefix))
    }

    /// Reads with a caller's labeler, so several documents can share one blank node namespace.
    public func read<S: TripleSink>(from source: ByteSource, into sink: inout S, labeler: BlankNodeLabeler) throws {
        var parser = TurtleParser(sourceName: source.name, base: base, labeler: labeler, maxTokenBytes: maxTokenBytes)
        defer { parser.lexer.deallocate() }
        try parser.run(source, into: &sink)
    }

    /// Convenience for tests and small inputs.
    public func read(_ text: String, name: String = "<string>") throws -> [Triple] {
        var sink = QuadCollector()
        try read(from: MemoryByteSource(text, name: name), into: &sink)
        return sink.triples
    }
}
