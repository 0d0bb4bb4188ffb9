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
struct FoldedText {
    private(set) var parts: [FoldedToken] = []
    private(set) var joined: [FoldedToken] = []

    private var current = FoldedToken()
    private var inToken = false
    /// The hyphen group being read: `parts[groupStart...]`.
    private var groupStart = 0
    private var groupBroken = false
    /// The last scalar was a hyphen right after a word: a word that starts now continues the group.
    private var pendingHyphen = false
    /// The last scalar was an apostrophe right after a word.
    private var pendingApostrophe = false
    private var startedAfterApostrophe = false

    init(_ text: String) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    startIfNeeded()
                    current.bytes.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    startIfNeeded()
                    current.bytes.append(b | 0x20)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    startIfNeeded()
                    current.bytes.append(b)
                    current.hasNumber = true
                case UInt8(ascii: "-"): boundary(.hyphen)
                case UInt8(ascii: "'"): boundary(.apostrophe)
                default: boundary(.separator)
                }
                continue
            }
            switch Folding.classify(scalar) {
            case .letters(let bytes):
                startIfNeeded()
                current.bytes.append(contentsOf: bytes)
                if current.isASCII { current.isASCII = bytes.allSatisfy { $0 < 0x80 } }
            case .number(let bytes):
                startIfNeeded()
                current.bytes.append(contentsOf: bytes)
                current.hasNumber = true
                if current.isASCII { current.isASCII = bytes.allSatisfy { $0 < 0x80 } }
            case .ignorable: break
            case let other: boundary(other)
            }
        }
        endToken()
        closeGroup()
    }

    private mutating func startIfNeeded() {
        guard !inToken else { return }
        inToken = true
        if !pendingHyphen { closeGroup() }
        pendingHyphen = false
        startedAfterApostrophe = pendingApostrophe
        pendingApostrophe = false
    }

    private mutating func endToken() {
        guard inToken else { return }
        inToken = false
        defer { current = FoldedToken() }
        if startedAfterApostrophe && current.bytes == [UInt8(ascii: "s")] { return }
        guard current.bytes.count <= TextAnalyzer.maxTokenBytes else {
            groupBroken = true
            return
        }
        parts.append(current)
    }

    private mutating func boundary(_ kind: ScalarClass) {
        let afterWord = inToken
        endToken()
        pendingHyphen = afterWord && kind == .hyphen
        pendingApostrophe = afterWord && kind == .apostrophe
        if !pendingHyphen { closeGroup() }
    }

    private mutating func closeGroup() {
        defer {
            groupStart = parts.count
            groupBroken = false
        }
        guard parts.count - groupStart >= 2, !groupBroken else { return }
        var whole = FoldedToken()
        for part in parts[groupStart...] { whole.append(contentsOf: part) }
        if whole.bytes.count <= TextAnalyzer.maxTokenBytes { joined.append(whole) }
    }
}
