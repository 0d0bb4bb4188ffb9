import DCAT

/// A streaming JSON encoder for `Encodable` values: writes bytes as the value's `encode(to:)` runs, with no
/// intermediate tree, keys in encoding order, no whitespace; `JSONDecoder` reads it back. (Foundation's
/// encoder on Linux orders keys its own way and cost several times more.)
///
/// The store now writes models and scores in binary layouts (`ModelTable`, `QualityTable`); earlier
/// versions stored this JSON (the synthesized `Codable`'s keys and order), and the tests use this encoder
/// to make such records and check that they still read.
///
/// It relies on what synthesized and hand-written `encode(to:)` methods do: a container is filled before
/// its parent writes its next entry. A parent writing again closes its open children (`}`/`]`).
/// Coding paths are not tracked (they would cost an allocation per value); errors name the top level.
public struct CompactJSONEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = JSONSink()
        try sink.encodeValue(value, codingPath: [])
        sink.close(downTo: 0)
        return sink.bytes
    }
}

final class JSONSink {
    var bytes: [UInt8] = []
    /// Open containers: `true` for an object, `false` for an array, with how many entries each has.
    var open: [(isObject: Bool, count: Int)] = []

    init() { bytes.reserveCapacity(4096) }

    /// Closes every container deeper than `depth`.
    func close(downTo depth: Int) {
        while open.count > depth {
            bytes.append(open.removeLast().isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Starts an entry of the container at `depth` (1-based index into `open`): closes deeper ones, writes the
    /// comma and, in an object, the key.
    func beginEntry(depth: Int, key: String?) {
        close(downTo: depth)
        if open[depth - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[depth - 1].count += 1
        if let key {
            // Coding keys are Swift identifiers: nothing to escape.
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: key.utf8)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }
    }

    func push(isObject: Bool) -> Int {
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        open.append((isObject, 0))
        return open.count
    }

    /// Encodes a nested value in the slot just opened; a value that asks for no container becomes `{}`.
    func encodeValue<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Metatype checks, then a bit cast to the very same type: dynamic casts (`as?`) cost more than
        // the rest of the encoding of a string.
        if T.self == String.self { string(unsafeBitCast(value, to: String.self)); return }
        if T.self == Int.self { literal(String(unsafeBitCast(value, to: Int.self))); return }
        if T.self == Int64.self { literal(String(unsafeBitCast(value, to: Int64.self))); return }
        if T.self == Bool.self { literal(unsafeBitCast(value, to: Bool.self) ? "true" : "false"); return }
        if T.self == Double.self { try double(unsafeBitCast(value, to: Double.self), codingPath); return }
        // The two shapes a Dataset is mostly made of, written without a container per value.
        if T.self == [String].self { strings(unsafeBitCast(value, to: [String].self)); return }
        if T.self == LocalizedText.self { localized(unsafeBitCast(value, to: LocalizedText.self)); return }
        let encoder = SlotEncoder(sink: self, codingPath: codingPath)
        try value.encode(to: encoder)
        if !encoder.filled { literal("{}") }
    }

    func literal(_ s: String) { bytes.append(contentsOf: s.utf8) }

    func strings(_ values: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, v) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(v)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// What `LocalizedText`'s synthesized Codable writes: `{"values":[{"value":…,"language":…}]}`
    /// (the language key left out when nil, as `encodeIfPresent` does). The model round-trip test holds
    /// the two equal.
    func localized(_ text: LocalizedText) {
        literal(#"{"values":["#)
        for (i, v) in text.values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            literal(#"{"value":"#)
            string(v.value)
            if let language = v.language {
                literal(#","language":"#)
                string(language)
            }
            bytes.append(UInt8(ascii: "}"))
        }
        literal("]}")
    }

    func double(_ d: Double, _ codingPath: [any CodingKey]) throws {
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, .init(codingPath: codingPath, debugDescription: "JSON has no NaN or infinity"))
        }
        if d == d.rounded(), abs(d) < 1e15 { literal(String(Int64(d))) } else { literal("\(d)") }
    }

    func string(_ s: String) { JSONBytes.appendString(s, to: &bytes) }
}

/// The encoder handed to one value; the first container it gives out fills its slot.
final class SlotEncoder: Encoder {
    let sink: JSONSink
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var filled = false
    var depth = 0

    init(sink: JSONSink, codingPath: [any CodingKey]) { self.sink = sink; self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A second request for the same kind of container continues the first (as Foundation allows).
        if !filled { filled = true; depth = sink.push(isObject: true) }
        return KeyedEncodingContainer(KeyedSink<Key>(sink: sink, depth: depth, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if !filled { filled = true; depth = sink.push(isObject: false) }
        return UnkeyedSink(sink: sink, depth: depth, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleSink(encoder: self)
    }
}

struct KeyedSink<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: JSONSink
    let depth: Int
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { sink.beginEntry(depth: depth, key: key.stringValue); sink.literal("null") }

    mutating func encode(_ value: String, forKey key: Key) throws {
        sink.beginEntry(depth: depth, key: key.stringValue)
        sink.string(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        sink.beginEntry(depth: depth, key: key.stringValue)
        sink.literal(String(value))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        sink.beginEntry(depth: depth, key: key.stringValue)
        sink.literal(value ? "true" : "false")
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        guard let value else { return }
        try encode(value, forKey: key)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        sink.beginEntry(depth: depth, key: key.stringValue)
        try sink.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.beginEntry(depth: depth, key: key.stringValue)
        return KeyedEncodingContainer(KeyedSink<NestedKey>(sink: sink, depth: sink.push(isObject: true), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        sink.beginEntry(depth: depth, key: key.stringValue)
        return UnkeyedSink(sink: sink, depth: sink.push(isObject: false), codingPath: codingPath)
    }

    // Oogst's models never call superEncoder; a slot left empty by its caller would be invalid JSON.
    mutating func superEncoder() -> Encoder {
        sink.beginEntry(depth: depth, key: "super")
        return PendingSlot(sink: sink, codingPath: codingPath).encoder
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        sink.beginEntry(depth: depth, key: key.stringValue)
        return PendingSlot(sink: sink, codingPath: codingPath).encoder
    }
}

struct UnkeyedSink: UnkeyedEncodingContainer {
    let sink: JSONSink
    let depth: Int
    let codingPath: [any CodingKey]
    var count: Int { sink.open.count >= depth ? sink.open[depth - 1].count : 0 }

    mutating func encodeNil() throws { sink.beginEntry(depth: depth, key: nil); sink.literal("null") }

    mutating func encode(_ value: String) throws {
        sink.beginEntry(depth: depth, key: nil)
        sink.string(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        sink.beginEntry(depth: depth, key: nil)
        try sink.encodeValue(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        sink.beginEntry(depth: depth, key: nil)
        return KeyedEncodingContainer(KeyedSink<NestedKey>(sink: sink, depth: sink.push(isObject: true), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        sink.beginEntry(depth: depth, key: nil)
        return UnkeyedSink(sink: sink, depth: sink.push(isObject: false), codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        sink.beginEntry(depth: depth, key: nil)
        return PendingSlot(sink: sink, codingPath: codingPath).encoder
    }
}

struct SingleSink: SingleValueEncodingContainer {
    let encoder: SlotEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.filled = true; encoder.sink.literal("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.filled = true
        try encoder.sink.encodeValue(value, codingPath: encoder.codingPath)
    }

    mutating func encode(_ value: Bool) throws { encoder.filled = true; encoder.sink.literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoder.filled = true; encoder.sink.string(value) }
    mutating func encode(_ value: Int) throws { encoder.filled = true; encoder.sink.literal(String(value)) }
    mutating func encode(_ value: Double) throws { encoder.filled = true; try encoder.sink.double(value, codingPath) }
}

/// A slot opened by `superEncoder`: whatever the caller encodes into it fills it.
struct PendingSlot {
    let encoder: SlotEncoder
    init(sink: JSONSink, codingPath: [any CodingKey]) { encoder = SlotEncoder(sink: sink, codingPath: codingPath) }
}
