import Foundation
import RDF

/// Index of a shape inside its `ShapesGraph`; shapes refer to each other through these, so cyclic
/// shape references (sh:node pointing back) need no reference types.
public typealias ShapeID = Int

/// An ill-formed shapes graph: names the offending node.
public struct ShapesError: Error, CustomStringConvertible, Sendable {
    public let node: Term
    public let message: String
    public init(node: Term, message: String) {
        self.node = node
        self.message = message
    }
    public var description: String { "SHACL shapes graph: \(node): \(message)" }
}

/// sh:Violation, sh:Warning, sh:Info, or any other IRI a shapes graph chooses.
public struct Severity: Hashable, Sendable, CustomStringConvertible {
    public let iri: IRI
    public init(_ iri: IRI) { self.iri = iri }
    public static let violation = Severity(SH.Violation)
    public static let warning = Severity(SH.Warning)
    public static let info = Severity(SH.Info)
    public var description: String { iri.value.hasPrefix(SH.ns) ? "sh:" + iri.value.dropFirst(SH.ns.count) : iri.description }
}

public enum Target: Hashable, Sendable {
    case node(Term)
    case class_(Term)
    case subjectsOf(IRI)
    case objectsOf(IRI)
}

public enum NodeKind: Hashable, Sendable {
    case blankNode, iri, literal, blankNodeOrIRI, blankNodeOrLiteral, iriOrLiteral

    func matches(_ t: Term) -> Bool {
        switch (self, t) {
        case (.blankNode, .blank), (.iri, .iri), (.literal, .literal): return true
        case (.blankNodeOrIRI, .blank), (.blankNodeOrIRI, .iri): return true
        case (.blankNodeOrLiteral, .blank), (.blankNodeOrLiteral, .literal): return true
        case (.iriOrLiteral, .iri), (.iriOrLiteral, .literal): return true
        default: return false
        }
    }
}

/// A regular expression from sh:pattern, compiled once when the shapes are read.
public final class CompiledPattern: @unchecked Sendable, Hashable {
    public let source: String
    public let flags: String
    // NSRegularExpression is immutable once built and documented as thread-safe for matching.
    let regex: NSRegularExpression

    init(source: String, flags: String, node: Term) throws {
        var options: NSRegularExpression.Options = []
        for f in flags {
            switch f {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": options.insert(.ignoreMetacharacters)
            default: throw ShapesError(node: node, message: "unknown sh:flags letter '\(f)' (allowed: s, m, i, x, q)")
            }
        }
        do {
            regex = try NSRegularExpression(pattern: source, options: options)
        } catch {
            throw ShapesError(node: node, message: "sh:pattern \"\(source)\" is not a valid regular expression")
        }
        self.source = source
        self.flags = flags
    }

    func matches(_ s: String) -> Bool {
        regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: s.utf16.count)) != nil
    }

    public static func == (a: CompiledPattern, b: CompiledPattern) -> Bool { a.source == b.source && a.flags == b.flags }
    public func hash(into h: inout Hasher) { h.combine(source); h.combine(flags) }
}

/// One constraint: a constraint component with its parameter values.
public enum Constraint: Hashable, Sendable {
    case class_(Term)
    case datatype(IRI)
    case nodeKind(NodeKind)
    case minCount(Int)
    case maxCount(Int)
    case minExclusive(Term)
    case minInclusive(Term)
    case maxExclusive(Term)
    case maxInclusive(Term)
    case minLength(Int)
    case maxLength(Int)
    case pattern(CompiledPattern)
    case languageIn([String])
    case uniqueLang
    case equals(IRI)
    case disjoint(IRI)
    case lessThan(IRI)
    case lessThanOrEquals(IRI)
    case not(ShapeID)
    case and([ShapeID])
    case or([ShapeID])
    case xone([ShapeID])
    case node(ShapeID)
    case property(ShapeID)
    case qualifiedValueShape(shape: ShapeID, min: Int?, max: Int?, siblings: [ShapeID])
    case closed(allowed: Set<IRI>)
    case hasValue(Term)
    case in_([Term], Set<Term>)

    /// Shapes this constraint refers to.
    var referencedShapes: [ShapeID] {
        switch self {
        case .not(let s), .node(let s), .property(let s): return [s]
        case .and(let l), .or(let l), .xone(let l): return l
        case .qualifiedValueShape(let q, _, _, let siblings): return [q] + siblings
        default: return []
        }
    }

    /// The sh:sourceConstraintComponent of results from this constraint (qualified results pick
    /// min or max themselves).
    var component: IRI {
        switch self {
        case .class_: return Component.classConstraintComponent
        case .datatype: return Component.datatypeConstraintComponent
        case .nodeKind: return Component.nodeKindConstraintComponent
        case .minCount: return Component.minCountConstraintComponent
        case .maxCount: return Component.maxCountConstraintComponent
        case .minExclusive: return Component.minExclusiveConstraintComponent
        case .minInclusive: return Component.minInclusiveConstraintComponent
        case .maxExclusive: return Component.maxExclusiveConstraintComponent
        case .maxInclusive: return Component.maxInclusiveConstraintComponent
        case .minLength: return Component.minLengthConstraintComponent
        case .maxLength: return Component.maxLengthConstraintComponent
        case .pattern: return Component.patternConstraintComponent
        case .languageIn: return Component.languageInConstraintComponent
        case .uniqueLang: return Component.uniqueLangConstraintComponent
        case .equals: return Component.equalsConstraintComponent
        case .disjoint: return Component.disjointConstraintComponent
        case .lessThan: return Component.lessThanConstraintComponent
        case .lessThanOrEquals: return Component.lessThanOrEqualsConstraintComponent
        case .not: return Component.notConstraintComponent
        case .and: return Component.andConstraintComponent
        case .or: return Component.orConstraintComponent
        case .xone: return Component.xoneConstraintComponent
        case .node: return Component.nodeConstraintComponent
        case .property: return Component.propertyConstraintComponent
        case .qualifiedValueShape: return Component.qualifiedMinCountConstraintComponent
        case .closed: return Component.closedConstraintComponent
        case .hasValue: return Component.hasValueConstraintComponent
        case .in_: return Component.inConstraintComponent
        }
    }
}

/// Constraint component IRIs, built once (results name one each).
enum Component {
    static let classConstraintComponent = SH.term("ClassConstraintComponent")
    static let datatypeConstraintComponent = SH.term("DatatypeConstraintComponent")
    static let nodeKindConstraintComponent = SH.term("NodeKindConstraintComponent")
    static let minCountConstraintComponent = SH.term("MinCountConstraintComponent")
    static let maxCountConstraintComponent = SH.term("MaxCountConstraintComponent")
    static let minExclusiveConstraintComponent = SH.term("MinExclusiveConstraintComponent")
    static let minInclusiveConstraintComponent = SH.term("MinInclusiveConstraintComponent")
    static let maxExclusiveConstraintComponent = SH.term("MaxExclusiveConstraintComponent")
    static let maxInclusiveConstraintComponent = SH.term("MaxInclusiveConstraintComponent")
    static let minLengthConstraintComponent = SH.term("MinLengthConstraintComponent")
    static let maxLengthConstraintComponent = SH.term("MaxLengthConstraintComponent")
    static let patternConstraintComponent = SH.term("PatternConstraintComponent")
    static let languageInConstraintComponent = SH.term("LanguageInConstraintComponent")
    static let uniqueLangConstraintComponent = SH.term("UniqueLangConstraintComponent")
    static let equalsConstraintComponent = SH.term("EqualsConstraintComponent")
    static let disjointConstraintComponent = SH.term("DisjointConstraintComponent")
    static let lessThanConstraintComponent = SH.term("LessThanConstraintComponent")
    static let lessThanOrEqualsConstraintComponent = SH.term("LessThanOrEqualsConstraintComponent")
    static let notConstraintComponent = SH.term("NotConstraintComponent")
    static let andConstraintComponent = SH.term("AndConstraintComponent")
    static let orConstraintComponent = SH.term("OrConstraintComponent")
    static let xoneConstraintComponent = SH.term("XoneConstraintComponent")
    static let nodeConstraintComponent = SH.term("NodeConstraintComponent")
    static let propertyConstraintComponent = SH.term("PropertyConstraintComponent")
    static let qualifiedMinCountConstraintComponent = SH.term("QualifiedMinCountConstraintComponent")
    static let closedConstraintComponent = SH.term("ClosedConstraintComponent")
    static let hasValueConstraintComponent = SH.term("HasValueConstraintComponent")
    static let inConstraintComponent = SH.term("InConstraintComponent")
    static let qualifiedMaxCountConstraintComponent = SH.term("QualifiedMaxCountConstraintComponent")
}

/// A node shape (no path) or a property shape (with a path).
public struct Shape: Sendable {
    /// The shape's node in the shapes graph: what results name as sh:sourceShape.
    public let node: Term
    public var path: PropertyPath?
    public var targets: [Target] = []
    public var constraints: [Constraint] = []
    public var severity: Severity = .violation
    /// sh:message values, every language kept.
    public var messages: [Literal] = []
    /// sh:name and sh:description values (labels for findings), every language kept.
    public var names: [Literal] = []
    public var descriptions: [Literal] = []
    public var deactivated = false
    /// Whether this shape can reach itself through shape references; only such shapes need the
    /// recursion guard during validation.
    public internal(set) var isRecursive = false

    public var isPropertyShape: Bool { path != nil }

    init(node: Term) { self.node = node }
}

/// A part of the shapes graph this Core engine does not evaluate: a SPARQL constraint or target
/// (reported once per shape), or an ill-formed part a lenient reader skipped. Never silent.
public struct UnsupportedFeature: Hashable, Sendable, CustomStringConvertible {
    public let shape: Term
    public let feature: String
    public var description: String { "\(shape): \(feature)" }
}
