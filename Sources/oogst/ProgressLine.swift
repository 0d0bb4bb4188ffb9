import Foundation
import Harvest

/// One self-overwriting progress line on stderr, only when stderr is a terminal.
enum ProgressLine {
    static var isTerminal: Bool { isatty(2) == 1 }

    static func handler() -> (@Sendable (RunProgress) -> Void)? {
        guard isTerminal else { return nil }
        return { p in
            var line = "\r\(p.source): page \(p.pages), \(p.datasets) datasets, \(Int(p.rate))/s"
            if let total = p.totalItems { line += " of \(total)" }
            if let eta = p.eta { line += String(format: ", ETA %d:%02d", Int(eta) / 60, Int(eta) % 60) }
            FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        }
    }

    static func clear(enabled: Bool) {
        if enabled && isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// SIGINT and SIGTERM set the flag; the run finishes its page and stops cleanly.
final class SignalWatch {
    private var sources: [DispatchSourceSignal] = []

    init(_ cancel: CancellationFlag) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                printError("signal \(sig): finishing the page in flight, then stopping")
                cancel.cancel()
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit { for s in sources { s.cancel() } }
}
