// Simple paths: the k shortest (Yen) and all paths up to a hop limit.
//
// A simple path visits no node twice. `kShortestSimplePaths` follows
// networkx `shortest_simple_paths`: Yen's algorithm, where each new
// candidate is a root (prefix of the last accepted path) plus a spur found
// by a shortest-path search that avoids the root's nodes and the edges
// leaving the root in already accepted paths. Candidates are taken in order
// of cost, ties in order of discovery. Costs are hops, or total weight on a
// weighted graph (searches then use Dijkstra).
// Reference: J. Y. Yen, "Finding the k shortest loopless paths in a
// network", Management Science 17 (1971).

import HeapModule

extension CSRGraph {
    /// Up to `k` simple paths from `source` to `target` in order of
    /// increasing cost (networkx `shortest_simple_paths`, first k).
    /// Source equal to target gives the single path `[source]`.
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)``.
    /// - Complexity: O(*k*·*L*·S) where *L* is the longest path's length and
    ///   S the cost of one shortest-path search.
    public func kShortestSimplePaths(
        from source: Int, to target: Int, k: Int, filter: TraversalFilter = .all
    ) throws -> [GraphPath] {
        try checkNode(source); try checkNode(target)
        guard k > 0 else { return [] }
        guard let first = try shortestPath(from: source, to: target, filter: filter) else { return [] }
        if source == target { return [first] }
        var accepted = [first]
        struct Candidate: Comparable {
            var cost: Double, order: Int, path: GraphPath
            static func < (a: Candidate, b: Candidate) -> Bool { (a.cost, a.order) < (b.cost, b.order) }
            static func == (a: Candidate, b: Candidate) -> Bool { a.cost == b.cost && a.order == b.order }
        }
        var candidates = Heap<Candidate>()
        var known: Set<[Int]> = [first.nodes]
        var counter = 0
        var banned = [Bool](repeating: false, count: nodeCount)
        while accepted.count < k {
            let prev = accepted[accepted.count - 1].nodes
            for b in banned.indices { banned[b] = false }
            var rootCost = 0.0
            for i in 1..<prev.count {
                let root = Array(prev[0..<i])
                let spurNode = root[i - 1]
                if i >= 2 { rootCost += stepCost(prev[i - 2], prev[i - 1]) }
                var bannedEdges = Set<Int>()
                for path in accepted where path.nodes.count > i && Array(path.nodes[0..<i]) == root {
                    if let e = edgeIndex(from: path.nodes[i - 1], to: path.nodes[i]) { bannedEdges.insert(e) }
                }
                let s = search(from: spurNode, to: target, filter: filter, bannedNodes: banned, bannedEdges: bannedEdges)
                if let spur = ShortestPathTree(source: spurNode, distances: s.dist, parents: s.parent).path(to: target) {
                    let nodes = Array(root.dropLast()) + spur.nodes
                    if known.insert(nodes).inserted {
                        let cost = rootCost + spur.cost
                        candidates.insert(Candidate(cost: cost, order: counter, path: GraphPath(nodes: nodes, cost: cost)))
                        counter += 1
                    }
                }
                banned[spurNode] = true
            }
            guard let best = candidates.popMin() else { break }
            accepted.append(best.path)
        }
        return accepted
    }

    /// The cost of the step u -> v (1 when unweighted).
    func stepCost(_ u: Int, _ v: Int) -> Double {
        guard isWeighted, let e = edgeIndex(from: u, to: v) else { return 1 }
        return edgeWeights[e]
    }

    /// All simple paths from `source` to `target` with at most `maxHops`
    /// edges (networkx `all_simple_paths(G, s, t, cutoff=maxHops)`), in
    /// depth-first order over sorted neighbours, at most `limit` of them.
    /// Source equal to target gives the single path `[source]`.
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)``.
    /// - Complexity: exponential in `maxHops` in the worst case; bounded by `limit`.
    public func simplePaths(
        from source: Int, to target: Int, maxHops: Int, filter: TraversalFilter = .all, limit: Int = 100_000
    ) throws -> [GraphPath] {
        try checkNode(source); try checkNode(target)
        guard filter.allowsNode(source), filter.allowsNode(target) else { return [] }
        if source == target { return [GraphPath(nodes: [source], cost: 0)] }
        var results = [GraphPath]()
        var onPath = [Bool](repeating: false, count: nodeCount)
        var stack = [source]
        onPath[source] = true
        func dfs(_ v: Int, _ cost: Double) {
            if results.count >= limit || stack.count - 1 >= maxHops { return }
            for p in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outTargets[p])
                if onPath[w] || !filter.allowsStep(from: v, to: w, edge: Int(outEdgeIDs[p])) { continue }
                let c = cost + stepLength(outWeights[p])
                if w == target {
                    results.append(GraphPath(nodes: stack + [w], cost: c))
                    if results.count >= limit { return }
                    continue
                }
                onPath[w] = true; stack.append(w)
                dfs(w, c)
                stack.removeLast(); onPath[w] = false
            }
        }
        dfs(source, 0)
        return results
    }
}
