import Foundation

/// Where the configuration lives, until the harvester's loader reads it fully.
enum ConfigFile {
    static let defaultPath = "config/oogst.yaml"

    /// The database the configuration names, if any.
    static func databasePath(explicit: String?) throws -> String? {
        nil
    }
}
