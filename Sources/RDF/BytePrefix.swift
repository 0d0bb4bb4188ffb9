#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A prefix tested on UTF-8 bytes, with the answer `String.hasPrefix` gives.
///
/// `hasPrefix` compares characters under canonical equivalence and costs far more than comparing bytes.
/// For an ASCII prefix free of `K`, `;` and `` ` `` (the only ASCII characters other code points are
/// canonically equivalent to: Kelvin sign, Greek question mark, varia), a string has the prefix only if
/// its bytes start with the prefix's bytes; when they do, `hasPrefix` still decides (a combining mark right
/// after the prefix joins its last character). Any other prefix always takes `hasPrefix`.
public struct BytePrefix: Sendable {
    public let text: String
    private let bytes: [UInt8]
    private let bytesDecide: Bool

    public init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        bytesDecide = !bytes.contains { $0 == 0x4B || $0 == 0x3B || $0 == 0x60 || $0 >= 0x80 }
    }

    /// `s.hasPrefix(text)`.
    public func isPrefix(of s: String) -> Bool {
        guard bytesDecide else { return s.hasPrefix(text) }
        let start: Bool? = s.utf8.withContiguousStorageIfAvailable { b in
            b.count >= bytes.count && bytes.withUnsafeBufferPointer { p in
                p.count == 0 || memcmp(b.baseAddress!, p.baseAddress!, p.count) == 0
            }
        }
        guard start ?? s.utf8.starts(with: bytes) else { return false }
        return s.hasPrefix(text)
    }
}
