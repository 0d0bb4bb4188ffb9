import JSONLD

/// JSON-LD object comparison (json-ld-api tests/README): members unordered, arrays unordered except the
/// value of `@list`, scalars compared strictly (a number is never a string or a boolean), numbers by value.
enum JSONLDComparison {
    static func equal(_ a: JSONValue, _ b: JSONValue, ordered: Bool = false) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x.value == y.value
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            if ordered { return zip(x, y).allSatisfy { equal($0, $1) } }
            var used = [Bool](repeating: false, count: y.count)
            outer: for item in x {
                for (j, other) in y.enumerated() where !used[j] && equal(item, other) {
                    used[j] = true
                    continue outer
                }
                return false
            }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for k in x.keys {
                guard let xv = x[k], let yv = y[k] else { return false }
                if k == "@language", case .string(let s1) = xv, case .string(let s2) = yv {
                    if s1.lowercased() != s2.lowercased() { return false }
                    continue
                }
                if !equal(xv, yv, ordered: k == "@list") { return false }
            }
            return true
        default:
            return false
        }
    }
}
