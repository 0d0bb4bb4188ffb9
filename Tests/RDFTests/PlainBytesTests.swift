import RDF
import Testing

@Suite struct PlainBytesTests {
    /// The eight-byte scan stops exactly where a byte loop stops, on any bytes, with and without control
    /// bytes as stops; past the last full step it leaves the rest to the caller.
    @Test func stopsWhereAByteLoopStops() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF, 0x61]
        for round in 0..<4_000 {
            let controls = round % 2 == 0
            let bytes = (0..<Int.random(in: 0..<40, using: &rng)).map { _ in
                Bool.random(using: &rng) ? UInt8(ascii: "a") : alphabet.randomElement(using: &rng)! }
            bytes.withUnsafeBufferPointer { b in
                let start = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
                let run = PlainBytes.runEnd(b, from: start, to: b.count, first: 0x22, second: 0x5C, controls: controls)
                let stepsEnd = start + (b.count - start) / 8 * 8
                let first = (start..<b.count).first { b[$0] == 0x22 || b[$0] == 0x5C || (controls && b[$0] < 0x20) }
                #expect(run == min(first ?? stepsEnd, stepsEnd), "\(bytes) from \(start), controls \(controls)")
            }
        }
    }

    /// Every byte value at every position of one step, among neighbours that stop nothing (high bytes of
    /// UTF-8 and the values next to the special ones among them): the scan stops exactly at the quote, the
    /// backslash and (when asked) the control bytes.
    @Test func stopsAtExactlyTheBytesSought() {
        for controls in [true, false] {
            func stops(_ b: UInt8) -> Bool { b == 0x22 || b == 0x5C || (controls && b < 0x20) }
            for filler: UInt8 in [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x61, 0x7F, 0x80, 0xA2, 0xDC, 0xFF] {
                for b in UInt8.min...UInt8.max {
                    for position in 0..<8 {
                        var bytes = [UInt8](repeating: filler, count: 8)
                        bytes[position] = b
                        let end = bytes.withUnsafeBufferPointer {
                            PlainBytes.runEnd($0, from: 0, to: 8, first: 0x22, second: 0x5C, controls: controls)
                        }
                        #expect(end == (stops(b) ? position : 8), "byte \(b) at \(position) among \(filler)")
                    }
                }
            }
        }
    }
}
