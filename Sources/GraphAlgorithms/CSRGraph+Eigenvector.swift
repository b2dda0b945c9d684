// Eigenvector and Katz centrality: spectral measures computed by power
// iteration, replaying networkx's pure-Python iteration step for step.
//
// Eigenvector (networkx `eigenvector_centrality`, max_iter=100, tol=1e-6):
// start from x = 1/n; each step computes x' = x + A^T x (networkx adds the
// previous vector, i.e. iterates A^T + I, which has the same leading
// eigenvector but avoids oscillation on bipartite graphs), divides by the
// Euclidean norm, and stops once sum |x' - x| < n * tol. For a directed graph
// a node's score comes from its in-neighbours (left eigenvector). Fails to
// converge -> error, as networkx raises PowerIterationFailedConvergence.
// Reference: P. Bonacich, "Power and centrality: a family of measures",
// American Journal of Sociology 92 (1987).
//
// Katz (networkx `katz_centrality`, alpha=0.1, beta=1, max_iter=1000,
// tol=1e-6, normalized=True): start from x = 0, iterate
// x' = alpha * A^T x + beta until sum |x' - x| < n * tol, then divide by the
// Euclidean norm. Reference: L. Katz, "A new status index derived from
// sociometric analysis", Psychometrika 18 (1953).
//
// Weighted graphs use the weights as the entries of A (networkx
// `weight="weight"`); unweighted ones use 1. An undirected self-loop
// contributes its weight once, as in networkx's adjacency.

extension CSRGraph {
    /// Eigenvector centrality, as networkx `eigenvector_centrality(G)`
    /// (`weight="weight"` when the graph is weighted).
    /// - Throws: ``GraphError/notDefined(_:)`` for the null graph,
    ///   ``GraphError/failedToConverge(measure:iterations:)`` after `maxIterations`.
    /// - Complexity: O(*maxIterations*·(*n* + *m*)).
    public func eigenvectorCentrality(maxIterations: Int = 100, tolerance: Double = 1e-6) throws -> [Double] {
        let n = nodeCount
        if n == 0 { throw GraphError.notDefined("eigenvector centrality is not defined for the null graph") }
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var s = x[v]
                for p in inOffsets[v]..<inOffsets[v + 1] { s += x[Int(inSources[p])] * inWeights[p] }
                next[v] = s
            }
            var norm = hypot(next)
            if norm == 0 { norm = 1 }
            var err = 0.0
            for v in 0..<n { next[v] /= norm; err += abs(next[v] - x[v]) }
            swap(&x, &next)
            if err < Double(n) * tolerance { return x }
        }
        throw GraphError.failedToConverge(measure: "eigenvector centrality", iterations: maxIterations)
    }

    /// Katz centrality, as networkx `katz_centrality(G)` with the same
    /// defaults (`weight="weight"` when the graph is weighted).
    /// Converges when `alpha` is below 1 / (largest eigenvalue of A).
    /// - Throws: ``GraphError/failedToConverge(measure:iterations:)``.
    /// - Complexity: O(*maxIterations*·(*n* + *m*)).
    public func katzCentrality(
        alpha: Double = 0.1, beta: Double = 1.0, normalized: Bool = true,
        maxIterations: Int = 1000, tolerance: Double = 1e-6
    ) throws -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        var x = [Double](repeating: 0, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var err = 0.0
            for v in 0..<n {
                var s = 0.0
                for p in inOffsets[v]..<inOffsets[v + 1] { s += x[Int(inSources[p])] * inWeights[p] }
                next[v] = alpha * s + beta
                err += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if err < Double(n) * tolerance {
                if normalized {
                    let norm = hypot(x)
                    let scale = norm == 0 ? 1.0 : 1.0 / norm
                    for v in 0..<n { x[v] *= scale }
                }
                return x
            }
        }
        throw GraphError.failedToConverge(measure: "Katz centrality", iterations: maxIterations)
    }
}

/// Euclidean norm without intermediate overflow (Python's `math.hypot`).
@usableFromInline
func hypot(_ values: [Double]) -> Double {
    var scale = 0.0
    for v in values { scale = max(scale, abs(v)) }
    if scale == 0 || !scale.isFinite { return scale }
    var s = 0.0
    for v in values { let r = v / scale; s += r * r }
    return scale * s.squareRoot()
}
