import RDF

/// Reads several Turtle shape files into one graph. Each file gets its own blank node prefix:
/// reading them all with one default labeler would merge `_:b0` of one file with `_:b0` of the next
/// and silently join unrelated property shapes.
public enum ShapesLoader {
    public static func graph(turtleFiles paths: [String]) throws -> Graph {
        var graph = Graph()
        for (i, path) in paths.enumerated() {
            let base = "file://" + (path.hasPrefix("/") ? "" : "/") + path
            try TurtleReader(base: base, blankNodePrefix: "shapes\(i)b").read(from: FileByteSource(path: path), into: &graph)
        }
        return graph
    }
}
