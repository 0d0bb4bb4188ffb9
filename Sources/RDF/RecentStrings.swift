/// A small direct-mapped memory of strings seen lately and the term ids they were given, recognised by
/// their storage rather than their text.
///
/// Readers hand out the same `String` instance for a repeated IRI (`StringCache`, `TurtleIRICache`), so a
/// repeated predicate or vocabulary IRI is found here by comparing one address, without hashing or
/// comparing bytes. A string whose storage differs, or that is short enough to be stored inline (no
/// storage to compare), is simply not found, and the graph hashes it as usual. Each slot keeps its string,
/// so a remembered address stays owned by that string and is never reused for other text.
struct RecentStrings: Sendable {
    private var strings: [String?]
    private var addresses: [UInt]
    private var ids: [TermID]
    private let mask: Int

    init(slots: Int) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        strings = Array(repeating: nil, count: slots)
        addresses = Array(repeating: 0, count: slots)
        ids = Array(repeating: 0, count: slots)
        mask = slots - 1
    }

    /// The address of the string's own UTF-8 storage, when it has one that outlives this call.
    @inline(__always)
    private static func address(_ s: String) -> UInt? {
        // Strings of up to 15 bytes live inline: a pointer to them points at a temporary copy.
        guard s.utf8.count > 15 else { return nil }
        return s.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? nil
    }

    @inline(__always)
    private func slot(_ address: UInt) -> Int { Int(truncatingIfNeeded: (address >> 4) ^ (address >> 13)) & mask }

    func id(of s: String) -> TermID? {
        guard let a = RecentStrings.address(s) else { return nil }
        let i = slot(a)
        guard addresses[i] == a, let kept = strings[i], kept.utf8.count == s.utf8.count else { return nil }
        return ids[i]
    }

    mutating func remember(_ s: String, _ id: TermID) {
        guard let a = RecentStrings.address(s) else { return }
        let i = slot(a)
        strings[i] = s
        addresses[i] = a
        ids[i] = id
    }
}
