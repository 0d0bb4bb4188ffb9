import Testing
@testable import JSONLD

/// What toRDF accepts as a well-formed IRI: an absolute IRI (a scheme, then a colon) without the
/// characters RDF excludes from IRIs, and at most one `#`.
@Suite struct IRIFormTests {
    @Test(arguments: [
        ("http://example.org/a", true),
        ("urn:isbn:0451450523", true),
        ("tag:x+y-z.w:1", true),
        ("http://example.org/a#frag", true),
        ("h1+.-:rest", true),
        ("x:", true),
        ("http://example.org/a#b#c", false),
        ("http://example.org/a b", false),
        ("http://example.org/<a>", false),
        ("http://example.org/\"a\"", false),
        ("http://example.org/{a}", false),
        ("http://example.org/a|b", false),
        ("http://example.org/a\\b", false),
        ("http://example.org/a^b", false),
        ("http://example.org/a`b", false),
        ("http://example.org/a\tb", false),
        ("relative/path", false),
        (":no-scheme", false),
        ("1http://example.org/", false),
        ("ht_tp://example.org/", false),
        ("_:b0", false),
        ("", false),
    ])
    func wellFormed(_ iri: String, _ expected: Bool) {
        #expect(IRIForm.isWellFormed(iri) == expected, "\(iri)")
        // Well-formed implies absolute; the two must agree on the scheme.
        if expected { #expect(IRIForm.isAbsolute(iri)) }
    }
}
