import Foundation
import Testing
import RDF
import RDFIO
import TestSupport
@testable import DCAT
@testable import Quality

/// Every real-world sample in ../shared/specs/samples that parses is mapped and scored, with and without
/// the official shapes: the score adds up, findings explain every lost point, nothing traps.
@Suite struct SampleSweepTests {
    @Test func everySampleScores() throws {
        guard let root = try SharedFolder.url("specs/samples"), let shacl = try SharedFolder.url("specs/shacl") else { return }
        let checker = try SHACLComplianceChecker(directories: [shacl.appendingPathComponent("dcat-ap-3.0.1").path,
                                                               shacl.appendingPathComponent("dcat-ap-nl-3.0").path])
        var scored = 0, documents = 0, unreadable: [String] = []
        var bands: [Rating: Int] = [:]
        for folder in ["turtle", "rdfxml", "ntriples", "jsonld"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where !name.hasPrefix(".") {
                let path = dir.appendingPathComponent(name).path
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
                var g = Graph()
                do {
                    try RDFReaders.read(FileByteSource(path: path), options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString), into: &g)
                } catch { unreadable.append(name); continue }
                documents += 1
                for d in DCATMapper(sourceID: "sweep", parallel: false).map(g).datasets {
                    let q = Scorer(compliance: checker).score(d)
                    #expect(q.score.total == q.indicators.reduce(0) { $0 + $1.points })
                    #expect(q.score.total == Dimension.allCases.reduce(0) { $0 + q.score[$1] })
                    let lost = q.findings.filter { !$0.id.hasPrefix("shacl:") }.reduce(0) { $0 + $1.pointsLost }
                    #expect(q.score.total + lost == 405, "\(name) \(d.iri)")
                    bands[q.score.rating, default: 0] += 1
                    scored += 1
                }
            }
        }
        print("Quality sample sweep: \(scored) datasets from \(documents) documents scored; \(unreadable.count) documents unreadable (\(unreadable.joined(separator: ", "))); bands \(bands)")
        #expect(scored > 100)
    }
}
