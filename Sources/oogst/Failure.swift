import ArgumentParser
import CatalogStore
import JSONLD
import RDF
import RDFIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit statuses of the command-line contract (sysexits.h numbers).
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let unavailable: Int32 = 69
    static let ioError: Int32 = 74
}

/// Runs a command's work, turning any failure into the contract's message and exit status.
func reportingFailures(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let e as ExitCode {
        throw e
    } catch {
        throw fail(error)
    }
}

/// Prints `oogst: message` on stderr and turns the error into the contract's exit status.
func fail(_ error: Error) -> ExitCode {
    let status: Int32
    switch error {
    case is RDFSyntaxError: status = ExitStatus.dataError
    case is UnknownFormat: status = ExitStatus.dataError
    case is JSONLDError: status = ExitStatus.dataError
    case is ByteSourceError: status = ExitStatus.ioError
    case let e as ValidationError: printError("\(e)"); return ExitCode(ExitStatus.usage)
    case let e as UnknownFacetValue: printError("\(e)"); return ExitCode(ExitStatus.usage)
    case let e as CLIError: printError(e.message); return ExitCode(e.status)
    case is StoreError: status = ExitStatus.ioError
    default: status = 1
    }
    if let e = error as? JSONLDError, e.code == "document not streamable" {
        printError("\(error) (run again with --no-streaming)")
    } else {
        printError("\(error)")
    }
    return ExitCode(status)
}

func printError(_ message: String) {
    var line = "oogst: \(message)\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
