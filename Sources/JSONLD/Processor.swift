import RDF

/// State of one JSON-LD processor run: options, the (caching) document loader, and caches of
/// processed contexts. Context processing, expansion and toRDF are extensions of this class, one file
/// each.
final class Processor {
    let options: JSONLDOptions
    let loader: CachingLoader
    let is10: Bool
    /// Contexts derived from an active context by a local context, keyed by the parent's identity and
    /// the local context: a type-scoped context used by every node of a catalog is processed once.
    var derivedContexts: [DerivedKey: (parent: ActiveContext, result: ActiveContext)] = [:]

    struct DerivedKey: Hashable {
        let parent: ObjectIdentifier
        let local: JSONValue
        let baseURL: String?
        let flags: UInt8
    }

    /// What the context object being processed gives terms defined out of order (through IRI expansion).
    struct TermEnv {
        var baseURL: String?
        var protected = false
        var overrideProtected = false
        var remoteContexts: [String] = []
    }
    var termEnv = TermEnv()
    private var lastBase: BaseIRI?

    /// A parsed base IRI, reused while the base stays the same.
    func resolver(_ base: String) -> BaseIRI {
        if let b = lastBase, b.value == base { return b }
        let b = BaseIRI(base)
        lastBase = b
        return b
    }

    init(options: JSONLDOptions, loader: DocumentLoader) {
        self.options = options
        self.loader = CachingLoader(loader)
        self.is10 = options.processingMode == .jsonLD10
    }

    /// The initial active context, with the expandContext option applied.
    func initialContext(base: String?, documentUrl: String?) throws -> ActiveContext {
        var ctx = ActiveContext(base: base)
        if let ec = options.expandContext {
            var local = ec
            if case .object(let o) = ec, let inner = o["@context"] { local = inner }
            ctx = try processContext(ctx, local, baseURL: documentUrl ?? base)
        }
        return ctx
    }
}
