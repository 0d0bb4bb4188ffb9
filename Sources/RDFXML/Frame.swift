import RDF

/// Where the grammar stands inside one open element.
enum FrameKind: UInt8 {
    /// Before the document element.
    case document
    /// Inside `rdf:RDF`: node elements follow.
    case rdfRoot
    /// Inside a node element (or a `parseType="Resource"` property element): property elements follow.
    case node
    /// Inside a property element that may still become a literal, a node-valued or an empty property.
    case property
    /// Inside a property element that already has its object (rdf:resource, rdf:nodeID or property
    /// attributes): only whitespace may follow.
    case emptyProperty
    /// Inside `parseType="Collection"`: node elements are the list items.
    case collection
    /// Inside `parseType="Literal"` (or an unknown parseType): content becomes an rdf:XMLLiteral.
    case literal
    /// An element nested in a literal.
    case literalInner
}

/// A subject or collection cell: an IRI or a blank node, smaller to carry around than a `Term`.
enum NodeTerm {
    case iri(IRI)
    case blank(BlankNode)

    @inline(__always) var term: Term {
        switch self {
        case .iri(let i): return .iri(i)
        case .blank(let b): return .blank(b)
        }
    }
}

/// One open element. Only the stack of these is kept, never the tree. Kept small: frames are pushed
/// and popped for every element, so each field here is paid for millions of times.
///
/// Noncopyable, so a frame is only ever moved: built, pushed, popped and dropped without its strings
/// being retained again. As a copyable struct each push copied the new frame onto the stack and released
/// the original, though it was built in the `append` call (callgrind, 2,000 RDF/XML datasets read into a
/// graph: 656.8M → 629.9M instructions once frames could only move).
struct Frame: ~Copyable {
    static let noNode = NodeTerm.iri(IRI(""))
    static let noIRI = IRI("")

    var kind: FrameKind
    /// This element opened a new xml:base scope (pushed on `ParserState.bases`).
    var ownsBase = false
    /// A property element that received its node element object.
    var hasObject = false
    /// Index of the in-scope base in `ParserState.bases`.
    var baseIndex: Int32
    /// nil when no xml:lang is in scope (or `xml:lang=""` reset it).
    var language: String?
    /// The node element's subject; for property frames the subject of the statement being made.
    var subject: NodeTerm = Frame.noNode
    var predicate: IRI = Frame.noIRI
    /// rdf:ID on a property element: the statement's reification IRI.
    var reification: IRI?
    var datatype: IRI?
    /// rdf:li counter of a node element.
    var liCounter = 0
    /// Where this property element's text starts in the shared text buffer; for a literalInner
    /// element, the undo mark of the literal writer's namespace scope.
    var textStart = 0
    /// Last cell of a collection under construction.
    var lastCell: BlankNode?

    init(kind: FrameKind, baseIndex: Int32, ownsBase: Bool, language: String?,
         subject: NodeTerm = Frame.noNode, predicate: IRI = Frame.noIRI, reification: IRI? = nil,
         datatype: IRI? = nil, textStart: Int = 0) {
        self.kind = kind
        self.baseIndex = baseIndex
        self.ownsBase = ownsBase
        self.language = language
        self.subject = subject
        self.predicate = predicate
        self.reification = reification
        self.datatype = datatype
        self.textStart = textStart
    }
}

/// One attribute as libxml2 hands it over: a classified name and the raw value bytes.
struct AttributeRef {
    var info: NameInfo
    var prefix: UnsafePointer<UInt8>?
    var uri: UnsafePointer<UInt8>?
    var local: UnsafePointer<UInt8>
    var start: UnsafePointer<UInt8>
    var end: UnsafePointer<UInt8>

    var isEmpty: Bool { start == end }
}
