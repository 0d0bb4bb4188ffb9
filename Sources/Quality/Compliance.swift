import DCAT
import Foundation
import RDF
import SHACL

/// One problem a compliance check found, in terms a finding can carry.
public struct ComplianceIssue: Sendable, Hashable {
    public var severity: FindingSeverity
    /// The focus node (the dataset, one of its distributions, its contact point...).
    public var focusNode: String
    /// The property path as a prefixed name where one is known (`dct:description`), else the full IRI.
    public var path: String?
    /// The SHACL constraint component's local name (`MinCountConstraintComponent`).
    public var component: String
    public var messages: [LocalizedString]

    public init(severity: FindingSeverity, focusNode: String, path: String?, component: String, messages: [LocalizedString] = []) {
        self.severity = severity; self.focusNode = focusNode; self.path = path
        self.component = component; self.messages = messages
    }
}

/// The verdict of a DCAT-AP compliance check on one dataset.
public struct ComplianceResult: Sendable, Hashable {
    public var issues: [ComplianceIssue]
    /// Compliant when no issue is a violation (warnings and info are advice, as in the MQA).
    public var passes: Bool { !issues.contains { $0.severity == .violation } }

    public init(issues: [ComplianceIssue]) { self.issues = issues }
}

/// Decides the `dcatApCompliance` indicator. Without a checker the indicator is `unchecked`.
public protocol ComplianceChecker: Sendable {
    func check(_ dataset: Dataset) -> ComplianceResult
}

/// DCAT-AP compliance by SHACL: validates the dataset's own subgraph (`Dataset.subgraph`: the dataset
/// node, its distributions, contact points and every node only it refers to) against shapes read from
/// files. References leaving the subgraph (a shared publisher, an EU theme, a landing page) are typed by
/// the range DCAT-AP gives their property (`RangeTyping`); everything described inside must carry its
/// own types, and only results about nodes the subgraph describes count. The dataset complies when no
/// such result is an sh:Violation.
public struct SHACLComplianceChecker: ComplianceChecker {
    public let validator: Validator

    /// The background knowledge the DCAT-AP shapes assume but data rarely states (SEMICeu/DCAT-AP #125):
    /// vCard organisations and individuals are vcard:Kind, FOAF organisations and persons are foaf:Agent.
    public static let backgroundAxioms = ClassAxioms([
        (IRI(NS.vcard.iri + "Organization"), IRI(NS.vcard.iri + "Kind")),
        (IRI(NS.vcard.iri + "Individual"), IRI(NS.vcard.iri + "Kind")),
        (IRI(NS.foaf.iri + "Organization"), IRI(NS.foaf.iri + "Agent")),
        (IRI(NS.foaf.iri + "Person"), IRI(NS.foaf.iri + "Agent")),
    ])

    /// The NL shapes give their messages as `eush:message`.
    static let messagePredicates = [IRI("https://purl.eu/ns/shacl#message")]

    public init(validator: Validator) { self.validator = validator }

    /// Shapes from Turtle files.
    public init(shapeFiles: [String]) throws {
        let graph = try ShapesLoader.graph(turtleFiles: shapeFiles)
        self.validator = try Validator(shapes: graph, classAxioms: Self.backgroundAxioms,
                                       extraMessagePredicates: Self.messagePredicates)
    }

    /// Shapes from directories: in each, the top-level `.ttl` files whose name contains `SHACL` (any
    /// case), in name order. That picks `dcat-ap-SHACL.ttl` from DCAT-AP 3.0.1 and the four
    /// `dcat-ap-nl-SHACL*.ttl` from DCAT-AP NL 3.0, and leaves out files that only annotate shapes
    /// (labels, optionality) or restate ranges.
    public init(directories: [String]) throws {
        try self.init(shapeFiles: try Self.shapeFiles(in: directories))
    }

    public static func shapeFiles(in directories: [String]) throws -> [String] {
        var files: [String] = []
        for dir in directories {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir)
                .filter { $0.hasSuffix(".ttl") && $0.lowercased().contains("shacl") }.sorted()
            files += names.map { (dir as NSString).appendingPathComponent($0) }
        }
        return files
    }

    public func check(_ dataset: Dataset) -> ComplianceResult {
        let triples = dataset.subgraph.triples
        let data = RangeTyping.typed(triples)
        let results = validator.validate(data: data.graph).results.filter { data.isDescribed($0.focusNode) }
        guard results.contains(where: { !$0.focusNode.isIRI }) else {
            return ComplianceResult(issues: results.map { Self.issue($0) })
        }
        // Blank nodes are named by the property that leads to them ("the dcat:distribution node").
        var roles: [Term: String] = [:]
        for t in triples where t.object.isBlank && roles[t.object] == nil {
            roles[t.object] = "a " + PrefixedName.short(t.predicate.value) + " node without IRI"
        }
        // A blank-node dataset is the blank subject no statement points at; it goes by its skolem IRI.
        for t in triples where t.subject.isBlank && roles[t.subject] == nil { roles[t.subject] = dataset.iri }
        return ComplianceResult(issues: results.map { Self.issue($0, focusName: roles[$0.focusNode]) })
    }

    static func issue(_ r: ValidationResult, focusName: String? = nil) -> ComplianceIssue {
        let severity: FindingSeverity = r.severity == .violation ? .violation : r.severity == .warning ? .warning : .info
        let focus: String
        switch r.focusNode {
        case .iri(let i): focus = i.value
        default: focus = focusName ?? "a node without IRI"
        }
        let path = r.resultPath.map { p in p.predicateIRI.map { PrefixedName.short($0.value) } ?? p.description }
        let messages = r.messages.map { LocalizedString($0.lexical, language: $0.language) }
        return ComplianceIssue(severity: severity, focusNode: focus, path: path, component: r.componentName, messages: messages)
    }
}

/// IRIs shortened with the project's namespace prefixes for paths in findings.
enum PrefixedName {
    static let namespaces = NS.all.map { (BytePrefix($0.iri), $0) }

    static func short(_ iri: String) -> String {
        for (prefix, ns) in namespaces where prefix.isPrefix(of: iri) {
            // An ASCII prefix the IRI starts with ends on a character boundary: skip it by bytes.
            return ns.prefix + ":" + iri[iri.utf8.index(iri.utf8.startIndex, offsetBy: ns.iri.utf8.count)...]
        }
        return iri
    }
}
