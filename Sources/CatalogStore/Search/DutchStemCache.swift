import Foundation

/// Remembers Dutch stems: the Dutch stemmer works on Strings and costs a few microseconds a word, ten
/// times the English one, while a catalog's vocabulary is skewed (the same few thousand words recur in
/// every description), so a lookup replaces most calls when a catalog is loaded in bulk.
///
/// Bounded, in two generations: words go into `recent`; when it is full it becomes `older` and the
/// previous `older` is dropped, and a word found in `older` moves back to `recent`. Frequent words
/// stay; hostile text full of distinct words costs stemming time, never memory. Shared by all threads
/// behind a lock that is held only for the lookups.
final class DutchStemCache: @unchecked Sendable {
    static let shared = DutchStemCache(generationSize: 32_768)

    private let lock = NSLock()
    private var recent: [[UInt8]: String] = [:]
    private var older: [[UInt8]: String] = [:]
    private let generationSize: Int

    init(generationSize: Int) { self.generationSize = generationSize }

    func stem(_ token: FoldedToken) -> String {
        lock.lock()
        if let known = recent[token.bytes] {
            lock.unlock()
            return known
        }
        if let known = older[token.bytes] {
            remember(token.bytes, known)
            lock.unlock()
            return known
        }
        lock.unlock()
        let stem = DutchStemmer.stem(token.string)
        lock.lock()
        remember(token.bytes, stem)
        lock.unlock()
        return stem
    }

    /// Call with the lock held.
    private func remember(_ word: [UInt8], _ stem: String) {
        if recent.count >= generationSize {
            older = recent
            recent = [:]
            recent.reserveCapacity(generationSize)
        }
        recent[word] = stem
    }
}
