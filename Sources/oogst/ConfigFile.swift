import Foundation
import Harvest

/// Finds and reads the configuration: `--config`, else `config/oogst.yaml` when present.
enum ConfigFile {
    static let defaultPath = "config/oogst.yaml"

    static func path(explicit: String?) -> String? {
        if let explicit { return explicit }
        return FileManager.default.fileExists(atPath: defaultPath) ? defaultPath : nil
    }

    /// The configuration, or a usage error saying where one is expected.
    static func load(explicit: String?) throws -> HarvestConfig {
        guard let path = path(explicit: explicit) else {
            throw CLIError(status: ExitStatus.usage, message: "no configuration: give --config FILE (try config/demo.yaml) or create \(defaultPath)")
        }
        return try ConfigLoader.load(path: path)
    }

    /// The database the configuration names, if any.
    static func databasePath(explicit: String?) throws -> String? {
        guard path(explicit: explicit) != nil else { return nil }
        return try load(explicit: explicit).database
    }
}
