// Shortest-path betweenness centrality of nodes and edges.
//
// Definition (networkx `betweenness_centrality`, `edge_betweenness_centrality`):
//     c_B(v) = sum_{s != v != t} sigma(s, t | v) / sigma(s, t)
//     c_B(e) = sum_{s, t}          sigma(s, t | e) / sigma(s, t)
// where sigma(s, t) is the number of shortest s–t paths and sigma(s, t | x)
// the number of those through x. Paths count hops, or weights as lengths on
// a weighted graph. Endpoints are not counted for nodes (endpoints=False).
//
// Normalization, replicating networkx `_rescale` exactly:
// - nodes, normalized (default): multiply by 1 / ((n-1)(n-2));
// - edges, normalized (default): multiply by 1 / (n(n-1));
// - unnormalized: undirected values are halved (each pair is seen from both
//   ends); directed values are left as they are;
// - graphs with fewer than 3 nodes (2 for edges) are not rescaled.
// This keeps undirected normalized node values in [0, 1].
//
// Sampling (networkx `k=` parameter): only k pivot sources s are used, and
// the sums are extrapolated by N/k (N = n-1 for nodes, n for edges). For
// nodes, a pivot cannot be an interior node of its own paths, so pivots are
// extrapolated by N/(k-1) instead, exactly as networkx does. The estimator is
// unbiased; the pivots are not the ones networkx's random generator picks.
//
// Algorithm: U. Brandes, "A faster algorithm for betweenness centrality",
// J. Math. Sociol. 25 (2001); edge variant and sampling in U. Brandes, "On
// variants of shortest-path betweenness centrality and their generic
// computation", Social Networks 30 (2008); pivots as in Brandes & Pich (2007).

extension CSRGraph {
    /// Exact node betweenness, as networkx `betweenness_centrality(G)`
    /// (`weight="weight"` when the graph is weighted).
    ///
    /// Brandes' algorithm with sources split across all cores. Each worker
    /// owns flat preallocated arrays (distance, path count, dependency
    /// coefficient, BFS order) and its own accumulator; the dependency phase
    /// stores no predecessor lists but rescans each node's successors for
    /// those one level deeper, which trades a second adjacency scan for far
    /// better memory behaviour.
    /// - Parameter normalized: divide by (n-1)(n-2) (default, as networkx).
    /// - Complexity: O(*n*·*m*) unweighted, O(*n*·*m* + *n*² log *n*) weighted;
    ///   O(*n*) extra memory per core.
    public func betweennessCentrality(normalized: Bool = true) -> [Double] {
        let acc = brandes(sources: Array(0..<nodeCount), edges: false)
        return rescaled(acc.nodes, normalized: normalized, endpoints: false, sampled: nil)
    }

    /// Estimated node betweenness from `samples` pivot sources drawn
    /// uniformly without replacement with a generator seeded by `seed`,
    /// rescaled like networkx `betweenness_centrality(G, k=samples)`.
    /// With `samples >= nodeCount` this is the exact value; with `samples <= 0`
    /// all zeros. As in networkx, `samples == 1` leaves the pivot's own value
    /// NaN (its extrapolation factor divides by k - 1 = 0).
    /// - Complexity: O(*k*·*m*) unweighted, O(*k*·(*m* + *n* log *n*)) weighted.
    public func approximateBetweennessCentrality(
        samples: Int, seed: UInt64 = 0, normalized: Bool = true
    ) -> [Double] {
        if samples >= nodeCount { return betweennessCentrality(normalized: normalized) }
        if samples <= 0 { return [Double](repeating: 0, count: nodeCount) }
        var rng = SplitMix64(seed: seed)
        let pivots = rng.sample(max(0, samples), from: nodeCount)
        let acc = brandes(sources: pivots, edges: false)
        return rescaled(acc.nodes, normalized: normalized, endpoints: false, sampled: pivots)
    }

    /// Exact edge betweenness, indexed by edge index (see ``edge(_:)``), as
    /// networkx `edge_betweenness_centrality(G)` (`weight="weight"` when weighted).
    /// Self-loops lie on no shortest path and get 0.
    /// - Parameter normalized: divide by n(n-1) (default, as networkx).
    /// - Complexity: as ``betweennessCentrality(normalized:)``, plus O(*m*) per core.
    public func edgeBetweennessCentrality(normalized: Bool = true) -> [Double] {
        let acc = brandes(sources: Array(0..<nodeCount), edges: true)
        return rescaled(acc.edges, normalized: normalized, endpoints: true, sampled: nil)
    }

    /// Estimated edge betweenness from `samples` pivot sources, rescaled like
    /// networkx `edge_betweenness_centrality(G, k=samples)`.
    public func approximateEdgeBetweennessCentrality(
        samples: Int, seed: UInt64 = 0, normalized: Bool = true
    ) -> [Double] {
        if samples <= 0 { return [Double](repeating: 0, count: edgeCount) }
        var rng = SplitMix64(seed: seed)
        let pivots = rng.sample(min(samples, nodeCount), from: nodeCount)
        let acc = brandes(sources: pivots, edges: true)
        return rescaled(acc.edges, normalized: normalized, endpoints: true, sampled: pivots)
    }

    /// networkx `_rescale`, line for line in effect.
    private func rescaled(_ values: [Double], normalized: Bool, endpoints: Bool, sampled: [Int]?) -> [Double] {
        let n = nodeCount
        let N = endpoints ? n : n - 1
        if N < 2 { return values }
        let kSource = sampled?.count ?? N
        var out = values
        if sampled == nil || endpoints {
            let scale: Double
            if normalized {
                scale = 1 / (Double(kSource) * Double(N - 1))
            } else {
                scale = Double(N) / (Double(kSource) * (isDirected ? 1 : 2))
            }
            if scale != 1 { for i in out.indices { out[i] *= scale } }
            return out
        }
        let scaleSource: Double, scaleOther: Double
        if normalized {
            scaleSource = kSource > 1 ? 1 / (Double(kSource - 1) * Double(N - 1)) : .nan
            scaleOther = 1 / (Double(kSource) * Double(N - 1))
        } else {
            let c = isDirected ? 1.0 : 2.0
            scaleSource = kSource > 1 ? Double(N) / (Double(kSource - 1) * c) : .nan
            scaleOther = Double(N) / (Double(kSource) * c)
        }
        var isPivot = [Bool](repeating: false, count: n)
        for s in sampled! { isPivot[s] = true }
        for i in out.indices { out[i] *= isPivot[i] ? scaleSource : scaleOther }
        return out
    }

    /// Unscaled Brandes sums over `sources`, in parallel.
    private func brandes(sources: [Int], edges wantEdges: Bool) -> (nodes: [Double], edges: [Double]) {
        let n = nodeCount, m = edgeCount
        var nodeSum = [Double](repeating: 0, count: n)
        var edgeSum = [Double](repeating: 0, count: wantEdges ? m : 0)
        if n == 0 || sources.isEmpty { return (nodeSum, edgeSum) }
        let slots = WorkerSlots<([Double], [Double])>(count: defaultWorkerCount)
        forEachSourceInParallel(sources) { worker, mine in
            var bc = [Double](repeating: 0, count: n)
            var ebc = [Double](repeating: 0, count: wantEdges ? m : 0)
            if isWeighted {
                weightedBrandes(mine, nodeSums: &bc, edgeSums: &ebc, wantEdges: wantEdges)
            } else {
                unweightedBrandes(mine, nodeSums: &bc, edgeSums: &ebc, wantEdges: wantEdges)
            }
            slots.store((bc, ebc), at: worker)
        }
        for (bc, ebc) in slots.results {
            for i in 0..<n { nodeSum[i] += bc[i] }
            if wantEdges { for i in 0..<m { edgeSum[i] += ebc[i] } }
        }
        return (nodeSum, edgeSum)
    }

    private func unweightedBrandes(
        _ sources: [Int], nodeSums: inout [Double], edgeSums: inout [Double], wantEdges: Bool
    ) {
        let n = nodeCount
        let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        dist.initialize(repeating: -1, count: n)
        let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        let coeff = UnsafeMutablePointer<Double>.allocate(capacity: n)
        coeff.initialize(repeating: 0, count: n)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        order.initialize(repeating: 0, count: n)
        defer { dist.deallocate(); sigma.deallocate(); coeff.deallocate(); order.deallocate() }

        outOffsets.withUnsafeBufferPointer { off in
        outTargets.withUnsafeBufferPointer { tgt in
        outEdgeIDs.withUnsafeBufferPointer { eid in
        nodeSums.withUnsafeMutableBufferPointer { bc in
        edgeSums.withUnsafeMutableBufferPointer { ebc in
            for s in sources {
                // Forward: BFS, counting shortest paths.
                order[0] = Int32(s); dist[s] = 0; sigma[s] = 1
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(order[head]); head &+= 1
                    let dNext = dist[v] &+ 1
                    let sv = sigma[v]
                    var p = off[v]
                    let end = off[v &+ 1]
                    while p < end {
                        let w = Int(tgt[p])
                        let dw = dist[w]
                        if dw < 0 {
                            dist[w] = dNext; sigma[w] = sv; order[tail] = Int32(w); tail &+= 1
                        } else if dw == dNext {
                            sigma[w] += sv
                        }
                        p &+= 1
                    }
                }
                // Backward: pull dependencies from the next BFS level.
                var i = tail &- 1
                while i >= 0 {
                    let v = Int(order[i])
                    let dNext = dist[v] &+ 1
                    var acc = 0.0
                    var p = off[v]
                    let end = off[v &+ 1]
                    if wantEdges {
                        let sv = sigma[v]
                        while p < end {
                            let w = Int(tgt[p])
                            if dist[w] == dNext {
                                let c = sv * coeff[w]
                                ebc[Int(eid[p])] += c
                                acc += coeff[w]
                            }
                            p &+= 1
                        }
                    } else {
                        while p < end {
                            let w = Int(tgt[p])
                            if dist[w] == dNext { acc += coeff[w] }
                            p &+= 1
                        }
                    }
                    let delta = sigma[v] * acc
                    if v != s { bc[v] += delta }
                    coeff[v] = (1 + delta) / sigma[v]
                    i &-= 1
                }
                for j in 0..<tail { dist[Int(order[j])] = -1 }
            }
        }}}}}
    }

    private func weightedBrandes(
        _ sources: [Int], nodeSums: inout [Double], edgeSums: inout [Double], wantEdges: Bool
    ) {
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var coeff = [Double](repeating: 0, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        var heap = DistanceHeap()
        for s in sources {
            dist[s] = 0; sigma[s] = 1
            heap.insert(DistanceEntry(0, Int32(s)))
            while let e = heap.popMin() {
                let v = Int(e.node)
                if e.distance > dist[v] { continue }
                order.append(e.node)
                let dv = dist[v], sv = sigma[v]
                for p in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[p])
                    let nd = dv + outWeights[p]
                    if nd < dist[w] {
                        dist[w] = nd; sigma[w] = sv; heap.insert(DistanceEntry(nd, Int32(w)))
                    } else if nd == dist[w] {
                        sigma[w] += sv
                    }
                }
            }
            for i in stride(from: order.count - 1, through: 0, by: -1) {
                let v = Int(order[i])
                let dv = dist[v], sv = sigma[v]
                var acc = 0.0
                for p in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[p])
                    if dv + outWeights[p] == dist[w] {
                        acc += coeff[w]
                        if wantEdges { edgeSums[Int(outEdgeIDs[p])] += sv * coeff[w] }
                    }
                }
                let delta = sv * acc
                if v != s { nodeSums[v] += delta }
                coeff[v] = (1 + delta) / sv
            }
            for v in order { dist[Int(v)] = .infinity; sigma[Int(v)] = 0 }
            order.removeAll(keepingCapacity: true)
        }
    }
}
