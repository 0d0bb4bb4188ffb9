/// Content negotiation on `Accept` (RFC 9110 §12.5.1): media ranges with q-values; the most specific range
/// that matches an offered type decides its quality; ties go to the server's order of preference.
public struct AcceptHeader: Sendable {
    struct Range: Sendable {
        var type: String
        var subtype: String
        var q: Double
    }

    let ranges: [Range]

    /// Parses the header; nil or empty means "anything". Throws a 400 problem naming `Accept` when a
    /// range is not `type/subtype` or a q-value is not a number from 0 to 1.
    public init(_ header: String?) throws {
        guard let header, !header.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "," }) else {
            ranges = [Range(type: "*", subtype: "*", q: 1)]
            return
        }
        var out: [Range] = []
        for element in header.split(separator: ",") {
            let parts = element.split(separator: ";").map { $0.trimmingCharacters(in: [" ", "\t"]) }
            guard let first = parts.first, !first.isEmpty else { continue }
            let mediaRange = first.lowercased()
            let typeParts = mediaRange.split(separator: "/", omittingEmptySubsequences: false)
            guard typeParts.count == 2, Self.isToken(typeParts[0]), Self.isToken(typeParts[1]),
                  !(typeParts[0] == "*" && typeParts[1] != "*") else {
                throw Problem.badParameter("Accept", "'\(first)' is not a media range (type/subtype)")
            }
            var q = 1.0
            for p in parts.dropFirst() {
                let kv = p.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: [" ", "\t"]) }
                guard kv.count == 2 else { continue }
                if kv[0].lowercased() == "q" {
                    guard let v = Double(kv[1]), (0...1).contains(v), kv[1].count <= 5 else {
                        throw Problem.badParameter("Accept", "q=\(kv[1]) is not a quality value from 0 to 1")
                    }
                    q = v
                }
            }
            out.append(Range(type: String(typeParts[0]), subtype: String(typeParts[1]), q: q))
        }
        ranges = out.isEmpty ? [Range(type: "*", subtype: "*", q: 1)] : out
    }

    static func isToken<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { c in
            switch c {
            case 48...57, 65...90, 97...122: return true
            default: return "!#$%&'*+-.^_`|~".utf8.contains(c)
            }
        }
    }

    /// The quality the client gives `mediaType` (0 when no range covers it).
    public func quality(of mediaType: String) -> Double {
        let parts = mediaType.lowercased().split(separator: "/")
        guard parts.count == 2 else { return 0 }
        var best: (specificity: Int, q: Double)?
        for r in ranges {
            let specificity: Int
            if r.type == parts[0] && r.subtype == parts[1] { specificity = 3 }
            else if r.type == parts[0] && r.subtype == "*" { specificity = 2 }
            else if r.type == "*" && r.subtype == "*" { specificity = 1 }
            else { continue }
            if best == nil || specificity > best!.specificity { best = (specificity, r.q) }
        }
        return best?.q ?? 0
    }

    /// The offered type the client likes best (the first offered wins ties); nil when it accepts none.
    public func choose(_ offered: [String]) -> String? {
        var winner: (String, Double)?
        for o in offered {
            let q = quality(of: o)
            if q > 0 && (winner == nil || q > winner!.1) { winner = (o, q) }
        }
        return winner?.0
    }

    /// Chooses, or throws 406 listing what can be served.
    public func require(_ offered: [String]) throws -> String {
        guard let chosen = choose(offered) else {
            throw Problem(.notAcceptable, detail: "this resource is available as \(offered.joined(separator: ", "))")
        }
        return chosen
    }
}
