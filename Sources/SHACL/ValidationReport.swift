import RDF

/// One sh:ValidationResult.
public struct ValidationResult: Hashable, Sendable, CustomStringConvertible {
    public let focusNode: Term
    /// The property shape's path; for sh:closed the offending predicate; nil for node shapes.
    public let resultPath: PropertyPath?
    /// The offending value node; nil for components that judge the whole set of values (minCount,
    /// maxCount, uniqueLang, hasValue, qualified counts).
    public let value: Term?
    public let sourceShape: Term
    public let sourceConstraintComponent: IRI
    public let severity: Severity
    /// The sh:message values of the source shape, all languages kept; empty when it has none.
    public let messages: [Literal]

    public init(focusNode: Term, resultPath: PropertyPath?, value: Term?, sourceShape: Term,
                sourceConstraintComponent: IRI, severity: Severity, messages: [Literal]) {
        self.focusNode = focusNode
        self.resultPath = resultPath
        self.value = value
        self.sourceShape = sourceShape
        self.sourceConstraintComponent = sourceConstraintComponent
        self.severity = severity
        self.messages = messages
    }

    /// The component's local name, e.g. `MinCountConstraintComponent`.
    public var componentName: String {
        sourceConstraintComponent.value.hasPrefix(SH.ns) ? String(sourceConstraintComponent.value.dropFirst(SH.ns.count))
            : sourceConstraintComponent.value
    }

    public var description: String {
        var s = "\(severity) \(componentName) focus \(focusNode)"
        if let resultPath { s += " path \(resultPath)" }
        if let value { s += " value \(value)" }
        s += " shape \(sourceShape)"
        if let m = messages.first { s += ": \(m.lexical)" }
        return s
    }
}

/// The outcome of validating a data graph: conforms exactly when there are no results.
public struct ValidationReport: Sendable {
    public let results: [ValidationResult]
    public var conforms: Bool { results.isEmpty }

    public init(results: [ValidationResult]) { self.results = results }

    public func results(withSeverity severity: Severity) -> [ValidationResult] {
        results.filter { $0.severity == severity }
    }

    /// The report as RDF (sh:ValidationReport with one sh:ValidationResult per result). Report,
    /// result and path nodes are fresh blank nodes labelled `<prefix>0`, `<prefix>1`, ...; choose a
    /// prefix no label of the data uses. Path structures are written anew for every result.
    public func triples(blankNodePrefix: String = "shacl-report-") -> [Triple] {
        var n = 0
        let fresh: () -> Term = {
            defer { n += 1 }
            return .blank(BlankNode("\(blankNodePrefix)\(n)"))
        }
        var out: [Triple] = []
        let report = fresh()
        out.append(Triple(report, RDFVocab.type, .iri(SH.ValidationReport)))
        out.append(Triple(report, SH.conforms, .literal(Literal(conforms ? "true" : "false", datatype: XSD.boolean))))
        for r in results {
            let node = fresh()
            out.append(Triple(report, SH.result, node))
            out.append(Triple(node, RDFVocab.type, .iri(SH.ValidationResult)))
            out.append(Triple(node, SH.focusNode, r.focusNode))
            if let path = r.resultPath { out.append(Triple(node, SH.resultPath, path.write(into: &out, fresh: fresh))) }
            if let value = r.value { out.append(Triple(node, SH.value, value)) }
            out.append(Triple(node, SH.sourceShape, r.sourceShape))
            out.append(Triple(node, SH.sourceConstraintComponent, .iri(r.sourceConstraintComponent)))
            out.append(Triple(node, SH.resultSeverity, .iri(r.severity.iri)))
            for m in r.messages { out.append(Triple(node, SH.resultMessage, .literal(m))) }
        }
        return out
    }

    /// Sends `triples(blankNodePrefix:)` to a sink (a `Graph`, an `NTriplesWriter`, ...).
    public func write<S: TripleSink>(into sink: inout S, blankNodePrefix: String = "shacl-report-") throws {
        for t in triples(blankNodePrefix: blankNodePrefix) { try sink.add(t) }
    }
}
