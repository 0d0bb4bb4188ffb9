/// Martin Porter's Dutch stemmer (Snowball's `dutch_porter`, the `dutch` of Snowball ≤ 2.2).
///
/// Chosen over the newer Kraaij-Pohlmann algorithm because it conflates the word forms people search
/// catalogs with: fietspad/fietspaden, gemeente/gemeentelijke, straat/straten.
///
/// Works on Unicode scalars, not bytes: region boundaries ("at least 3 letters") count letters, and
/// accented vowels are single letters.
public enum DutchStemmer {
    public static func stem(_ word: String) -> String {
        var w = prelude(Array(word.unicodeScalars))
        let (p1, p2) = regions(w)
        standardSuffix(&w, p1: p1, p2: p2)
        var out = String.UnicodeScalarView()
        for c in w {
            switch c {
            case "I": out.append("i")
            case "Y": out.append("y")
            default: out.append(c)
            }
        }
        return String(out)
    }

    // MARK: - letters

    /// Vowels; `I` and `Y` (an i or y the prelude marked as consonantal) are deliberately not vowels.
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y", "è": return true
        default: return false
        }
    }

    /// Strips umlauts and acute accents, then marks consonantal i and y in upper case: an initial y, a y
    /// after a vowel, and an i between vowels.
    static func prelude(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var w = input.map { c -> Unicode.Scalar in
            switch c {
            case "ä", "á": return "a"
            case "ë", "é": return "e"
            case "ï", "í": return "i"
            case "ö", "ó": return "o"
            case "ü", "ú": return "u"
            default: return c
            }
        }
        if w.first == "y" { w[0] = "Y" }
        var k = 0
        while k + 1 < w.count {
            if isVowel(w[k]) {
                if w[k + 1] == "i", k + 2 < w.count, isVowel(w[k + 2]) { w[k + 1] = "I" }
                else if w[k + 1] == "y" { w[k + 1] = "Y" }
            }
            k += 1
        }
        return w
    }

    /// R1 starts after the first non-vowel that follows a vowel, but never before the fourth letter; R2
    /// starts after the next such pair, counted from the unadjusted R1.
    static func regions(_ w: [Unicode.Scalar]) -> (Int, Int) {
        func afterVowelThenNonVowel(from start: Int) -> Int? {
            var i = start
            while i < w.count && !isVowel(w[i]) { i += 1 }
            guard i < w.count else { return nil }
            i += 1
            while i < w.count && isVowel(w[i]) { i += 1 }
            guard i < w.count else { return nil }
            return i + 1
        }
        guard let r1 = afterVowelThenNonVowel(from: 0) else { return (w.count, w.count) }
        let p2 = afterVowelThenNonVowel(from: r1) ?? w.count
        let p1 = (r1 < 3 && w.count >= 3) ? 3 : r1
        return (p1, p2)
    }

    // MARK: - suffixes

    static func ends(_ w: [Unicode.Scalar], _ suffix: String) -> Bool {
        let s = Array(suffix.unicodeScalars)
        return w.count >= s.count && Array(w[(w.count - s.count)...]) == s
    }

    /// kk, dd or tt at the end loses its last letter.
    static func undouble(_ w: inout [Unicode.Scalar]) {
        if ends(w, "kk") || ends(w, "dd") || ends(w, "tt") { w.removeLast() }
    }

    /// Removes a final e in R1 after a non-vowel, then undoubles. Returns whether an e went.
    @discardableResult
    static func eEnding(_ w: inout [Unicode.Scalar], p1: Int) -> Bool {
        let start = w.count - 1
        guard ends(w, "e"), start >= p1, start > 0, !isVowel(w[start - 1]) else { return false }
        w.removeLast()
        undouble(&w)
        return true
    }

    /// Removes an `en`/`ene` suffix starting at `start` when it is in R1, after a non-vowel and not after
    /// `gem` (so "gemen" keeps its stem), then undoubles.
    static func enEnding(_ w: inout [Unicode.Scalar], start: Int, p1: Int) {
        guard start >= p1, start > 0, !isVowel(w[start - 1]), !ends(Array(w[..<start]), "gem") else { return }
        w.removeSubrange(start...)
        undouble(&w)
    }

    static func standardSuffix(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        // Step 1: the longest of heden, ene, en, se, s.
        if ends(w, "heden") {
            if w.count - 5 >= p1 { w.replaceSubrange((w.count - 5)..., with: "heid".unicodeScalars) }
        } else if ends(w, "ene") || ends(w, "en") {
            enEnding(&w, start: w.count - (ends(w, "ene") ? 3 : 2), p1: p1)
        } else if ends(w, "se") || ends(w, "s") {
            let start = w.count - (ends(w, "se") ? 2 : 1)
            if start >= p1, start > 0, !isVowel(w[start - 1]), w[start - 1] != "j" { w.removeSubrange(start...) }
        }

        // Step 2.
        let eFound = eEnding(&w, p1: p1)

        // Step 3a: heid in R2, not after c; then an en before it as in step 1.
        if ends(w, "heid") {
            let start = w.count - 4
            if start >= p2, !(start > 0 && w[start - 1] == "c") {
                w.removeSubrange(start...)
                if ends(w, "en") { enEnding(&w, start: w.count - 2, p1: p1) }
            }
        }

        // Step 3b: the longest d-suffix.
        if ends(w, "end") || ends(w, "ing") {
            let start = w.count - 3
            if start >= p2 {
                w.removeSubrange(start...)
                let ig = w.count - 2
                if ends(w, "ig"), ig >= p2, !(ig > 0 && w[ig - 1] == "e") { w.removeSubrange(ig...) } else { undouble(&w) }
            }
        } else if ends(w, "ig") {
            let start = w.count - 2
            if start >= p2, !(start > 0 && w[start - 1] == "e") { w.removeSubrange(start...) }
        } else if ends(w, "lijk") {
            if w.count - 4 >= p2 {
                w.removeSubrange((w.count - 4)...)
                eEnding(&w, p1: p1)
            }
        } else if ends(w, "baar") {
            if w.count - 4 >= p2 { w.removeSubrange((w.count - 4)...) }
        } else if ends(w, "bar") {
            if w.count - 3 >= p2, eFound { w.removeSubrange((w.count - 3)...) }
        }

        // Step 4: a consonant, a doubled aa/ee/oo/uu and a final non-vowel other than I lose one vowel
        // ("maan" → "man").
        let n = w.count
        if n >= 4, !isVowel(w[n - 1]), w[n - 1] != "I", w[n - 2] == w[n - 3], "aeou".unicodeScalars.contains(w[n - 2]),
           !isVowel(w[n - 4])
        {
            w.remove(at: n - 2)
        }
    }
}
