import CatalogStore
import Foundation
import Quality
import RDF
import Testing

@Suite struct ExportTests {
    static let feed = Feed.dataset("a", title: "Fietspaden, \"nieuw\"", keywords: ["fiets"], theme: "TRAN", format: "CSV")
        + Feed.dataset("b", title: "Bomen", publisher: "https://example.org/org/ede", publisherName: "Gemeente Ede")
        + Feed.dataset("c", title: "Cijfers", publisher: "https://example.org/org/ede", publisherName: "Gemeente Ede")

    @Test func csvPerDatasetHasEveryIndicatorAndQuotesText() throws {
        let (t, _) = try TemporaryStore.with(Self.feed)
        var lines: [String] = [ScoreCSV.line(ScoreCSV.datasetHeader)]
        try t.store.forEachScore { lines.append(ScoreCSV.line(ScoreCSV.datasetRow($0))) }
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("id,iri,title,publisher,source,score,max,rating,findability"))
        #expect(lines[0].contains("keywordAvailability"))
        #expect(lines[1].contains("\"Fietspaden, \"\"nieuw\"\"\""))
        #expect(lines.allSatisfy { $0.hasSuffix("\r\n") })
        // Every row has as many fields as the header (the quoted comma is one field).
        let header = ScoreCSV.datasetHeader.count
        try t.store.forEachScore { #expect(ScoreCSV.datasetRow($0).count == header) }
    }

    @Test func aggregatesPerPublisherAndSource() throws {
        let (t, _) = try TemporaryStore.with(Self.feed)
        let byPublisher = try t.store.aggregates(by: .publisher)
        #expect(byPublisher.map(\.label) == ["Gemeente Ede", "Gemeente Utrecht"])
        #expect(byPublisher.map(\.datasets) == [2, 1])
        let bySource = try t.store.aggregates(by: .source)
        #expect(bySource.count == 1 && bySource[0].datasets == 3)
        var scores: [Int] = []
        try t.store.forEachScore { scores.append($0.quality.score.total) }
        #expect(abs(bySource[0].meanScore - Double(scores.reduce(0, +)) / 3) <= 0.05, "the mean is given to one decimal")
        let keywordFix = try #require(byPublisher[0].fixes.first { $0.id == "keywordAvailability" })
        #expect(keywordFix.datasets == 2 && keywordFix.pointsEach == 30)
    }

    @Test func dqvParsesBackWithOurTurtleReader() throws {
        let (t, _) = try TemporaryStore.with(Self.feed)
        var writer = DQVWriter()
        var triples: [Triple] = []
        try t.store.forEachScore { triples += writer.triples(for: $0.quality) }
        let out = MemoryByteOutput()
        try TurtleWriter(prefixes: DQVWriter.prefixes).write(triples, to: out)
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(out.bytes, name: "dqv.ttl"), into: &graph)
        let measurements = graph.subjects(RDFVocab.type, .iri(IRI("http://www.w3.org/ns/dqv#QualityMeasurement")))
        #expect(measurements.count == triples.count / 5)
        #expect(!measurements.isEmpty)
        let computedOn = IRI("http://www.w3.org/ns/dqv#computedOn")
        let datasets = Set(measurements.flatMap { graph.objects($0, computedOn) })
        #expect(datasets.count == 3)
    }
}
