/// Sums over stored numbers that cannot trap. A value outside its
/// `ValueRanges` entry can still be in a file (an older build, another tool
/// writing SQL): Swift's `+` traps on overflow and took every screen that
/// drew the sum down with it (issue 15: `Route.progress` of a step of
/// 9223372036854775807 hours). Use these wherever stored values are added
/// or multiplied; `metodist check` reports the values themselves.
extension Int {
    /// self + other, held at `Int.max` / `Int.min` instead of trapping.
    public func clampedAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    /// self × other, held at `Int.max` / `Int.min` instead of trapping.
    public func clampedMultiplied(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) == (other < 0) ? .max : .min) : product
    }
}

extension Sequence where Element == Int {
    /// The sum, held at `Int.max` / `Int.min` instead of trapping.
    public func clampedSum() -> Int { reduce(0) { $0.clampedAdding($1) } }
}
