/// A namespace IRI; `NS.dcat["Dataset"]` or `NS.dcat.Dataset` gives the term IRI.
@dynamicMemberLookup
public struct Namespace: Sendable, Hashable {
    public let prefix: String
    public let iri: String

    public init(_ prefix: String, _ iri: String) {
        self.prefix = prefix
        self.iri = iri
    }

    public subscript(local: String) -> IRI { IRI(iri + local) }
    public subscript(dynamicMember local: String) -> IRI { IRI(iri + local) }

    /// The local part of `term` when it lies in this namespace.
    public func localName(of term: IRI) -> String? {
        term.value.hasPrefix(iri) ? String(term.value.dropFirst(iri.utf8.count)) : nil
    }
}

/// The namespaces DCAT-AP NL feeds use, with their customary prefixes.
public enum NS {
    public static let rdf = Namespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    public static let rdfs = Namespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
    public static let xsd = Namespace("xsd", "http://www.w3.org/2001/XMLSchema#")
    public static let owl = Namespace("owl", "http://www.w3.org/2002/07/owl#")
    public static let dcat = Namespace("dcat", "http://www.w3.org/ns/dcat#")
    public static let dct = Namespace("dct", "http://purl.org/dc/terms/")
    public static let dctype = Namespace("dctype", "http://purl.org/dc/dcmitype/")
    public static let foaf = Namespace("foaf", "http://xmlns.com/foaf/0.1/")
    public static let vcard = Namespace("vcard", "http://www.w3.org/2006/vcard/ns#")
    public static let adms = Namespace("adms", "http://www.w3.org/ns/adms#")
    public static let dcatap = Namespace("dcatap", "http://data.europa.eu/r5r/")
    public static let locn = Namespace("locn", "http://www.w3.org/ns/locn#")
    public static let odrl = Namespace("odrl", "http://www.w3.org/ns/odrl/2/")
    public static let prov = Namespace("prov", "http://www.w3.org/ns/prov#")
    public static let skos = Namespace("skos", "http://www.w3.org/2004/02/skos/core#")
    public static let spdx = Namespace("spdx", "http://spdx.org/rdf/terms#")
    public static let time = Namespace("time", "http://www.w3.org/2006/time#")
    public static let schema = Namespace("schema", "http://schema.org/")
    public static let hydra = Namespace("hydra", "http://www.w3.org/ns/hydra/core#")
    public static let dqv = Namespace("dqv", "http://www.w3.org/ns/dqv#")
    public static let sh = Namespace("sh", "http://www.w3.org/ns/shacl#")

    /// Every namespace above, in the order a writer should declare them.
    public static let all: [Namespace] = [
        rdf, rdfs, xsd, owl, dcat, dct, dctype, foaf, vcard, adms, dcatap, locn, odrl, prov, skos, spdx,
        time, schema, hydra, dqv, sh,
    ]
}

/// The RDF terms readers need constantly; static so that building them costs nothing per triple.
public enum RDFVocab {
    public static let type = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    public static let first = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
    public static let rest = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
    public static let nil_ = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
    public static let langString = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
    public static let dirLangString = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString")
    public static let xmlLiteral = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral")
    public static let json = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
    public static let subject = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    public static let predicate = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
    public static let object = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
    public static let statement = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
    public static let value = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value")
    public static let direction = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#direction")
    public static let language = IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#language")
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
}

public enum XSD {
    public static let string = IRI("http://www.w3.org/2001/XMLSchema#string")
    public static let boolean = IRI("http://www.w3.org/2001/XMLSchema#boolean")
    public static let integer = IRI("http://www.w3.org/2001/XMLSchema#integer")
    public static let decimal = IRI("http://www.w3.org/2001/XMLSchema#decimal")
    public static let double = IRI("http://www.w3.org/2001/XMLSchema#double")
    public static let date = IRI("http://www.w3.org/2001/XMLSchema#date")
    public static let dateTime = IRI("http://www.w3.org/2001/XMLSchema#dateTime")
    public static let gYear = IRI("http://www.w3.org/2001/XMLSchema#gYear")
    public static let gYearMonth = IRI("http://www.w3.org/2001/XMLSchema#gYearMonth")
    public static let anyURI = IRI("http://www.w3.org/2001/XMLSchema#anyURI")
    public static let nonNegativeInteger = IRI("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
    public static let duration = IRI("http://www.w3.org/2001/XMLSchema#duration")
}
