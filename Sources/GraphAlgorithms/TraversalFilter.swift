/// Restricts which nodes and edges a path search may use.
///
/// The news layer maps entity types to a node mask and relation types to an
/// edge mask; ad-hoc rules go in `edgePredicate`. A step from `u` to `v`
/// along edge `e` is allowed only if `v` is allowed, `e` is allowed and the
/// predicate (if any) returns true. A search whose source or target is not
/// allowed finds nothing.
///
/// Masks are plain `[Bool]` so building one costs O(*n*) or O(*m*) once and
/// testing it costs one load; the predicate is the flexible, slower path.
public struct TraversalFilter: Sendable {
    /// Allowed nodes, indexed by node (`nil`: every node).
    public var allowedNodes: [Bool]?
    /// Allowed edges, indexed by edge index (`nil`: every edge). For an
    /// undirected graph an edge is allowed or refused in both directions.
    public var allowedEdges: [Bool]?
    /// Extra test on each step `(from, to, edgeIndex)` (`nil`: always true).
    public var edgePredicate: (@Sendable (_ from: Int, _ to: Int, _ edgeIndex: Int) -> Bool)?

    /// A filter from optional masks and predicate; the default allows everything.
    public init(
        allowedNodes: [Bool]? = nil, allowedEdges: [Bool]? = nil,
        edgePredicate: (@Sendable (_ from: Int, _ to: Int, _ edgeIndex: Int) -> Bool)? = nil
    ) {
        self.allowedNodes = allowedNodes
        self.allowedEdges = allowedEdges
        self.edgePredicate = edgePredicate
    }

    /// Allows every node and edge.
    public static var all: TraversalFilter { TraversalFilter() }

    /// Allows every node of a graph with `nodeCount` nodes except `excluded`.
    public static func excludingNodes(_ excluded: some Sequence<Int>, nodeCount: Int) -> TraversalFilter {
        var mask = [Bool](repeating: true, count: nodeCount)
        for v in excluded where v >= 0 && v < nodeCount { mask[v] = false }
        return TraversalFilter(allowedNodes: mask)
    }

    /// Allows every edge of a graph with `edgeCount` edges except `excluded` (edge indices).
    public static func excludingEdges(_ excluded: some Sequence<Int>, edgeCount: Int) -> TraversalFilter {
        var mask = [Bool](repeating: true, count: edgeCount)
        for e in excluded where e >= 0 && e < edgeCount { mask[e] = false }
        return TraversalFilter(allowedEdges: mask)
    }

    @inlinable
    func allowsNode(_ v: Int) -> Bool { allowedNodes?[v] ?? true }

    @inlinable
    func allowsStep(from u: Int, to v: Int, edge e: Int) -> Bool {
        if let nodes = allowedNodes, !nodes[v] { return false }
        if let edges = allowedEdges, !edges[e] { return false }
        if let p = edgePredicate, !p(u, v, e) { return false }
        return true
    }
}
