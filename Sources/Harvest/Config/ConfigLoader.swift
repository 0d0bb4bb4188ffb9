import Foundation
import RDFIO
import Yams

/// Reads `config/*.yaml` through Yams' node API, so every refusal names the file, line and key.
///
/// Relative `file:` URLs resolve against the folder of the configuration file (a demo configuration and
/// its fixture feeds travel together, whatever the working directory); the database path stays as
/// written and, like `--db`, is relative to the working directory.
public enum ConfigLoader {
    public static func load(path: String) throws(ConfigError) -> HarvestConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: nil, key: "", message: "cannot read the configuration: \(error.localizedDescription)")
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        return try parse(yaml: text, file: path, baseDirectory: folder)
    }

    /// Parses YAML text; `file` is only used in messages, `baseDirectory` resolves relative `file:` URLs.
    public static func parse(yaml: String, file: String, baseDirectory: URL) throws(ConfigError) -> HarvestConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigReader.yamlError(error, file: file, yaml: yaml)
        } catch {
            throw ConfigError(file: file, line: nil, key: "", message: "not valid YAML: \(error)")
        }
        guard let root else { throw ConfigError(file: file, line: 1, key: "", message: "the configuration is empty") }
        var reader = ConfigReader(file: file, baseDirectory: baseDirectory)
        return try reader.config(root)
    }
}

/// Walks the node tree; every accessor knows the key path of the node it reads.
struct ConfigReader {
    let file: String
    let baseDirectory: URL

    static let globalKeys = ["database", "user_agent", "contact", "connect_timeout", "total_timeout", "retries",
                             "max_body_size", "host_interval", "max_redirects", "max_retry_after", "withdrawal_guard",
                             "grace_days", "link_recheck_age", "link_concurrency", "max_concurrent_sources", "sources"]
    static let sourceKeys = ["id", "title", "url", "kind", "schedule", "format", "allow_file", "connect_timeout",
                             "total_timeout", "max_body_size", "retries", "max_pages", "rows", "dataset_iri", "enabled"]

    static func yamlError(_ error: YamlError, file: String, yaml: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigError(file: file, line: mark.line, key: "", message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            return ConfigError(file: file, line: secondOccurrence(of: key, in: yaml, from: context.mark.line) ?? context.mark.line,
                               key: key, message: "given twice")
        default:
            return ConfigError(file: file, line: nil, key: "", message: "not valid YAML: \(error)")
        }
    }

    /// Yams reports a duplicate key at its mapping; the line of the repeated key is more use to a person.
    static func secondOccurrence(of key: String, in yaml: String, from line: Int) -> Int? {
        var seen = 0
        for (i, raw) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where i + 1 >= line {
            var t = raw.drop { $0 == " " || $0 == "\t" }
            if t.hasPrefix("- ") { t = t.dropFirst(2).drop { $0 == " " } }
            if t.hasPrefix(key + ":") || t.hasPrefix("\"\(key)\":") {
                seen += 1
                if seen == 2 { return i + 1 }
            }
        }
        return nil
    }

    func fail(_ node: Node?, _ key: String, _ message: String) -> ConfigError {
        ConfigError(file: file, line: node?.mark?.line, key: key, message: message)
    }

    /// The entries of a mapping, in order, refusing duplicate, non-text and unknown keys.
    func entries(_ node: Node, _ path: String, allowed: [String]) throws(ConfigError) -> [(key: String, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, path, "expected a mapping of keys to values, found \(kindName(node))")
        }
        var seen = Set<String>()
        var out: [(String, Node)] = []
        for (k, v) in mapping {
            guard case .scalar(let scalar) = k else { throw fail(k, path, "keys must be plain words") }
            let key = scalar.string
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw fail(k, keyPath, "unknown key (known keys: \(allowed.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw fail(k, keyPath, "given twice") }
            out.append((key, v))
        }
        return out
    }

    func kindName(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s): return "\"\(s.string)\""
        case .alias: return "an alias"
        }
    }

    func text(_ node: Node, _ path: String) throws(ConfigError) -> String {
        guard case .scalar(let s) = node else {
            throw fail(node, path, "expected a single value, found \(kindName(node))")
        }
        let isNull = s.style == .plain && (s.string == "~" || s.string == "null" || s.string == "Null" || s.string == "NULL")
        if isNull || s.string.trimmingCharacters(in: .whitespaces).isEmpty { throw fail(node, path, "needs a value") }
        return s.string
    }

    func integer(_ node: Node, _ path: String, _ range: ClosedRange<Int>) throws(ConfigError) -> Int {
        let t = try text(node, path)
        guard let n = Int(t) else { throw fail(node, path, "\"\(t)\" is not a whole number") }
        guard range.contains(n) else {
            throw fail(node, path, "\(n) is out of range (\(range.lowerBound)...\(range.upperBound))")
        }
        return n
    }

    func boolean(_ node: Node, _ path: String) throws(ConfigError) -> Bool {
        let t = try text(node, path)
        switch t.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, path, "\"\(t)\" is not true or false")
        }
    }

    func share(_ node: Node, _ path: String) throws(ConfigError) -> Double {
        let t = try text(node, path)
        var value: Double?
        if t.hasSuffix("%"), let p = Double(t.dropLast()) { value = p / 100 } else { value = Double(t) }
        guard let v = value, v.isFinite, v >= 0, v <= 1 else {
            throw fail(node, path, "\"\(t)\" is not a share between 0 and 1 (or 0% to 100%)")
        }
        return v
    }

    /// Seconds: `30` or `1.5` (seconds), `500ms`, `30s`, `10m`, `2h`, `7d`.
    func duration(_ node: Node, _ path: String, minimum: TimeInterval = 0) throws(ConfigError) -> TimeInterval {
        let t = try text(node, path)
        guard let seconds = ConfigReader.seconds(t), seconds.isFinite else {
            throw fail(node, path, "\"\(t)\" is not a duration (e.g. 30s, 10m, 2h, 7d)")
        }
        guard seconds >= minimum else { throw fail(node, path, "\"\(t)\" is too short (at least \(minimum)s)") }
        return seconds
    }

    static func seconds(_ t: String) -> Double? {
        if let n = Double(t) { return n >= 0 ? n : nil }
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            if let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n >= 0 { return n * factor }
        }
        return nil
    }

    /// Bytes: `1048576`, `100KB`, `512MB`, `1GB` (powers of 1000) or `KiB`, `MiB`, `GiB` (powers of 1024).
    func size(_ node: Node, _ path: String) throws(ConfigError) -> Int64 {
        let t = try text(node, path)
        guard let bytes = ConfigReader.bytes(t), bytes > 0 else {
            throw fail(node, path, "\"\(t)\" is not a size (e.g. 512MB, 1GiB, or a number of bytes)")
        }
        return bytes
    }

    static func bytes(_ t: String) -> Int64? {
        if let n = Int64(t) { return n }
        let units: [(String, Double)] = [("KiB", 1024), ("MiB", 1_048_576), ("GiB", 1_073_741_824),
                                         ("KB", 1000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("B", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n > 0 else { return nil }
            let v = n * factor
            return v < Double(Int64.max) ? Int64(v) : nil
        }
        return nil
    }

    mutating func config(_ root: Node) throws(ConfigError) -> HarvestConfig {
        var database: String?
        var userAgent = HarvestConfig.defaultUserAgent
        var contact: String?
        var http = HTTPSettings()
        var guardShare = 0.5, graceDays = 30, linkAge: TimeInterval = 7 * 86_400, linkConcurrency = 8, maxSources = 2
        var sources: [SourceConfig] = []
        var sawSources = false

        for (key, value) in try entries(root, "", allowed: ConfigReader.globalKeys) {
            switch key {
            case "database": database = try text(value, key)
            case "user_agent": userAgent = try text(value, key)
            case "contact":
                let c = try text(value, key)
                guard c.contains("@") || c.hasPrefix("http://") || c.hasPrefix("https://") else {
                    throw fail(value, key, "\"\(c)\" is not an e-mail address or URL; portals must be able to reach the operator")
                }
                contact = c
            case "connect_timeout": http.connectTimeout = try duration(value, key, minimum: 1)
            case "total_timeout": http.totalTimeout = try duration(value, key, minimum: 1)
            case "retries": http.retries = try integer(value, key, 0...10)
            case "max_body_size": http.maxBodySize = try size(value, key)
            case "host_interval": http.hostInterval = try duration(value, key)
            case "max_redirects": http.maxRedirects = try integer(value, key, 0...20)
            case "max_retry_after": http.maxRetryAfter = try duration(value, key)
            case "withdrawal_guard": guardShare = try share(value, key)
            case "grace_days": graceDays = try integer(value, key, 0...3650)
            case "link_recheck_age": linkAge = try duration(value, key)
            case "link_concurrency": linkConcurrency = try integer(value, key, 1...256)
            case "max_concurrent_sources": maxSources = try integer(value, key, 1...64)
            case "sources":
                sawSources = true
                guard case .sequence(let list) = value else {
                    throw fail(value, key, "expected a list of sources, found \(kindName(value))")
                }
                var ids: [String: Int] = [:]
                for (i, item) in list.enumerated() {
                    let source = try self.source(item, "sources[\(i)]")
                    if let first = ids[source.id] {
                        throw fail(item, "sources[\(i)].id", "\"\(source.id)\" is already the id of sources[\(first)]")
                    }
                    ids[source.id] = i
                    sources.append(source)
                }
            default: break
            }
        }
        guard let contact else {
            throw fail(root, "contact", "missing: give an e-mail address or URL where portal operators can reach you")
        }
        guard sawSources else { throw fail(root, "sources", "missing: list at least one source") }
        if http.totalTimeout < http.connectTimeout {
            throw fail(root, "total_timeout", "is shorter than connect_timeout")
        }
        return HarvestConfig(database: database, userAgent: userAgent, contact: contact, http: http,
                             withdrawalGuardShare: guardShare, graceDays: graceDays, linkRecheckAge: linkAge,
                             linkConcurrency: linkConcurrency, maxConcurrentSources: maxSources, sources: sources, path: file)
    }

    func source(_ node: Node, _ path: String) throws(ConfigError) -> SourceConfig {
        let items = try entries(node, path, allowed: ConfigReader.sourceKeys)
        var values: [String: Node] = [:]
        for (k, v) in items { values[k] = v }
        func required(_ key: String) throws(ConfigError) -> Node {
            guard let v = values[key] else { throw fail(node, path, "missing required key \"\(key)\"") }
            return v
        }

        let idNode = try required("id")
        let id = try text(idNode, "\(path).id")
        guard ConfigReader.isValidID(id) else {
            throw fail(idNode, "\(path).id", "\"\(id)\" must be lower-case letters, digits, - and _ (starting with a letter or digit)")
        }
        var allowFile = false
        if let v = values["allow_file"] { allowFile = try boolean(v, "\(path).allow_file") }

        let urlNode = try required("url")
        let url = try self.url(urlNode, "\(path).url", allowFile: allowFile)

        var source = SourceConfig(id: id, url: url, allowFile: allowFile)
        if let v = values["title"] { source.title = try text(v, "\(path).title") }
        if let v = values["kind"] {
            let k = try text(v, "\(path).kind")
            guard let kind = SourceConfig.Kind(rawValue: k.lowercased()) else {
                throw fail(v, "\(path).kind", "\"\(k)\" is not a source kind (dcat or ckan)")
            }
            source.kind = kind
        }
        if let v = values["schedule"] {
            let s = try text(v, "\(path).schedule")
            do { source.schedule = try Schedule(parsing: s) } catch { throw fail(v, "\(path).schedule", error.message) }
        }
        if let v = values["format"] {
            let f = try text(v, "\(path).format")
            guard let format = RDFFormat(name: f) else {
                throw fail(v, "\(path).format", "\"\(f)\" is not a serialization we read (turtle, ntriples, nquads, rdfxml, jsonld)")
            }
            source.format = format
        }
        if let v = values["connect_timeout"] { source.connectTimeout = try duration(v, "\(path).connect_timeout", minimum: 1) }
        if let v = values["total_timeout"] { source.totalTimeout = try duration(v, "\(path).total_timeout", minimum: 1) }
        if let v = values["max_body_size"] { source.maxBodySize = try size(v, "\(path).max_body_size") }
        if let v = values["retries"] { source.retries = try integer(v, "\(path).retries", 0...10) }
        if let v = values["max_pages"] { source.maxPages = try integer(v, "\(path).max_pages", 1...1_000_000) }
        if let v = values["rows"] { source.rows = try integer(v, "\(path).rows", 1...1000) }
        if let v = values["dataset_iri"] {
            let t = try text(v, "\(path).dataset_iri")
            guard t.contains("{name}") || t.contains("{id}") else {
                throw fail(v, "\(path).dataset_iri", "\"\(t)\" must contain {name} or {id}")
            }
            source.datasetIRITemplate = t
        }
        if let v = values["enabled"] { source.enabled = try boolean(v, "\(path).enabled") }
        if source.kind == .ckan && source.format != nil, let v = values["format"] {
            throw fail(v, "\(path).format", "a ckan source reads JSON; format applies to dcat sources only")
        }
        if source.kind != .ckan, let v = values["rows"] ?? values["dataset_iri"] {
            throw fail(v, path, "rows and dataset_iri apply to ckan sources only")
        }
        return source
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, isLowerAlnum(first) else { return false }
        return id.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    /// `https://…`/`http://…` as given; `file:` only when allowed, relative paths against the config's folder.
    func url(_ node: Node, _ path: String, allowFile: Bool) throws(ConfigError) -> URL {
        let t = try text(node, path)
        let lower = t.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let u = URL(string: t), let host = u.host, !host.isEmpty else {
                throw fail(node, path, "\"\(t)\" is not a valid URL")
            }
            return u
        }
        if lower.hasPrefix("file:") {
            guard allowFile else { throw fail(node, path, "file: URLs are read only with allow_file: true") }
            var rest = String(t.dropFirst(5))
            if rest.hasPrefix("//") {
                // file:///abs/path or file://localhost/abs/path
                rest.removeFirst(2)
                guard let slash = rest.firstIndex(of: "/") else { throw fail(node, path, "\"\(t)\" names no file") }
                let host = rest[..<slash]
                guard host.isEmpty || host == "localhost" else {
                    throw fail(node, path, "\"\(t)\" names another host; only local files can be read")
                }
                rest = String(rest[slash...])
            }
            let decoded = rest.removingPercentEncoding ?? rest
            guard !decoded.isEmpty else { throw fail(node, path, "\"\(t)\" names no file") }
            let fileURL = decoded.hasPrefix("/")
                ? URL(fileURLWithPath: decoded)
                : baseDirectory.appendingPathComponent(decoded)
            return fileURL.standardizedFileURL
        }
        throw fail(node, path, "\"\(t)\" is not an http(s) or file: URL")
    }
}
