// Core number (k-core decomposition).
//
// Definition (networkx `core_number`): the core number of a node is the
// largest k such that the node belongs to a k-core, the maximal subgraph in
// which every node has degree >= k. For a directed graph the degree is
// in-degree + out-degree (a reciprocated pair counts twice), as networkx.
// Self-loops are refused, as networkx refuses them.
// Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores
// decomposition of networks" (2003); S. B. Seidman, "Network structure and
// minimum degree", Social Networks 5 (1983).

extension CSRGraph {
    /// Core number of every node, as networkx `core_number(G)`.
    /// - Throws: ``GraphError/notDefined(_:)`` if the graph has self-loops.
    /// - Complexity: O(*n* + *m*) (bucket sort, Batagelj–Zaversnik).
    public func coreNumbers() throws -> [Int] {
        if hasSelfLoops {
            throw GraphError.notDefined(
                "core number is not defined for graphs with self-loops; remove the self-loops first")
        }
        let n = nodeCount
        var deg = (0..<n).map { degree(of: $0) }
        let maxDeg = deg.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDeg + 2)
        for d in deg { binStart[d + 1] += 1 }
        for d in 0...maxDeg { binStart[d + 1] += binStart[d] }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n { pos[v] = fill[deg[v]]; vert[pos[v]] = v; fill[deg[v]] += 1 }
        func visit(_ u: Int, _ v: Int) {
            guard deg[u] > deg[v] else { return }
            let du = deg[u], pu = pos[u], pw = binStart[du], w = vert[pw]
            if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
            binStart[du] += 1
            deg[u] -= 1
        }
        for i in 0..<n {
            let v = vert[i]
            for p in outOffsets[v]..<outOffsets[v + 1] { visit(Int(outTargets[p]), v) }
            if isDirected {
                for p in inOffsets[v]..<inOffsets[v + 1] { visit(Int(inSources[p]), v) }
            }
        }
        return deg
    }
}
