import DCAT
import Foundation
import Quality

/// The facets one record is counted under and filtered by: what `oogst search` offers as
/// `--publisher/--theme/--format/--license/--rating/--source`.
public enum Facet: String, CaseIterable, Codable, Hashable, Sendable {
    case publisher, theme, format, license, rating, source

    /// The record row's column that holds this facet's value, for the facets every record has exactly one
    /// value of (its rating, its source). They have `facet_value` rows but no `record_facet` links: a link
    /// is two b-tree inserts, and these two were 2 of a record's ~7 (7 % of the page writer's instructions
    /// a record, docs/store.md, schema v10).
    var recordColumn: String? {
        switch self {
        case .rating: return "rating"
        case .source: return "source_id"
        case .publisher, .theme, .format, .license: return nil
        }
    }

    /// The position in `allCases`.
    var ordinal: Int {
        switch self {
        case .publisher: return 0
        case .theme: return 1
        case .format: return 2
        case .license: return 3
        case .rating: return 4
        case .source: return 5
        }
    }
}

/// One facet value with the label shown for it.
public struct FacetValue: Hashable, Sendable {
    public var facet: Facet
    /// What filters match and the JSON reports (`TRAN`, a publisher IRI, `CSV`, a licence IRI, `good`).
    public var value: String
    public var label: String

    public init(_ facet: Facet, _ value: String, label: String? = nil) {
        self.facet = facet; self.value = value; self.label = label ?? value
    }
}

enum RecordFacets {
    /// Every facet value of one record, without duplicates (`themeCodes`: the dataset's `euThemeCodes`, when
    /// the caller has them already).
    static func values(of dataset: Dataset, quality: DatasetQuality, source: String,
                       themeCodes: [String]? = nil) -> [FacetValue] {
        var out: [FacetValue] = []
        // A record has a handful of values: a look through them costs less than hashing three strings
        // into a set (2.5k instructions an insert). A set takes over for a record with very many.
        var seen: Set<FacetValue>?
        func add(_ v: FacetValue) {
            if seen != nil {
                if seen!.insert(v).inserted { out.append(v) }
                return
            }
            guard !out.contains(v) else { return }
            out.append(v)
            if out.count == 32 { seen = Set(out) }
        }

        if let publisher = publisherKey(dataset.publisher) {
            add(FacetValue(.publisher, publisher.key, label: publisher.label))
        }
        for code in themeCodes ?? dataset.euThemeCodes {
            add(FacetValue(.theme, code, label: Vocabularies.dataThemes.label(code) ?? code))
        }
        var licences = dataset.license.map { [$0] } ?? []
        // By index: `for d in` copied each distribution whole.
        let distributions = dataset.distributions
        for i in distributions.indices {
            if let f = formatCode(format: distributions[i].format, mediaType: distributions[i].mediaType) {
                add(FacetValue(.format, f))
            }
            if let l = distributions[i].license { licences.append(l) }
        }
        for l in licences {
            guard let iri = l.iri else { continue }
            add(FacetValue(.license, iri, label: l.euCode ?? l.label.best() ?? readableLabel(iri)))
        }
        add(FacetValue(.rating, quality.score.rating.rawValue))
        add(FacetValue(.source, source))
        return out
    }

    /// Publishers group by IRI, else by name (a blank-node agent repeated per dataset is one publisher).
    static func publisherKey(_ agent: Agent?) -> (key: String, label: String)? {
        guard let agent else { return nil }
        let name = agent.names.best()
        if let iri = agent.iri { return (iri, name ?? readableLabel(iri)) }
        if let name { return (name, name) }
        return nil
    }

    /// A label for an IRI that came without one: its last segment, decoded, underscores as spaces
    /// (`…/owms/terms/Provincie_Voorbeeld` → `Provincie Voorbeeld`).
    static func readableLabel(_ iri: String) -> String {
        // On UTF-8 bytes: the delimiters are ASCII, so every cut falls between whole characters (walking
        // Characters cost more than the rest of a record's facets).
        var utf8 = Array(iri.utf8)
        while let last = utf8.last, last == UInt8(ascii: "/") || last == UInt8(ascii: "#") { utf8.removeLast() }
        guard let cut = utf8.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") }) else { return iri }
        var segment = Array(utf8[(cut + 1)...])
        if segment.contains(UInt8(ascii: "%")) {
            let text = String(decoding: segment, as: UTF8.self)
            segment = Array((text.removingPercentEncoding ?? text).utf8)
        }
        for i in segment.indices where segment[i] == UInt8(ascii: "_") { segment[i] = UInt8(ascii: " ") }
        return segment.isEmpty ? iri : String(decoding: segment, as: UTF8.self)
    }

    /// An EU file-type code when the format is one, else the IANA media type, else the format as written.
    /// Given the two fields, not the distribution: a distribution read out of its array is a copy (a
    /// retain of each of its ~30 fields).
    static func formatCode(format: Concept?, mediaType: String?) -> String? {
        if let iri = format?.iri, let code = Vocabularies.fileTypes.code(of: iri) { return code }
        if let label = format?.label.best(), let code = FileTypes.code(forText: label) { return code }
        if let media = mediaType, let type = MediaTypes.type(of: media) { return type }
        return format?.label.best() ?? format?.iri
    }
}
