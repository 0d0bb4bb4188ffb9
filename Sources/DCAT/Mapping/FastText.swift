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

    static func containsByte(_ s: String, _ b: UInt8) -> Bool { s.utf8.contains(b) }

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
