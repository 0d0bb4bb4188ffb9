import Foundation

/// Values remembered for one generation of the store (`CatalogStore.generation()`): a lookup under a newer
/// generation drops everything at once, so nothing stale is ever answered, whoever wrote. Past `capacity`
/// the least recently used half goes. Thread-safe.
public final class GenerationCache<Key: Hashable, Value>: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var generation: Int64 = -1
    private var entries: [Key: Entry] = [:]
    private var tick: UInt64 = 0

    private struct Entry {
        var value: Value
        var lastUsed: UInt64
    }

    /// - Parameter capacity: values kept; 0 keeps nothing.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// How many values are remembered now.
    public var count: Int { lock.withLock { entries.count } }

    /// The value remembered for `key` in generation `current`.
    public func value(for key: Key, generation current: Int64) -> Value? {
        lock.withLock {
            if current > generation {
                entries.removeAll(keepingCapacity: true)
                generation = current
                return nil
            }
            // A reader whose snapshot predates the latest write is answered fresh; nothing of it is kept.
            guard current == generation, var entry = entries[key] else { return nil }
            tick += 1
            entry.lastUsed = tick
            entries[key] = entry
            return entry.value
        }
    }

    /// Remembers `value`, computed from generation `current`; ignored when the cache has moved past it.
    public func remember(_ value: Value, for key: Key, generation current: Int64) {
        lock.withLock {
            guard current == generation, capacity > 0 else { return }
            if entries.count >= capacity { dropLeastRecentlyUsedHalf() }
            tick += 1
            entries[key] = Entry(value: value, lastUsed: tick)
        }
    }

    private func dropLeastRecentlyUsedHalf() {
        let ticks = entries.values.map(\.lastUsed).sorted()
        let lastDropped = ticks[(ticks.count - 1) / 2]
        entries = entries.filter { $0.value.lastUsed > lastDropped }
    }
}
