import RDF

/// The one door to every writer.
public enum RDFWriters {
    public static func writeTurtle(_ graph: Graph, to output: ByteOutput, base: String? = nil) throws {
        throw UnsupportedFormat(format: .turtle)
    }
}
