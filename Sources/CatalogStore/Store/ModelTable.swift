import DCAT

/// A record's model as stored since session 27: its fields in declaration order, as a binary layout, without
/// its subgraph (which the record body's subgraph table holds).
///
/// Why not the JSON earlier versions stored (what the model's `Codable` writes; still read): a third of it
/// was keys and punctuation, writing it by hand cost ~52k instructions a record (callgrind, 2k records),
/// and every `show`, export, serve and rescore of a record read it back through `JSONDecoder`.
///
/// Layout (numbers are LEB128 varints, strings a varint byte count and UTF-8):
/// - an optional value is a byte, 0 (absent) or 1, then the value;
/// - a list is its count, then its items; a string list likewise;
/// - text (`LocalizedText`) is its count, then each value's string and optional language;
/// - an enum is its raw value as a string (the names the JSON has always used, so renaming a case
///   breaks both layouts alike, and a new case needs no code here);
/// - a byte size is eight bytes, little-endian (it may be negative in a feed, and varints here are
///   non-negative and at most five bytes);
/// - a model value is its fields in declaration order; the first byte of the whole is the layout's
///   version.
///
/// A field added to the model must be added to both `ModelTableWriter` and `ModelTableReader`, in its
/// declaration order; `ModelTableTests` round-trips a dataset with every field set to a value of its
/// own, so a field left out or read in the wrong place fails it.
enum ModelTable {
    static let version: UInt8 = 1

    static func encode(_ d: Dataset, into out: ByteSink) {
        out.byte(version)
        ModelTableWriter(out: out).dataset(d)
    }

    static func encode(_ d: Dataset) -> [UInt8] {
        let out = ByteSink(capacity: 2048)
        encode(d, into: out)
        return out.bytes
    }

    /// The stored model, with an empty subgraph; a damaged one throws `BlobError`.
    static func decode(_ bytes: [UInt8]) throws -> Dataset {
        var reader = ByteReader(bytes)
        return try decode(&reader)
    }

    /// The model that fills the rest of `reader`'s bytes (after a record body's subgraph table).
    static func decode(_ reader: inout ByteReader) throws -> Dataset {
        var model = ModelTableReader(reader)
        guard try model.r.byte() == version else { throw BlobError() }
        let d = try model.dataset()
        guard model.r.isAtEnd else { throw BlobError() }
        reader = model.r
        return d
    }
}

struct ModelTableWriter {
    let out: ByteSink

    // MARK: Values

    private func string(_ s: String) { out.appendCounted(s) }

    private func string(_ s: String?) {
        guard let s else { return out.byte(0) }
        out.byte(1)
        out.appendCounted(s)
    }

    private func bool(_ b: Bool) { out.byte(b ? 1 : 0) }

    private func strings(_ values: [String]) {
        out.appendNumber(values.count)
        for i in values.indices { out.appendCounted(values[i]) }
    }

    private func text(_ text: LocalizedText) {
        let values = text.values
        out.appendNumber(values.count)
        for i in values.indices {
            out.appendCounted(values[i].value)
            string(values[i].language)
        }
    }

    /// By index: `for v in values` handed out a copy of each value (seen in the disassembly of the JSON
    /// writer this replaced).
    private func list<T>(_ values: [T], _ body: (Self, T) -> Void) {
        out.appendNumber(values.count)
        for i in values.indices { body(self, values[i]) }
    }

    private func optional<T>(_ value: T?, _ body: (Self, T) -> Void) {
        guard let value else { return out.byte(0) }
        out.byte(1)
        body(self, value)
    }

    // MARK: Model types, fields in declaration order

    func dataset(_ d: Dataset) {
        string(d.iri)
        bool(d.isSkolemized)
        string(d.kind.rawValue)
        strings(d.types)
        strings(d.identifiers)
        list(d.otherIdentifiers) { $0.identifier($1) }
        text(d.title)
        text(d.description)
        text(d.keywords)
        list(d.themes) { $0.concept($1) }
        optional(d.publisher) { $0.agent($1) }
        list(d.creators) { $0.agent($1) }
        optional(d.authority) { $0.agent($1) }
        list(d.contactPoints) { $0.contactPoint($1) }
        optional(d.accessRights) { $0.rights($1) }
        optional(d.license) { $0.license($1) }
        list(d.rights) { $0.rights($1) }
        optional(d.accrualPeriodicity) { $0.concept($1) }
        strings(d.languages)
        list(d.spatial) { $0.location($1) }
        list(d.temporal) { $0.period($1) }
        optional(d.issued) { $0.date($1) }
        optional(d.modified) { $0.date($1) }
        strings(d.landingPages)
        list(d.pages) { $0.concept($1) }
        list(d.conformsTo) { $0.concept($1) }
        string(d.status)
        string(d.version)
        text(d.versionNotes)
        strings(d.hvdCategories)
        strings(d.applicableLegislation)
        out.appendNumber(d.distributions.count)
        for i in d.distributions.indices { distribution(d.distributions, i) }
        strings(d.samples)
        strings(d.hasVersion)
        strings(d.isVersionOf)
        strings(d.sources)
        strings(d.relations)
        strings(d.isReferencedBy)
        strings(d.inSeries)
        list(d.qualifiedRelations) { $0.relationship($1) }
        list(d.provenance) { $0.concept($1) }
        strings(d.wasGeneratedBy)
        strings(d.qualifiedAttributions)
        strings(d.datasetTypes)
        strings(d.spatialResolutionInMeters)
        string(d.temporalResolution)
        strings(d.metadataLanguages)
        string(d.sourceCatalog)
        optional(d.datePlanned) { $0.date($1) }
        optional(d.legalFoundation) { $0.legalFoundation($1) }
        strings(d.classifications)
        string(d.catalog)
        optional(d.record) { $0.catalogRecord($1) }
        profile(d.profile)
        list(d.notes) { $0.note($1) }
        strings(d.unmappedPredicates)
    }

    /// Distribution `i` of `all`, read where it lies: handed over whole, it was copied first.
    private func distribution(_ all: [Distribution], _ i: Int) {
        string(all[i].iri)
        text(all[i].title)
        text(all[i].description)
        strings(all[i].accessURLs)
        strings(all[i].downloadURLs)
        optional(all[i].format) { $0.concept($1) }
        string(all[i].mediaType)
        string(all[i].compressFormat)
        string(all[i].packageFormat)
        optional(all[i].byteSize) { w, size in
            let bits = UInt64(bitPattern: size)
            for k in 0..<8 { w.out.byte(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k)))) }
        }
        optional(all[i].license) { $0.license($1) }
        optional(all[i].accessRights) { $0.rights($1) }
        list(all[i].rights) { $0.rights($1) }
        strings(all[i].languages)
        list(all[i].conformsTo) { $0.concept($1) }
        list(all[i].pages) { $0.concept($1) }
        string(all[i].status)
        string(all[i].availability)
        optional(all[i].checksum) { w, c in
            w.string(c.algorithm)
            w.string(c.value)
        }
        optional(all[i].issued) { $0.date($1) }
        optional(all[i].modified) { $0.date($1) }
        strings(all[i].accessServices)
        strings(all[i].applicableLegislation)
        strings(all[i].spatialResolutionInMeters)
        string(all[i].temporalResolution)
        string(all[i].hasPolicy)
        string(all[i].distributionType)
        strings(all[i].metadataLanguages)
        strings(all[i].types)
    }

    private func concept(_ c: Concept) {
        string(c.iri)
        text(c.label)
    }

    private func agent(_ a: Agent) {
        string(a.iri)
        text(a.names)
        string(a.type)
        strings(a.emails)
        strings(a.homepages)
        strings(a.types)
    }

    private func contactPoint(_ c: ContactPoint) {
        string(c.iri)
        string(c.kind.rawValue)
        text(c.names)
        text(c.organizationNames)
        strings(c.emails)
        strings(c.telephones)
        strings(c.urls)
        text(c.titles)
        strings(c.addresses)
    }

    private func period(_ p: PeriodOfTime) {
        string(p.iri)
        optional(p.start) { $0.date($1) }
        optional(p.end) { $0.date($1) }
        text(p.label)
    }

    private func location(_ l: Location) {
        string(l.iri)
        text(l.label)
        optional(l.bbox) { $0.geometry($1) }
        optional(l.centroid) { $0.geometry($1) }
        optional(l.geometry) { $0.geometry($1) }
    }

    private func geometry(_ g: Location.Geometry) {
        string(g.value)
        string(g.datatype)
    }

    private func license(_ l: LicenseDocument) {
        string(l.iri)
        text(l.label)
        string(l.type)
        string(l.euCode)
    }

    private func rights(_ r: RightsStatement) {
        string(r.iri)
        text(r.label)
    }

    private func relationship(_ r: Relationship) {
        strings(r.relations)
        strings(r.roles)
    }

    private func identifier(_ i: Identifier) {
        string(i.iri)
        string(i.notation)
        string(i.scheme)
    }

    private func legalFoundation(_ l: LegalFoundation) {
        string(l.reference)
        string(l.label)
        string(l.uri)
    }

    private func date(_ d: DateValue) {
        string(d.value)
        string(d.precision.rawValue)
        string(d.original)
    }

    private func catalogRecord(_ r: CatalogRecord) {
        string(r.iri)
        string(r.primaryTopic)
        text(r.title)
        text(r.description)
        optional(r.issued) { $0.date($1) }
        optional(r.modified) { $0.date($1) }
        strings(r.languages)
        strings(r.conformsTo)
        string(r.status)
        string(r.source)
    }

    private func profile(_ p: ProfileReport) {
        strings(p.claimedIRIs)
        out.appendNumber(p.claimed.count)
        for c in p.claimed { string(c.rawValue) }
        string(p.detected.rawValue)
    }

    private func note(_ n: NormalizationNote) {
        string(n.kind.rawValue)
        string(n.property)
        string(n.original)
        string(n.normalized)
        string(n.message)
    }
}

/// Reads what `ModelTableWriter` wrote, field for field; every count is checked against the bytes left.
struct ModelTableReader {
    var r: ByteReader

    init(_ reader: ByteReader) { r = reader }

    // MARK: Values

    private mutating func string() throws -> String { try r.string() }

    private mutating func optionalString() throws -> String? {
        try present() ? try r.string() : nil
    }

    private mutating func present() throws -> Bool {
        switch try r.byte() {
        case 0: return false
        case 1: return true
        default: throw BlobError()
        }
    }

    private mutating func bool() throws -> Bool { try present() }

    private mutating func strings() throws -> [String] {
        let n = try r.count(ofItemsAtLeast: 1)
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try r.string()) }
        return out
    }

    private mutating func text() throws -> LocalizedText {
        let n = try r.count(ofItemsAtLeast: 2)
        if n == 0 { return LocalizedText() }
        var values: [LocalizedString] = []
        values.reserveCapacity(n)
        for _ in 0..<n {
            let value = try r.string()
            values.append(LocalizedString(value, language: try optionalString()))
        }
        return LocalizedText(values)
    }

    /// `count` items of at least `minimumBytes` each, read by `item`.
    private mutating func list<T>(atLeast minimumBytes: Int, _ item: (inout Self) throws -> T) throws -> [T] {
        let n = try r.count(ofItemsAtLeast: minimumBytes)
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try item(&self)) }
        return out
    }

    private mutating func optional<T>(_ item: (inout Self) throws -> T) throws -> T? {
        try present() ? try item(&self) : nil
    }

    private mutating func raw<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: try r.string()) else { throw BlobError() }
        return value
    }

    // MARK: Model types, fields in declaration order

    mutating func dataset() throws -> Dataset {
        var d = Dataset(iri: try string())
        d.isSkolemized = try bool()
        d.kind = try raw(Dataset.Kind.self)
        d.types = try strings()
        d.identifiers = try strings()
        d.otherIdentifiers = try list(atLeast: 3) { try $0.identifier() }
        d.title = try text()
        d.description = try text()
        d.keywords = try text()
        d.themes = try list(atLeast: 2) { try $0.concept() }
        d.publisher = try optional { try $0.agent() }
        d.creators = try list(atLeast: 6) { try $0.agent() }
        d.authority = try optional { try $0.agent() }
        d.contactPoints = try list(atLeast: 9) { try $0.contactPoint() }
        d.accessRights = try optional { try $0.rights() }
        d.license = try optional { try $0.license() }
        d.rights = try list(atLeast: 2) { try $0.rights() }
        d.accrualPeriodicity = try optional { try $0.concept() }
        d.languages = try strings()
        d.spatial = try list(atLeast: 5) { try $0.location() }
        d.temporal = try list(atLeast: 4) { try $0.period() }
        d.issued = try optional { try $0.date() }
        d.modified = try optional { try $0.date() }
        d.landingPages = try strings()
        d.pages = try list(atLeast: 2) { try $0.concept() }
        d.conformsTo = try list(atLeast: 2) { try $0.concept() }
        d.status = try optionalString()
        d.version = try optionalString()
        d.versionNotes = try text()
        d.hvdCategories = try strings()
        d.applicableLegislation = try strings()
        d.distributions = try list(atLeast: 29) { try $0.distribution() }
        d.samples = try strings()
        d.hasVersion = try strings()
        d.isVersionOf = try strings()
        d.sources = try strings()
        d.relations = try strings()
        d.isReferencedBy = try strings()
        d.inSeries = try strings()
        d.qualifiedRelations = try list(atLeast: 2) { try $0.relationship() }
        d.provenance = try list(atLeast: 2) { try $0.concept() }
        d.wasGeneratedBy = try strings()
        d.qualifiedAttributions = try strings()
        d.datasetTypes = try strings()
        d.spatialResolutionInMeters = try strings()
        d.temporalResolution = try optionalString()
        d.metadataLanguages = try strings()
        d.sourceCatalog = try optionalString()
        d.datePlanned = try optional { try $0.date() }
        d.legalFoundation = try optional { try $0.legalFoundation() }
        d.classifications = try strings()
        d.catalog = try optionalString()
        d.record = try optional { try $0.catalogRecord() }
        d.profile = try profile()
        d.notes = try list(atLeast: 5) { try $0.note() }
        d.unmappedPredicates = try strings()
        return d
    }

    private mutating func distribution() throws -> Distribution {
        var d = Distribution(iri: try optionalString())
        d.title = try text()
        d.description = try text()
        d.accessURLs = try strings()
        d.downloadURLs = try strings()
        d.format = try optional { try $0.concept() }
        d.mediaType = try optionalString()
        d.compressFormat = try optionalString()
        d.packageFormat = try optionalString()
        d.byteSize = try optional { reader in
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(try reader.r.byte()) << (8 * UInt64(k)) }
            return Int64(bitPattern: bits)
        }
        d.license = try optional { try $0.license() }
        d.accessRights = try optional { try $0.rights() }
        d.rights = try list(atLeast: 2) { try $0.rights() }
        d.languages = try strings()
        d.conformsTo = try list(atLeast: 2) { try $0.concept() }
        d.pages = try list(atLeast: 2) { try $0.concept() }
        d.status = try optionalString()
        d.availability = try optionalString()
        d.checksum = try optional { Checksum(algorithm: try $0.string(), value: try $0.string()) }
        d.issued = try optional { try $0.date() }
        d.modified = try optional { try $0.date() }
        d.accessServices = try strings()
        d.applicableLegislation = try strings()
        d.spatialResolutionInMeters = try strings()
        d.temporalResolution = try optionalString()
        d.hasPolicy = try optionalString()
        d.distributionType = try optionalString()
        d.metadataLanguages = try strings()
        d.types = try strings()
        return d
    }

    private mutating func concept() throws -> Concept {
        let iri = try optionalString()
        return Concept(iri: iri, label: try text())
    }

    private mutating func agent() throws -> Agent {
        let iri = try optionalString(), names = try text(), type = try optionalString()
        let emails = try strings(), homepages = try strings()
        return Agent(iri: iri, names: names, type: type, emails: emails, homepages: homepages, types: try strings())
    }

    private mutating func contactPoint() throws -> ContactPoint {
        let iri = try optionalString(), kind = try raw(ContactPoint.Kind.self)
        let names = try text(), organizationNames = try text()
        let emails = try strings(), telephones = try strings(), urls = try strings()
        let titles = try text()
        return ContactPoint(iri: iri, kind: kind, names: names, organizationNames: organizationNames, emails: emails,
                            telephones: telephones, urls: urls, titles: titles, addresses: try strings())
    }

    private mutating func period() throws -> PeriodOfTime {
        let iri = try optionalString()
        let start = try optional { try $0.date() }, end = try optional { try $0.date() }
        return PeriodOfTime(iri: iri, start: start, end: end, label: try text())
    }

    private mutating func location() throws -> Location {
        let iri = try optionalString(), label = try text()
        let bbox = try optional { try $0.geometry() }, centroid = try optional { try $0.geometry() }
        return Location(iri: iri, label: label, bbox: bbox, centroid: centroid, geometry: try optional { try $0.geometry() })
    }

    private mutating func geometry() throws -> Location.Geometry {
        let value = try string()
        return Location.Geometry(value: value, datatype: try optionalString())
    }

    private mutating func license() throws -> LicenseDocument {
        let iri = try optionalString(), label = try text(), type = try optionalString()
        return LicenseDocument(iri: iri, label: label, type: type, euCode: try optionalString())
    }

    private mutating func rights() throws -> RightsStatement {
        let iri = try optionalString()
        return RightsStatement(iri: iri, label: try text())
    }

    private mutating func relationship() throws -> Relationship {
        let relations = try strings()
        return Relationship(relations: relations, roles: try strings())
    }

    private mutating func identifier() throws -> Identifier {
        let iri = try optionalString(), notation = try string()
        return Identifier(iri: iri, notation: notation, scheme: try optionalString())
    }

    private mutating func legalFoundation() throws -> LegalFoundation {
        let reference = try optionalString(), label = try optionalString()
        return LegalFoundation(reference: reference, label: label, uri: try optionalString())
    }

    private mutating func date() throws -> DateValue {
        let value = try string(), precision = try raw(DateValue.Precision.self)
        return DateValue(value: value, precision: precision, original: try optionalString())
    }

    private mutating func catalogRecord() throws -> CatalogRecord {
        var r = CatalogRecord(iri: try optionalString())
        r.primaryTopic = try optionalString()
        r.title = try text()
        r.description = try text()
        r.issued = try optional { try $0.date() }
        r.modified = try optional { try $0.date() }
        r.languages = try strings()
        r.conformsTo = try strings()
        r.status = try optionalString()
        r.source = try optionalString()
        return r
    }

    private mutating func profile() throws -> ProfileReport {
        let claimedIRIs = try strings()
        let claimed = try list(atLeast: 1) { try $0.raw(Profile.self) }
        return ProfileReport(claimedIRIs: claimedIRIs, claimed: claimed, detected: try raw(Profile.self))
    }

    private mutating func note() throws -> NormalizationNote {
        let kind = try raw(NormalizationNote.Kind.self), property = try string(), original = try string()
        let normalized = try optionalString()
        return NormalizationNote(kind, property: property, original: original, normalized: normalized,
                                 message: try string())
    }
}
