/// Errors thrown by graph construction and by the algorithms.
///
/// Each case carries enough context to produce a message a user can act on;
/// ``description`` renders it.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The node count was negative or too large for 32-bit node indices.
    case invalidNodeCount(Int)
    /// An edge endpoint is outside `0..<nodeCount`.
    case nodeOutOfRange(edgeIndex: Int, source: Int, target: Int, nodeCount: Int)
    /// A weight is zero, negative, NaN or infinite.
    case invalidWeight(edgeIndex: Int, source: Int, target: Int, weight: Double)
    /// A node argument is outside `0..<nodeCount`.
    case invalidNode(Int, nodeCount: Int)
    /// A power iteration did not reach its tolerance within the iteration limit
    /// (networkx raises `PowerIterationFailedConvergence` in the same situation).
    case failedToConverge(measure: String, iterations: Int)
    /// The measure is not defined for this graph (for example core number
    /// with self-loops, or eigenvector centrality of the null graph).
    case notDefined(String)
    /// An argument is out of its domain.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .invalidNodeCount(let n):
            return "invalid node count \(n): it must be between 0 and \(Int32.max - 1)"
        case let .nodeOutOfRange(i, s, t, n):
            return "edge #\(i) (\(s) -> \(t)) has an endpoint outside 0..<\(n)"
        case let .invalidWeight(i, s, t, w):
            let why = w.isNaN ? "is NaN" : w.isInfinite ? "is infinite" : w == 0 ? "is zero" : "is negative"
            return "edge #\(i) (\(s) -> \(t)) has weight \(w), which \(why); weights are used as "
                + "lengths and must be finite and strictly positive"
        case let .invalidNode(v, n):
            return "node \(v) is outside 0..<\(n)"
        case let .failedToConverge(measure, iterations):
            return "\(measure) failed to converge within \(iterations) iterations"
        case .notDefined(let why):
            return why
        case .invalidArgument(let why):
            return why
        }
    }
}

extension CSRGraph {
    /// Checks that every weight is finite and strictly positive.
    ///
    /// Path-based measures (closeness, betweenness, shortest paths) treat a
    /// weight as a length; Dijkstra's algorithm is wrong with negative lengths
    /// and networkx silently produces meaningless values with zero or NaN
    /// ones, so such weights are refused before anything is computed.
    ///
    /// - Returns: nil when all weights are valid, otherwise the error for the
    ///   first offending edge (its ``GraphError/description`` explains why).
    /// - Complexity: O(*m*).
    public static func validateWeights(_ edges: [(Int, Int, Double)]) -> GraphError? {
        for (i, e) in edges.enumerated() where !(e.2 > 0 && e.2.isFinite) {
            return .invalidWeight(edgeIndex: i, source: e.0, target: e.1, weight: e.2)
        }
        return nil
    }

    @inlinable
    func checkNode(_ v: Int) throws {
        if v < 0 || v >= nodeCount { throw GraphError.invalidNode(v, nodeCount: nodeCount) }
    }
}
