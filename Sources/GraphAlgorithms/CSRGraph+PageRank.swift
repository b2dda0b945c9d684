// PageRank and personalized PageRank.
//
// Definition (networkx `pagerank`, alpha=0.85, max_iter=100, tol=1e-6,
// weight="weight"): with P the row-stochastic matrix of the (weighted)
// adjacency, p the personalization vector (uniform by default) and D the set
// of dangling nodes (no out-edges), iterate from x = 1/n
//     x' = alpha * (x P + (sum_{d in D} x_d) * p) + (1 - alpha) * p
// until sum |x' - x| < n * tol. Dangling mass follows the personalization
// vector, as networkx's default `dangling=None`. An undirected graph is
// treated as having each edge in both directions; an undirected self-loop
// counts once. The result sums to 1 and is not renormalized (networkx
// returns the last iterate as is).
// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual
// Web search engine", Computer Networks 30 (1998).
//
// Implementation: pull-based over in-edges with 1/outweight precomputed, so
// each iteration is one sequential pass over the in-adjacency with no writes
// but the node's own entry.

extension CSRGraph {
    /// PageRank, as networkx `pagerank(G)` (weights used when the graph is weighted).
    ///
    /// - Parameters:
    ///   - personalization: optional per-node restart weights (length
    ///     `nodeCount`, non-negative, not all zero); normalized to sum 1.
    ///     Also used for dangling nodes, as in networkx.
    /// - Throws: ``GraphError/invalidArgument(_:)`` for a bad personalization,
    ///   ``GraphError/failedToConverge(measure:iterations:)`` after `maxIterations`.
    /// - Complexity: O(*maxIterations*·(*n* + *m*)).
    public func pageRank(
        alpha: Double = 0.85, personalization: [Double]? = nil,
        maxIterations: Int = 100, tolerance: Double = 1e-6
    ) throws -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        var p = [Double](repeating: 1.0 / Double(n), count: n)
        if let pers = personalization {
            guard pers.count == n else {
                throw GraphError.invalidArgument("personalization has \(pers.count) entries for \(n) nodes")
            }
            guard pers.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw GraphError.invalidArgument("personalization weights must be finite and non-negative")
            }
            let s = pers.reduce(0, +)
            guard s > 0 else { throw GraphError.invalidArgument("personalization weights sum to zero") }
            p = pers.map { $0 / s }
        }
        // 1 / (weighted) out-degree; 0 marks a dangling node.
        var invOut = [Double](repeating: 0, count: n)
        var dangling = [Int32]()
        for u in 0..<n {
            var s = 0.0
            for q in outOffsets[u]..<outOffsets[u + 1] { s += outWeights[q] }
            if s != 0 { invOut[u] = 1 / s } else { dangling.append(Int32(u)) }
        }
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let weighted = isWeighted
        for _ in 0..<maxIterations {
            var danglingSum = 0.0
            for d in dangling { danglingSum += x[Int(d)] }
            for u in 0..<n { y[u] = x[u] * invOut[u] }
            var err = 0.0
            inOffsets.withUnsafeBufferPointer { off in
            inSources.withUnsafeBufferPointer { src in
            inWeights.withUnsafeBufferPointer { wts in
            y.withUnsafeBufferPointer { yb in
            x.withUnsafeBufferPointer { xb in
            next.withUnsafeMutableBufferPointer { nb in
            p.withUnsafeBufferPointer { pb in
                for v in 0..<n {
                    var s = 0.0
                    var q = off[v]
                    let end = off[v &+ 1]
                    if weighted {
                        while q < end { s += yb[Int(src[q])] * wts[q]; q &+= 1 }
                    } else {
                        while q < end { s += yb[Int(src[q])]; q &+= 1 }
                    }
                    let value = alpha * (s + danglingSum * pb[v]) + (1 - alpha) * pb[v]
                    nb[v] = value
                    err += abs(value - xb[v])
                }
            }}}}}}}
            swap(&x, &next)
            if err < Double(n) * tolerance { return x }
        }
        throw GraphError.failedToConverge(measure: "PageRank", iterations: maxIterations)
    }

    /// Personalized PageRank restarting uniformly on `seeds`: networkx
    /// `pagerank(G, personalization={s: 1 for s in seeds})`.
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)`` for a seed out of
    ///   range, ``GraphError/invalidArgument(_:)`` for an empty seed set.
    public func personalizedPageRank(
        seeds: some Sequence<Int>, alpha: Double = 0.85,
        maxIterations: Int = 100, tolerance: Double = 1e-6
    ) throws -> [Double] {
        var pers = [Double](repeating: 0, count: nodeCount)
        for s in seeds { try checkNode(s); pers[s] = 1 }
        return try pageRank(alpha: alpha, personalization: pers,
                            maxIterations: maxIterations, tolerance: tolerance)
    }
}
