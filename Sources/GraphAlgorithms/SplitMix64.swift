/// A tiny, fast, seedable pseudo-random generator (SplitMix64, Steele, Lea
/// and Flood 2014). The system generator cannot be seeded, and sampled
/// measures and Louvain must be reproducible for a given seed on every
/// platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    /// Creates a generator whose whole output is determined by `seed`.
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// `k` distinct values of `0..<n`, uniformly at random (partial
    /// Fisher–Yates). - Complexity: O(*n*).
    mutating func sample(_ k: Int, from n: Int) -> [Int] {
        var pool = Array(0..<n)
        let k = min(k, n)
        for i in 0..<k {
            let j = i + Int(next(upperBound: UInt64(n - i)))
            pool.swapAt(i, j)
        }
        return Array(pool[0..<k])
    }
}
