// HITS hubs and authorities.
//
// Definition (networkx 3.x `hits`, normalized=True): with A the (weighted)
// adjacency matrix, authorities a are the leading right singular vector of A
// (leading eigenvector of A^T A) and hubs h = A a; both are then divided by
// their sums. networkx 3.6 computes the singular vector with ARPACK
// (`scipy.sparse.linalg.svds`, tol=1e-8); the vector is unique up to sign
// whenever the largest singular value is simple, and the final division by
// the sum removes the sign, so a converged power iteration on A^T A gives the
// same numbers. When the largest singular value is repeated (for example two
// identical components) the answer is not unique and networkx's is whatever
// ARPACK returns; ours is then the limit from the uniform start vector.
// An undirected graph has a symmetric A; an undirected self-loop counts once.
// Reference: J. M. Kleinberg, "Authoritative sources in a hyperlinked
// environment", Journal of the ACM 46 (1999).

extension CSRGraph {
    /// Hub and authority scores, as networkx `hits(G)`; each sums to 1.
    ///
    /// A graph without edges has all scores 0 (networkx fails there).
    /// - Parameters:
    ///   - maxIterations: power-iteration limit.
    ///   - tolerance: stop when the L1 change of the sum-normalized authority
    ///     vector falls below this. The default is far tighter than networkx's
    ///     1e-8 so the result matches ARPACK's to ~1e-12.
    /// - Throws: ``GraphError/failedToConverge(measure:iterations:)``.
    /// - Complexity: O(*iterations*·(*n* + *m*)); the number of iterations
    ///   grows with 1 / log(σ1/σ2).
    public func hits(maxIterations: Int = 10_000, tolerance: Double = 1e-14)
        throws -> (hubs: [Double], authorities: [Double])
    {
        let n = nodeCount
        if n == 0 { return ([], []) }
        if edgeCount == 0 {
            return ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n))
        }
        var a = [Double](repeating: 1.0 / Double(n), count: n)
        var h = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        func multiplyA(_ x: [Double], into y: inout [Double]) {   // y = A x
            for u in 0..<n {
                var s = 0.0
                for p in outOffsets[u]..<outOffsets[u + 1] { s += outWeights[p] * x[Int(outTargets[p])] }
                y[u] = s
            }
        }
        func multiplyAT(_ x: [Double], into y: inout [Double]) {  // y = A^T x
            for v in 0..<n {
                var s = 0.0
                for p in inOffsets[v]..<inOffsets[v + 1] { s += inWeights[p] * x[Int(inSources[p])] }
                y[v] = s
            }
        }
        var converged = false
        for _ in 0..<maxIterations {
            multiplyA(a, into: &h)
            multiplyAT(h, into: &next)
            let s = next.reduce(0, +)
            if s == 0 { break }
            var err = 0.0
            for v in 0..<n { next[v] /= s; err += abs(next[v] - a[v]) }
            swap(&a, &next)
            if err < tolerance { converged = true; break }
        }
        if !converged { throw GraphError.failedToConverge(measure: "HITS", iterations: maxIterations) }
        multiplyA(a, into: &h)
        let hs = h.reduce(0, +), asum = a.reduce(0, +)
        return (h.map { $0 / hs }, a.map { $0 / asum })
    }
}
