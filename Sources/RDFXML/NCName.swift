/// XML Namespaces NCName check for `rdf:ID` and `rdf:nodeID` values (RDF/XML §7.2.20, §7.2.32 require
/// them to match NCName). ASCII is decided on bytes; other characters by the XML 1.0 (5th ed.) ranges.
enum NCName {
    static func isValid(_ value: String) -> Bool {
        var first = true
        for scalar in value.unicodeScalars {
            let ok = first ? isStart(scalar.value) : isName(scalar.value)
            if !ok { return false }
            first = false
        }
        return !first
    }

    private static func isStart(_ c: UInt32) -> Bool {
        switch c {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
             0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    private static func isName(_ c: UInt32) -> Bool {
        if isStart(c) { return true }
        switch c {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}
