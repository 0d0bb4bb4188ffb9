import RDF

/// Placeholder until streaming lands: parses the whole document.
struct StreamingDriver {
    let reader: JSONLDReader
    let processor: Processor
    let emitter: RDFEmitter

    func run<S: TripleSink>(_ source: ByteSource, into sink: inout S) throws {
        let document = try JSONParser.parse(source, limits: reader.options.limits)
        try reader.toRDF(document, processor, emitter, into: &sink)
    }
}
