import DCAT
import RDF

/// A record's subgraph as stored: its distinct terms once each, then its statements as numbers into that
/// table.
///
/// Why not N-Triples: a record's statements repeat its subject and predicates on every line, so the text
/// was ~3× the size of its distinct terms; writing it cost ~70k instructions a record and packing it
/// half as much again, for bytes the packer then matched away.
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

    private enum Kind: UInt8 {
        case iri = 0, blank, simple, language, typed, directional
    }

    static func encode(_ subgraph: Subgraph) -> [UInt8] {
        let terms = ByteSink(capacity: subgraph.tripleCount * 48 + 16)
        let statements = ByteSink(capacity: subgraph.tripleCount * 3 + 16)
        var termCount = 0
        subgraph.forEachStatement(newTerm: { term in
            termCount += 1
            terms.append(term)
        }, statement: { s, p, o in
            statements.appendNumber(s)
            statements.appendNumber(p)
            statements.appendNumber(o)
        })
        let header = ByteSink(capacity: 16)
        header.append(version)
        header.appendNumber(termCount)
        let middle = ByteSink(capacity: 8)
        middle.appendNumber(subgraph.tripleCount)
        return [UInt8](unsafeUninitializedCapacity: header.count + terms.count + middle.count + statements.count) { out, n in
            n = 0
            for part in [header, terms, middle, statements] {
                (out.baseAddress! + n).initialize(from: part.base, count: part.count)
                n += part.count
            }
        }
    }

    /// A growable byte buffer written through its pointer: `Array.append(contentsOf:)` cost ~100
    /// instructions a call here, more than copying most of the strings it appended.
    private final class ByteSink {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        @inline(__always)
        private func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + extra))
            bigger.initialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = max(capacity * 2, count + extra)
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        @inline(__always)
        func appendNumber(_ n: Int) {
            reserve(10)
            var v = UInt(n)
            while v >= 0x80 {
                base[count] = UInt8(truncatingIfNeeded: v) | 0x80
                count += 1
                v >>= 7
            }
            base[count] = UInt8(v)
            count += 1
        }

        /// A string's byte count and bytes (a bridged string without contiguous UTF-8 is copied first).
        func append(_ s: String) {
            if s.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
                Array(s.utf8).withUnsafeBufferPointer { append($0) }
            }
        }

        private func append(_ utf8: UnsafeBufferPointer<UInt8>) {
            appendNumber(utf8.count)
            reserve(utf8.count)
            if let from = utf8.baseAddress { (base + count).initialize(from: from, count: utf8.count) }
            count += utf8.count
        }

        func append(_ term: Term) {
            switch term {
            case .iri(let i):
                append(Kind.iri.rawValue)
                append(i.value)
            case .blank(let b):
                append(Kind.blank.rawValue)
                append(b.id)
            case .literal(let l):
                if let language = l.language {
                    if let direction = l.direction {
                        append(Kind.directional.rawValue)
                        append(l.lexical)
                        append(language)
                        append(direction)
                    } else {
                        append(Kind.language.rawValue)
                        append(l.lexical)
                        append(language)
                    }
                } else if l.isSimple {
                    append(Kind.simple.rawValue)
                    append(l.lexical)
                } else {
                    append(Kind.typed.rawValue)
                    append(l.lexical)
                    append(l.datatype.value)
                }
            }
        }
    }

    /// The statements of an encoded subgraph, in their stored order. Every count, length and number is
    /// checked against what is left: a damaged blob throws instead of reading past its end.
    static func decode(_ bytes: [UInt8]) throws -> [Triple] {
        var reader = Reader(bytes: bytes)
        guard try reader.byte() == version else { throw BlobError() }
        let termCount = try reader.number()
        // Every term takes at least two bytes: a larger count is damage, not a reason to allocate.
        guard termCount <= bytes.count / 2 else { throw BlobError() }
        var terms: [Term] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount { terms.append(try reader.term()) }
        let statementCount = try reader.number()
        guard statementCount <= bytes.count / 3 else { throw BlobError() }
        var triples: [Triple] = []
        triples.reserveCapacity(statementCount)
        for _ in 0..<statementCount {
            let s = try reader.number(below: terms.count), p = try reader.number(below: terms.count)
            let o = try reader.number(below: terms.count)
            guard case .iri(let predicate) = terms[p], !terms[s].isLiteral else { throw BlobError() }
            triples.append(Triple(terms[s], predicate, terms[o]))
        }
        guard reader.isAtEnd else { throw BlobError() }
        return triples
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        var isAtEnd: Bool { at == bytes.count }

        mutating func byte() throws -> UInt8 {
            guard at < bytes.count else { throw BlobError() }
            at += 1
            return bytes[at - 1]
        }

        mutating func number() throws -> Int {
            var value = 0
            var shift = 0
            while true {
                let b = try byte()
                value |= Int(b & 0x7f) << shift
                if b < 0x80 { return value }
                shift += 7
                guard shift < 35 else { throw BlobError() }
            }
        }

        mutating func number(below limit: Int) throws -> Int {
            let n = try number()
            guard n < limit else { throw BlobError() }
            return n
        }

        mutating func string() throws -> String {
            let count = try number()
            guard count <= bytes.count - at else { throw BlobError() }
            defer { at += count }
            return String(decoding: bytes[at..<(at + count)], as: UTF8.self)
        }

        mutating func term() throws -> Term {
            guard let kind = Kind(rawValue: try byte()) else { throw BlobError() }
            switch kind {
            case .iri: return .iri(IRI(try string()))
            case .blank: return .blank(BlankNode(try string()))
            case .simple: return .literal(Literal(try string()))
            case .language:
                let lexical = try string()
                return .literal(Literal(lexical, language: try string()))
            case .typed:
                let lexical = try string()
                return .literal(Literal(lexical, datatype: IRI(try string())))
            case .directional:
                let lexical = try string(), language = try string()
                return .literal(Literal(lexical, language: language, direction: try string()))
            }
        }
    }
}
