#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for attribute values.
enum AttributeText {
    enum ParseType { case resource, literal, collection }

    /// `Resource`, `Collection`, `Literal`; any other value is read as `Literal` (RDF/XML §7.2.20).
    static func parseType(_ value: UnsafeBufferPointer<UInt8>) -> ParseType {
        if value.elementsEqual("Resource".utf8) { return .resource }
        if value.elementsEqual("Collection".utf8) { return .collection }
        return .literal
    }

    /// True for `scheme:...` with no `/.` anywhere, the form `BaseIRI.resolve` returns unchanged.
    static func isAbsoluteWithoutDotSegments(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = v.first, isAlpha(first) else { return false }
        var i = 1
        var sawColon = false
        while i < v.count {
            let b = v[i]
            if b == UInt8(ascii: ":") { sawColon = true; break }
            if !(isAlpha(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
                 || b == UInt8(ascii: ".")) { return false }
            i += 1
        }
        guard sawColon, let base = v.baseAddress else { return false }
        // Look for "/." with memchr on '/', which is fast on long IRIs with few slashes.
        var p = UnsafeRawPointer(base + i)
        let end = UnsafeRawPointer(base + v.count)
        while p < end, let slash = memchr(p, Int32(UInt8(ascii: "/")), end - p) {
            let next = UnsafeRawPointer(slash) + 1
            if next < end && next.load(as: UInt8.self) == UInt8(ascii: ".") { return false }
            p = next
        }
        return true
    }

    @inline(__always)
    private static func isAlpha(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// libxml2 (without entity substitution) hands attribute values over with `&` of a character
    /// reference kept as `&#38;`, so that a tree builder could serialise them again; decode the
    /// character and predefined entity references that can appear that way, on bytes.
    static func decodeReferences(_ v: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(v.count)
        var i = 0
        let n = v.count
        while i < n {
            let b = v[i]
            if b == UInt8(ascii: "&"), let (scalar, next) = reference(v, at: i) {
                appendUTF8(scalar, to: &out)
                i = next
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The reference starting at `v[i] == "&"`: its scalar and the index after its `;`.
    private static func reference(_ v: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        var j = i + 1
        let n = v.count
        guard j < n else { return nil }
        if v[j] == UInt8(ascii: "#") {
            j += 1
            var radix: UInt32 = 10
            if j < n && v[j] == UInt8(ascii: "x") {
                radix = 16
                j += 1
            }
            var value: UInt32 = 0
            let digitsStart = j
            while j < n && v[j] != UInt8(ascii: ";") {
                guard let d = digit(v[j], radix: radix), value <= 0x10FFFF else { return nil }
                value = value * radix + d
                j += 1
            }
            guard j < n, j > digitsStart, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
            return (value, j + 1)
        }
        for (name, scalar) in predefined {
            let end = j + name.count
            if end < n, v[end] == UInt8(ascii: ";"), UnsafeBufferPointer(rebasing: v[j..<end]).elementsEqual(name) {
                return (scalar, end + 1)
            }
        }
        return nil
    }

    private static let predefined: [([UInt8], UInt32)] = [
        (Array("amp".utf8), 0x26), (Array("lt".utf8), 0x3C), (Array("gt".utf8), 0x3E),
        (Array("quot".utf8), 0x22), (Array("apos".utf8), 0x27),
    ]

    private static func digit(_ b: UInt8, radix: UInt32) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x61...0x66 where radix == 16: return UInt32(b - 0x61 + 10)
        case 0x41...0x46 where radix == 16: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    private static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        switch c {
        case 0..<0x80:
            out.append(UInt8(c))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (c >> 6)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (c >> 12)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (c >> 18)))
            out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }
}
