import RDF

/// Evaluates the constraints of one shape for one focus node and its value nodes (SHACL §4).
struct ConstraintEvaluator {
    let run: ValidationRun
    let box: ShapeBox
    let focus: Term
    let values: [Term]
    /// Built on first use by components that ask "is this term a value node?".
    private var valueSet: Set<Term>?

    init(run: ValidationRun, box: ShapeBox, focus: Term, values: [Term]) {
        self.run = run
        self.box = box
        self.focus = focus
        self.values = values
    }

    private func emit(_ sink: inout ResultSink, _ component: IRI, value: Term?, path: PropertyPath? = nil) {
        sink.results.append(Self.result(box, focus, component, value: value, path: path))
    }

    /// One result of `box`'s shape for `focus`.
    static func result(_ box: ShapeBox, _ focus: Term, _ component: IRI, value: Term?, path: PropertyPath? = nil) -> ValidationResult {
        ValidationResult(
            focusNode: focus, resultPath: path ?? box.shape.path, value: value, sourceShape: box.shape.node,
            sourceConstraintComponent: component, severity: box.shape.severity, messages: box.shape.messages)
    }

    /// Emits one result per value node failing `ok`, stopping early when the sink is satisfied.
    private func eachValue(_ sink: inout ResultSink, _ component: IRI, failing ok: (Term) -> Bool) {
        for v in values where !ok(v) {
            emit(&sink, component, value: v)
            if sink.done { return }
        }
    }

    private mutating func valueNodeSet() -> Set<Term> {
        if let valueSet { return valueSet }
        let s = Set(values)
        valueSet = s
        return s
    }

    mutating func evaluate(_ constraint: Constraint, into sink: inout ResultSink) {
        let component = constraint.component
        switch constraint {
        case .class_(let cls):
            eachValue(&sink, component) { run.classes.isInstance($0, of: cls) }
        case .datatype(let dt):
            eachValue(&sink, component) {
                guard case .literal(let l) = $0, l.datatype == dt else { return false }
                return XSDLexicalForms.isWellFormed(l)
            }
        case .nodeKind(let kind):
            eachValue(&sink, component) { kind.matches($0) }
        case .minCount(let n):
            if values.count < n { emit(&sink, component, value: nil) }
        case .maxCount(let n):
            if values.count > n { emit(&sink, component, value: nil) }
        case .minExclusive(let bound):
            eachValue(&sink, component) { ValueOrder.compare(bound, $0) == .less }
        case .minInclusive(let bound):
            eachValue(&sink, component) { let o = ValueOrder.compare(bound, $0); return o == .less || o == .equal }
        case .maxExclusive(let bound):
            eachValue(&sink, component) { ValueOrder.compare($0, bound) == .less }
        case .maxInclusive(let bound):
            eachValue(&sink, component) { let o = ValueOrder.compare($0, bound); return o == .less || o == .equal }
        case .minLength(let n):
            eachValue(&sink, component) { Self.lexicalForm($0).map { $0.unicodeScalars.count >= n } ?? false }
        case .maxLength(let n):
            eachValue(&sink, component) { Self.lexicalForm($0).map { $0.unicodeScalars.count <= n } ?? false }
        case .pattern(let regex):
            eachValue(&sink, component) { Self.lexicalForm($0).map { regex.matches($0) } ?? false }
        case .languageIn(let ranges):
            eachValue(&sink, component) {
                guard case .literal(let l) = $0, let tag = l.language else { return false }
                return ranges.contains { Self.languageMatches(tag, $0) }
            }
        case .uniqueLang:
            var seen: [String: Int] = [:]
            var order: [String] = []
            for case .literal(let l) in values {
                guard let tag = l.language, !tag.isEmpty else { continue }
                seen[tag, default: 0] += 1
                if seen[tag] == 2 { order.append(tag) }
            }
            for _ in order {
                emit(&sink, component, value: nil)
                if sink.done { return }
            }
        case .equals(let p):
            let others = run.data.objects(focus, p)
            let otherSet = Set(others), mine = valueNodeSet()
            eachValue(&sink, component) { otherSet.contains($0) }
            for o in others where !mine.contains(o) && !sink.done { emit(&sink, component, value: o) }
        case .disjoint(let p):
            let otherSet = Set(run.data.objects(focus, p))
            eachValue(&sink, component) { !otherSet.contains($0) }
        case .lessThan(let p), .lessThanOrEquals(let p):
            var allowEqual = false
            if case .lessThanOrEquals = constraint { allowEqual = true }
            let others = run.data.objects(focus, p)
            for v in values {
                for o in others {
                    let order = ValueOrder.compare(v, o)
                    if order == .less || (allowEqual && order == .equal) { continue }
                    emit(&sink, component, value: v)
                    if sink.done { return }
                }
            }
        case .not(let s):
            eachValue(&sink, component) { !run.conforms($0, to: s) }
        case .and(let list):
            eachValue(&sink, component) { v in list.allSatisfy { run.conforms(v, to: $0) } }
        case .or(let list):
            eachValue(&sink, component) { v in list.contains { run.conforms(v, to: $0) } }
        case .xone(let list):
            eachValue(&sink, component) { v in list.reduce(0) { $0 + (run.conforms(v, to: $1) ? 1 : 0) } == 1 }
        case .node(let s):
            eachValue(&sink, component) { run.conforms($0, to: s) }
        case .property(let s):
            for v in values {
                run.validateNested(v, against: s, into: &sink)
                if sink.done { return }
            }
        case .qualifiedValueShape(let q, let min, let max, let siblings):
            var count = 0
            for v in values where run.conforms(v, to: q) && !siblings.contains(where: { run.conforms(v, to: $0) }) {
                count += 1
            }
            if let min, count < min { emit(&sink, Component.qualifiedMinCountConstraintComponent, value: nil) }
            if let max, count > max, !sink.done { emit(&sink, Component.qualifiedMaxCountConstraintComponent, value: nil) }
        case .closed(let allowed):
            for v in values where !v.isLiteral {
                for t in run.data.triples(about: v) where !allowed.contains(t.predicate) {
                    emit(&sink, component, value: t.object, path: .predicate(t.predicate))
                    if sink.done { return }
                }
            }
        case .hasValue(let required):
            if !valueNodeSet().contains(required) { emit(&sink, component, value: nil) }
        case .in_(_, let allowed):
            eachValue(&sink, component) { allowed.contains($0) }
        }
    }

    /// str() of a value node; nil for blank nodes, which fail minLength, maxLength and pattern.
    static func lexicalForm(_ t: Term) -> String? {
        switch t {
        case .iri(let i): return i.value
        case .literal(let l): return l.lexical
        case .blank: return nil
        }
    }

    /// SPARQL langMatches with basic filtering (RFC 4647 §3.3.1); tags are lower-cased already.
    static func languageMatches(_ tag: String, _ range: String) -> Bool {
        if range == "*" { return !tag.isEmpty }
        return tag == range || tag.hasPrefix(range + "-")
    }
}
