import CatalogStore
import DCAT
import Foundation
import Quality

/// `validate --store`: the files become one run of one source, one page (and one transaction) per file.
/// Nothing is withdrawn: a file import does not claim to be the whole source.
final class StoreImport {
    let catalog: CatalogStore
    let source: String
    let run: Int64
    var report: RunReport

    init(path: String, source: String, files: [String]) throws {
        catalog = try CatalogStore(path: path)
        self.source = source
        try catalog.register(SourceInfo(id: source, title: source, url: files.first.map { URL(fileURLWithPath: $0).absoluteString } ?? "", kind: "file"))
        run = try catalog.startRun(source: source)
        report = RunReport(id: run, source: source, status: .running, startedAt: "")
    }

    func store(file: String, datasets: [Dataset], scores: [DatasetQuality]) throws {
        let page = URL(fileURLWithPath: file).standardizedFileURL.absoluteString
        let records = zip(datasets, scores).map { ScoredRecord(dataset: $0, quality: $1, pageURL: page) }
        let counts = try catalog.writePage(source: source, run: run, records: records)
        report.pages += 1
        report.added += counts.added
        report.updated += counts.updated
        report.unchanged += counts.unchanged
    }

    func finish() throws {
        report.status = .succeeded
        try catalog.finishRun(report)
        printError("stored in \(catalog.path), source \(source), run \(run): \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged")
    }
}
