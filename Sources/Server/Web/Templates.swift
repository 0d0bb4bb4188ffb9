import Foundation
import Mustache

/// The Mustache templates of the web pages (`Sources/Server/Templates/*.mustache`, shipped as the target's
/// resources). They are looked up by path instead of through `Bundle.module`, which stops the process
/// when the bundle is missing: `--templates DIR` or `OOGST_TEMPLATES`, else the resource bundle beside the
/// executable or in the build folder this binary came from. A missing folder is a start-up error.
enum Templates {
    struct Missing: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the web page templates were not found (looked in \(searched.joined(separator: ", "))); give --templates DIR or set OOGST_TEMPLATES to Sources/Server/Templates"
        }
    }

    static let bundleName = "Oogst_Server.resources"
    static let names = ["layout", "search", "dataset", "publishers", "publisher", "error"]

    static func candidates(explicit: String?) -> [String] {
        if let explicit { return [explicit] }
        var out: [String] = []
        if let env = ProcessInfo.processInfo.environment["OOGST_TEMPLATES"] { out.append(env) }
        var executableDirs: [URL] = [Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { executableDirs.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        for dir in executableDirs {
            out.append(dir.appendingPathComponent(bundleName).appendingPathComponent("Templates").path)
            // Test runners live in a bundle one or more levels below the build folder.
            out.append(dir.deletingLastPathComponent().appendingPathComponent(bundleName).appendingPathComponent("Templates").path)
            out.append(dir.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(bundleName).appendingPathComponent("Templates").path)
        }
        // The source tree, when running from a checkout's build folder.
        out.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates").path)
        return out
    }

    static func load(explicit: String?) async throws -> MustacheLibrary {
        // A folder given explicitly is the only place looked at: a typo must not fall back silently.
        let searched = explicit.map { [$0] } ?? candidates(explicit: nil)
        for dir in searched where FileManager.default.fileExists(atPath: dir + "/layout.mustache") {
            var library = MustacheLibrary()
            for name in names {
                let text = try String(contentsOfFile: dir + "/\(name).mustache", encoding: .utf8)
                try library.register(text, named: name)
            }
            return library
        }
        throw Missing(searched: searched)
    }
}
