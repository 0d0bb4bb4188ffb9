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
    /// character and predefined entity references that can appear that way.
    static func decodeReferences(_ v: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(v.count)
        var i = 0
        while i < v.count {
            let b = v[i]
            guard b == UInt8(ascii: "&"), let semi = v[i...].firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b)
                i += 1
                continue
            }
            let name = v[(i + 1)..<semi]
            if let scalar = reference(name) {
                out.append(contentsOf: String(Character(scalar)).utf8)
                i = semi + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func reference(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        let s = String(decoding: name, as: UTF8.self)
        switch s {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard s.hasPrefix("#") else { return nil }
        let digits = s.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        return value.flatMap(Unicode.Scalar.init)
    }
}
