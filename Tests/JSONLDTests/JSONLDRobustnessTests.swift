import Foundation
import JSONLD
import RDF
import Testing

/// Hostile or broken input gives an error, never a crash.
@Suite struct JSONLDRobustnessTests {
    func read(_ text: String, options: JSONLDOptions = JSONLDOptions()) throws -> [Quad] {
        var sink = QuadCollector()
        try JSONLDReader(options: options).read(from: MemoryByteSource(text, name: "in.jsonld"), into: &sink)
        return sink.quads
    }

    @Test func deepNestingWithinTheLimitExpands() throws {
        // 500 nested node objects: within the default depth limit, and the recursion must fit the stack
        // of a test (secondary) thread.
        var text = ""
        for _ in 0..<250 { text += #"{"http://ex.org/p": "# }
        text += #"{"@id": "http://ex.org/leaf", "http://ex.org/q": "v"}"#
        text += String(repeating: "}", count: 250)
        #expect(try read(text).count == 251)
        #expect(try read(text, options: JSONLDOptions(streaming: false)).count == 251)
    }

    @Test func nestingBeyondTheLimitIsASyntaxError() {
        let text = String(repeating: #"{"http://ex.org/p": "#, count: 600) + "1" + String(repeating: "}", count: 600)
        #expect(throws: RDFSyntaxError.self) { _ = try read(text) }
    }

    @Test func brokenJSONReportsThePlace() {
        do {
            _ = try read("{\"@context\": {\"@vocab\": \"http://ex.org/\"},\n \"@graph\": [\n {\"a\": \"b\"\n ]}")
            Issue.record("expected an error")
        } catch let e as RDFSyntaxError {
            #expect(e.source == "in.jsonld" && e.line == 4 && e.column == 2, "\(e)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func processingErrorsHaveSpecCodes() {
        func code(_ text: String, _ options: JSONLDOptions = JSONLDOptions()) -> String? {
            do { _ = try read(text, options: options); return nil } catch let e as JSONLDError { return e.code } catch { return "other" }
        }
        #expect(code(#"{"@context": {"a": {"@id": "http://ex.org/a", "@foo": 1}}}"#) == "invalid term definition")
        #expect(code(#"{"@context": {"@type": "http://ex.org/"}}"#) == "keyword redefinition")
        #expect(code(#"{"@context": {"a": "b:c", "b": "a:x"}, "a": 1}"#) == "cyclic IRI mapping")
        #expect(code(#"{"@context": 5}"#) == "invalid local context")
        #expect(code(#"{"@id": "http://ex.org/s", "http://ex.org/p": {"@value": "x", "@language": 5}}"#) == "invalid language-tagged string")
        // json-ld-1.0 mode rejects 1.1 features.
        let v10 = JSONLDOptions(processingMode: .jsonLD10)
        #expect(code(#"{"@context": {"@version": 1.1}}"#, v10) == "processing mode conflict")
        #expect(code(#"{"@context": {"a": {"@id": "http://ex.org/a", "@context": {}}}}"#, v10) == "invalid term definition")
        #expect(code(#"{"@context": {"@version": 1.1, "a": {"@id": "http://ex.org/a", "@context": {}}}}"#) == nil)
    }

    @Test func jsonLiteralsAreCanonical() throws {
        let q = try read(#"{"@context": {"j": {"@id": "http://ex.org/j", "@type": "@json"}}, "@id": "http://ex.org/s", "j": {"b": [1.0, 1e2, "\u00e9"], "a": null}}"#)
        #expect(q.count == 1)
        #expect(q.first?.triple.object == .literal(Literal(#"{"a":null,"b":[1,100,"é"]}"#, datatype: RDFVocab.json)))
    }

    @Test func numbersBecomeCanonicalLiterals() throws {
        let q = try read(#"{"@id": "http://ex.org/s", "http://ex.org/p": [5.3, 10, 1.0, 1e21, true, {"@value": 2, "@type": "http://www.w3.org/2001/XMLSchema#double"}]}"#)
        let objects = Set(q.map(\.triple.object))
        #expect(objects == [
            .literal(Literal("5.3E0", datatype: XSD.double)), .literal(Literal("10", datatype: XSD.integer)),
            .literal(Literal("1", datatype: XSD.integer)), .literal(Literal("1.0E21", datatype: XSD.double)),
            .literal(Literal("true", datatype: XSD.boolean)), .literal(Literal("2.0E0", datatype: XSD.double)),
        ])
    }

    @Test func relativeIRIsAndBadLanguageTagsAreDropped() throws {
        let q = try read(#"{"@id": "relative", "http://ex.org/p": "x", "@type": "http://ex.org/T"}"#)
        #expect(q.isEmpty)
        let r = try read(#"{"@id": "http://ex.org/s", "http://ex.org/p": [{"@value": "x", "@language": "not a tag"}, {"@id": "rel"}, "kept"]}"#)
        #expect(r.count == 1 && r[0].triple.object == .literal(Literal("kept")))
    }

    @Test func directionOptions() throws {
        let doc = #"{"@id": "http://ex.org/s", "http://ex.org/p": {"@value": "x", "@language": "AR-eg", "@direction": "rtl"}}"#
        #expect(try read(doc).first?.triple.object == .literal(Literal("x", language: "ar-eg")))
        let i18n = try read(doc, options: JSONLDOptions(rdfDirection: .i18nDatatype))
        #expect(i18n.first?.triple.object == .literal(Literal("x", datatype: IRI("https://www.w3.org/ns/i18n#ar-eg_rtl"))))
        let compound = try read(doc, options: JSONLDOptions(rdfDirection: .compoundLiteral))
        #expect(compound.count == 4)
        #expect(compound.contains { $0.triple.predicate == RDFVocab.direction && $0.triple.object == .literal(Literal("rtl")) })
    }
}
