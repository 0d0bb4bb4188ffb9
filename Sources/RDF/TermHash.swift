/// A keyed hash of terms for the tables that intern them (`TermTable`). Interning hashes every term of
/// every statement a reader emits; Swift's `Hasher` (SipHash-1-3 behind a generic interface) was ~10 %
/// of reading a JSON-LD catalog into a graph (callgrind), most of it for IRIs of 40–80 bytes.
///
/// The construction is wyhash's: 16 bytes a round folded through one 64×64→128-bit multiply, with the
/// multiply's halves xor-ed. Its constants are xor-ed with secrets drawn once per process, so a feed
/// cannot be written to collide (a zero multiplicand would otherwise be choosable). Values differ
/// between processes: never store them (`StableHasher` is the stored hash).
enum TermHash {
    private struct Secrets {
        let seed: UInt64, k1: UInt64, k2: UInt64, k3: UInt64
    }

    private static let secrets: Secrets = {
        var g = SystemRandomNumberGenerator()
        return Secrets(
            seed: g.next(), k1: 0xa076_1d64_78bd_642f ^ (g.next() | 1), k2: 0xe703_7ed1_a0b4_28db ^ (g.next() | 1),
            k3: 0x8ebc_6af0_9c88_c6e3 ^ (g.next() | 1))
    }()

    @inline(__always)
    private static func mum(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let r = a.multipliedFullWidth(by: b)
        return r.high ^ r.low
    }

    @inline(__always)
    static func hash(_ term: Term) -> UInt64 {
        switch term {
        case .iri(let iri): return hash(iri.value, kind: 1)
        case .blank(let node): return hash(node.id, kind: 2)
        case .literal(let literal):
            let lexical = hash(literal.lexical, kind: 3 &+ UInt64(literal.form.rawValue))
            return literal.annotation.isEmpty ? lexical : mum(lexical ^ secrets.k3, hash(literal.annotation, kind: 7))
        }
    }

    @inline(__always)
    static func hash(_ s: String, kind: UInt64) -> UInt64 {
        if let h = s.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), kind: kind) }) { return h }
        return Array(s.utf8).withUnsafeBytes { hash($0, kind: kind) }
    }

    static func hash(_ bytes: UnsafeRawBufferPointer, kind: UInt64) -> UInt64 {
        let k = secrets
        let n = bytes.count
        var h = k.seed ^ mum(kind ^ k.k1, UInt64(n) ^ k.k2)
        guard let p = bytes.baseAddress else { return mum(h ^ k.k3, k.k1) }
        var i = 0
        while n - i > 16 {
            h = mum(p.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ k.k1,
                    p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self) ^ h)
            i += 16
        }
        // The last 1–16 bytes as two words (overlapping what a round already took when there are fewer
        // than 16 left but at least 8); the length is in `h` from the start.
        let rest = n - i
        var a: UInt64 = 0, b: UInt64 = 0
        if rest >= 8 {
            a = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            b = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            for j in 0..<rest { a |= UInt64(p.load(fromByteOffset: i + j, as: UInt8.self)) << (8 * UInt64(j)) }
        }
        h = mum(a ^ k.k2, b ^ h)
        return mum(h ^ k.k3, h ^ k.k1)
    }
}
