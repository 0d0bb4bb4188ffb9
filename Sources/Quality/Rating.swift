/// The MQA rating bands over the 405-point total.
public enum Rating: String, Codable, Sendable, CaseIterable, Comparable {
    case excellent, good, sufficient, bad

    /// Excellent 351–405, Good 221–350, Sufficient 121–220, Bad 0–120.
    public init(total: Int) {
        switch total {
        case 351...: self = .excellent
        case 221...: self = .good
        case 121...: self = .sufficient
        default: self = .bad
        }
    }

    public var labelNL: String {
        switch self {
        case .excellent: return "Uitstekend"
        case .good: return "Goed"
        case .sufficient: return "Voldoende"
        case .bad: return "Onvoldoende"
        }
    }

    private var rank: Int { Rating.allCases.firstIndex(of: self) ?? 0 }
    /// Better ratings sort first.
    public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }
}

/// The one place where a share of distributions becomes points.
public enum Scoring {
    /// Points for an indicator worth `max` when `passing` of `total` distributions pass:
    /// `⌊max × passing / total⌋` (integer division, rounding down). Rounding down never awards a point
    /// that was not earned: full points only when every distribution passes. No distributions: 0.
    public static func points(max: Int, passing: Int, of total: Int) -> Int {
        guard total > 0, passing > 0 else { return 0 }
        return max * min(passing, total) / total
    }
}
