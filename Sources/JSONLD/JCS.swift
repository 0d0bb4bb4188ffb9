import Foundation

/// The JSON Canonicalization Scheme (RFC 8785): the lexical form of `rdf:JSON` literals. Object members
/// are sorted by their UTF-16 code units, strings use the minimal escapes, and numbers use ECMAScript's
/// `Number.prototype.toString` form (shortest round-trip digits).
public enum JCS {
    public static func canonicalize(_ value: JSONValue) -> String {
        var out = ""
        JSONWriter.write(value, into: &out, sortKeys: true)
        return out
    }

    static func utf16Less(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    /// ECMAScript Number::toString for a finite double (RFC 8785 §3.2.2.3).
    public static func formatNumber(_ d: Double) -> String {
        if d == 0 { return "0" }  // also -0
        if !d.isFinite { return d.isNaN ? "NaN" : (d < 0 ? "-Infinity" : "Infinity") }
        let (digits, n) = shortestDigits(abs(d))
        let sign = d < 0 ? "-" : ""
        let k = digits.count
        if k <= n && n <= 21 {
            return sign + digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let i = digits.index(digits.startIndex, offsetBy: n)
            return sign + digits[..<i] + "." + digits[i...]
        }
        if -6 < n && n <= 0 {
            return sign + "0." + String(repeating: "0", count: -n) + digits
        }
        let e = n - 1
        let exp = e < 0 ? "e-\(-e)" : "e+\(e)"
        if k == 1 { return sign + digits + exp }
        let i = digits.index(after: digits.startIndex)
        return sign + digits[..<i] + "." + digits[i...] + exp
    }

    /// The shortest digit string `s` and exponent `n` with value = 0.s × 10^n, from Swift's shortest
    /// round-trip description.
    static func shortestDigits(_ d: Double) -> (String, Int) {
        let text = d.description  // e.g. "5.3", "1e-07", "1.2345e+22", "100.0"
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var intPart = mantissa
        var frac: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            intPart = mantissa[..<dot]
            frac = mantissa[mantissa.index(after: dot)...]
        }
        var all = String(intPart) + frac
        var n = intPart.count + exp
        // Strip leading zeros (each shifts the point) and trailing zeros.
        while all.hasPrefix("0") && all.count > 1 { all.removeFirst(); n -= 1 }
        while all.hasSuffix("0") && all.count > 1 { all.removeLast() }
        return (all, n)
    }

    /// The canonical `xsd:double` lexical form JSON-LD uses in RDF: a mantissa with at least one
    /// fraction digit and an exponent, e.g. `5.3E0`, `1.0E21` (the spec's `%1.15E` then trimmed zeros).
    public static func xsdDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        let s = String(format: "%1.15E", d)  // e.g. 5.300000000000000E+00
        guard let e = s.firstIndex(of: "E") else { return s }
        var mantissa = String(s[..<e])
        let expText = s[s.index(after: e)...]
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        if mantissa.hasSuffix(".") { mantissa += "0" }
        let exp = Int(expText) ?? 0
        return mantissa + "E" + String(exp)
    }

    /// The canonical `xsd:integer` lexical form of an integral double (exact digits, no exponent).
    public static func xsdInteger(_ d: Double) -> String {
        if abs(d) < 9.0e15 { return String(Int64(d)) }
        let s = String(format: "%.0f", d)
        return s == "-0" ? "0" : s
    }
}
