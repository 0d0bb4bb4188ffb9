/// A JSON value that keeps what JSON-LD needs and `JSONSerialization` loses: booleans apart from
/// numbers, integers apart from doubles, the exact lexical form of numbers, and object key order.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public static func int(_ i: Int) -> JSONValue { .number(JSONNumber(i)) }
    public static func double(_ d: Double) -> JSONValue { .number(JSONNumber(d)) }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var objectValue: JSONObject? { if case .object(let o) = self { return o }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var numberValue: JSONNumber? { if case .number(let n) = self { return n }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }
    public var isArray: Bool { if case .array = self { return true }; return false }
    public var isObject: Bool { if case .object = self { return true }; return false }
    public var isString: Bool { if case .string = self { return true }; return false }
    /// Strings, numbers and booleans: JSON-LD's "scalars".
    public var isScalar: Bool {
        switch self {
        case .string, .number, .bool: return true
        default: return false
        }
    }

    /// The value itself when it is an array, else a one-element array (JSON-LD's "as array").
    public var asArray: [JSONValue] { if case .array(let a) = self { return a }; return [self] }
}

/// A JSON number: its lexical form as written and its IEEE double value. `isInteger` is true when the
/// lexical form has no fraction and no exponent.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    public let lexical: String
    public let value: Double
    public let isInteger: Bool

    public init(lexical: String, value: Double, isInteger: Bool) {
        self.lexical = lexical
        self.value = value
        self.isInteger = isInteger
    }

    public init(_ i: Int) {
        self.init(lexical: String(i), value: Double(i), isInteger: true)
    }

    public init(_ d: Double) {
        self.init(lexical: JCS.formatNumber(d), value: d, isInteger: false)
    }

    public var description: String { lexical }

    /// JSON-LD compares numbers by value, as JavaScript does (`1` equals `1.0`).
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool { a.value == b.value }
    public func hash(into h: inout Hasher) { h.combine(value) }
}

/// A JSON object: members in document order. Small objects (nearly all of them) are searched
/// linearly, which beats hashing; past `indexThreshold` members a dictionary index keeps lookups
/// constant-time, so an object with 100k members is never scanned per lookup. Equality and hashing
/// ignore member order, as JSON object comparison must.
public struct JSONObject: Hashable, Sendable, Sequence {
    private var entries: [(key: String, value: JSONValue)] = []
    private var index: [String: Int]?
    private static let indexThreshold = 12

    public init() {}

    public init(reservingCapacity n: Int) { entries.reserveCapacity(n) }

    /// Members whose keys the caller knows to be distinct (a few, built by the processor).
    init(distinct pairs: [(key: String, value: JSONValue)]) {
        entries = pairs
        if entries.count > JSONObject.indexThreshold { rebuildIndex() }
    }

    public init(_ pairs: [(String, JSONValue)]) {
        entries.reserveCapacity(pairs.count)
        for (k, v) in pairs { self[k] = v }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    @inline(__always) private func position(of key: String) -> Int? {
        if let index { return index[key] }
        // Keys are often long IRIs sharing a prefix: a length check rejects most without comparing bytes.
        let n = key.utf8.count
        for i in entries.indices where entries[i].key.utf8.count == n && entries[i].key == key { return i }
        return nil
    }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let i = position(of: key) {
                if let newValue {
                    entries[i].value = newValue
                } else {
                    entries.remove(at: i)
                    if index != nil { rebuildIndex() }
                }
            } else if let newValue {
                entries.append((key, newValue))
                if index != nil {
                    index?[key] = entries.count - 1
                } else if entries.count > JSONObject.indexThreshold {
                    rebuildIndex()
                }
            }
        }
    }

    private mutating func rebuildIndex() {
        guard entries.count > JSONObject.indexThreshold else { index = nil; return }
        var ix: [String: Int] = [:]
        ix.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() { ix[e.key] = i }
        index = ix
    }

    public func has(_ key: String) -> Bool { position(of: key) != nil }

    public struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[(key: String, value: JSONValue)]>
        public mutating func next() -> (key: String, value: JSONValue)? { base.next() }
    }

    /// Members in document order.
    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }

    public var sortedKeys: [String] { keys.sorted() }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        for e in a.entries {
            guard let v = b[e.key], v == e.value else { return false }
        }
        return true
    }

    public func hash(into h: inout Hasher) {
        // Order-independent: a commutative sum of per-member hashes.
        var sum = 0
        for e in entries {
            var m = Hasher()
            m.combine(e.key)
            m.combine(e.value)
            sum &+= m.finalize()
        }
        h.combine(count)
        h.combine(sum)
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text, members in document order (for messages and debugging; `JCS` for canonical text).
    public var description: String {
        var out = ""
        JSONWriter.write(self, into: &out, sortKeys: false)
        return out
    }
}

enum JSONWriter {
    static func write(_ v: JSONValue, into out: inout String, sortKeys: Bool) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += sortKeys ? JCS.formatNumber(n.value) : n.lexical
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out += "["
            for (i, x) in a.enumerated() {
                if i > 0 { out += "," }
                write(x, into: &out, sortKeys: sortKeys)
            }
            out += "]"
        case .object(let o):
            out += "{"
            let members = sortKeys ? o.sorted { JCS.utf16Less($0.key, $1.key) } : Array(o)
            for (i, m) in members.enumerated() {
                if i > 0 { out += "," }
                writeString(m.key, into: &out)
                out += ":"
                write(m.value, into: &out, sortKeys: sortKeys)
            }
            out += "}"
        }
    }

    /// RFC 8785 §3.2.2.2 string escaping (also valid plain JSON).
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
