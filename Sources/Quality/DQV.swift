import RDF

/// W3C Data Quality Vocabulary output, shaped like data.europa.eu's MQA measurements:
///
/// ```turtle
/// <dataset> dqv:hasQualityMeasurement _:m0 .
/// _:m0 a dqv:QualityMeasurement ;
///     dqv:computedOn <dataset> ;
///     dqv:isMeasurementOf <https://piveau.eu/ns/voc#keywordAvailability> ;
///     dqv:value true .
/// ```
///
/// Dataset-level metrics give `xsd:boolean`; distribution-level metrics the share of the dataset's
/// distributions that pass as `xsd:decimal` (`0.5`). Unchecked indicators give no measurement: an
/// absent measurement is honest, a `false` would be a guess.
public struct DQVWriter {
    private var counter = 0
    public let blankNodePrefix: String

    public init(blankNodePrefix: String = "dqv") { self.blankNodePrefix = blankNodePrefix }

    static let measurement = NS.dqv["QualityMeasurement"]
    static let computedOn = NS.dqv["computedOn"]
    static let isMeasurementOf = NS.dqv["isMeasurementOf"]
    static let value = NS.dqv["value"]
    static let hasQualityMeasurement = NS.dqv["hasQualityMeasurement"]

    /// The measurements of one dataset; blank node labels stay unique across calls on this writer.
    public mutating func triples(for result: DatasetQuality) -> [Triple] {
        var out: [Triple] = []
        let dataset = Term.iri(IRI(result.iri))
        for r in result.indicators {
            guard let indicator = IndicatorCatalogue.indicator(r.id), let share = r.share else { continue }
            let node = Term.blank(BlankNode("\(blankNodePrefix)\(counter)"))
            counter += 1
            let value: Literal = indicator.level == .dataset
                ? Literal(r.status == .passed ? "true" : "false", datatype: XSD.boolean)
                : Literal(Self.decimal(share), datatype: XSD.decimal)
            out.append(Triple(dataset, Self.hasQualityMeasurement, node))
            out.append(Triple(node, RDFVocab.type, .iri(Self.measurement)))
            out.append(Triple(node, Self.computedOn, dataset))
            out.append(Triple(node, Self.isMeasurementOf, .iri(IRI(indicator.metricIRI))))
            out.append(Triple(node, Self.value, .literal(value)))
        }
        return out
    }

    /// A share in xsd:decimal canonical-ish form with at most four decimals (`1.0`, `0.3333`).
    static func decimal(_ share: Double) -> String {
        let scaled = Int((share * 10_000).rounded())
        let whole = scaled / 10_000
        var frac = String(scaled % 10_000)
        frac = String(repeating: "0", count: 4 - frac.count) + frac
        while frac.count > 1 && frac.hasSuffix("0") { frac.removeLast() }
        return "\(whole).\(frac)"
    }

    /// Turtle prefixes for the output, `pv:` included.
    public static let prefixes: [(String, IRI)] = TurtleWriter.defaultPrefixes + [("pv", IRI(Indicator.piveauNamespace))]
}
