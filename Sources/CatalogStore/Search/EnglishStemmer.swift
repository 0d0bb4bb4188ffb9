/// The Snowball English stemmer (Porter2), as shipped by Snowball 3.
///
/// Snowball 3 refined the 2006 Porter2 description in a few places, and this follows Snowball 3 so that
/// the stems agree with every current Snowball build: R1 also starts after the prefixes `emerg`, `inter`,
/// `later`, `organ`, `past` and `univers` (besides `arsen`, `commun`, `gener`); `ogist` becomes `og` in
/// Step 2; the old "exceptional forms after Step 1a" (inning, outing, canning, herring, earring, proceed,
/// exceed, succeed) and dying/lying/tying became conditions inside Step 1b that also cover `evening` and
/// every consonant + `ying` word.
///
/// Input is expected in lower case. The algorithm runs on bytes: letters it knows are ASCII, and any
/// other scalar is one "non-vowel letter" to it, so a non-ASCII scalar is replaced by one placeholder
/// byte and put back afterwards (the algorithm only rewrites ASCII suffixes, so placeholders keep their
/// order and never go away).
public enum EnglishStemmer {
    public static func stem(_ word: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        var others: [Unicode.Scalar] = []
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(placeholder)
                others.append(scalar)
            }
        }
        let stemmed = stem(ascii: bytes)
        if others.isEmpty { return String(decoding: stemmed, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var next = 0
        for byte in stemmed {
            if byte == placeholder, next < others.count {
                out.append(others[next])
                next += 1
            } else {
                out.append(Unicode.Scalar(byte))
            }
        }
        return String(out)
    }

    /// Stems a word given as one byte per letter (ASCII, or `placeholder` for any other letter).
    static func stem(ascii input: [UInt8]) -> [UInt8] {
        if let exception = exceptionalForm(input) { return exception }
        if input.count < 3 { return input }
        var word = Word(input)
        word.step1a()
        word.step1b()
        word.step1c()
        word.step2()
        word.step3()
        word.step4()
        word.step5()
        word.postlude()
        return word.w
    }

    /// Stands for a non-ASCII scalar; 0xFF never occurs in UTF-8.
    static let placeholder: UInt8 = 0xFF

    // MARK: - tables

    /// Whole words that are left alone or have a fixed stem.
    static let exceptions: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        for word in ["andes", "atlas", "bias", "cosmos", "howe", "news", "sky"] {
            table[Array(word.utf8)] = Array(word.utf8)
        }
        let fixed = [
            ("early", "earli"), ("gently", "gentl"), ("idly", "idl"), ("only", "onli"), ("singly", "singl"),
            ("skies", "sky"), ("skis", "ski"), ("ugly", "ugli"),
        ]
        for (word, stem) in fixed { table[Array(word.utf8)] = Array(stem.utf8) }
        return table
    }()

    static func exceptionalForm(_ w: [UInt8]) -> [UInt8]? {
        guard w.count >= 3, w.count <= 6 else { return nil }
        return exceptions[w]
    }

    /// Prefixes after which R1 starts, whatever their vowels.
    static let regionPrefixes: [[UInt8]] = [
        "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
    ].map { Array($0.utf8) }

    /// A suffix and what becomes of it in one step (longest first within each table).
    struct Rule {
        let suffix: [UInt8]
        let action: Action
        init(_ suffix: String, _ action: Action) {
            self.suffix = Array(suffix.utf8)
            self.action = action
        }
    }

    enum Action {
        case replace([UInt8])
        /// Delete when in R2 (Step 3's `ative`).
        case deleteInR2
        /// Step 2: `ogi` → `og` only after `l`.
        case ogiAfterL
        /// Step 2: `li` goes only after c, d, e, g, h, k, m, n, r or t.
        case validLi
        /// Step 4: `ion` goes only after s or t.
        case ionAfterST
        static func to(_ s: String) -> Action { .replace(Array(s.utf8)) }
        static let delete = Action.replace([])
    }

    static func sortedLongestFirst(_ rules: [Rule]) -> [Rule] {
        rules.sorted { $0.suffix.count > $1.suffix.count }
    }

    static let step2Rules = sortedLongestFirst([
        Rule("tional", .to("tion")), Rule("enci", .to("ence")), Rule("anci", .to("ance")), Rule("abli", .to("able")),
        Rule("entli", .to("ent")), Rule("izer", .to("ize")), Rule("ization", .to("ize")), Rule("ational", .to("ate")),
        Rule("ation", .to("ate")), Rule("ator", .to("ate")), Rule("alism", .to("al")), Rule("aliti", .to("al")),
        Rule("alli", .to("al")), Rule("fulness", .to("ful")), Rule("ousli", .to("ous")), Rule("ousness", .to("ous")),
        Rule("iveness", .to("ive")), Rule("iviti", .to("ive")), Rule("biliti", .to("ble")), Rule("bli", .to("ble")),
        Rule("ogist", .to("og")), Rule("ogi", .ogiAfterL), Rule("fulli", .to("ful")), Rule("lessli", .to("less")),
        Rule("li", .validLi),
    ])

    static let step3Rules = sortedLongestFirst([
        Rule("tional", .to("tion")), Rule("ational", .to("ate")), Rule("alize", .to("al")), Rule("icate", .to("ic")),
        Rule("iciti", .to("ic")), Rule("ical", .to("ic")), Rule("ful", .delete), Rule("ness", .delete),
        Rule("ative", .deleteInR2),
    ])

    static let step4Rules = sortedLongestFirst(
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
         "ive", "ize"].map { Rule($0, .delete) } + [Rule("ion", .ionAfterST)]
    )

    /// Step 1b: what a stem left by `ed`/`ing` may end in.
    static let undoubled: [[UInt8]] = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].map { Array($0.utf8) }
    static let eAdders: [[UInt8]] = ["at", "bl", "iz"].map { Array($0.utf8) }
    /// Whole stems before `eed`/`eedly` that keep them (proceed, exceed, succeed).
    static let keepEed: [[UInt8]] = ["succ", "proc", "exc"].map { Array($0.utf8) }
    /// Whole stems before `ing` that keep it (evening, canning, inning, earring, herring, outing).
    static let keepIng: [[UInt8]] = ["even", "cann", "inn", "earr", "herr", "out"].map { Array($0.utf8) }

    // MARK: - the word being stemmed

    struct Word {
        var w: [UInt8]
        var p1: Int
        var p2: Int
        var yFound = false

        static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
        static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), Y = UInt8(ascii: "Y"), w_ = UInt8(ascii: "w")
        static let x = UInt8(ascii: "x"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t"), l = UInt8(ascii: "l")
        static let apostrophe = UInt8(ascii: "'")

        init(_ input: [UInt8]) {
            w = input
            p1 = 0
            p2 = 0
            prelude()
            markRegions()
        }

        static func isVowel(_ c: UInt8) -> Bool {
            switch c {
            case a, e, i, o, u, y: return true
            default: return false
            }
        }

        /// Drops a leading apostrophe and marks consonantal y (initial, or after a vowel) as Y.
        mutating func prelude() {
            if w.first == Self.apostrophe { w.removeFirst() }
            if w.first == Self.y {
                w[0] = Self.Y
                yFound = true
            }
            var k = 1
            while k < w.count {
                if w[k] == Self.y, Self.isVowel(w[k - 1]) {
                    w[k] = Self.Y
                    yFound = true
                }
                k += 1
            }
        }

        /// The position after the first non-vowel that follows a vowel, searching from `start`.
        func afterVowelNonVowel(from start: Int) -> Int? {
            var k = start
            while k < w.count, !Self.isVowel(w[k]) { k += 1 }
            guard k < w.count else { return nil }
            k += 1
            while k < w.count, Self.isVowel(w[k]) { k += 1 }
            guard k < w.count else { return nil }
            return k + 1
        }

        mutating func markRegions() {
            let n = w.count
            p1 = n
            p2 = n
            var r1: Int? = nil
            for prefix in EnglishStemmer.regionPrefixes where w.starts(with: prefix) {
                r1 = prefix.count
                break
            }
            if r1 == nil { r1 = afterVowelNonVowel(from: 0) }
            guard let start = r1 else { return }
            p1 = start
            p2 = afterVowelNonVowel(from: start) ?? n
        }

        func ends(_ suffix: [UInt8]) -> Bool { ends(suffix, at: w.count) }

        /// Whether `w[..<end]` ends with `suffix`.
        func ends(_ suffix: [UInt8], at end: Int) -> Bool {
            guard end <= w.count, suffix.count <= end else { return false }
            var k = suffix.count - 1
            var j = end - 1
            while k >= 0 {
                if w[j] != suffix[k] { return false }
                k -= 1
                j -= 1
            }
            return true
        }

        func ends(_ s: StaticString) -> Bool { ends(s, at: w.count) }

        /// Compares against the literal's bytes in place (no array is made in the hot path).
        func ends(_ s: StaticString, at end: Int) -> Bool {
            let count = s.utf8CodeUnitCount
            guard end <= w.count, count <= end else { return false }
            let bytes = s.utf8Start
            var k = 0
            while k < count {
                if w[end - count + k] != bytes[k] { return false }
                k += 1
            }
            return true
        }

        /// Whether `w[..<end]` is exactly `stem`.
        func isWhole(_ stem: [UInt8], end: Int) -> Bool { end == stem.count && ends(stem, at: end) }

        func hasVowel(before end: Int) -> Bool {
            var k = end - 1
            while k >= 0 {
                if Self.isVowel(w[k]) { return true }
                k -= 1
            }
            return false
        }

        /// A short syllable ends at `end`: non-vowel, vowel, non-vowel other than w, x or Y; or a vowel
        /// then a non-vowel at the start of the word; or (Snowball 3) the letters `past`.
        func shortSyllable(endingAt end: Int) -> Bool {
            if end >= 3, !Self.isVowel(w[end - 1]), w[end - 1] != Self.w_, w[end - 1] != Self.x, w[end - 1] != Self.Y,
               Self.isVowel(w[end - 2]), !Self.isVowel(w[end - 3])
            {
                return true
            }
            if end == 2, !Self.isVowel(w[1]), Self.isVowel(w[0]) { return true }
            return ends("past", at: end)
        }

        mutating func replaceSuffix(length: Int, with replacement: [UInt8]) {
            w.replaceSubrange((w.count - length)..., with: replacement)
        }

        // MARK: steps

        mutating func step1a() {
            if ends("'s'") { w.removeLast(3) } else if ends("'s") { w.removeLast(2) } else if ends("'") { w.removeLast() }

            if ends("sses") {
                w.removeLast(2)
            } else if ends("ied") || ends("ies") {
                replaceSuffix(length: 3, with: w.count > 4 ? [Self.i] : [Self.i, Self.e])
            } else if ends("ss") || ends("us") {
                return
            } else if ends("s") {
                // Goes when a vowel stands somewhere before the letter preceding the s.
                let sAt = w.count - 1
                if sAt >= 2, hasVowel(before: sAt - 1) { w.removeLast() }
            }
        }

        mutating func step1b() {
            let n = w.count
            if ends("eedly") || ends("eed") {
                let start = n - (ends("eedly") ? 5 : 3)
                guard start >= p1 else { return }
                if EnglishStemmer.keepEed.contains(where: { isWhole($0, end: start) }) { return }
                replaceSuffix(length: n - start, with: [Self.e, Self.e])
                return
            }
            let start: Int
            if ends("ingly") { start = n - 5 } else if ends("edly") { start = n - 4 } else if ends("ing") {
                start = n - 3
                // dying → die; evening, outing … stay.
                if start == 2, w[1] == Self.y, !Self.isVowel(w[0]) {
                    replaceSuffix(length: 4, with: [Self.i, Self.e])
                    return
                }
                if EnglishStemmer.keepIng.contains(where: { isWhole($0, end: start) }) { return }
            } else if ends("ed") { start = n - 2 } else { return }

            guard hasVowel(before: start) else { return }
            w.removeSubrange(start...)

            if EnglishStemmer.eAdders.contains(where: { ends($0) }) {
                w.append(Self.e)
            } else if EnglishStemmer.undoubled.contains(where: { ends($0) }) {
                // "add", "egg", "off" keep their double letter.
                if w.count == 3, w[0] == Self.a || w[0] == Self.e || w[0] == Self.o { return }
                w.removeLast()
            } else if w.count == p1, shortSyllable(endingAt: w.count) {
                w.append(Self.e)
            }
        }

        mutating func step1c() {
            let n = w.count
            guard n >= 3, w[n - 1] == Self.y || w[n - 1] == Self.Y, !Self.isVowel(w[n - 2]) else { return }
            w[n - 1] = Self.i
        }

        /// Applies the longest matching rule; a rule whose region test fails ends the step.
        mutating func apply(_ rules: [Rule], region: Int) {
            guard let rule = rules.first(where: { ends($0.suffix) }) else { return }
            let start = w.count - rule.suffix.count
            guard start >= region else { return }
            switch rule.action {
            case .replace(let replacement):
                replaceSuffix(length: rule.suffix.count, with: replacement)
            case .deleteInR2:
                if start >= p2 { w.removeSubrange(start...) }
            case .ogiAfterL:
                if start > 0, w[start - 1] == Self.l { w.removeLast() }
            case .validLi:
                if start > 0, Self.isValidLi(w[start - 1]) { w.removeSubrange(start...) }
            case .ionAfterST:
                if start > 0, w[start - 1] == Self.s || w[start - 1] == Self.t { w.removeSubrange(start...) }
            }
        }

        static func isValidLi(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
                UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            default: return false
            }
        }

        mutating func step2() { apply(EnglishStemmer.step2Rules, region: p1) }
        mutating func step3() { apply(EnglishStemmer.step3Rules, region: p1) }
        mutating func step4() { apply(EnglishStemmer.step4Rules, region: p2) }

        mutating func step5() {
            guard let last = w.last else { return }
            let start = w.count - 1
            if last == Self.e {
                if start >= p2 || (start >= p1 && !shortSyllable(endingAt: start)) { w.removeLast() }
            } else if last == Self.l {
                if start >= p2, start > 0, w[start - 1] == Self.l { w.removeLast() }
            }
        }

        mutating func postlude() {
            guard yFound else { return }
            for k in w.indices where w[k] == Self.Y { w[k] = Self.y }
        }
    }
}
