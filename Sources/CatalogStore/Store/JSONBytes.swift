import RDF

/// JSON written straight into bytes (`CompactJSONEncoder` writes through it); `raw` takes punctuation and
/// keys as static text.
///
/// The bytes go into a `ByteSink`, not an `[UInt8]` (why: there). A class, so a copy of the writer cannot
/// share the buffer unknowingly.
final class JSONBytes: ByteSink {
    /// Text written as it is: punctuation, keys, enum raw values known to need no escaping.
    @inline(__always)
    func raw(_ text: StaticString) { append(text.utf8Start, text.utf8CodeUnitCount) }

    /// Like `raw(_:)`, for text known only at run time (an enum's raw value). A separate name: with an
    /// overload, literals would pick the `String` one.
    func rawString(_ text: String) {
        var text = text
        text.withUTF8 { if let start = $0.baseAddress { append(start, $0.count) } }
    }

    /// A JSON string, quoted and escaped.
    func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            byte(UInt8(ascii: "\""))
            // Most strings need no escape: copy them whole.
            if let start = utf8.baseAddress, !JSONBytes.needsEscape(start, utf8.count) {
                append(start, utf8.count)
            } else {
                for b in utf8 { escaped(b) }
            }
            byte(UInt8(ascii: "\""))
        }
    }

    /// Appends `s` to `bytes` as a JSON string, quoted and escaped, with the same escapes as `string(_:)`
    /// (for `CompactJSONEncoder`'s sink, which writes into an array).
    static func appendString(_ s: String, to bytes: inout [UInt8]) {
        let out = JSONBytes(capacity: s.utf8.count + 8)
        out.string(s)
        bytes.append(contentsOf: UnsafeBufferPointer(start: out.base, count: out.count))
    }

    /// Whether any byte is a control character, `"` or `\\`; eight bytes a step (`PlainBytes`), since
    /// messages and remedies run to a few hundred bytes and nearly never need an escape.
    private static func needsEscape(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let bytes = UnsafeBufferPointer(start: start, count: count)
        var i = PlainBytes.runEnd(bytes, from: 0, to: count, first: UInt8(ascii: "\""), second: UInt8(ascii: "\\"),
                                  controls: true)
        while i < count {
            let b = bytes[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return true }
            i += 1
        }
        return false
    }

    private func escaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte(UInt8(ascii: "\\")); byte(b)
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0..<0x20:
            raw("\\u00")
            byte(JSONBytes.hex[Int(b >> 4)])
            byte(JSONBytes.hex[Int(b & 15)])
        default: byte(b)
        }
    }

    /// An integer in decimal, without making a String of it.
    func int(_ value: Int) {
        if value < 0 {
            guard value != .min else { rawString(String(value)); return }
            byte(UInt8(ascii: "-"))
            int(-value)
            return
        }
        if value < 10 {
            byte(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var length = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while n > 0 {
                d[19 - length] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                length += 1
            }
            append(d.baseAddress!.assumingMemoryBound(to: UInt8.self) + (20 - length), length)
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
