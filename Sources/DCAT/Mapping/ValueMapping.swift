import Foundation
import RDF

/// Turning RDF objects into model values, repairing what can be repaired and noting it.
extension RecordContext {
    // MARK: text

    func text(_ terms: [Term], _ property: String) -> LocalizedText {
        if terms.isEmpty { return LocalizedText() }
        var values: [LocalizedString] = []
        // Sized once: grown value by value, the list's reallocations cost 52.6M instructions in mapping
        // 20k datasets (callgrind; titles and descriptions in two languages).
        values.reserveCapacity(terms.count)
        for t in terms {
            switch t {
            case .literal(let l):
                let v = trimmed(l.lexical)
                if !v.isEmpty { values.append(LocalizedString(v, language: l.language)) }
            case .iri(let i):
                notes.add(.iriAsLiteral, property, i.value, nil, "an IRI where text was expected; kept as text")
                values.append(LocalizedString(i.value))
            case .blank(let b):
                // A blank node standing for text: take its label if it has one.
                let labels = self.labels(of: .blank(b))
                values.append(contentsOf: labels.values)
            }
        }
        return sortedText(values, property)
    }

    func sortedText(_ values: [LocalizedString], _ property: String) -> LocalizedText {
        if values.count < 2 { return LocalizedText(values) }
        // Two values (a title in Dutch and English) are the common case: ordered by one comparison,
        // without a sort's closures and copies of the language tags.
        if values.count == 2 {
            let (a, b) = (values[0], values[1])
            if a == b {
                notes.add(.duplicateRemoved, property, b.value, nil, "duplicate value removed")
                return LocalizedText([a])
            }
            return LocalizedText(distinct: Self.textPrecedes(b, a) ? [b, a] : [a, b])
        }
        let sorted = values.sorted { Self.textPrecedes($0, $1) }
        var out: [LocalizedString] = []
        out.reserveCapacity(sorted.count)
        for v in sorted {
            // Sorted, a duplicate lies in the run of values the order cannot tell from `v` just before it.
            var k = out.count - 1
            var duplicate = false
            while k >= 0 && !Self.textPrecedes(out[k], v) {
                if out[k] == v { duplicate = true; break }
                k -= 1
            }
            if duplicate { notes.add(.duplicateRemoved, property, v.value, nil, "duplicate value removed") }
            else { out.append(v) }
        }
        return LocalizedText(distinct: out)
    }

    /// The order of a property's values: by language tag (untagged first), then text.
    static func textPrecedes(_ a: LocalizedString, _ b: LocalizedString) -> Bool {
        let (la, lb) = (a.language ?? "", b.language ?? "")
        return la < lb || (la == lb && a.value < b.value)
    }

    /// rdfs:label, skos:prefLabel, dct:title, foaf:name of a node (only when it has statements).
    func labels(of term: Term) -> LocalizedText {
        guard let id = id(of: term), session.graph.outDegree(id) > 0 else { return LocalizedText() }
        let v = valueView(id: id, addingNotes: false)
        var values: [LocalizedString] = []
        for p in [P.prefLabel, P.label, P.title, P.foafName] {
            for case .literal(let l) in v.values(p) {
                let s = trimmed(l.lexical)
                if !s.isEmpty { values.append(LocalizedString(s, language: l.language)) }
            }
        }
        return sortedText(values, P.label)
    }

    func plainStrings(_ terms: [Term], _ property: String) -> [String] {
        var out = StringSet()
        for t in terms {
            switch t {
            case .literal(let l): let v = trimmed(l.lexical); if !v.isEmpty { out.insert(v) }
            case .iri(let i): out.insert(i.value)
            case .blank: notes.add(.unknownValue, property, "blank node", nil, "a blank node where a value was expected")
            }
        }
        return out.sorted()
    }

    func firstString(_ terms: [Term], _ property: String) -> String? {
        let all = plainStrings(terms, property)
        if all.count > 1 { notes.add(.multipleValues, property, all.joined(separator: " | "), all[0], "more than one value; kept the first") }
        return all.first
    }

    // MARK: IRIs

    /// IRIs of a property, with URL-like literals turned into IRIs and `httpss://` repaired.
    func iris(_ terms: [Term], _ property: String) -> [String] {
        var out: [String] = []
        var seen = StringSet()
        for t in terms {
            guard let s = iri(t, property) else { continue }
            if !seen.insert(s).inserted {
                notes.add(.duplicateRemoved, property, s, nil, "duplicate value removed")
                continue
            }
            out.append(s)
        }
        return out.sortedIfNeeded()
    }

    func iri(_ t: Term, _ property: String) -> String? {
        switch t {
        case .iri(let i): return repairIRI(i.value, property)
        case .literal(let l):
            let v = trimmed(l.lexical)
            if looksLikeIRI(v) {
                let fixed = repairIRI(v, property)
                notes.add(.literalAsIRI, property, v, fixed, "a literal where an IRI was expected; read as IRI")
                return fixed
            }
            if !v.isEmpty { notes.add(.unknownValue, property, v, nil, "text where an IRI was expected; not mapped") }
            return nil
        case .blank:
            return nil
        }
    }

    func firstIRI(_ terms: [Term], _ property: String) -> String? {
        let all = iris(terms, property)
        if all.count > 1 { notes.add(.multipleValues, property, all.joined(separator: " | "), all[0], "more than one value; kept the first") }
        return all.first
    }

    func repairIRI(_ s: String, _ property: String) -> String {
        // Nearly every IRI is fine: decide that from its first bytes without building strings.
        if FastText.isPlainHTTP(s) { return s }
        var v = s
        for (bad, good) in [("httpss://", "https://"), ("htttp://", "http://"), ("htps://", "https://"),
                            ("http//", "http://"), ("https//", "https://"), ("http:/", "http://")]
        where v.hasPrefix(bad) && !v.hasPrefix(good) {
            v = good + v.dropFirst(bad.count)
            break
        }
        if FastText.containsByte(v, 0x20) { v = v.trimmingCharacters(in: .whitespaces) }
        if v != s { notes.add(.iriRepaired, property, s, v, "malformed IRI repaired") }
        return v
    }

    func looksLikeIRI(_ s: String) -> Bool {
        guard !FastText.containsByte(s, 0x20) else { return false }
        for scheme in ["http://", "https://", "httpss://", "ftp://", "mailto:", "urn:", "tel:"]
        where FastText.hasPrefixIgnoringCase(s, scheme) {
            return true
        }
        return false
    }

    func trimmed(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last else { return s }
        if f > 0x20 && l > 0x20 { return s }
        return s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: references and concepts

    func references(_ terms: [Term], _ property: String) -> [Reference] {
        var out: [Reference] = []
        for t in terms {
            switch t {
            case .iri:
                if let i = iri(t, property) { out.append(Reference(iri: i, label: labels(of: .iri(IRI(i))))) }
            case .literal(let l):
                let v = trimmed(l.lexical)
                if looksLikeIRI(v), let i = iri(t, property) { out.append(Reference(iri: i)) }
                else if !v.isEmpty { out.append(Reference(iri: nil, label: LocalizedText([LocalizedString(v, language: l.language)]))) }
            case .blank:
                out.append(Reference(iri: nil, label: labels(of: t)))
            }
        }
        return uniqueSorted(out, property) { ($0.iri ?? "") + "\u{1}" + ($0.label.best() ?? "") }
    }

    /// A concept from a controlled vocabulary: typos and case repaired, text matched to a code.
    func concept(_ t: Term, _ property: String, _ vocabulary: ControlledVocabulary?) -> Concept? {
        switch t {
        case .iri(let i):
            return shared(t, session.sharedValues.concepts, property, vocabulary: vocabulary?.name ?? "") {
                concept(iri: i.value, property, vocabulary)
            }
        case .literal(let l):
            let text = trimmed(l.lexical)
            guard !text.isEmpty else { return nil }
            if looksLikeIRI(text) {
                notes.add(.literalAsIRI, property, text, nil, "a literal where an IRI was expected; read as IRI")
                return concept(.iri(IRI(text)), property, vocabulary)
            }
            if let vocabulary, let code = vocabulary.match(text: text) {
                notes.add(.textMapped, property, text, vocabulary.iri(code), "text matched to the \(vocabulary.name) vocabulary")
                return Concept(iri: vocabulary.iri(code))
            }
            notes.add(.unknownValue, property, text, nil, "text where a concept IRI was expected")
            return Concept(iri: nil, label: LocalizedText([LocalizedString(text, language: l.language)]))
        case .blank:
            let label = labels(of: t)
            return label.isEmpty ? nil : Concept(iri: nil, label: label)
        }
    }

    /// `concept(_:_:_:)` of an IRI value, a function of the IRI alone (so `shared` may remember it).
    private func concept(iri: String, _ property: String, _ vocabulary: ControlledVocabulary?) -> Concept {
        var v = repairIRI(iri, property)
        if let vocabulary, vocabulary.owns(v) {
            if let fixed = vocabulary.repair(v) {
                let kind: NormalizationNote.Kind = VocabularyMatch.schemeOnly(v, fixed) ? .iriRepaired : .vocabularyTypo
                notes.add(kind, property, v, fixed, "IRI corrected to the \(vocabulary.name) vocabulary")
                v = fixed
            } else if vocabulary.code(of: v) == nil {
                notes.add(.unknownValue, property, v, nil, "not a concept of the \(vocabulary.name) vocabulary")
            }
        }
        return Concept(iri: v, label: labels(of: .iri(IRI(v))))
    }

    func concepts(_ terms: [Term], _ property: String, _ vocabulary: ControlledVocabulary?) -> [Concept] {
        uniqueSorted(terms.compactMap { concept($0, property, vocabulary) }, property) {
            ($0.iri ?? "") + "\u{1}" + ($0.label.best() ?? "")
        }
    }

    func conceptIRIs(_ terms: [Term], _ property: String, _ vocabulary: ControlledVocabulary?) -> [String] {
        var out = StringSet()
        for c in concepts(terms, property, vocabulary) { if let i = c.iri { out.insert(i) } }
        return out.sorted()
    }

    /// The values without duplicates, sorted by `key` (ties in the order given).
    ///
    /// Equal values have equal keys, so the keys are built and sorted first and only values sharing a key
    /// are compared. Each kept value is copied once, into the result, and not at all when the keys are
    /// already strictly increasing: a copy of a struct value (a distribution, a contact point) retains
    /// every string it holds.
    func uniqueSorted<T: Hashable>(_ items: [T], _ property: String, key: (T) -> String) -> [T] {
        if items.count < 2 { return items }
        let keys = items.map(key)
        if zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) { return items }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var out: [T] = []
        out.reserveCapacity(items.count)
        // A few values share a key: compare them; many: hash them.
        var seen: Set<T>? = items.count > StringSet.listLimit ? [] : nil
        var runStart = 0
        for (n, i) in order.enumerated() {
            if n == 0 || keys[i] != keys[order[n - 1]] { runStart = out.count }
            let isNew = seen != nil ? seen!.insert(items[i]).inserted : !out[runStart...].contains(items[i])
            if isNew { out.append(items[i]) }
            else { notes.add(.duplicateRemoved, property, keys[i], nil, "duplicate value removed") }
        }
        return out
    }

    /// Values whose sort key starts with their IRI and a separator: when every value has its own IRI, the
    /// IRIs alone decide both that there are no duplicates and the order, without building the keys.
    ///
    /// `items` is taken, not borrowed, so reordering swaps the values where they lie: a new array of them
    /// in order retained every string of each (a distribution holds ~30 fields) and released the old ones.
    func uniqueSorted<T: Hashable & KeyedByIRIFirst>(_ items: consuming [T], _ property: String, key: (T) -> String) -> [T] {
        if items.count < 2 { return items }
        var iris: [String] = []
        iris.reserveCapacity(items.count)
        var seen = StringSet()
        // By index: `for item in items` copied each value whole (a distribution: ~30 fields retained).
        for i in items.indices {
            guard let iri = items[i].iri, seen.insert(iri).inserted else { return uniqueSortedByKey(items, property, key) }
            iris.append(iri)
        }
        if zip(iris, iris.dropFirst()).allSatisfy({ $0 < $1 }) { return items }
        var sorted = items
        sorted.permute(to: iris.indices.sorted { iris[$0] < iris[$1] })
        return sorted
    }

    /// The general `uniqueSorted`: called by name from the overload above, where a direct call would pick
    /// that overload again.
    private func uniqueSortedByKey<T: Hashable>(_ items: [T], _ property: String, _ key: (T) -> String) -> [T] {
        uniqueSorted(items, property, key: key)
    }

    // MARK: dates and numbers

    func date(_ terms: [Term], _ property: String) -> DateValue? {
        var found: [DateValue] = []
        for t in terms {
            guard case .literal(let l) = t else {
                notes.add(.invalidDate, property, t.description, nil, "not a date literal")
                continue
            }
            guard var d = DateParser.parse(l.lexical) else {
                notes.add(.invalidDate, property, l.lexical, nil, "not a recognisable date")
                continue
            }
            let typed = l.datatype.value == d.datatype
            if d.value != l.lexical || !typed {
                d.original = l.lexical
                let why = d.value != l.lexical ? "date rewritten in XSD form" : "date without a matching XSD datatype"
                notes.add(.dateNormalized, property, l.lexical + (typed ? "" : " (\(Aliases.short(l.datatype.value)))"),
                          d.value, why)
            }
            found.append(d)
        }
        if found.count < 2 { return found.first }
        if found.map(\.value).distinctElements().count > 1 {
            notes.add(.multipleValues, property, found.map(\.value).joined(separator: " | "), found[0].value,
                      "more than one value; kept the first")
        }
        return found.sorted { $0.value < $1.value }.first
    }

    func byteSize(_ terms: [Term], _ property: String) -> Int64? {
        for case .literal(let l) in terms {
            let s = trimmed(l.lexical)
            if let v = Int64(s), v >= 0 { return v }
            let cleaned = s.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
            if let d = Double(cleaned), d >= 0, d < 9e18, d == d.rounded() {
                notes.add(.invalidNumber, property, s, String(Int64(d)), "byte size rewritten as an integer")
                return Int64(d)
            }
            notes.add(.invalidNumber, property, s, nil, "not a byte count")
        }
        return nil
    }

    // MARK: languages

    func languages(_ terms: [Term], _ property: String) -> [String] {
        var out = StringSet()
        for t in terms {
            switch t {
            case .iri(let i):
                let v = repairIRI(i.value, property)
                if let fixed = Vocabularies.languages.repair(v) {
                    notes.add(.iriRepaired, property, v, fixed, "IRI corrected to the language vocabulary")
                    out.insert(fixed)
                } else { out.insert(v) }
            case .literal(let l):
                let text = trimmed(l.lexical)
                let key = text.lowercased()
                if let code = DONLVocabularies.languageText[key] ?? Vocabularies.languages.match(text: text) {
                    let iri = Vocabularies.languages.iri(code)
                    notes.add(.textMapped, property, text, iri, "language code matched to the EU language vocabulary")
                    out.insert(iri)
                } else if looksLikeIRI(text) {
                    notes.add(.literalAsIRI, property, text, text, "a literal where an IRI was expected; read as IRI")
                    out.insert(text)
                } else if !text.isEmpty {
                    notes.add(.unknownValue, property, text, nil, "unknown language")
                }
            case .blank(let b):
                // dct:LinguisticSystem node: take its identifier or label.
                let v = view(.blank(b))
                if let code = v.values(P.identifier).compactMap({ $0.literal?.lexical }).first
                    .flatMap({ DONLVocabularies.languageText[$0.lowercased()] ?? Vocabularies.languages.match(text: $0) }) {
                    out.insert(Vocabularies.languages.iri(code))
                }
            }
        }
        return out.sorted()
    }
}
