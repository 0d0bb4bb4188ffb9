import Foundation
import RDF
import SHACL
import TestSupport

/// Loads the official DCAT-AP shape files from ../shared/specs/shacl into one graph.
enum OfficialShapes {
    static let dcatAP301 = ["dcat-ap-3.0.1/dcat-ap-SHACL.ttl"]
    static let nl30 = [
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl",
        "dcat-ap-nl-3.0/dcat-ap-nl-SHACL-aanbevolen.ttl",
    ]

    /// One graph of the given files (paths under specs/shacl), each read with its own blank node
    /// prefix so labels of different files never merge. Nil when ../shared is absent.
    static func graph(_ files: [String]) throws -> Graph? {
        guard let dir = try SharedFolder.url("specs/shacl") else { return nil }
        return try ShapesLoader.graph(turtleFiles: files.map { dir.appendingPathComponent($0).path })
    }

    /// A sample from specs/samples/turtle.
    static func sample(_ name: String) throws -> Graph? {
        guard let url = try SharedFolder.url("specs/samples/turtle/\(name)") else { return nil }
        var graph = Graph()
        try TurtleReader(base: url.absoluteString).read(from: FileByteSource(path: url.path), into: &graph)
        return graph
    }

    /// One line per result, `focus TAB path TAB severity TAB component TAB shape TAB value`, sorted, blank
    /// nodes as `_`: the same lines PySHACLAgreementTests' script prints, so the two can be compared.
    static func lines(_ report: ValidationReport) -> [String] {
        func t(_ term: Term?) -> String {
            guard let term else { return "-" }
            return term.isBlank ? "_" : term.description
        }
        return report.results.map { r in
            let path = r.resultPath.map { $0.predicateIRI.map { IRI($0.value).description } ?? "_" } ?? "-"
            return [t(r.focusNode), path, r.severity.iri.description, r.sourceConstraintComponent.description, t(r.sourceShape), t(r.value)]
                .joined(separator: "\t")
        }.sorted()
    }
}
