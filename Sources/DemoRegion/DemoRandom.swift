/// The demo's only source of randomness: SplitMix64, never the system
/// generator, so a seed gives the same region on every machine and every run.
///
/// Every thing that is generated (a teacher, a request, an application) gets
/// its own stream, derived from the seed, a stage and the thing's index. So
/// a value never depends on how many random numbers an earlier, unrelated
/// thing drew, nor on how the work is cut into transactions.
///
/// Only these methods are used: the standard library's `random(in:using:)`
/// and `shuffled(using:)` may change their algorithms between Swift
/// versions, which would change the data.
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The stream of one thing: `stage` names what is generated, `index` which one.
    init(seed: UInt64, stage: DemoStage, index: Int) {
        let s = DemoRandom.mix(seed &+ 0x243F_6A88_85A3_08D3)
        let t = DemoRandom.mix(s ^ (UInt64(stage.rawValue) &* 0x9E37_79B9_7F4A_7C15))
        state = DemoRandom.mix(t ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Uniform in `range` (an empty range answers its lower bound).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform index into a collection of `count` elements; 0 when empty.
    mutating func index(_ count: Int) -> Int {
        count <= 1 ? 0 : Int(next() % UInt64(count))
    }

    /// An element, or nil for an empty array.
    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[index(items.count)]
    }

    /// An index drawn with the given non-negative weights (0 when all are 0).
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        guard total > 0 else { return 0 }
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, in place.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = index(i + 1)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// `k` distinct elements in random order (all of them when there are fewer).
    mutating func sample<T>(_ items: [T], _ k: Int) -> [T] {
        var pool = items
        let n = min(k, pool.count)
        for i in 0..<n {
            let j = i + index(pool.count - i)
            if i != j { pool.swapAt(i, j) }
        }
        return Array(pool.prefix(n))
    }
}

/// What a random stream generates: one value per stage, never reused.
enum DemoStage: Int {
    case organizations = 1
    case teacherVitals, teacherNames, tutors, mentors, staff
    case selection, applicants, catalogs, practices, events
    case learning, mentoring, requests
    case rmaActivity
}
