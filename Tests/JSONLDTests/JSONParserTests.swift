import JSONLD
import RDF
import Testing

@Suite struct JSONParserTests {
    func parse(_ s: String, maxChunk: Int = .max, limits: JSONLimits = JSONLimits()) throws -> JSONValue {
        try JSONParser.parse(MemoryByteSource(s, name: "t.json", maxChunk: maxChunk), limits: limits)
    }

    func syntaxError(_ s: String, limits: JSONLimits = JSONLimits()) -> RDFSyntaxError? {
        do {
            _ = try parse(s, limits: limits)
            return nil
        } catch let e as RDFSyntaxError {
            return e
        } catch {
            return nil
        }
    }

    @Test func keepsNumberKindsApartFromBooleans() throws {
        let v = try parse(#"[1, 1.0, 1e2, -0, true, false, null, 12345678901234567890]"#)
        guard case .array(let a) = v, a.count == 8 else { Issue.record("not an array: \(v)"); return }
        #expect(a[0].numberValue?.isInteger == true)
        #expect(a[1].numberValue?.isInteger == false)
        #expect(a[1].numberValue?.lexical == "1.0")
        #expect(a[2].numberValue?.lexical == "1e2")
        #expect(a[2].numberValue?.value == 100)
        #expect(a[3].numberValue?.lexical == "-0")
        #expect(a[4] == .bool(true))
        #expect(a[4] != .int(1))
        #expect(a[5] == .bool(false))
        #expect(a[6] == .null)
        #expect(a[7].numberValue?.lexical == "12345678901234567890")
    }

    @Test func keepsKeyOrder() throws {
        let v = try parse(#"{"z": 1, "a": 2, "m": {"y": 0, "b": 1}}"#)
        #expect(v.objectValue?.keys == ["z", "a", "m"])
        #expect(v.objectValue?["m"]?.objectValue?.keys == ["y", "b"])
    }

    @Test func decodesEscapesAndUnicode() throws {
        let v = try parse(#"["a\"b\\c\/d\n\t", "\u00e9\ud83d\ude00", "ok ü 😀"]"#)
        #expect(v.arrayValue?[0] == .string("a\"b\\c/d\n\t"))
        #expect(v.arrayValue?[1] == .string("é😀"))
        #expect(v.arrayValue?[2] == .string("ok ü 😀"))
    }

    @Test func tokensMaySpanChunkBoundaries() throws {
        let text = #"{"key with \u00e9scape": [12.5e-1, "long string ü", true, null], "k2": {"x": -7}}"#
        let whole = try parse(text)
        let tiny = try parse(text, maxChunk: 1)
        #expect(whole == tiny)
        #expect(tiny.objectValue?["key with éscape"]?.arrayValue?[0].numberValue?.lexical == "12.5e-1")
    }

    /// Strings are scanned eight bytes at a time: whatever ends or interrupts a plain run (the closing
    /// quote, an escape, a control byte, a non-ASCII letter) is found at every offset within a step and
    /// across chunk boundaries, with the same value or the same error as a byte at a time would give.
    @Test func stringsEndAndBreakAtEveryOffsetOfAStep() throws {
        for n in 0..<20 {
            let plain = String(repeating: "a", count: n)
            for chunk in [1, 7, 8, 9, Int.max] {
                #expect(try parse("[\"\(plain)\"]", maxChunk: chunk) == .array([.string(plain)]))
                #expect(try parse("[\"\(plain)\\n\(plain)\"]", maxChunk: chunk) == .array([.string(plain + "\n" + plain)]))
                #expect(try parse("[\"\(plain)é~\u{7F}\"]", maxChunk: chunk) == .array([.string(plain + "é~\u{7F}")]))
            }
            let control = syntaxError("[\"\(plain)\u{1F}x\"]")
            #expect(control?.message == "control character in string (must be escaped)")
            #expect(control?.column == 3 + n)
        }
    }

    @Test func errorsCarryLineAndColumn() {
        let e = syntaxError("{\n  \"a\": 1,\n  \"b\" 2\n}")
        #expect(e?.line == 3)
        #expect(e?.column == 7)
        #expect(e?.description.hasPrefix("t.json:3:7: ") == true)
        #expect(syntaxError("[1, 2") != nil)
        #expect(syntaxError("[1,]")?.line == 1)
        #expect(syntaxError("01") != nil)
        #expect(syntaxError("1.") != nil)
        #expect(syntaxError("tru") != nil)
        #expect(syntaxError("[1] x")?.column == 5)
        #expect(syntaxError("\"a\u{01}b\"") != nil)
        #expect(syntaxError(#""\x""#) != nil)
        #expect(syntaxError(#""\ud800""#) != nil)
        #expect(syntaxError("") != nil)
    }

    @Test func rejectsInvalidUTF8() throws {
        let q = UInt8(ascii: "\"")
        let bad: [[UInt8]] = [
            [0xC3, 0x28], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x82], [0x80],
        ]
        for b in bad {
            #expect(throws: RDFSyntaxError.self, "\(b)") { try JSONParser.parse(MemoryByteSource([q] + b + [q])) }
        }
        let good: [UInt8] = [q, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x8F, 0xBF, 0xBF, q]
        #expect(try JSONParser.parse(MemoryByteSource(good)) == .string("é€😀\u{10FFFF}"))
        // ASCII is skipped eight bytes at a time: a bad byte is found at every offset of a longer string,
        // and a good sequence after and between ASCII runs still reads.
        let ascii = Array("abcdefghijklmnopqrstu".utf8)
        for at in 0...ascii.count {
            let text = [q] + ascii[..<at] + [0xC3, 0x28] + ascii[at...] + [q]
            #expect(throws: RDFSyntaxError.self, "bad byte at \(at)") { try JSONParser.parse(MemoryByteSource(text)) }
            let fine = [q] + ascii[..<at] + [0xC3, 0xA9] + ascii[at...] + [q]
            #expect(try JSONParser.parse(MemoryByteSource(fine)) == .string(String(decoding: fine.dropFirst().dropLast(), as: UTF8.self)))
        }
        #expect(throws: RDFSyntaxError.self) { try JSONParser.parse(MemoryByteSource([q] + ascii + [0xE2, 0x82, q])) }
    }

    @Test func boundsNestingDepthAndStringSize() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(syntaxError(deep)?.message.contains("deeper than 512") == true)
        #expect(syntaxError("[[[1]]]", limits: JSONLimits(maxDepth: 2)) != nil)
        #expect(syntaxError("[[1]]", limits: JSONLimits(maxDepth: 2)) == nil)
        #expect(syntaxError(#"["0123456789"]"#, limits: JSONLimits(maxStringBytes: 5)) != nil)
    }
}

@Suite struct JCSTests {
    @Test func formatsNumbersLikeECMAScript() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (4.50, "4.5"), (2e-3, "0.002"), (1e-6, "0.000001"),
            (1e-7, "1e-7"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
            (123456789012345680000, "123456789012345680000"), (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (333333333.3333333, "333333333.3333333"),
            (9007199254740992, "9007199254740992"), (295147905179352830000, "295147905179352830000"),
            (1e-27, "1e-27"), (0.1, "0.1"), (-1.5e-10, "-1.5e-10"), (1.25e22, "1.25e+22"),
        ]
        for (d, s) in cases { #expect(JCS.formatNumber(d) == s, "\(d)") }
    }

    @Test func sortsKeysByUTF16AndEscapesMinimally() throws {
        let v = try JSONParser.parse(#"{"\u20ac":1,"\r":2,"\ufb33":3,"1":4,"\ud83d\ude00":5,"\u0080":6,"\u00f6":7}"#)
        #expect(JCS.canonicalize(v) == "{\"\\r\":2,\"1\":4,\"\u{80}\":6,\"ö\":7,\"€\":1,\"😀\":5,\"\u{fb33}\":3}")
        let w = try JSONParser.parse(#"{"b": [1.0, 2e1, "x\u001fy", false, null], "a": {"d": 1, "c": "é"}}"#)
        #expect(JCS.canonicalize(w) == #"{"a":{"c":"é","d":1},"b":[1,20,"x\u001fy",false,null]}"#)
    }

    @Test func canonicalXSDForms() {
        #expect(JCS.xsdDouble(5.3) == "5.3E0")
        #expect(JCS.xsdDouble(1e21) == "1.0E21")
        #expect(JCS.xsdDouble(-1.5e-7) == "-1.5E-7")
        #expect(JCS.xsdDouble(0.1) == "1.0E-1")
        #expect(JCS.xsdDouble(123.456) == "1.23456E2")
        #expect(JCS.xsdInteger(100) == "100")
        #expect(JCS.xsdInteger(-0.0) == "0")
        #expect(JCS.xsdInteger(1e20) == "100000000000000000000")
    }
}
