#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Byte-level string checks for the hot path: Foundation's `contains`/`range(of:)` go through
/// CFString and cost microseconds each; these cost nanoseconds.
enum FastText {
    static func contains(_ s: String, _ needle: String) -> Bool {
        var s = s, needle = needle
        return s.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0, n.count <= h.count else { return n.count == 0 }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 bytes of `s` begin with those of `prefix`.
    static func hasBytePrefix(_ s: String, _ prefix: String) -> Bool {
        let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { a in
            prefix.utf8.withContiguousStorageIfAvailable { b in
                a.count >= b.count && (b.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0)
            }
        }
        if let known = fast ?? nil { return known }
        return s.utf8.starts(with: prefix.utf8)
    }

    /// `s.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when neither end can be
    /// whitespace (an ASCII letter, digit or mark at both ends: the common case, and Foundation's trim
    /// costs tens of microseconds on Linux).
    static func trimmingWhitespaceAndNewlines(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last, f > 0x20 && f < 0x7F && l > 0x20 && l < 0x7F else {
            return s.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return s
    }

    /// Whether `s` begins with `http://` or `https://` and an ASCII byte (so `hasPrefix` agrees: nothing
    /// can combine with the slash) and holds no space: an IRI no repair applies to. False also when the
    /// bytes are not at hand; the caller's slow path decides then.
    static func isPlainHTTP(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= 8, b[0] == 0x68, b[1] == 0x74, b[2] == 0x74, b[3] == 0x70 else { return false }  // "http"
            let colon = b[4] == 0x73 ? 5 : 4  // "s"
            guard b.count >= colon + 4, b[colon] == 0x3A, b[colon + 1] == 0x2F, b[colon + 2] == 0x2F,
                  b[colon + 3] < 0x80 else { return false }
            return memchr(b.baseAddress!, 0x20, b.count) == nil
        } ?? false
    }

    /// Whether every UTF-8 byte of `s` is ASCII.
    static func isASCII(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { b in
            var high: UInt8 = 0
            for c in b { high |= c }
            return high < 0x80
        } ?? s.utf8.allSatisfy { $0 < 0x80 }
    }

    static func containsByte(_ s: String, _ b: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: b) != nil } ?? s.utf8.contains(b)
    }

    /// Case-insensitive ASCII prefix test.
    static func hasPrefixIgnoringCase(_ s: String, _ prefix: String) -> Bool {
        var i = s.utf8.makeIterator()
        for p in prefix.utf8 {
            guard let c = i.next() else { return false }
            let lc = c >= 65 && c <= 90 ? c + 32 : c
            if lc != p { return false }
        }
        return true
    }
}
