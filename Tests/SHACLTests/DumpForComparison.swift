import Foundation
import RDF
import SHACL
import Testing
import TestSupport

/// With SHACL_DUMP=<data.ttl> and SHACL_DUMP_SHAPES=<file,file> (relative to specs/shacl), prints
/// our result lines for diffing against pySHACL. Does nothing otherwise.
@Suite struct DumpForComparison {
    @Test func dump() throws {
        let env = ProcessInfo.processInfo.environment
        guard let dataPath = env["SHACL_DUMP"], let shapeList = env["SHACL_DUMP_SHAPES"] else { return }
        guard let shapes = try OfficialShapes.graph(shapeList.split(separator: ",").map(String.init)) else { return }
        var data = Graph()
        try TurtleReader(base: URL(fileURLWithPath: dataPath).absoluteString).read(from: FileByteSource(path: dataPath), into: &data)
        let report = try Validator(shapes: shapes).validate(data: data)
        print("BEGIN-RESULTS")
        for l in OfficialShapes.lines(report) { print(l) }
        print("END-RESULTS")
    }
}
