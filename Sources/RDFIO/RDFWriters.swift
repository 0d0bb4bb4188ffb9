import RDF

/// The one door to every writer.
public enum RDFWriters {
    /// Readable Turtle; the prefixes the source document declared are reused.
    public static func writeTurtle(_ graph: Graph, to output: ByteOutput, base: String? = nil) throws {
        try TurtleWriter(base: base).write(graph, to: output)
    }
}
