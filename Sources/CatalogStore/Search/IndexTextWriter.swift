/// Writes index text (what `TextAnalyzer.indexText` gives) for text after text, reusing one folding
/// buffer and one stem cache: a record's columns, and the records after it on the same thread.
final class IndexTextWriter {
    private var folded = FoldedText()
    private let stems: StemCache

    init(cachedStems: Int = 1 << 15) { stems = StemCache(maxEntries: cachedStems) }

    /// Appends the index words of `text` in `language` to `out`, each after a space unless `out` is
    /// empty: the parts in text order, then the joined forms of hyphenated words.
    func append(_ text: String, language: String?, to out: inout [UInt8]) {
        let stemming = TextAnalyzer.Stemming(languageTag: language)
        folded.fold(text)
        // The folder's arrays are read once a text: read per word (properties of a class), each read was a
        // retain and a release.
        let buffer = folded.buffer
        for span in folded.partSpans { appendWord(span, buffer, stemming, to: &out) }
        for span in folded.joinedSpans { appendWord(span, buffer, stemming, to: &out) }
    }

    private func appendWord(_ span: FoldedText.Span, _ buffer: [UInt8], _ stemming: TextAnalyzer.Stemming,
                            to out: inout [UInt8]) {
        if !out.isEmpty { out.append(UInt8(ascii: " ")) }
        guard !span.hasNumber, let id = stemming.cacheID else {
            out.append(contentsOf: buffer[span.start..<span.end])
            return
        }
        stems.appendStem(of: span.start..<span.end, in: buffer, stemming: id, to: &out) {
            Array(TextAnalyzer.stem(self.folded.token(span), stemming).utf8)
        }
    }
}

extension TextAnalyzer.Stemming {
    /// The stemmer's key in a `StemCache`; nil when words are only folded.
    var cacheID: UInt8? {
        switch self {
        case .dutch: return 1
        case .english: return 2
        case .none: return nil
        }
    }
}
