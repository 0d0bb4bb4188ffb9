import Foundation

/// Checks a JSON value against an OpenAPI 3.0 schema: the subset the document uses (`$ref`, `type`,
/// `required`, `properties`, `additionalProperties`, `items`, `enum`, `nullable`, `allOf`, `minimum`,
/// `maximum`). Returns every mismatch with its JSON path.
struct SchemaValidator {
    let document: [String: Any]

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = document
        for part in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(part)] ?? [:] }
        return resolve(node as? [String: Any] ?? [:])
    }

    func errors(_ value: Any, _ schemaIn: [String: Any], path: String = "$", strict: Bool = true) -> [String] {
        let schema = resolve(schemaIn)
        var out: [String] = []
        if value is NSNull {
            return schema["nullable"] as? Bool == true ? [] : ["\(path): null where not nullable"]
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            // Members of allOf each see only part of the object: no "not described" from them.
            for s in all { out += errors(value, s, path: path, strict: false) }
        }
        if let options = schema["enum"] as? [Any] {
            let text = "\(value)"
            if !options.contains(where: { "\($0)" == text }) { out.append("\(path): \(text) not in \(options)") }
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return out + ["\(path): not an object"] }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { out.append("\(path).\(key): required but absent") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, v) in object {
                if let p = properties[key] as? [String: Any] {
                    out += errors(v, p, path: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    out += errors(v, extra, path: "\(path).\(key)")
                } else if strict && !properties.isEmpty {
                    out.append("\(path).\(key): not described")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return out + ["\(path): not an array"] }
            if let items = schema["items"] as? [String: Any] {
                for (i, v) in array.enumerated() { out += errors(v, items, path: "\(path)[\(i)]") }
            }
        case "string":
            if !(value is String) { out.append("\(path): not a string") }
        case "integer":
            // Linux's JSONSerialization gives NSNumber for 0 and 1 that also casts to Bool: only the value counts.
            guard let n = value as? NSNumber, n.doubleValue == n.doubleValue.rounded() else { return out + ["\(path): not an integer"] }
            if let min = schema["minimum"] as? Double, n.doubleValue < min { out.append("\(path): below \(min)") }
        case "number":
            if !(value is NSNumber) { out.append("\(path): not a number") }
        case "boolean":
            if !(value is Bool) { out.append("\(path): not a boolean") }
        default:
            break
        }
        return out
    }

    /// The schema of `path`'s GET response with `status` and media type.
    func responseSchema(path: String, status: Int, mediaType: String) -> [String: Any]? {
        guard let paths = document["paths"] as? [String: Any], let item = paths[path] as? [String: Any],
              let get = item["get"] as? [String: Any], let responses = get["responses"] as? [String: Any],
              let response = responses["\(status)"] as? [String: Any] else { return nil }
        let resolved = resolve(response)
        return ((resolved["content"] as? [String: Any])?[mediaType] as? [String: Any])?["schema"] as? [String: Any]
    }
}
