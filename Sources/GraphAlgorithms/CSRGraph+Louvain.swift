// Modularity and Louvain community detection.
//
// Modularity (networkx `community.modularity`, weight="weight", resolution γ):
//   undirected:  Q = Σ_c [ L_c / m  −  γ (d_c / 2m)² ]
//   directed:    Q = Σ_c [ L_c / m  −  γ d⁺_c d⁻_c / m² ]
// where L_c is the total weight of the edges inside community c (a self-loop
// counted once), d_c the total (weighted) degree of c's nodes (an undirected
// self-loop counts twice), d⁺_c / d⁻_c their out- and in-degrees, and m the
// total edge weight. Reference: M. E. J. Newman, "Analysis of weighted
// networks", Phys. Rev. E 70 (2004); directed form: E. A. Leicht and
// M. E. J. Newman, Phys. Rev. Lett. 100 (2008).
//
// Louvain: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre,
// "Fast unfolding of communities in large networks", J. Stat. Mech. (2008).
// Phase 1 moves single nodes (in a seeded random order) to the neighbouring
// community with the best modularity gain until no move helps; phase 2
// collapses communities into nodes; repeat while phase 1 moves anything.
// Directed graphs are clustered on their undirected version (edge weights in
// both directions added), but the modularity reported is always the exact
// networkx value of the final partition on the graph as given.

/// A partition found by ``CSRGraph/louvainCommunities(resolution:seed:)``.
public struct LouvainResult: Sendable {
    /// Community of every node, `0..<communityCount`, numbered in order of
    /// each community's smallest node.
    public let labels: [Int]
    /// The communities as sorted node lists, ordered by smallest node.
    public let communities: [[Int]]
    /// Exact modularity of `labels` on the input graph (as networkx
    /// `community.modularity`); 0 for a graph without edges.
    public let modularity: Double
    /// Number of aggregation levels performed.
    public let levels: Int
}

extension CSRGraph {
    /// Modularity of a partition given as a community label per node, as
    /// networkx `community.modularity(G, communities, resolution=...)`.
    /// Labels can be any integers; equal labels mean the same community.
    /// - Throws: ``GraphError/invalidArgument(_:)`` if `labels.count != nodeCount`,
    ///   ``GraphError/notDefined(_:)`` for a graph without edges (networkx divides by zero).
    /// - Complexity: O(*n* + *m*).
    public func modularity(labels: [Int], resolution: Double = 1) throws -> Double {
        guard labels.count == nodeCount else {
            throw GraphError.invalidArgument("\(labels.count) labels for \(nodeCount) nodes")
        }
        guard edgeCount > 0 else { throw GraphError.notDefined("modularity is not defined for a graph without edges") }
        var dense = [Int: Int]()
        let ids = labels.map { l -> Int in
            if let d = dense[l] { return d }
            dense[l] = dense.count; return dense.count - 1
        }
        let c = dense.count
        var inside = [Double](repeating: 0, count: c)
        var outSum = [Double](repeating: 0, count: c)
        var inSum = [Double](repeating: 0, count: c)
        var total = 0.0
        for e in 0..<edgeCount {
            let u = Int(edgeSources[e]), v = Int(edgeTargets[e]), w = edgeWeights[e]
            total += w
            if ids[u] == ids[v] { inside[ids[u]] += w }
            outSum[ids[u]] += w
            inSum[ids[v]] += w
        }
        var q = 0.0
        if isDirected {
            let m = total
            for k in 0..<c { q += inside[k] / m - resolution * outSum[k] * inSum[k] / (m * m) }
        } else {
            // Undirected: a node's degree gets w from each end of each edge.
            let degSum = 2 * total
            let m = total
            for k in 0..<c {
                let d = outSum[k] + inSum[k]
                q += inside[k] / m - resolution * d * d / (degSum * degSum)
            }
        }
        return q
    }

    /// Modularity of a partition given as node lists, which must cover every
    /// node exactly once. See ``modularity(labels:resolution:)``.
    /// - Throws: ``GraphError/invalidArgument(_:)`` if it is not a partition.
    public func modularity(communities: [[Int]], resolution: Double = 1) throws -> Double {
        var labels = [Int](repeating: -1, count: nodeCount)
        for (c, members) in communities.enumerated() {
            for v in members {
                try checkNode(v)
                guard labels[v] < 0 else { throw GraphError.invalidArgument("node \(v) is in two communities") }
                labels[v] = c
            }
        }
        if let missing = labels.firstIndex(of: -1) {
            throw GraphError.invalidArgument("node \(missing) is in no community")
        }
        return try modularity(labels: labels, resolution: resolution)
    }

    /// Louvain community detection, deterministic for a given `seed`.
    /// - Complexity: roughly O(*m*) per pass; a few passes per level and
    ///   O(log *n*) levels in practice.
    public func louvainCommunities(resolution: Double = 1, seed: UInt64 = 0) -> LouvainResult {
        let n = nodeCount
        var rng = SplitMix64(seed: seed)
        // Level graph: symmetric adjacency without self-loops + loop weights.
        var adj = [[(Int, Double)]](repeating: [], count: n)
        var loop = [Double](repeating: 0, count: n)
        for e in 0..<edgeCount {
            let u = Int(edgeSources[e]), v = Int(edgeTargets[e]), w = edgeWeights[e]
            if u == v { loop[u] += w } else { adj[u].append((v, w)); adj[v].append((u, w)) }
        }
        var membership = Array(0..<n)  // original node -> current level node
        var levels = 0
        while true {
            let size = adj.count
            var k = [Double](repeating: 0, count: size)
            for i in 0..<size { k[i] = 2 * loop[i] + adj[i].reduce(0) { $0 + $1.1 } }
            let m2 = k.reduce(0, +)
            if m2 == 0 { break }
            var comm = Array(0..<size)
            var tot = k
            var neighW = [Double](repeating: 0, count: size)
            var touched = [Int]()
            var order = Array(0..<size)
            order.shuffle(using: &rng)
            var movedAny = false
            var moved = true
            var passes = 0
            while moved && passes < 1000 {
                moved = false; passes += 1
                for i in order {
                    let ci = comm[i]
                    for (j, w) in adj[i] {
                        let cj = comm[j]
                        if neighW[cj] == 0 { touched.append(cj) }
                        neighW[cj] += w
                    }
                    tot[ci] -= k[i]
                    var best = ci
                    var bestGain = neighW[ci] - resolution * tot[ci] * k[i] / m2
                    for c in touched where c != ci {
                        let gain = neighW[c] - resolution * tot[c] * k[i] / m2
                        if gain > bestGain + 1e-12 {
                            bestGain = gain; best = c
                        }
                    }
                    tot[best] += k[i]
                    comm[i] = best
                    if best != ci { moved = true; movedAny = true }
                    for c in touched { neighW[c] = 0 }
                    neighW[ci] = 0
                    touched.removeAll(keepingCapacity: true)
                }
            }
            if !movedAny { break }
            levels += 1
            // Aggregate.
            var renumber = [Int](repeating: -1, count: size)
            var count = 0
            for i in 0..<size where renumber[comm[i]] < 0 { renumber[comm[i]] = count; count += 1 }
            var newLoop = [Double](repeating: 0, count: count)
            var newAdjMap = [[Int: Double]](repeating: [:], count: count)
            for i in 0..<size {
                let ci = renumber[comm[i]]
                newLoop[ci] += loop[i]
                for (j, w) in adj[i] {
                    let cj = renumber[comm[j]]
                    if ci == cj { newLoop[ci] += w / 2 } else { newAdjMap[ci][cj, default: 0] += w }
                }
            }
            adj = newAdjMap.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
            loop = newLoop
            for v in 0..<n { membership[v] = renumber[comm[membership[v]]] }
            if count == size { break }
        }
        // Canonical labels: in order of smallest node.
        var canon = [Int: Int]()
        let labels = membership.map { c -> Int in
            if let l = canon[c] { return l }
            canon[c] = canon.count; return canon.count - 1
        }
        var communities = [[Int]](repeating: [], count: canon.count)
        for (v, c) in labels.enumerated() { communities[c].append(v) }
        let q = (try? modularity(labels: labels, resolution: resolution)) ?? 0
        return LouvainResult(labels: labels, communities: communities, modularity: q, levels: levels)
    }
}
