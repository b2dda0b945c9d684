/// A compact, immutable graph on the nodes `0..<nodeCount`, stored in
/// compressed sparse row (CSR) form.
///
/// # Overview
///
/// `GraphAlgorithms` is a small library of graph kernels that knows nothing
/// about what the nodes mean. A caller maps its own identifiers to the dense
/// range `0..<n`, builds a `CSRGraph` once from an edge list, and then asks
/// for measures, paths or communities. Every per-node result is a `[Double]`
/// (or `[Int]`) indexed by node; every per-edge result is indexed by the
/// graph's canonical edge index (see ``edge(_:)``).
///
/// The numbers are meant to be interchangeable with networkx 3.x: each
/// centrality reproduces the networkx function called with its default
/// arguments on the equivalent `nx.Graph` / `nx.DiGraph` (weighted graphs
/// correspond to passing the weight attribute where networkx takes one).
/// Iterative measures replay networkx's exact iteration (start vector,
/// update, stopping rule, iteration limit, final normalization) so that the
/// values agree to far better than `1e-6`, not merely approximately.
///
/// Families of measures live in one file each:
/// - `CSRGraph+Degree.swift`: degree, in-degree, out-degree centrality.
/// - `CSRGraph+Closeness.swift`: closeness and harmonic centrality.
/// - `CSRGraph+Betweenness.swift`: exact (parallel) and sampled node and edge betweenness.
/// - `CSRGraph+Eigenvector.swift`: eigenvector and Katz centrality.
/// - `CSRGraph+PageRank.swift`: PageRank and personalized PageRank.
/// - `CSRGraph+HITS.swift`: hubs and authorities.
/// - `CSRGraph+CoreNumber.swift`: k-core decomposition.
/// - `CSRGraph+ShortestPaths.swift`, `CSRGraph+SimplePaths.swift`: paths,
///   restricted by a ``TraversalFilter``.
/// - `CSRGraph+Components.swift`, `CSRGraph+Louvain.swift`: components,
///   modularity and Louvain communities.
///
/// ```swift
/// let g = try CSRGraph(nodeCount: 4,
///                      edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1)],
///                      directed: false)
/// let bc = g.betweennessCentrality()        // [0, 2/3, 2/3, 0]
/// let path = try g.shortestPath(from: 0, to: 3) // nodes [0, 1, 2, 3], cost 3
/// let noOne = TraversalFilter.excludingNodes([1], nodeCount: 4)
/// try g.shortestPath(from: 0, to: 3, filter: noOne)  // nil
/// ```
///
/// Errors are ``GraphError`` values with a readable `description`
/// (`GraphError.swift`); ``TraversalFilter`` (`TraversalFilter.swift`) masks
/// nodes and edges for path searches; ``SplitMix64`` seeds the randomized
/// algorithms (sampled betweenness, Louvain).
///
/// The exact betweenness and the closeness/harmonic kernels split their
/// single-source searches over all cores; everything else is single-threaded.
///
/// # Storage
///
/// Out-neighbours of node `u` are `outTargets[outOffsets[u]..<outOffsets[u+1]]`,
/// sorted by node index, with parallel arrays of weights and edge indices.
/// Directed graphs additionally keep the in-adjacency (the transpose), which
/// the pull-style kernels (PageRank, closeness on incoming distances, ...) read.
/// For an undirected graph each edge `{u, v}` is stored in both rows, and the
/// in-adjacency is the out-adjacency itself (no copy is made).
///
/// # Input semantics
///
/// - Self-loops are allowed. As in networkx, an undirected self-loop appears
///   once in its node's neighbour list but adds 2 to the node's degree; a
///   directed self-loop adds 1 to the in-degree and 1 to the out-degree.
/// - Parallel edges are merged into one edge whose weight is the **sum** of
///   the input weights. This is deliberate: the news layer collapses several
///   relations between two entities into one edge whose weight counts them.
///   (networkx's `add_edge` would instead keep the last weight.) For an
///   undirected graph `(u, v)` and `(v, u)` are the same edge.
/// - Weights must be finite and strictly positive when `weighted` is true,
///   because the path-based measures treat them as lengths; anything else is
///   rejected with a ``GraphError`` naming the offending edge. When
///   `weighted` is false the weight components are ignored and every edge
///   weighs 1 (merged parallel edges included).
///
/// `CSRGraph` is a value type holding only arrays, so it is `Sendable` and can
/// be shared freely between threads; the multi-threaded kernels rely on that.
public struct CSRGraph: Sendable {
    /// Number of nodes; nodes are `0..<nodeCount`.
    public let nodeCount: Int
    /// Whether edges are ordered pairs.
    public let isDirected: Bool
    /// Whether edge weights are meaningful. Unweighted graphs store weight 1
    /// on every edge, and path lengths count hops.
    public let isWeighted: Bool

    /// Canonical edges after merging: for undirected graphs `source <= target`.
    /// Sorted by `(source, target)`.
    @usableFromInline let edgeSources: [Int32]
    @usableFromInline let edgeTargets: [Int32]
    @usableFromInline let edgeWeights: [Double]

    @usableFromInline let outOffsets: [Int]
    @usableFromInline let outTargets: [Int32]
    @usableFromInline let outWeights: [Double]
    @usableFromInline let outEdgeIDs: [Int32]

    @usableFromInline let inOffsets: [Int]
    @usableFromInline let inSources: [Int32]
    @usableFromInline let inWeights: [Double]
    @usableFromInline let inEdgeIDs: [Int32]

    /// Number of self-loops at each node (0 or 1 after merging).
    @usableFromInline let hasSelfLoop: [Bool]

    /// Builds a graph from an edge list.
    ///
    /// - Parameters:
    ///   - nodeCount: number of nodes; every endpoint must be in `0..<nodeCount`.
    ///   - edges: `(source, target, weight)` triples. Parallel edges are merged
    ///     and their weights summed.
    ///   - directed: whether `(u, v)` and `(v, u)` are distinct edges.
    ///   - weighted: whether to keep the weights. When false they are ignored
    ///     (and not validated).
    /// - Throws: ``GraphError`` for a negative node count, an endpoint out of
    ///   range, or (when `weighted`) a weight that is zero, negative, NaN or infinite.
    /// - Complexity: O(*n* + *m* log *m*) for *m* input edges.
    public init(
        nodeCount: Int, edges: [(Int, Int, Double)], directed: Bool, weighted: Bool = true
    ) throws {
        guard nodeCount >= 0 else { throw GraphError.invalidNodeCount(nodeCount) }
        guard nodeCount < Int(Int32.max) else { throw GraphError.invalidNodeCount(nodeCount) }
        if weighted, let error = CSRGraph.validateWeights(edges) { throw error }
        for (i, e) in edges.enumerated() {
            if e.0 < 0 || e.0 >= nodeCount || e.1 < 0 || e.1 >= nodeCount {
                throw GraphError.nodeOutOfRange(edgeIndex: i, source: e.0, target: e.1, nodeCount: nodeCount)
            }
        }
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = weighted

        // Canonicalize and merge parallel edges: sort by a packed 64-bit key.
        let n = UInt64(nodeCount)
        var keyed = [(key: UInt64, weight: Double)]()
        keyed.reserveCapacity(edges.count)
        for e in edges {
            var u = e.0, v = e.1
            if !directed && u > v { swap(&u, &v) }
            keyed.append((UInt64(u) * n + UInt64(v), weighted ? e.2 : 1.0))
        }
        keyed.sort { $0.key < $1.key }
        var es = [Int32](), et = [Int32](), ew = [Double]()
        es.reserveCapacity(keyed.count); et.reserveCapacity(keyed.count); ew.reserveCapacity(keyed.count)
        var i = 0
        while i < keyed.count {
            let key = keyed[i].key
            var w = 0.0
            while i < keyed.count && keyed[i].key == key { w += keyed[i].weight; i += 1 }
            es.append(Int32(key / n)); et.append(Int32(key % n)); ew.append(weighted ? w : 1.0)
        }
        edgeSources = es; edgeTargets = et; edgeWeights = ew

        var loops = [Bool](repeating: false, count: nodeCount)
        for k in 0..<es.count where es[k] == et[k] { loops[Int(es[k])] = true }
        hasSelfLoop = loops

        // Out-adjacency (both directions for undirected; a self-loop once).
        func buildRows(
            count: Int, forward: Bool, bothWays: Bool
        ) -> (offsets: [Int], nbrs: [Int32], weights: [Double], ids: [Int32]) {
            var degree = [Int](repeating: 0, count: count + 1)
            for k in 0..<es.count {
                let a = Int(forward ? es[k] : et[k]), b = Int(forward ? et[k] : es[k])
                degree[a] += 1
                if bothWays && a != b { degree[b] += 1 }
            }
            var offsets = [Int](repeating: 0, count: count + 1)
            for u in 0..<count { offsets[u + 1] = offsets[u] + degree[u] }
            let total = offsets[count]
            var nbrs = [Int32](repeating: 0, count: total)
            var wts = [Double](repeating: 0, count: total)
            var ids = [Int32](repeating: 0, count: total)
            var cursor = offsets
            for k in 0..<es.count {
                let a = Int(forward ? es[k] : et[k]), b = Int(forward ? et[k] : es[k])
                nbrs[cursor[a]] = Int32(b); wts[cursor[a]] = ew[k]; ids[cursor[a]] = Int32(k); cursor[a] += 1
                if bothWays && a != b {
                    nbrs[cursor[b]] = Int32(a); wts[cursor[b]] = ew[k]; ids[cursor[b]] = Int32(k); cursor[b] += 1
                }
            }
            // Rows come out sorted by neighbour for the forward direction of a
            // directed graph; sort the rest so every row is ordered.
            for u in 0..<count {
                let lo = offsets[u], hi = offsets[u + 1]
                if hi - lo < 2 { continue }
                var sorted = true
                for p in lo..<(hi - 1) where nbrs[p] > nbrs[p + 1] { sorted = false; break }
                if sorted { continue }
                let perm = (lo..<hi).sorted { nbrs[$0] < nbrs[$1] }
                let nb = perm.map { nbrs[$0] }, wt = perm.map { wts[$0] }, id = perm.map { ids[$0] }
                for (j, p) in (lo..<hi).enumerated() { nbrs[p] = nb[j]; wts[p] = wt[j]; ids[p] = id[j] }
            }
            return (offsets, nbrs, wts, ids)
        }
        let out = buildRows(count: nodeCount, forward: true, bothWays: !directed)
        outOffsets = out.offsets; outTargets = out.nbrs; outWeights = out.weights; outEdgeIDs = out.ids
        if directed {
            let inn = buildRows(count: nodeCount, forward: false, bothWays: false)
            inOffsets = inn.offsets; inSources = inn.nbrs; inWeights = inn.weights; inEdgeIDs = inn.ids
        } else {
            inOffsets = outOffsets; inSources = outTargets; inWeights = outWeights; inEdgeIDs = outEdgeIDs
        }
    }

    /// Builds an unweighted graph from `(source, target)` pairs.
    /// Parallel edges are merged. - Complexity: O(*n* + *m* log *m*).
    public init(nodeCount: Int, edges: [(Int, Int)], directed: Bool) throws {
        try self.init(nodeCount: nodeCount, edges: edges.map { ($0.0, $0.1, 1.0) },
                      directed: directed, weighted: false)
    }

    /// Number of distinct edges after merging parallel edges.
    public var edgeCount: Int { edgeSources.count }

    /// The canonical edge at `index` (`0..<edgeCount`), the index used by
    /// per-edge results such as ``edgeBetweennessCentrality(normalized:)``.
    /// Undirected edges are reported with `source <= target`.
    public func edge(_ index: Int) -> (source: Int, target: Int, weight: Double) {
        (Int(edgeSources[index]), Int(edgeTargets[index]), edgeWeights[index])
    }

    /// All canonical edges, in edge-index order.
    /// - Complexity: O(*m*).
    public var edges: [(source: Int, target: Int, weight: Double)] {
        (0..<edgeCount).map { edge($0) }
    }

    /// The index of the edge from `source` to `target` (either orientation
    /// for an undirected graph), or nil.
    /// - Complexity: O(log *d*) for the out-degree *d* of `source`.
    public func edgeIndex(from source: Int, to target: Int) -> Int? {
        guard source >= 0, source < nodeCount, target >= 0, target < nodeCount else { return nil }
        var lo = outOffsets[source], hi = outOffsets[source + 1]
        let t = Int32(target)
        while lo < hi {
            let mid = (lo + hi) / 2
            if outTargets[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        if lo < outOffsets[source + 1] && outTargets[lo] == t { return Int(outEdgeIDs[lo]) }
        return nil
    }

    /// Out-neighbours of `node` (all neighbours for an undirected graph), sorted.
    /// - Complexity: O(*d*).
    public func successors(of node: Int) -> [Int] {
        outTargets[outOffsets[node]..<outOffsets[node + 1]].map(Int.init)
    }

    /// In-neighbours of `node` (all neighbours for an undirected graph), sorted.
    /// - Complexity: O(*d*).
    public func predecessors(of node: Int) -> [Int] {
        inSources[inOffsets[node]..<inOffsets[node + 1]].map(Int.init)
    }

    /// Whether any node has a self-loop.
    public var hasSelfLoops: Bool { hasSelfLoop.contains(true) }

    /// The same nodes and edges with every edge reversed. An undirected graph
    /// is returned unchanged. - Complexity: O(*n* + *m* log *m*).
    public func reversed() -> CSRGraph {
        guard isDirected else { return self }
        let rev = (0..<edgeCount).map { (Int(edgeTargets[$0]), Int(edgeSources[$0]), edgeWeights[$0]) }
        // Input is already validated, so this cannot throw.
        return try! CSRGraph(nodeCount: nodeCount, edges: rev, directed: true, weighted: isWeighted)
    }
}
