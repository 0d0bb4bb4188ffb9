import ArgumentParser
import CatalogStore
import Foundation
import Harvest

/// `--db` and `--config`, shared by every command that reads or writes the catalog.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The catalog database (default: the config's database, else oogst.sqlite).", valueName: "FILE"))
    var db: String?

    @Option(help: ArgumentHelp("The configuration file (default: config/oogst.yaml when present).", valueName: "FILE"))
    var config: String?

    /// The database path: --db, else the configuration's, else `oogst.sqlite` here.
    func databasePath() throws -> String {
        if let db { return db }
        if let configured = try ConfigFile.databasePath(explicit: config) { return configured }
        return "oogst.sqlite"
    }

    /// Opens an existing catalog for reading commands; a missing file is an error, not a new empty catalog.
    /// `mapped` is for the long-lived server (see `CatalogStore.init`).
    func openExisting(mapped: Bool = false) throws -> CatalogStore {
        let path = try databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(status: ExitStatus.ioError,
                           message: "\(path): no catalog database here; run `oogst harvest` first or give --db FILE")
        }
        return try CatalogStore(path: path, mapped: mapped)
    }

    /// Opens or creates the catalog for writing commands.
    func openOrCreate() throws -> CatalogStore {
        try CatalogStore(path: try databasePath())
    }
}

/// What a writing command (harvest, daemon, links) holds: the configuration, the one-writer lock on the
/// database and the store itself, opened in that order.
struct WritingSession {
    let config: HarvestConfig
    let lock: DatabaseLock
    let store: CatalogStore

    init(_ options: StoreOptions) throws {
        config = try ConfigFile.load(explicit: options.config)
        let path = options.db ?? config.database ?? "oogst.sqlite"
        lock = try DatabaseLock(database: path)
        store = try CatalogStore(path: path)
    }

    var runner: HarvestRunner { HarvestRunner(config: config, store: store) }
}

/// A failure with its exit status and message already decided.
struct CLIError: Error, CustomStringConvertible {
    var status: Int32
    var message: String
    var description: String { message }
}
