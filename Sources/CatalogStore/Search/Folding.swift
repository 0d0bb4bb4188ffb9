import Foundation

/// What one Unicode scalar of a text means to the tokenizer, with letters already lower-cased and
/// stripped of diacritics ("É" → "e", "ß" → "ss", "Ĳ" → "ij").
enum ScalarClass: Equatable {
    /// A letter, as the folded UTF-8 bytes to add to the current token.
    case letters([UInt8])
    /// A digit or other number character, kept as it is.
    case number([UInt8])
    /// A hyphen: splits a word into parts that are also indexed joined ("zonne-energie").
    case hyphen
    /// An apostrophe: splits, and a lone "s" after it is dropped ("auto's", "government's").
    case apostrophe
    /// Neither splits nor adds anything: combining accents and other marks, soft hyphens, zero-width joiners.
    case ignorable
    case separator
}

enum Folding {
    /// Classifies a scalar outside ASCII (the tokenizer handles ASCII itself, byte by byte).
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v >= 0xC0 && v <= 0x17F { return latinTable[Int(v - 0xC0)] }
        switch v {
        case 0xAA: return .letters([UInt8(ascii: "a")])
        case 0xBA: return .letters([UInt8(ascii: "o")])
        case 0xB2: return .number([UInt8(ascii: "2")])
        case 0xB3: return .number([UInt8(ascii: "3")])
        case 0xB9: return .number([UInt8(ascii: "1")])
        case 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: return .ignorable
        case 0x2010, 0x2011: return .hyphen
        case 0x2019, 0x02BC: return .apostrophe
        case 0xFF10...0xFF19: return .number([UInt8(truncatingIfNeeded: v - 0xFF10) + UInt8(ascii: "0")])
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return knownToUnicode61(properties) ? .letters(foldLetter(scalar)) : .separator
        case .decimalNumber, .letterNumber, .otherNumber:
            return knownToUnicode61(properties) ? .number(utf8(scalar)) : .separator
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .ignorable
        default:
            return .separator
        }
    }

    /// SQLite's unicode61 tokenizer takes letters and numbers by the Unicode 6.1 tables and splits at
    /// everything else, marks included. Index words must be single unicode61 tokens, or a query word
    /// could become an empty FTS5 phrase that matches nothing; so marks are dropped (above) and letters
    /// and numbers assigned after Unicode 6.1 separate words, as they do for unicode61.
    static func knownToUnicode61(_ properties: Unicode.Scalar.Properties) -> Bool {
        guard let age = properties.age else { return false }
        return age.major < 6 || (age.major == 6 && age.minor <= 1)
    }

    static func utf8(_ scalar: Unicode.Scalar) -> [UInt8] {
        var bytes: [UInt8] = []
        UTF8.encode(scalar) { bytes.append($0) }
        return bytes
    }

    /// Lower-cases a letter beyond Latin Extended-A and, in the Latin and Greek blocks that hold
    /// precomposed letters with accents, removes the accents (through Foundation's canonical
    /// decomposition: rare enough in Dutch catalogs not to need a table of its own). Ligatures
    /// ("ﬁ") and full-width Latin letters ("Ａ") become plain letters.
    static func foldLetter(_ scalar: Unicode.Scalar) -> [UInt8] {
        let properties = scalar.properties
        let v = scalar.value
        let decomposable = (0x180...0x24F).contains(v) || (0x370...0x3FF).contains(v)
            || (0x1E00...0x1EFF).contains(v) || (0x1F00...0x1FFF).contains(v)
        let compatible = (0xFB00...0xFB06).contains(v) || (0xFF21...0xFF5A).contains(v)
        if !decomposable && !compatible && !properties.changesWhenLowercased { return utf8(scalar) }
        var text = properties.lowercaseMapping
        if decomposable { text = text.decomposedStringWithCanonicalMapping }
        if compatible { text = text.decomposedStringWithCompatibilityMapping.lowercased() }
        var bytes: [UInt8] = []
        for s in text.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            UTF8.encode(s) { bytes.append($0) }
        }
        return bytes
    }

    /// U+00C0 … U+017F (Latin-1 Supplement letters and Latin Extended-A): each scalar's folded letters.
    static let latinTable: [ScalarClass] = {
        // One entry per scalar; "*" marks the few that fold to two letters, "-" a non-letter (× and ÷).
        let latin1 = "aaaaaa*ceeeeiiii" + "dnooooo-ouuuuy**" + "aaaaaa*ceeeeiiii" + "dnooooo-ouuuuy*y"
        let extendedA = "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "ii**jjkkklllllll"
            + "lllnnnnnnnnnoooo" + "oo**rrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs"
        let twoLetters: [UInt32: String] = [
            0xC6: "ae", 0xE6: "ae", 0xDE: "th", 0xFE: "th", 0xDF: "ss",
            0x132: "ij", 0x133: "ij", 0x152: "oe", 0x153: "oe",
        ]
        var table: [ScalarClass] = []
        for (offset, letter) in (latin1 + extendedA).unicodeScalars.enumerated() {
            let value = UInt32(0xC0 + offset)
            switch letter {
            case "-": table.append(.separator)
            case "*": table.append(.letters(Array((twoLetters[value] ?? "").utf8)))
            default: table.append(.letters([UInt8(truncatingIfNeeded: letter.value)]))
            }
        }
        return table
    }()
}
