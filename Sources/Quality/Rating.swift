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
