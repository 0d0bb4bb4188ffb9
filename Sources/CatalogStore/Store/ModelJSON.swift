import DCAT

/// The stored model of a dataset, written by hand: byte for byte what `CompactJSONEncoder` makes of the
/// model's synthesized `Codable` (keys in declaration order, nil optionals left out, empty arrays kept), so
/// `JSONDecoder` reads it back unchanged. The generic encoder spent ~210k instructions a record on
/// containers and dynamic dispatch, a quarter of preparing a record for the store.
///
/// A field added to the model must be added here too, in its declaration order. Two tests guard that:
/// one checks that the test's fully populated dataset leaves no field empty, one that this writer and
/// the Codable encoder give identical bytes for it and for every fixture and sample dataset.
enum ModelJSON {
    /// `subgraph`, when given, is written in place of the dataset's own (the store keeps the statements in
    /// a column of their own and the model with an empty subgraph).
    static func encode(_ d: Dataset, subgraph: Subgraph? = nil) -> [UInt8] {
        var w = ModelJSONWriter(capacity: 4096)
        w.dataset(d, subgraph: subgraph ?? d.subgraph)
        return w.out.bytes
    }
}

struct ModelJSONWriter {
    let out: JSONBytes
    /// No comma before the next key or element: just after `{` or `[`.
    private var first = true

    init(capacity: Int) { out = JSONBytes(capacity: capacity) }

    // MARK: Punctuation

    private mutating func open(_ bracket: StaticString) {
        out.raw(bracket)
        first = true
    }

    /// Closing a container ends an entry of its parent, which so has one: the next needs a comma.
    private mutating func close(_ bracket: StaticString) {
        out.raw(bracket)
        first = false
    }

    /// `"key":`, after a comma unless it is the object's first.
    private mutating func key(_ name: StaticString) {
        if first { first = false } else { out.raw(",") }
        out.raw("\"")
        out.raw(name)
        out.raw("\":")
    }

    private mutating func element() {
        if first { first = false } else { out.raw(",") }
    }

    // MARK: Values

    private mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        out.string(value)
    }

    private mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        string(name, value)
    }

    private mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        out.raw(value ? "true" : "false")
    }

    private mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        open("[")
        for v in values {
            element()
            out.string(v)
        }
        close("]")
    }

    /// `{"values":[{"value":…,"language":…}]}`, the language left out when nil.
    private mutating func text(_ name: StaticString, _ text: LocalizedText) {
        key(name)
        open("{")
        key("values")
        open("[")
        for v in text.values {
            element()
            open("{")
            string("value", v.value)
            string("language", v.language)
            close("}")
        }
        close("]")
        close("}")
    }

    /// An array of model values, each written by `body` between its braces.
    private mutating func objects<T>(_ name: StaticString, _ values: [T], _ body: (inout Self, T) -> Void) {
        // By index: `for v in values` handed out a copy of each value; read by index, the values whose
        // writer is inlined here (concepts, agents, contact points) are not copied (seen in the disassembly).
        objects(name, count: values.count) { w, i in body(&w, values[i]) }
    }

    /// An array of `count` objects, the `i`th written by `body(&self, i)` between its braces: for values
    /// read where they lie (`distribution(_:_:)`).
    private mutating func objects(_ name: StaticString, count: Int, _ body: (inout Self, Int) -> Void) {
        key(name)
        open("[")
        for i in 0..<count {
            element()
            open("{")
            body(&self, i)
            close("}")
        }
        close("]")
    }

    /// One model value under `name`, left out when nil.
    private mutating func object<T>(_ name: StaticString, _ value: T?, _ body: (inout Self, T) -> Void) {
        guard let value else { return }
        key(name)
        open("{")
        body(&self, value)
        close("}")
    }

    // MARK: Model types, fields in declaration order

    mutating func dataset(_ d: Dataset, subgraph: Subgraph) {
        open("{")
        string("iri", d.iri)
        bool("isSkolemized", d.isSkolemized)
        string("kind", d.kind.rawValue)
        strings("types", d.types)
        strings("identifiers", d.identifiers)
        objects("otherIdentifiers", d.otherIdentifiers) { $0.identifier($1) }
        text("title", d.title)
        text("description", d.description)
        text("keywords", d.keywords)
        objects("themes", d.themes) { $0.concept($1) }
        object("publisher", d.publisher) { $0.agent($1) }
        objects("creators", d.creators) { $0.agent($1) }
        object("authority", d.authority) { $0.agent($1) }
        objects("contactPoints", d.contactPoints) { $0.contactPoint($1) }
        object("accessRights", d.accessRights) { $0.rights($1) }
        object("license", d.license) { $0.license($1) }
        objects("rights", d.rights) { $0.rights($1) }
        object("accrualPeriodicity", d.accrualPeriodicity) { $0.concept($1) }
        strings("languages", d.languages)
        objects("spatial", d.spatial) { $0.location($1) }
        objects("temporal", d.temporal) { $0.period($1) }
        object("issued", d.issued) { $0.date($1) }
        object("modified", d.modified) { $0.date($1) }
        strings("landingPages", d.landingPages)
        objects("pages", d.pages) { $0.concept($1) }
        objects("conformsTo", d.conformsTo) { $0.concept($1) }
        string("status", d.status)
        string("version", d.version)
        text("versionNotes", d.versionNotes)
        strings("hvdCategories", d.hvdCategories)
        strings("applicableLegislation", d.applicableLegislation)
        objects("distributions", count: d.distributions.count) { $0.distribution(d.distributions, $1) }
        strings("samples", d.samples)
        strings("hasVersion", d.hasVersion)
        strings("isVersionOf", d.isVersionOf)
        strings("sources", d.sources)
        strings("relations", d.relations)
        strings("isReferencedBy", d.isReferencedBy)
        strings("inSeries", d.inSeries)
        objects("qualifiedRelations", d.qualifiedRelations) { $0.relationship($1) }
        objects("provenance", d.provenance) { $0.concept($1) }
        strings("wasGeneratedBy", d.wasGeneratedBy)
        strings("qualifiedAttributions", d.qualifiedAttributions)
        strings("datasetTypes", d.datasetTypes)
        strings("spatialResolutionInMeters", d.spatialResolutionInMeters)
        string("temporalResolution", d.temporalResolution)
        strings("metadataLanguages", d.metadataLanguages)
        string("sourceCatalog", d.sourceCatalog)
        object("datePlanned", d.datePlanned) { $0.date($1) }
        object("legalFoundation", d.legalFoundation) { $0.legalFoundation($1) }
        strings("classifications", d.classifications)
        string("catalog", d.catalog)
        object("record", d.record) { $0.catalogRecord($1) }
        object("profile", d.profile) { $0.profile($1) }
        objects("notes", d.notes) { $0.note($1) }
        strings("unmappedPredicates", d.unmappedPredicates)
        object("subgraph", subgraph) { w, s in
            w.string("hash", s.hashHex)
            w.string("ntriples", s.ntriples)
        }
        close("}")
    }

    /// Distribution `i` of `all`, its fields read where they lie: a distribution handed over whole, to this
    /// function or to a closure, was copied first (seen in the disassembly).
    private mutating func distribution(_ all: [Distribution], _ i: Int) {
        string("iri", all[i].iri)
        text("title", all[i].title)
        text("description", all[i].description)
        strings("accessURLs", all[i].accessURLs)
        strings("downloadURLs", all[i].downloadURLs)
        object("format", all[i].format) { $0.concept($1) }
        string("mediaType", all[i].mediaType)
        string("compressFormat", all[i].compressFormat)
        string("packageFormat", all[i].packageFormat)
        if let size = all[i].byteSize {
            key("byteSize")
            out.rawString(String(size))
        }
        object("license", all[i].license) { $0.license($1) }
        object("accessRights", all[i].accessRights) { $0.rights($1) }
        objects("rights", all[i].rights) { $0.rights($1) }
        strings("languages", all[i].languages)
        objects("conformsTo", all[i].conformsTo) { $0.concept($1) }
        objects("pages", all[i].pages) { $0.concept($1) }
        string("status", all[i].status)
        string("availability", all[i].availability)
        object("checksum", all[i].checksum) { w, c in
            w.string("algorithm", c.algorithm)
            w.string("value", c.value)
        }
        object("issued", all[i].issued) { $0.date($1) }
        object("modified", all[i].modified) { $0.date($1) }
        strings("accessServices", all[i].accessServices)
        strings("applicableLegislation", all[i].applicableLegislation)
        strings("spatialResolutionInMeters", all[i].spatialResolutionInMeters)
        string("temporalResolution", all[i].temporalResolution)
        string("hasPolicy", all[i].hasPolicy)
        string("distributionType", all[i].distributionType)
        strings("metadataLanguages", all[i].metadataLanguages)
        strings("types", all[i].types)
    }

    private mutating func concept(_ c: Concept) {
        string("iri", c.iri)
        text("label", c.label)
    }

    private mutating func agent(_ a: Agent) {
        string("iri", a.iri)
        text("names", a.names)
        string("type", a.type)
        strings("emails", a.emails)
        strings("homepages", a.homepages)
        strings("types", a.types)
    }

    private mutating func contactPoint(_ c: ContactPoint) {
        string("iri", c.iri)
        string("kind", c.kind.rawValue)
        text("names", c.names)
        text("organizationNames", c.organizationNames)
        strings("emails", c.emails)
        strings("telephones", c.telephones)
        strings("urls", c.urls)
        text("titles", c.titles)
        strings("addresses", c.addresses)
    }

    private mutating func period(_ p: PeriodOfTime) {
        string("iri", p.iri)
        object("start", p.start) { $0.date($1) }
        object("end", p.end) { $0.date($1) }
        text("label", p.label)
    }

    private mutating func location(_ l: Location) {
        string("iri", l.iri)
        text("label", l.label)
        object("bbox", l.bbox) { $0.geometry($1) }
        object("centroid", l.centroid) { $0.geometry($1) }
        object("geometry", l.geometry) { $0.geometry($1) }
    }

    private mutating func geometry(_ g: Location.Geometry) {
        string("value", g.value)
        string("datatype", g.datatype)
    }

    private mutating func license(_ l: LicenseDocument) {
        string("iri", l.iri)
        text("label", l.label)
        string("type", l.type)
        string("euCode", l.euCode)
    }

    private mutating func rights(_ r: RightsStatement) {
        string("iri", r.iri)
        text("label", r.label)
    }

    private mutating func relationship(_ r: Relationship) {
        strings("relations", r.relations)
        strings("roles", r.roles)
    }

    private mutating func identifier(_ i: Identifier) {
        string("iri", i.iri)
        string("notation", i.notation)
        string("scheme", i.scheme)
    }

    private mutating func legalFoundation(_ l: LegalFoundation) {
        string("reference", l.reference)
        string("label", l.label)
        string("uri", l.uri)
    }

    private mutating func date(_ d: DateValue) {
        string("value", d.value)
        string("precision", d.precision.rawValue)
        string("original", d.original)
    }

    private mutating func catalogRecord(_ r: CatalogRecord) {
        string("iri", r.iri)
        string("primaryTopic", r.primaryTopic)
        text("title", r.title)
        text("description", r.description)
        object("issued", r.issued) { $0.date($1) }
        object("modified", r.modified) { $0.date($1) }
        strings("languages", r.languages)
        strings("conformsTo", r.conformsTo)
        string("status", r.status)
        string("source", r.source)
    }

    private mutating func profile(_ p: ProfileReport) {
        strings("claimedIRIs", p.claimedIRIs)
        key("claimed")
        open("[")
        for c in p.claimed {
            element()
            out.string(c.rawValue)
        }
        close("]")
        string("detected", p.detected.rawValue)
    }

    private mutating func note(_ n: NormalizationNote) {
        string("kind", n.kind.rawValue)
        string("property", n.property)
        string("original", n.original)
        string("normalized", n.normalized)
        string("message", n.message)
    }
}
