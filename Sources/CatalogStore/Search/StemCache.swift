import Foundation

/// Stems already computed, by stemmer and folded word, for one thread (no lock).
///
/// A catalog's vocabulary is small and skewed: the same few thousand words recur in every title and
/// description, and a stem costs ~1,000 (English) to several thousand (Dutch) instructions. Looking a
/// word up here costs a hash over its bytes and one compare, with no allocation: keys and stems live in
/// one byte arena, slots in an open-addressing table.
///
/// Bounded: when the table or the arena is full, everything is dropped and filling starts again, so
/// hostile text full of distinct words costs stemming time, never memory.
final class StemCache {
    private struct Slot {
        /// 0: empty (real hashes have their top bit set).
        var hash: UInt32 = 0
        var keyStart: Int32 = 0
        var keyLength: UInt8 = 0
        var stemLength: UInt8 = 0
        var stemming: UInt8 = 0
    }

    private var slots: [Slot]
    private var mask: Int
    private var count = 0
    private var arena: [UInt8] = []
    let maxEntries: Int
    private let maxArenaBytes: Int

    init(maxEntries: Int = 1 << 16) {
        self.maxEntries = maxEntries
        maxArenaBytes = maxEntries * 24
        slots = Array(repeating: Slot(), count: StemCache.initialSlots(maxEntries))
        mask = slots.count - 1
    }

    /// A power of two, at most 1,024, and at least twice the entries a small cache may hold.
    private static func initialSlots(_ maxEntries: Int) -> Int {
        var n = 16
        while n < 1024 && n < maxEntries * 2 { n *= 2 }
        return n
    }

    /// Appends the stem of `word` (`buffer[word]`) to `out`, computing it with `stemmer` on a miss.
    /// This is the only cache of stems: a miss stems the word again even if another thread has it.
    /// Stems longer than 255 bytes are computed every time (words are at most 64 bytes; a stem never grows
    /// past a few bytes more).
    func appendStem(of word: Range<Int>, in buffer: [UInt8], stemming: UInt8, to out: inout [UInt8],
                    stemmer: () -> [UInt8]) {
        var (hash, slot) = buffer.withUnsafeBufferPointer { find(UnsafeBufferPointer(rebasing: $0[word]), stemming) }
        if slots[slot].hash != 0 {
            let stemStart = Int(slots[slot].keyStart) + word.count
            arena.withUnsafeBufferPointer {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[stemStart..<(stemStart + Int(slots[slot].stemLength))]))
            }
            return
        }
        let stem = stemmer()
        out.append(contentsOf: stem)
        guard word.count <= 255, stem.count <= 255 else { return }
        if count >= maxEntries || arena.count + word.count + stem.count > maxArenaBytes {
            clear()
            return
        }
        if (count + 1) * 2 > slots.count {
            grow()
            slot = Int(hash) & mask
            while slots[slot].hash != 0 { slot = (slot + 1) & mask }
        }
        slots[slot] = Slot(hash: hash, keyStart: Int32(arena.count), keyLength: UInt8(word.count),
                           stemLength: UInt8(stem.count), stemming: stemming)
        for k in word { arena.append(buffer[k]) }
        arena.append(contentsOf: stem)
        count += 1
    }

    /// The key's hash and its slot: the one holding it, or the empty slot where it would go.
    private func find(_ key: UnsafeBufferPointer<UInt8>, _ stemming: UInt8) -> (hash: UInt32, slot: Int) {
        let hash = Self.hash(key, stemming)
        return arena.withUnsafeBufferPointer { a in
            var i = Int(hash) & mask
            while slots[i].hash != 0 {
                let s = slots[i]
                if s.hash == hash, s.stemming == stemming, Int(s.keyLength) == key.count,
                   memcmp(a.baseAddress! + Int(s.keyStart), key.baseAddress!, key.count) == 0 {
                    return (hash, i)
                }
                i = (i + 1) & mask
            }
            return (hash, i)
        }
    }

    var entries: Int { count }

    private func clear() {
        slots = Array(repeating: Slot(), count: StemCache.initialSlots(maxEntries))
        mask = slots.count - 1
        count = 0
        arena.removeAll(keepingCapacity: true)
    }

    private func grow() {
        var bigger = Array(repeating: Slot(), count: slots.count * 2)
        let biggerMask = bigger.count - 1
        for s in slots where s.hash != 0 {
            var i = Int(s.hash) & biggerMask
            while bigger[i].hash != 0 { i = (i + 1) & biggerMask }
            bigger[i] = s
        }
        slots = bigger
        mask = biggerMask
    }

    /// FNV-1a over the stemmer id and the word, top bit set so that no hash is 0.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>, _ stemming: UInt8) -> UInt32 {
        var h: UInt32 = 0x811c_9dc5 ^ UInt32(stemming)
        for b in word { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h | 0x8000_0000
    }
}
