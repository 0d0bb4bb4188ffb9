/// Finding where a run of plain text ends, eight bytes a step: string literals and IRIs of a catalog are
/// long, and a byte loop spent ~5 instructions a byte on them.
public enum PlainBytes {
    /// The first index from `start` on, before `stop`, holding `first` or `second`, or (when `controls`)
    /// a byte below 0x20; when no full eight-byte step holds one, the end of the last full step, and the
    /// caller goes on a byte at a time from there.
    ///
    /// Each test is the classic "has a zero byte" on the word xor-ed with the byte sought; its lowest flag is
    /// exact (a false flag needs a borrow from a lower flagged byte), so the lowest flag of all is the first.
    @inlinable @inline(__always)
    public static func runEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int,
                              first: UInt8, second: UInt8, controls: Bool) -> Int {
        guard let base = b.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let a = UInt64(first) &* ones, c = UInt64(second) &* ones
        var i = start
        while i &+ 8 <= stop {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let xa = x ^ a, xc = x ^ c
            var flags = (xa &- ones) & ~xa | (xc &- ones) & ~xc
            if controls { flags |= (x &- 0x2020_2020_2020_2020) & ~x }
            flags &= highs
            if flags != 0 { return i &+ flags.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        return i
    }
}
