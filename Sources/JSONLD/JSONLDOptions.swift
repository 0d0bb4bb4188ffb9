/// Options of the JSON-LD 1.1 API (`JsonLdOptions`) that expansion and toRDF use.
public struct JSONLDOptions: Sendable {
    public enum ProcessingMode: String, Sendable { case jsonLD10 = "json-ld-1.0", jsonLD11 = "json-ld-1.1" }
    /// How `@direction` reaches RDF (JSON-LD 1.1 API §8.6 `rdfDirection`); nil drops the direction.
    public enum RDFDirection: String, Sendable { case i18nDatatype = "i18n-datatype", compoundLiteral = "compound-literal" }

    public var processingMode: ProcessingMode
    public var rdfDirection: RDFDirection?
    /// A context applied before the document's own (`expandContext`): a context object, an array, or an
    /// IRI string loaded through the document loader.
    public var expandContext: JSONValue?
    /// Process documents of the common DCAT shapes node by node (see docs/jsonld.md). Off: always build
    /// the whole-document tree.
    public var streaming: Bool
    /// While streaming, read the node objects of the common DCAT shapes straight into statements instead
    /// of expanding them first (`DirectEmitter`, docs/jsonld.md); the statements are the same. Off: every
    /// node is expanded, as the tests that compare the two ways need.
    public var directNodes: Bool
    public var limits: JSONLimits
    /// Most nested remote contexts followed before "context overflow".
    public var maxRemoteContexts: Int

    public init(
        processingMode: ProcessingMode = .jsonLD11, rdfDirection: RDFDirection? = nil,
        expandContext: JSONValue? = nil, streaming: Bool = true, directNodes: Bool = true,
        limits: JSONLimits = JSONLimits(), maxRemoteContexts: Int = 32
    ) {
        self.processingMode = processingMode
        self.rdfDirection = rdfDirection
        self.expandContext = expandContext
        self.streaming = streaming
        self.directNodes = directNodes
        self.limits = limits
        self.maxRemoteContexts = maxRemoteContexts
    }
}
