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
