/// A generated table: one row per line, columns separated by tabs, split once on first use.
/// The first column is the key; lookups are dictionary lookups, never scans.
public final class VocabularyTable: Sendable {
    public let rows: [[String]]
    public let index: [String: Int]

    init(_ text: String) {
        var rows: [[String]] = []
        var index: [String: Int] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let key = cols.first, !key.isEmpty else { continue }
            if index[key] == nil { index[key] = rows.count }
            rows.append(cols)
        }
        self.rows = rows
        self.index = index
    }

    public var keys: [String] { rows.map { $0[0] } }
    public func contains(_ key: String) -> Bool { index[key] != nil }
    /// Column `column` (0 = key) of the row for `key`; "" when the column is absent.
    public func value(_ key: String, _ column: Int) -> String? {
        guard let i = index[key] else { return nil }
        let row = rows[i]
        return column < row.count ? row[column] : ""
    }
}

/// Namespace for the generated tables (see scripts/gen_dcat_vocabularies.py).
enum GeneratedTables {}
