/// One word of a text, lower-cased and folded, not yet stemmed.
struct FoldedToken: Equatable {
    var bytes: [UInt8] = []
    var hasNumber = false
    var isASCII = true

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(contentsOf other: FoldedToken) {
        bytes.append(contentsOf: other.bytes)
        hasNumber = hasNumber || other.hasNumber
        isASCII = isASCII && other.isASCII
    }
}

/// Splits a text into folded words: runs of letters and digits, split at everything else.
///
/// A hyphenated word ("zonne-energie", "Súdwest-Fryslân") gives its parts in place and its joined form
/// ("zonneenergie") in `joined`, which the index puts after all parts, so that phrase queries over the
/// parts still find them adjacent. An "s" after an apostrophe is dropped ("auto's" → "auto"). Words longer
/// than `TextAnalyzer.maxTokenBytes` bytes are dropped: they are hostile input or encoded data, not words.
///
/// The words are spans of one byte buffer, and `fold(_:)` reuses it: the index writer folds every text of
/// every record with one `FoldedText` and allocates nothing per word.
struct FoldedText {
    /// Where a word lies in `buffer`, and what it holds.
    struct Span {
        var start: Int
        var end: Int
        var hasNumber: Bool
        var isASCII: Bool
    }

    /// The bytes of every word, parts and joined forms alike.
    private(set) var buffer: [UInt8] = []
    private(set) var partSpans: [Span] = []
    private(set) var joinedSpans: [Span] = []

    private var current = Span(start: 0, end: 0, hasNumber: false, isASCII: true)
    private var inToken = false
    /// The hyphen group being read: `partSpans[groupStart...]`.
    private var groupStart = 0
    private var groupBroken = false
    /// The last scalar was a hyphen right after a word: a word that starts now continues the group.
    private var pendingHyphen = false
    /// The last scalar was an apostrophe right after a word.
    private var pendingApostrophe = false
    private var startedAfterApostrophe = false

    init() {}

    init(_ text: String) { fold(text) }

    var parts: [FoldedToken] { partSpans.map(token) }
    var joined: [FoldedToken] { joinedSpans.map(token) }

    func token(_ span: Span) -> FoldedToken {
        FoldedToken(bytes: Array(buffer[span.start..<span.end]), hasNumber: span.hasNumber, isASCII: span.isASCII)
    }

    /// Folds `text`, replacing what the last call found.
    mutating func fold(_ text: String) {
        buffer.removeAll(keepingCapacity: true)
        partSpans.removeAll(keepingCapacity: true)
        joinedSpans.removeAll(keepingCapacity: true)
        inToken = false
        groupStart = 0
        groupBroken = false
        pendingHyphen = false
        pendingApostrophe = false
        startedAfterApostrophe = false
        var text = text
        text.withUTF8 { foldUTF8($0) }
        endToken()
        closeGroup()
    }

    /// Walks valid UTF-8 (a Swift string's) by hand: the scalar view's iterator cost more than the folding.
    private mutating func foldUTF8(_ utf8: UnsafeBufferPointer<UInt8>) {
        var p = 0
        while p < utf8.count {
            let lead = utf8[p]
            let v: UInt32
            switch lead {
            case 0..<0x80:
                v = UInt32(lead)
                p += 1
            case 0xC0..<0xE0:
                v = UInt32(lead & 0x1F) << 6 | UInt32(utf8[p + 1] & 0x3F)
                p += 2
            case 0xE0..<0xF0:
                v = UInt32(lead & 0x0F) << 12 | UInt32(utf8[p + 1] & 0x3F) << 6 | UInt32(utf8[p + 2] & 0x3F)
                p += 3
            default:
                v = UInt32(lead & 0x07) << 18 | UInt32(utf8[p + 1] & 0x3F) << 12 | UInt32(utf8[p + 2] & 0x3F) << 6
                    | UInt32(utf8[p + 3] & 0x3F)
                p += 4
            }
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    startIfNeeded()
                    buffer.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    startIfNeeded()
                    buffer.append(b | 0x20)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    startIfNeeded()
                    buffer.append(b)
                    current.hasNumber = true
                case UInt8(ascii: "-"): boundary(.hyphen)
                case UInt8(ascii: "'"): boundary(.apostrophe)
                default: boundary(.separator)
                }
                continue
            }
            switch Folding.classify(Unicode.Scalar(v)!) {
            case .letters(let bytes):
                startIfNeeded()
                buffer.append(contentsOf: bytes)
                if current.isASCII { current.isASCII = bytes.allSatisfy { $0 < 0x80 } }
            case .number(let bytes):
                startIfNeeded()
                buffer.append(contentsOf: bytes)
                current.hasNumber = true
                if current.isASCII { current.isASCII = bytes.allSatisfy { $0 < 0x80 } }
            case .ignorable: break
            case let other: boundary(other)
            }
        }
    }

    private mutating func startIfNeeded() {
        guard !inToken else { return }
        inToken = true
        if !pendingHyphen { closeGroup() }
        current = Span(start: buffer.count, end: buffer.count, hasNumber: false, isASCII: true)
        pendingHyphen = false
        startedAfterApostrophe = pendingApostrophe
        pendingApostrophe = false
    }

    private mutating func endToken() {
        guard inToken else { return }
        inToken = false
        current.end = buffer.count
        let length = current.end - current.start
        if startedAfterApostrophe && length == 1 && buffer[current.start] == UInt8(ascii: "s") {
            buffer.removeLast()
            return
        }
        guard length <= TextAnalyzer.maxTokenBytes else {
            buffer.removeLast(length)
            groupBroken = true
            return
        }
        partSpans.append(current)
    }

    private mutating func boundary(_ kind: ScalarClass) {
        let afterWord = inToken
        endToken()
        pendingHyphen = afterWord && kind == .hyphen
        pendingApostrophe = afterWord && kind == .apostrophe
        if !pendingHyphen { closeGroup() }
    }

    /// Ends the hyphen group: two or more parts give their joined form (copied to the buffer's end).
    private mutating func closeGroup() {
        defer {
            groupStart = partSpans.count
            groupBroken = false
        }
        guard partSpans.count - groupStart >= 2, !groupBroken else { return }
        var whole = Span(start: buffer.count, end: buffer.count, hasNumber: false, isASCII: true)
        for i in groupStart..<partSpans.count {
            let part = partSpans[i]
            whole.end += part.end - part.start
            whole.hasNumber = whole.hasNumber || part.hasNumber
            whole.isASCII = whole.isASCII && part.isASCII
        }
        guard whole.end - whole.start <= TextAnalyzer.maxTokenBytes else { return }
        for i in groupStart..<partSpans.count {
            // Byte by byte: appending a slice of the buffer to itself would copy the whole buffer first.
            for k in partSpans[i].start..<partSpans[i].end { buffer.append(buffer[k]) }
        }
        joinedSpans.append(whole)
    }
}
