/// JSON-LD 1.1 API §5.1 Expansion and §5.3 Value Expansion.
extension Processor {
    /// Expands a whole document (or one streamed node) to expanded JSON-LD: always an array.
    func expandDocument(_ document: JSONValue, _ active: ActiveContext, baseURL: String?, activeProperty: String? = nil, unwrapGraph: Bool = true) throws -> [JSONValue] {
        var r = try expandElement(active, activeProperty, document, baseURL: baseURL)
        if unwrapGraph, case .object(let o)? = r, o.count == 1, let g = o["@graph"] { r = g }
        guard let r else { return [] }
        return r.asArray
    }

    func expandElement(
        _ active: ActiveContext, _ activeProperty: String?, _ element: JSONValue, baseURL: String?, fromMap: Bool = false
    ) throws -> JSONValue? {
        try expandElement(active, activeProperty, activeProperty.flatMap { active.terms[$0] }, element, baseURL: baseURL, fromMap: fromMap)
    }

    /// `propDef` is the active property's term definition in `active`, looked up once by the caller.
    func expandElement(
        _ active: ActiveContext, _ activeProperty: String?, _ propDef: TermDefinition?, _ element: JSONValue,
        baseURL: String?, fromMap: Bool
    ) throws -> JSONValue? {
        switch element {
        case .null:
            return nil
        case .array(let items):
            var result: [JSONValue] = []
            result.reserveCapacity(items.count)
            let listContainer = propDef?.container.contains(.list) ?? false
            for item in items {
                guard var e = try expandElement(active, activeProperty, propDef, item, baseURL: baseURL, fromMap: fromMap) else {
                    continue
                }
                if listContainer, case .array(let a) = e { e = .object(JSONObject([("@list", .array(a))])) }
                if case .array(let a) = e { result.append(contentsOf: a) } else { result.append(e) }
            }
            return .array(result)
        case .object(let obj):
            return try expandObject(active, activeProperty, propDef, obj, baseURL: baseURL, fromMap: fromMap)
        default:
            guard let activeProperty, activeProperty != "@graph" else { return nil }  // free-floating scalar
            if let psc = propDef?.context {
                let ctx = try processContext(active, psc, baseURL: propDef?.baseURL, cache: true)
                return try expandValue(ctx, activeProperty, element)
            }
            return try expandValue(active, activeProperty, element, def: propDef)
        }
    }

    private func expandObject(
        _ activeIn: ActiveContext, _ activeProperty: String?, _ propDef: TermDefinition?, _ element: JSONObject,
        baseURL: String?, fromMap: Bool
    ) throws -> JSONValue? {
        var active = activeIn
        // A non-propagated (type-scoped) context does not apply to new node objects.
        if let previous = active.previousContext, !fromMap {
            var revert = true
            let aliases = active.hasValueOrIdAliases
            for (key, _) in element {
                let e = aliases ? try expandIRI(active, key, vocab: true) : key
                if e == "@value" || (e == "@id" && element.count == 1) { revert = false; break }
            }
            if revert { active = previous }
        }
        if let psc = propDef?.context {
            active = try processContext(active, psc, baseURL: propDef?.baseURL, overrideProtected: true, cache: true)
        }
        if let c = element["@context"] {
            active = try processContext(active, c, baseURL: baseURL, cache: true)
        }
        let typeScoped = active
        var inputType: String?
        var sawTypeKey = false
        var typeKeys: [String] = []
        let typeAliases = active.typeAliases
        for (key, _) in element where key == "@type" || (!typeAliases.isEmpty && typeAliases.contains(key)) {
            typeKeys.append(key)
        }
        if typeKeys.count > 1 { typeKeys.sort() }
        for key in typeKeys {
            guard let value = element[key] else { continue }
            let terms = value.asArray.compactMap(\.stringValue).sorted()
            for term in terms {
                if let def = typeScoped.terms[term], let c = def.context {
                    active = try processContext(active, c, baseURL: def.baseURL, propagate: false, cache: true)
                }
            }
            if !sawTypeKey {
                sawTypeKey = true
                if let last = value.asArray.last?.stringValue {
                    inputType = try expandIRI(active, last, vocab: true)
                }
            }
        }

        var result = JSONObject()
        try expandMembers(
            active, typeScoped, activeProperty, element, &result, inputType: inputType, baseURL: baseURL)

        if let v = result["@value"] {
            for k in result.keys {
                switch k {
                case "@direction", "@index", "@language", "@type", "@value": continue
                default: throw JSONLDError("invalid value object", "unexpected entry \(k) in a value object")
                }
            }
            if result.has("@type") && (result.has("@language") || result.has("@direction")) {
                throw JSONLDError("invalid value object", "a value object cannot have both @type and @language/@direction")
            }
            if result["@type"] == .string("@json") {
                // any JSON value
            } else if v.isNull {
                return nil
            } else if !v.isString && result.has("@language") {
                throw JSONLDError("invalid language-tagged value", "\(v) is not a string")
            } else if let t = result["@type"] {
                guard case .string(let ts) = t, IRIForm.isWellFormed(ts) else {
                    throw JSONLDError("invalid typed value", "datatype \(t) is not an IRI")
                }
            }
        } else if let t = result["@type"], !t.isArray {
            result["@type"] = .array([t])
        } else if result.has("@set") || result.has("@list") {
            if result.count > 2 || (result.count == 2 && !result.has("@index")) {
                throw JSONLDError("invalid set or list object", "unexpected entries besides @set/@list")
            }
            if let s = result["@set"] { return s }
        }
        if result.count == 1 && result.has("@language") { return nil }
        if activeProperty == nil || activeProperty == "@graph" {
            if result.isEmpty || result.has("@value") || result.has("@list") { return nil }
            if result.count == 1 && result.has("@id") { return nil }
        }
        return .object(result)
    }

    /// Step 13 and 14: the members of `element` (and of its @nest members) into `result`.
    private func expandMembers(
        _ active: ActiveContext, _ typeScoped: ActiveContext, _ activeProperty: String?, _ element: JSONObject,
        _ result: inout JSONObject, inputType: String?, baseURL: String?
    ) throws {
        var nests: [String] = []
        for (key, value) in element {
            if key == "@context" { continue }
            // One lookup serves both the key's expansion and its definition (IRI expansion with vocab
            // returns a defined term's IRI mapping).
            let termDef = active.terms[key]
            let expandedProperty: String
            if let termDef {
                guard let iri = termDef.iri else { continue }
                expandedProperty = iri
            } else {
                guard let e = try expandIRI(active, key, vocab: true) else { continue }
                expandedProperty = e
            }
            let isKeyword = Keywords.isKeyword(expandedProperty)
            if !isKeyword && !expandedProperty.utf8.contains(UInt8(ascii: ":")) { continue }
            if isKeyword {
                if activeProperty == "@reverse" {
                    throw JSONLDError("invalid reverse property map", "keyword \(expandedProperty) inside @reverse")
                }
                if result.has(expandedProperty) && expandedProperty != "@included" && expandedProperty != "@type" {
                    throw JSONLDError("colliding keywords", "\(expandedProperty) given twice (through \(key))")
                }
                var expandedValue: JSONValue?
                switch expandedProperty {
                case "@id":
                    guard case .string(let s) = value else { throw JSONLDError("invalid @id value", "\(value)") }
                    expandedValue = try expandIRI(active, s, documentRelative: true).map(JSONValue.string) ?? .null
                case "@type":
                    var types: [JSONValue] = []
                    switch value {
                    case .string(let s):
                        expandedValue = try expandIRI(typeScoped, s, documentRelative: true, vocab: true).map(JSONValue.string) ?? .null
                    case .array(let a):
                        for x in a {
                            guard case .string(let s) = x else { throw JSONLDError("invalid type value", "\(value)") }
                            types.append(try expandIRI(typeScoped, s, documentRelative: true, vocab: true).map(JSONValue.string) ?? .null)
                        }
                        expandedValue = .array(types)
                    default:
                        throw JSONLDError("invalid type value", "\(value)")
                    }
                    if let existing = result["@type"], let ev = expandedValue {
                        expandedValue = .array(existing.asArray + ev.asArray)
                    }
                case "@graph":
                    expandedValue = .array((try expandElement(active, "@graph", value, baseURL: baseURL))?.asArray ?? [])
                case "@included":
                    if is10 { continue }
                    // Expanded under "@included" rather than no property, so that scalars, value objects and
                    // lists are kept and rejected below instead of dropped as free-floating.
                    let items = (try expandElement(active, "@included", value, baseURL: baseURL))?.asArray ?? []
                    for item in items {
                        guard case .object(let o) = item, !o.has("@value"), !o.has("@list"), !o.has("@set") else {
                            throw JSONLDError("invalid @included value", "\(item) is not a node object")
                        }
                    }
                    expandedValue = .array((result["@included"]?.asArray ?? []) + items)
                case "@value":
                    if inputType == "@json" {
                        if is10 { throw JSONLDError("invalid value object value", "@json in json-ld-1.0 mode") }
                        expandedValue = value
                    } else if value.isNull {
                        result["@value"] = .null
                        continue
                    } else if value.isScalar {
                        expandedValue = value
                    } else {
                        throw JSONLDError("invalid value object value", "\(value)")
                    }
                case "@language":
                    guard case .string(let s) = value else { throw JSONLDError("invalid language-tagged string", "\(value)") }
                    expandedValue = .string(s.lowercased())
                case "@direction":
                    if is10 { continue }
                    guard case .string(let s) = value, s == "ltr" || s == "rtl" else {
                        throw JSONLDError("invalid base direction", "\(value)")
                    }
                    expandedValue = value
                case "@index":
                    guard value.isString else { throw JSONLDError("invalid @index value", "\(value)") }
                    expandedValue = value
                case "@list":
                    if activeProperty == nil || activeProperty == "@graph" { continue }
                    expandedValue = .array((try expandElement(active, activeProperty, value, baseURL: baseURL))?.asArray ?? [])
                case "@set":
                    expandedValue = try expandElement(active, activeProperty, value, baseURL: baseURL)
                case "@reverse":
                    guard value.isObject else { throw JSONLDError("invalid @reverse value", "\(value)") }
                    guard case .object(let ev)? = try expandElement(active, "@reverse", value, baseURL: baseURL) else { continue }
                    if case .object(let inner)? = ev["@reverse"] {
                        for (property, item) in inner {
                            result[property] = .array((result[property]?.asArray ?? []) + item.asArray)
                        }
                    }
                    if ev.count > (ev.has("@reverse") ? 1 : 0) {
                        var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
                        for (property, items) in ev where property != "@reverse" {
                            var list = reverseMap[property]?.asArray ?? []
                            for item in items.asArray {
                                if case .object(let o) = item, o.has("@value") || o.has("@list") {
                                    throw JSONLDError("invalid reverse property value", "\(item)")
                                }
                                list.append(item)
                            }
                            reverseMap[property] = .array(list)
                        }
                        result["@reverse"] = .object(reverseMap)
                    }
                    continue
                case "@nest":
                    nests.append(key)
                    continue
                default:
                    continue
                }
                if let expandedValue { result[expandedProperty] = expandedValue }
                continue
            }

            let container: Container = termDef?.container ?? []
            var expandedValue: JSONValue?
            if termDef?.typeMapping == "@json" {
                expandedValue = .object(JSONObject([("@value", value), ("@type", .string("@json"))]))
            } else if container.contains(.language), case .object(let map) = value {
                expandedValue = try expandLanguageMap(active, termDef, map)
            } else if container.contains(.index) || container.contains(.type) || container.contains(.id),
                case .object(let map) = value
            {
                expandedValue = try expandIndexMap(active, key, termDef, container, map, baseURL: baseURL)
            } else {
                expandedValue = try expandElement(active, key, termDef, value, baseURL: baseURL, fromMap: false)
            }
            guard var ev = expandedValue else { continue }
            if container.contains(.list) && !isListObject(ev) {
                ev = .object(JSONObject([("@list", .array(ev.asArray))]))
            }
            if container.contains(.graph) && !container.contains(.id) && !container.contains(.index) {
                ev = .array(ev.asArray.map { .object(JSONObject([("@graph", .array($0.asArray))])) })
            }
            if termDef?.reverse == true {
                var reverseMap = result["@reverse"]?.objectValue ?? JSONObject()
                var list = reverseMap[expandedProperty]?.asArray ?? []
                for item in ev.asArray {
                    if case .object(let o) = item, o.has("@value") || o.has("@list") {
                        throw JSONLDError("invalid reverse property value", "\(item)")
                    }
                    list.append(item)
                }
                reverseMap[expandedProperty] = .array(list)
                result["@reverse"] = .object(reverseMap)
            } else {
                if let existing = result[expandedProperty] {
                    result[expandedProperty] = .array(existing.asArray + ev.asArray)
                } else {
                    result[expandedProperty] = .array(ev.asArray)
                }
            }
        }

        for nestKey in nests {
            guard let nested = element[nestKey] else { continue }
            // A nesting key may carry a property-scoped context that applies to what it nests.
            var nestActive = active
            if let def = active.terms[nestKey], let c = def.context {
                nestActive = try processContext(active, c, baseURL: def.baseURL, overrideProtected: true, cache: true)
            }
            for nv in nested.asArray {
                guard case .object(let no) = nv else { throw JSONLDError("invalid @nest value", "\(nv)") }
                for k in no.keys where try expandIRI(nestActive, k, vocab: true) == "@value" {
                    throw JSONLDError("invalid @nest value", "a nested object cannot be a value object")
                }
                try expandMembers(nestActive, typeScoped, activeProperty, no, &result, inputType: inputType, baseURL: baseURL)
            }
        }
    }

    private func isListObject(_ v: JSONValue) -> Bool {
        if case .object(let o) = v, o.has("@list") { return true }
        return false
    }

    private func expandLanguageMap(_ active: ActiveContext, _ termDef: TermDefinition?, _ map: JSONObject) throws -> JSONValue {
        var out: [JSONValue] = []
        let direction = (termDef?.hasDirection ?? false) ? termDef?.direction : active.defaultDirection
        for (language, langValue) in map {
            let isNone = try expandIRI(active, language, vocab: true) == "@none"
            for item in langValue.asArray {
                if item.isNull { continue }
                guard item.isString else { throw JSONLDError("invalid language map value", "\(item)") }
                var v = JSONObject([("@value", item)])
                if !isNone { v["@language"] = .string(language.lowercased()) }
                if let direction { v["@direction"] = .string(direction) }
                out.append(.object(v))
            }
        }
        return .array(out)
    }

    private func expandIndexMap(
        _ active: ActiveContext, _ key: String, _ termDef: TermDefinition?, _ container: Container, _ map: JSONObject,
        baseURL: String?
    ) throws -> JSONValue {
        var out: [JSONValue] = []
        let indexKey = termDef?.index ?? "@index"
        let idOrType = container.contains(.id) || container.contains(.type)
        for (index, indexValue) in map {
            var mapContext = active
            if idOrType { mapContext = active.previousContext ?? active }
            if container.contains(.type), let d = mapContext.terms[index], let c = d.context {
                mapContext = try processContext(mapContext, c, baseURL: d.baseURL, cache: true)
            }
            let expandedIndex = try expandIRI(active, index, vocab: true)
            guard let ev = try expandElement(mapContext, key, .array(indexValue.asArray), baseURL: baseURL, fromMap: true) else {
                continue
            }
            for var item in ev.asArray {
                if container.contains(.graph) && !isGraphObject(item) {
                    item = .object(JSONObject([("@graph", .array(item.asArray))]))
                }
                guard case .object(var o) = item else { out.append(item); continue }
                if container.contains(.index) && indexKey != "@index" && expandedIndex != "@none" {
                    let reexpanded = try expandValue(active, indexKey, .string(index))
                    guard let expandedIndexKey = try expandIRI(active, indexKey, vocab: true) else { continue }
                    if o.has("@value") {
                        throw JSONLDError("invalid value object", "a property-valued index cannot apply to a value object")
                    }
                    o[expandedIndexKey] = .array([reexpanded] + (o[expandedIndexKey]?.asArray ?? []))
                } else if container.contains(.index) && !o.has("@index") && expandedIndex != "@none" {
                    o["@index"] = .string(index)
                } else if container.contains(.id) && !o.has("@id") && expandedIndex != "@none" {
                    o["@id"] = (try expandIRI(active, index, documentRelative: true)).map(JSONValue.string) ?? .null
                } else if container.contains(.type) && expandedIndex != "@none" {
                    o["@type"] = .array([.string(expandedIndex ?? index)] + (o["@type"]?.asArray ?? []))
                }
                out.append(.object(o))
            }
        }
        return .array(out)
    }

    private func isGraphObject(_ v: JSONValue) -> Bool {
        guard case .object(let o) = v, o.has("@graph") else { return false }
        return o.keys.allSatisfy { $0 == "@graph" || $0 == "@id" || $0 == "@index" || $0 == "@context" }
    }

    /// §5.3.2.
    func expandValue(_ active: ActiveContext, _ activeProperty: String, _ value: JSONValue) throws -> JSONValue {
        try expandValue(active, activeProperty, value, def: active.terms[activeProperty])
    }

    func expandValue(_ active: ActiveContext, _ activeProperty: String, _ value: JSONValue, def: TermDefinition?) throws -> JSONValue {
        if case .string(let s) = value {
            if def?.typeMapping == "@id" {
                return .object(JSONObject([("@id", try expandIRI(active, s, documentRelative: true).map(JSONValue.string) ?? .null)]))
            }
            if def?.typeMapping == "@vocab" {
                return .object(JSONObject([("@id", try expandIRI(active, s, documentRelative: true, vocab: true).map(JSONValue.string) ?? .null)]))
            }
        }
        var members: [(key: String, value: JSONValue)] = [("@value", value)]
        if let tm = def?.typeMapping, tm != "@id", tm != "@vocab", tm != "@none" {
            members.append(("@type", .string(tm)))
        } else if value.isString {
            let language = (def?.hasLanguage ?? false) ? def?.language : active.defaultLanguage
            let direction = (def?.hasDirection ?? false) ? def?.direction : active.defaultDirection
            if let language { members.append(("@language", .string(language))) }
            if let direction { members.append(("@direction", .string(direction))) }
        }
        return .object(JSONObject(distinct: members))
    }
}
