#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How single terms are spelled in Turtle output: prefixed names, relative IRIs, quoted literals and the
/// number/boolean shorthands. Every choice here is one the `TurtleReader` reads back to the same term.
struct TurtleTermSyntax {
    struct Prefix {
        let name: String
        let namespace: String
        /// Declared by the source document: preferred over a default name for the same namespace.
        var fromDocument = false
    }

    /// Candidate prefixes, longest namespace first so the most specific one wins.
    private let byLength: [(index: Int, prefix: Prefix)]
    private let namespaceBytes: [[UInt8]]
    /// Spellings of predicates and datatypes, which are few and repeat on every line.
    private var vocabulary: [String: [UInt8]] = [:]
    let prefixes: [Prefix]
    let base: BaseIRI?
    private(set) var used: Set<Int> = []
    /// Once the header is out, only prefixes it declared may be used; anything else is written in full.
    var frozen = false

    init(prefixes: [Prefix], base: String?) {
        self.prefixes = prefixes
        self.base = base.map(BaseIRI.init)
        byLength = prefixes.enumerated().map { ($0.offset, $0.element) }
            .sorted { a, b in
                let la = a.1.namespace.utf8.count, lb = b.1.namespace.utf8.count
                if la != lb { return la > lb }
                if a.1.fromDocument != b.1.fromDocument { return a.1.fromDocument }
                return a.0 < b.0
            }
        namespaceBytes = byLength.map { Array($0.prefix.namespace.utf8) }
    }

    // MARK: IRIs

    /// `prefix:local` when some prefix fits and the local part can be written as PN_LOCAL, else nil.
    /// Records the prefix as used.
    mutating func prefixedName(_ iri: String) -> String? {
        var iri = iri
        return iri.withUTF8 { bytes -> String? in
            for (k, ns) in namespaceBytes.enumerated() {
                guard bytes.count >= ns.count,
                    ns.isEmpty || memcmp(bytes.baseAddress!, ns.withUnsafeBufferPointer { $0.baseAddress! }, ns.count) == 0
                else { continue }
                let (index, p) = byLength[k]
                if frozen && !used.contains(index) { continue }
                let local = UnsafeBufferPointer(rebasing: bytes[ns.count...])
                guard let escaped = Self.escapedLocalName(local) else { continue }
                used.insert(index)
                return p.name + ":" + escaped
            }
            return nil
        }
    }

    /// Most local names need no escaping at all: ASCII letters, digits, `_`, `:`, and `-`/`.` where
    /// the grammar allows them.
    static func escapedLocalName(_ local: UnsafeBufferPointer<UInt8>) -> String? {
        let n = local.count
        var simple = true
        for (i, c) in local.enumerated() {
            let letterOrDigit = ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57)
            if letterOrDigit || c == 0x5F || c == 0x3A { continue }
            if c == 0x2D && i > 0 { continue }
            if c == 0x2E && i > 0 && i < n - 1 { continue }
            simple = false
            break
        }
        if simple { return String(decoding: local, as: UTF8.self) }
        return escapedLocalName(String(decoding: local, as: UTF8.self))
    }

    /// The PN_LOCAL spelling of `local`, with `\` escapes where the grammar needs them; nil when the local
    /// part holds characters a reader would need `/`, `?`, `#` or `@` escapes for (those read badly, so the
    /// caller writes the full IRI instead) or characters PN_LOCAL cannot hold at all.
    static func escapedLocalName(_ local: String) -> String? {
        var out = ""
        let scalars = Array(local.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let v = s.value
            let first = i == 0, last = i == scalars.count - 1
            switch v {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x3A:  // letters, digits, '_', ':'
                out.unicodeScalars.append(s)
            case 0x2D:  // '-'
                out += first ? "\\-" : "-"
            case 0x2E:  // '.'
                out += first || last ? "\\." : "."
            case 0x25:  // '%' must start a %XX escape
                guard i + 2 < scalars.count, isHex(scalars[i + 1]), isHex(scalars[i + 2]) else { return nil }
                out += "%"
                out.unicodeScalars.append(scalars[i + 1])
                out.unicodeScalars.append(scalars[i + 2])
                i += 3
                continue
            case 0x7E, 0x21, 0x24, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D:  // ~!$&'()*+,;=
                out += "\\"
                out.unicodeScalars.append(s)
            default:
                guard v >= 0x80 else { return nil }
                let ok = first ? TurtleLexer.isPNCharsBase(v) : TurtleLexer.isPNChars(v)
                guard ok else { return nil }
                out.unicodeScalars.append(s)
            }
            i += 1
        }
        return out
    }

    private static func isHex(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 && hexValue(UInt8(s.value)) != nil
    }

    /// A reference relative to the base when one resolves back to exactly `iri`.
    func relativeReference(_ iri: String) -> String? {
        guard let base else { return nil }
        var candidates: [String] = []
        let b = base.value.utf8
        if iri.utf8.starts(with: b) {
            candidates.append(String(decoding: iri.utf8.dropFirst(b.count), as: UTF8.self))
        }
        if let slash = b.lastIndex(of: UInt8(ascii: "/")) {
            let dir = b[...slash]
            if iri.utf8.starts(with: dir) {
                candidates.append(String(decoding: iri.utf8.dropFirst(dir.count), as: UTF8.self))
            }
        }
        // Every candidate is checked by resolving it back: only an exact round trip is used.
        for c in candidates where base.resolve(c) == iri { return c }
        return nil
    }

    /// False for strings Turtle has no spelling for (spaces, `<>"{}|^` and backquote, backslash, controls):
    /// they are not IRIs, and every strict reader refuses a `\u` escape of them too.
    static func isWritableIRI(_ iri: String) -> Bool {
        for c in iri.utf8 {
            switch c {
            case 0...0x20, 0x3C, 0x3E, 0x22, 0x7B, 0x7D, 0x7C, 0x5E, 0x60, 0x5C: return false
            default: continue
            }
        }
        return true
    }

    /// `appendIRI` for predicates and datatypes, remembered per IRI.
    mutating func appendVocabularyIRI(_ iri: String, to out: inout [UInt8]) throws {
        if let known = vocabulary[iri] {
            out.append(contentsOf: known)
            return
        }
        var spelled: [UInt8] = []
        try appendIRI(iri, to: &spelled)
        vocabulary[iri] = spelled
        out.append(contentsOf: spelled)
    }

    mutating func appendIRI(_ iri: String, to out: inout [UInt8]) throws {
        guard Self.isWritableIRI(iri) else {
            throw TurtleWriterError(message: "<\(iri)> is not a valid IRI and cannot be written in Turtle")
        }
        // The checks above and in relativeReference leave nothing to escape: copy the bytes.
        if let name = prefixedName(iri) {
            out.append(contentsOf: name.utf8)
        } else {
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: (relativeReference(iri) ?? iri).utf8)
            out.append(UInt8(ascii: ">"))
        }
    }

    // MARK: literals

    mutating func appendLiteral(_ l: Literal, to out: inout [UInt8]) throws {
        if let direction = l.direction {
            // Turtle 1.1 has no syntax for a base direction; dropping it would change the literal.
            throw TurtleWriterError(message: "literal \(l) has base direction '\(direction)', which Turtle 1.1 cannot express")
        }
        let lex = l.lexical
        if l.language == nil {
            switch l.datatype {
            case XSD.integer where Self.isInteger(lex.utf8),
                XSD.decimal where Self.isDecimal(lex.utf8),
                XSD.double where Self.isDouble(lex.utf8),
                XSD.boolean where lex == "true" || lex == "false":
                out.append(contentsOf: lex.utf8)
                return
            default: break
            }
        }
        Self.appendQuoted(lex, to: &out)
        if let lang = l.language {
            out.append(UInt8(ascii: "@"))
            out.append(contentsOf: lang.utf8)
        } else if l.datatype != XSD.string {
            out.append(contentsOf: "^^".utf8)
            try appendVocabularyIRI(l.datatype.value, to: &out)
        }
    }

    /// The shortest correct quoting: `"..."`, or `'...'` when that saves escaping double quotes, or a
    /// long `"""..."""` / `'''...'''` string when the text has line breaks.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var hasNewline = false, hasDouble = false, hasSingle = false
        for c in s.utf8 {
            if c == 0x0A { hasNewline = true } else if c == 0x22 { hasDouble = true } else if c == 0x27 { hasSingle = true }
        }
        let q: UInt8 = hasDouble && !hasSingle ? 0x27 : 0x22
        let bytes = Array(s.utf8)
        if hasNewline {
            out.append(contentsOf: [q, q, q])
            for (i, c) in bytes.enumerated() {
                if c == q {
                    // A quote may not start a run of three or end the text.
                    if i == bytes.count - 1 || bytes[i + 1] == q { out.append(0x5C) }
                    out.append(c)
                } else {
                    appendStringByte(c, to: &out, allowNewline: true)
                }
            }
            out.append(contentsOf: [q, q, q])
        } else {
            out.append(q)
            for c in bytes {
                if c == q { out.append(0x5C); out.append(c) } else { appendStringByte(c, to: &out, allowNewline: false) }
            }
            out.append(q)
        }
    }

    private static func appendStringByte(_ c: UInt8, to out: inout [UInt8], allowNewline: Bool) {
        switch c {
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A:
            if allowNewline { out.append(c) } else { out.append(contentsOf: [0x5C, UInt8(ascii: "n")]) }
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(c)
        case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0..<0x20, 0x7F: NTriplesWriter.appendUnicodeEscape(UInt32(c), to: &out)
        default: out.append(c)
        }
    }

    // The Turtle number tokens: a lexical form matching one reads back with exactly that form.

    static func isInteger(_ s: String.UTF8View) -> Bool {
        var it = s.makeIterator()
        var c = it.next()
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { c = it.next() }
        var digits = 0
        while let d = c, d >= 48 && d <= 57 { digits += 1; c = it.next() }
        return digits > 0 && c == nil
    }

    static func isDecimal(_ s: String.UTF8View) -> Bool {
        let b = Array(s)
        var i = 0
        if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
        while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1 }
        guard i < b.count && b[i] == UInt8(ascii: ".") else { return false }
        i += 1
        let fraction = i
        while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1 }
        return i > fraction && i == b.count
    }

    static func isDouble(_ s: String.UTF8View) -> Bool {
        let b = Array(s)
        var i = 0
        if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
        var mantissaDigits = 0
        while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1; mantissaDigits += 1 }
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0, i < b.count, b[i] | 0x20 == UInt8(ascii: "e") else { return false }
        i += 1
        if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
        let exp = i
        while i < b.count && b[i] >= 48 && b[i] <= 57 { i += 1 }
        return i > exp && i == b.count
    }
}
