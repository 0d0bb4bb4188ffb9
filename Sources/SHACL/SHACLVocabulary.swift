import RDF

/// The SHACL and RDFS terms the validator reads and writes, built once.
enum SH {
    static let ns = "http://www.w3.org/ns/shacl#"
    static func term(_ local: String) -> IRI { IRI(ns + local) }

    // Shape types and targets
    static let NodeShape = term("NodeShape")
    static let PropertyShape = term("PropertyShape")
    static let targetClass = term("targetClass")
    static let targetNode = term("targetNode")
    static let targetSubjectsOf = term("targetSubjectsOf")
    static let targetObjectsOf = term("targetObjectsOf")
    static let target = term("target")

    // Paths
    static let path = term("path")
    static let inversePath = term("inversePath")
    static let alternativePath = term("alternativePath")
    static let zeroOrMorePath = term("zeroOrMorePath")
    static let oneOrMorePath = term("oneOrMorePath")
    static let zeroOrOnePath = term("zeroOrOnePath")

    // Shape-level settings
    static let severity = term("severity")
    static let message = term("message")
    static let name = term("name")
    static let description = term("description")
    static let deactivated = term("deactivated")
    static let Violation = term("Violation")
    static let Warning = term("Warning")
    static let Info = term("Info")

    // Constraint parameters
    static let class_ = term("class")
    static let datatype = term("datatype")
    static let nodeKind = term("nodeKind")
    static let minCount = term("minCount")
    static let maxCount = term("maxCount")
    static let minExclusive = term("minExclusive")
    static let minInclusive = term("minInclusive")
    static let maxExclusive = term("maxExclusive")
    static let maxInclusive = term("maxInclusive")
    static let minLength = term("minLength")
    static let maxLength = term("maxLength")
    static let pattern = term("pattern")
    static let flags = term("flags")
    static let languageIn = term("languageIn")
    static let uniqueLang = term("uniqueLang")
    static let equals = term("equals")
    static let disjoint = term("disjoint")
    static let lessThan = term("lessThan")
    static let lessThanOrEquals = term("lessThanOrEquals")
    static let not = term("not")
    static let and = term("and")
    static let or = term("or")
    static let xone = term("xone")
    static let node = term("node")
    static let property = term("property")
    static let qualifiedValueShape = term("qualifiedValueShape")
    static let qualifiedMinCount = term("qualifiedMinCount")
    static let qualifiedMaxCount = term("qualifiedMaxCount")
    static let qualifiedValueShapesDisjoint = term("qualifiedValueShapesDisjoint")
    static let closed = term("closed")
    static let ignoredProperties = term("ignoredProperties")
    static let hasValue = term("hasValue")
    static let in_ = term("in")
    static let sparql = term("sparql")
    static let ConstraintComponent = term("ConstraintComponent")

    // Node kinds
    static let BlankNode = term("BlankNode")
    static let IRI_ = term("IRI")
    static let Literal = term("Literal")
    static let BlankNodeOrIRI = term("BlankNodeOrIRI")
    static let BlankNodeOrLiteral = term("BlankNodeOrLiteral")
    static let IRIOrLiteral = term("IRIOrLiteral")

    // Report vocabulary
    static let ValidationReport = term("ValidationReport")
    static let ValidationResult = term("ValidationResult")
    static let conforms = term("conforms")
    static let result = term("result")
    static let focusNode = term("focusNode")
    static let resultPath = term("resultPath")
    static let value = term("value")
    static let sourceShape = term("sourceShape")
    static let sourceConstraintComponent = term("sourceConstraintComponent")
    static let resultSeverity = term("resultSeverity")
    static let resultMessage = term("resultMessage")
}

enum RDFS {
    static let subClassOf = IRI("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    static let Class = IRI("http://www.w3.org/2000/01/rdf-schema#Class")
}
