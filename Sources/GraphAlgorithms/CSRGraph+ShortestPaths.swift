// Shortest paths: single-source trees, one path, all shortest paths.
//
// Lengths count hops on an unweighted graph (breadth-first search) and sum
// weights on a weighted one (Dijkstra's algorithm with a binary heap; the
// weights were checked to be positive when the graph was built). For
// directed graphs paths follow edge directions. Every search honours a
// ``TraversalFilter``.
// Reference: E. W. Dijkstra, "A note on two problems in connexion with
// graphs", Numerische Mathematik 1 (1959).

/// A path as a node sequence and its cost (hops, or total weight when the
/// graph is weighted).
public struct GraphPath: Sendable, Hashable, CustomStringConvertible {
    /// The nodes from source to target, both included.
    public let nodes: [Int]
    /// Number of edges on a unweighted graph, sum of edge weights on a weighted one.
    public let cost: Double
    /// Number of edges.
    public var hopCount: Int { max(0, nodes.count - 1) }

    public init(nodes: [Int], cost: Double) { self.nodes = nodes; self.cost = cost }
    public var description: String { nodes.map(String.init).joined(separator: " -> ") + " (\(cost))" }
}

/// The result of a single-source search: the distance to every node and one
/// shortest-path parent per reached node.
public struct ShortestPathTree: Sendable {
    /// The search's source.
    public let source: Int
    /// Distance from the source (hops or total weight); `.infinity` if unreached.
    public let distances: [Double]
    /// The node before each node on one shortest path from the source; -1 for
    /// the source and unreached nodes. Ties go to the first node settled.
    public let parents: [Int]

    /// Whether `node` was reached.
    public func reaches(_ node: Int) -> Bool { distances[node].isFinite }

    /// One shortest path from the source to `target`, or nil if unreached.
    /// - Complexity: O(path length).
    public func path(to target: Int) -> GraphPath? {
        guard target >= 0, target < distances.count, distances[target].isFinite else { return nil }
        var nodes = [target]
        var v = target
        while parents[v] >= 0 { v = parents[v]; nodes.append(v) }
        return GraphPath(nodes: nodes.reversed(), cost: distances[target])
    }
}

extension CSRGraph {
    /// Shortest distances and a shortest-path tree from `source`
    /// (networkx `single_source_shortest_path_length` /
    /// `single_source_dijkstra`).
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)``.
    /// - Complexity: O(*n* + *m*) unweighted, O((*n* + *m*) log *n*) weighted.
    public func shortestPaths(from source: Int, filter: TraversalFilter = .all) throws -> ShortestPathTree {
        try checkNode(source)
        let s = search(from: source, to: nil, filter: filter, bannedNodes: nil, bannedEdges: nil)
        return ShortestPathTree(source: source, distances: s.dist, parents: s.parent)
    }

    /// One shortest path from `source` to `target`, or nil if there is none
    /// (networkx `shortest_path`, though ties may be broken differently).
    /// The search stops as soon as the target is settled.
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)``.
    public func shortestPath(from source: Int, to target: Int, filter: TraversalFilter = .all) throws -> GraphPath? {
        try checkNode(source); try checkNode(target)
        let s = search(from: source, to: target, filter: filter, bannedNodes: nil, bannedEdges: nil)
        return ShortestPathTree(source: source, distances: s.dist, parents: s.parent).path(to: target)
    }

    /// Every shortest path from `source` to `target` (networkx
    /// `all_shortest_paths`), sorted lexicographically by node sequence, at
    /// most `limit` of them (their number can grow exponentially).
    /// - Throws: ``GraphError/invalidNode(_:nodeCount:)``.
    /// - Complexity: one search plus O(output size).
    public func allShortestPaths(
        from source: Int, to target: Int, filter: TraversalFilter = .all, limit: Int = 10_000
    ) throws -> [GraphPath] {
        try checkNode(source); try checkNode(target)
        let s = search(from: source, to: nil, filter: filter, bannedNodes: nil, bannedEdges: nil)
        let dist = s.dist
        guard dist[target].isFinite else { return [] }
        var results = [GraphPath]()
        // Walk backwards from the target through tight in-edges.
        var stack: [Int] = [target]
        func extend() {
            if results.count >= limit { return }
            let v = stack[stack.count - 1]
            if v == source { results.append(GraphPath(nodes: stack.reversed(), cost: dist[target])); return }
            for p in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[p])
                guard u != v, dist[u].isFinite,
                      dist[u] + stepLength(inWeights[p]) == dist[v],
                      filter.allowsStep(from: u, to: v, edge: Int(inEdgeIDs[p])) else { continue }
                stack.append(u); extend(); stack.removeLast()
            }
        }
        extend()
        return results.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
    }

    @inlinable
    func stepLength(_ w: Double) -> Double { isWeighted ? w : 1 }

    /// BFS or Dijkstra from `source`, optionally stopping at `target`, with
    /// the filter and Yen's banned nodes/edges. Returns distances and parents.
    func search(
        from source: Int, to target: Int?, filter: TraversalFilter,
        bannedNodes: [Bool]?, bannedEdges: Set<Int>?
    ) -> (dist: [Double], parent: [Int]) {
        let n = nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var parent = [Int](repeating: -1, count: n)
        guard filter.allowsNode(source), !(bannedNodes?[source] ?? false) else { return (dist, parent) }
        if let t = target, !filter.allowsNode(t) { return (dist, parent) }
        func usable(_ u: Int, _ v: Int, _ p: Int) -> Bool {
            if let b = bannedNodes, b[v] { return false }
            let e = Int(outEdgeIDs[p])
            if let be = bannedEdges, be.contains(e) { return false }
            return filter.allowsStep(from: u, to: v, edge: e)
        }
        dist[source] = 0
        if !isWeighted {
            var queue = [source]
            var head = 0
            while head < queue.count {
                let v = queue[head]; head += 1
                if v == target { break }
                for p in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[p])
                    if dist[w].isFinite || !usable(v, w, p) { continue }
                    dist[w] = dist[v] + 1; parent[w] = v; queue.append(w)
                }
            }
        } else {
            var heap = DistanceHeap()
            var settled = [Bool](repeating: false, count: n)
            heap.insert(DistanceEntry(0, Int32(source)))
            while let e = heap.popMin() {
                let v = Int(e.node)
                if settled[v] { continue }
                settled[v] = true
                if v == target { break }
                for p in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[p])
                    if settled[w] { continue }
                    let nd = e.distance + outWeights[p]
                    if nd < dist[w] && usable(v, w, p) {
                        dist[w] = nd; parent[w] = v; heap.insert(DistanceEntry(nd, Int32(w)))
                    }
                }
            }
        }
        return (dist, parent)
    }
}
