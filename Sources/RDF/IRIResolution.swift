/// RFC 3986 §5 reference resolution, on UTF-8 bytes.
///
/// A `BaseIRI` is parsed once and then resolves many references; Turtle and RDF/XML documents resolve
/// every relative IRI against the same base, so the base is not re-parsed per reference.
public struct BaseIRI: Sendable, Hashable {
    public let value: String
    private let parts: IRIParts

    public init(_ value: String) {
        self.value = value
        self.parts = IRIParts(Array(value.utf8))
    }

    /// True when `reference` starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    public static func hasScheme(_ reference: String) -> Bool {
        IRIParts.schemeEnd(reference.utf8) != nil
    }

    /// Resolves `reference` against this base (RFC 3986 §5.2.2, strict: a reference's scheme is kept even
    /// when it equals the base's).
    public func resolve(_ reference: String) -> String {
        let refBytes = Array(reference.utf8)
        let r = IRIParts(refBytes)
        // An absolute reference without dot segments resolves to itself; skip the rebuild (the common case).
        if r.scheme != nil && !IRIParts.mayHaveDotSegments(r.path) { return reference }

        var scheme: ArraySlice<UInt8>?
        var authority: ArraySlice<UInt8>?
        var path: [UInt8]
        var query: ArraySlice<UInt8>?
        if let s = r.scheme {
            scheme = s
            authority = r.authority
            path = IRIParts.removeDotSegments(r.path)
            query = r.query
        } else {
            if let a = r.authority {
                authority = a
                path = IRIParts.removeDotSegments(r.path)
                query = r.query
            } else {
                if r.path.isEmpty {
                    path = Array(parts.path)
                    query = r.query ?? parts.query
                } else {
                    if r.path.first == UInt8(ascii: "/") {
                        path = IRIParts.removeDotSegments(r.path)
                    } else {
                        path = IRIParts.removeDotSegments(merge(r.path)[...])
                    }
                    query = r.query
                }
                authority = parts.authority
            }
            scheme = parts.scheme
        }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + refBytes.count)
        if let scheme { out += scheme; out.append(UInt8(ascii: ":")) }
        if let authority { out += [UInt8(ascii: "/"), UInt8(ascii: "/")]; out += authority }
        out += path
        if let query { out.append(UInt8(ascii: "?")); out += query }
        if let f = r.fragment { out.append(UInt8(ascii: "#")); out += f }
        return String(decoding: out, as: UTF8.self)
    }

    /// §5.2.3: the reference's path appended to the base path's directory.
    private func merge(_ refPath: ArraySlice<UInt8>) -> [UInt8] {
        if parts.authority != nil && parts.path.isEmpty { return [UInt8(ascii: "/")] + Array(refPath) }
        guard let slash = parts.path.lastIndex(of: UInt8(ascii: "/")) else { return Array(refPath) }
        return Array(parts.path[...slash]) + refPath
    }
}

/// The five components of RFC 3986 Appendix B; an absent component is nil, an empty one is empty.
struct IRIParts: Sendable, Hashable {
    var scheme: ArraySlice<UInt8>?
    var authority: ArraySlice<UInt8>?
    var path: ArraySlice<UInt8>
    var query: ArraySlice<UInt8>?
    var fragment: ArraySlice<UInt8>?

    init(_ b: [UInt8]) {
        var i = b.startIndex
        if let e = IRIParts.schemeEnd(b) {
            scheme = b[b.startIndex..<(b.startIndex + e)]
            i = b.startIndex + e + 1
        }
        if i + 1 < b.endIndex, b[i] == UInt8(ascii: "/"), b[i + 1] == UInt8(ascii: "/") {
            let start = i + 2
            var j = start
            while j < b.endIndex, b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: "?"), b[j] != UInt8(ascii: "#") {
                j += 1
            }
            authority = b[start..<j]
            i = j
        }
        var j = i
        while j < b.endIndex, b[j] != UInt8(ascii: "?"), b[j] != UInt8(ascii: "#") { j += 1 }
        path = b[i..<j]
        i = j
        if i < b.endIndex, b[i] == UInt8(ascii: "?") {
            j = i + 1
            while j < b.endIndex, b[j] != UInt8(ascii: "#") { j += 1 }
            query = b[(i + 1)..<j]
            i = j
        }
        if i < b.endIndex, b[i] == UInt8(ascii: "#") {
            fragment = b[(i + 1)...]
        }
    }

    /// Offset of the ':' that ends a scheme, if the bytes start with one
    /// (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
    static func schemeEnd<C: Collection<UInt8>>(_ b: C) -> Int? {
        var offset = 0
        for c in b {
            if offset == 0 {
                guard isAlpha(c) else { return nil }
            } else if c == UInt8(ascii: ":") {
                return offset
            } else if !(isAlpha(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                        || c == UInt8(ascii: ".")) {
                return nil
            }
            offset += 1
        }
        return nil
    }

    private static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }

    /// Cheap pre-check: a path can only have "." or ".." segments if it contains a '.' right after a '/'
    /// or at its start.
    static func mayHaveDotSegments(_ p: ArraySlice<UInt8>) -> Bool {
        var prev: UInt8 = UInt8(ascii: "/")
        for c in p {
            if c == UInt8(ascii: ".") && prev == UInt8(ascii: "/") { return true }
            prev = c
        }
        return false
    }

    /// §5.2.4 remove_dot_segments, as a stack of output segments.
    static func removeDotSegments(_ input: ArraySlice<UInt8>) -> [UInt8] {
        guard mayHaveDotSegments(input) else { return Array(input) }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var inp = Array(input)[...]
        var out: [UInt8] = []
        func starts(_ s: [UInt8]) -> Bool { inp.starts(with: s) }
        while !inp.isEmpty {
            if starts([dot, dot, slash]) {                     // A: "../"
                inp = inp.dropFirst(3)
            } else if starts([dot, slash]) {                   // A: "./"
                inp = inp.dropFirst(2)
            } else if starts([slash, dot, slash]) {            // B: "/./"
                inp = inp.dropFirst(2)
            } else if inp.elementsEqual([slash, dot]) {        // B: "/." at the end
                inp = [slash][...]
            } else if starts([slash, dot, dot, slash]) {       // C: "/../"
                inp = inp.dropFirst(3)
                removeLastSegment(&out)
            } else if inp.elementsEqual([slash, dot, dot]) {   // C: "/.." at the end
                inp = [slash][...]
                removeLastSegment(&out)
            } else if inp.elementsEqual([dot]) || inp.elementsEqual([dot, dot]) {  // D
                inp = [][...]
            } else {                                           // E: move the first segment
                var end = inp.startIndex
                if inp[end] == slash { end += 1 }
                while end < inp.endIndex, inp[end] != slash { end += 1 }
                out += inp[inp.startIndex..<end]
                inp = inp[end...]
            }
        }
        return out
    }

    private static func removeLastSegment(_ out: inout [UInt8]) {
        if let i = out.lastIndex(of: UInt8(ascii: "/")) { out.removeSubrange(i...) } else { out.removeAll() }
    }
}
