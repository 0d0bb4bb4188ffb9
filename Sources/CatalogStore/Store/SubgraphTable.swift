import DCAT
import Foundation
import RDF

/// A record's subgraph as stored: its distinct terms once each, then its statements as numbers into that
/// table.
///
/// Why not N-Triples: a record's statements repeat its subject and predicates on every line. Writing that
/// text cost 71k instructions a record and the packer then matched the repeats away again; the table
/// costs 28k to write and less to pack (callgrind, docs/store.md).
///
/// Layout (numbers are LEB128 varints, strings a varint byte count and UTF-8):
///
///     version (1)  term count  term…  statement count  (subject, predicate, object)…
///
/// A term is a kind byte and its strings: 0 IRI (value); 1 blank node (label); 2 simple literal
/// (lexical form); 3 language-tagged (lexical form, tag); 4 typed (lexical form, datatype IRI);
/// 5 directional (lexical form, tag, direction). Statements keep the subgraph's canonical order and
/// blank-node labels, so canonicalising the decoded triples gives back the stored hash.
enum SubgraphTable {
    static let version: UInt8 = 1

    /// Stored bytes: never renumber.
    private enum Kind: UInt8 {
        case iri = 0, blank = 1, simple = 2, language = 3, typed = 4, directional = 5
    }

    static func encode(_ subgraph: Subgraph) -> [UInt8] {
        let out = ByteSink(capacity: subgraph.tripleCount * 51 + 16)
        append(subgraph, to: out)
        return out.bytes
    }

    /// Appends the table to `out`, preceded by its byte count when `counted` (as a record body holds it).
    static func append(_ subgraph: Subgraph, to out: ByteSink, counted: Bool = false) {
        let header = ByteSink(capacity: 16)
        let terms = ByteSink(capacity: subgraph.tripleCount * 48)
        let middle = ByteSink(capacity: 16)
        let statements = ByteSink(capacity: subgraph.tripleCount * 3)
        var termCount = 0
        subgraph.forEachStatement(newTerm: { term in
            termCount += 1
            append(term, to: terms)
        }, statement: { s, p, o in
            statements.appendNumber(s)
            statements.appendNumber(p)
            statements.appendNumber(o)
        })
        header.byte(version)
        header.appendNumber(termCount)
        middle.appendNumber(subgraph.tripleCount)
        let parts = [header, terms, middle, statements]
        if counted { out.appendNumber(parts.reduce(0) { $0 + $1.count }) }
        for part in parts { out.append(part) }
    }

    private static func append(_ term: Term, to out: ByteSink) {
        switch term {
        case .iri(let i):
            out.byte(Kind.iri.rawValue)
            out.appendCounted(i.value)
        case .blank(let b):
            out.byte(Kind.blank.rawValue)
            out.appendCounted(b.id)
        case .literal(let l):
            if let language = l.language {
                if let direction = l.direction {
                    out.byte(Kind.directional.rawValue)
                    out.appendCounted(l.lexical)
                    out.appendCounted(language)
                    out.appendCounted(direction)
                } else {
                    out.byte(Kind.language.rawValue)
                    out.appendCounted(l.lexical)
                    out.appendCounted(language)
                }
            } else if l.isSimple {
                out.byte(Kind.simple.rawValue)
                out.appendCounted(l.lexical)
            } else {
                out.byte(Kind.typed.rawValue)
                out.appendCounted(l.lexical)
                out.appendCounted(l.datatype.value)
            }
        }
    }

    /// The packed `record_body.subgraph` column: this layout, or N-Triples in files written before it.
    static func decodeStored(_ data: Data) throws -> [Triple] {
        let bytes = try BlobCodec.unpack(data)
        switch BlobCodec.dictionary(of: data) {
        case .subgraphTableV1?, .subgraphTableWithNTriplesDictionary?: return try decode(bytes)
        default: return try NTriplesReader().read(String(decoding: bytes, as: UTF8.self)).map(\.triple)
        }
    }

    /// The statements of an encoded subgraph, in their stored order; a damaged one throws `BlobError`.
    static func decode(_ bytes: [UInt8]) throws -> [Triple] {
        var reader = ByteReader(bytes)
        let (terms, statements) = try parse(&reader, end: bytes.count)
        return triples(terms, statements)
    }

    /// The subgraph of a table that ends at `end` in `reader`'s bytes. With the hash stored beside it, it
    /// is taken as stored (`Subgraph(storedTerms:)`): the table keeps the canonical order and labels.
    /// Reading 20,000 records' models back, canonicalising them again took 47.5 % of the run's samples
    /// (perf, `oogst-store-bench --read-models`). Without a hash it is canonicalised.
    static func decodeSubgraph(_ reader: inout ByteReader, end: Int, hash: UInt64?) throws -> Subgraph {
        let (terms, statements) = try parse(&reader, end: end)
        guard let hash else { return Subgraph.canonical(triples(terms, statements)) }
        return Subgraph(storedTerms: terms, statements: statements, hash: hash)
    }

    private static func triples(_ terms: [Term], _ statements: [(s: Int, p: Int, o: Int)]) -> [Triple] {
        statements.map { st in
            guard case .iri(let predicate) = terms[st.p] else { preconditionFailure("checked by parse") }
            return Triple(terms[st.s], predicate, terms[st.o])
        }
    }

    /// The table that ends at `end` in `reader`'s bytes: the term table and the statements as indices into
    /// it; every index is checked, every predicate is an IRI and every subject not a literal.
    private static func parse(_ reader: inout ByteReader, end: Int) throws -> (terms: [Term], statements: [(s: Int, p: Int, o: Int)]) {
        guard try reader.byte() == version else { throw BlobError() }
        let termCount = try reader.count(ofItemsAtLeast: 2)
        var terms: [Term] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount { terms.append(try term(&reader)) }
        let statementCount = try reader.count(ofItemsAtLeast: 3)
        var statements: [(s: Int, p: Int, o: Int)] = []
        statements.reserveCapacity(statementCount)
        for _ in 0..<statementCount {
            let s = try reader.number(below: terms.count), p = try reader.number(below: terms.count)
            let o = try reader.number(below: terms.count)
            guard case .iri = terms[p], !terms[s].isLiteral else { throw BlobError() }
            statements.append((s, p, o))
        }
        guard reader.at == end else { throw BlobError() }
        return (terms, statements)
    }

    private static func term(_ reader: inout ByteReader) throws -> Term {
        guard let kind = Kind(rawValue: try reader.byte()) else { throw BlobError() }
        switch kind {
        case .iri: return .iri(IRI(try reader.string()))
        case .blank: return .blank(BlankNode(try reader.string()))
        case .simple: return .literal(Literal(try reader.string()))
        case .language:
            let lexical = try reader.string()
            return .literal(Literal(lexical, language: try reader.string()))
        case .typed:
            let lexical = try reader.string()
            return .literal(Literal(lexical, datatype: IRI(try reader.string())))
        case .directional:
            let lexical = try reader.string(), language = try reader.string()
            return .literal(Literal(lexical, language: language, direction: try reader.string()))
        }
    }
}
