import GraphAlgorithms

/// Why an analysis could not be run: one line a user can act on.
public struct AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}

/// A typed graph seen as the compact integer graph of `GraphAlgorithms`.
///
/// - Nodes: the entities the filter admits, in the graph's entity order; ``nodeIndex`` maps an
///   entity id to its node `0..<n` and ``entities`` maps back.
/// - Edges: the relations the filter admits. In the **directed** view a relation is an edge from
///   its source to its target, and a symmetric relation (`meets`, `allied_with`, …) is an edge
///   both ways. In the **undirected** view every relation is an edge between its two ends.
/// - Several relations between the same two entities collapse into **one** edge whose weight is
///   the sum of their weights, a relation weighing `relation.weight ?? 1`. For a news graph,
///   whose relations carry no weight, an edge's weight is therefore the number of relations
///   between the two entities (in that direction, for the directed view).
/// - `weighted`: with `false` every edge counts 1 (as networkx without `weight=`); with `true` the
///   weight is an edge's *length* in the shortest-path measures (closeness, harmonic,
///   betweenness, paths) and its *strength* in the spectral ones (eigenvector, Katz, PageRank,
///   HITS), exactly as networkx reads the `weight` attribute. Degree and core number ignore it,
///   as networkx's do.
/// - Direction: `directed` when given, else ``TypedGraph/directed``, else undirected: news
///   graphs are analyzed as undirected connections unless asked otherwise, while an imported
///   directed edge list carries `directed: true`.
public struct AnalysisGraph: Sendable {
    /// The filtered typed graph the compact graph was built from.
    public let graph: TypedGraph
    /// Node index → entity.
    public let entities: [Entity]
    /// Entity id → node index.
    public let nodeIndex: [String: Int]
    /// The compact graph.
    public let compact: CSRGraph

    public var isDirected: Bool { compact.isDirected }
    public var isWeighted: Bool { compact.isWeighted }
    public var nodeCount: Int { compact.nodeCount }
    public var edgeCount: Int { compact.edgeCount }

    /// Builds the compact view of `graph` through `filter`.
    /// - Throws: ``AnalysisError`` when `weighted` and a relation's weight is zero, negative or
    ///   not finite (weights are lengths and strengths; they must be positive).
    /// - Complexity: O(*e* + *r* log *r*).
    public init(_ graph: TypedGraph, filter: GraphFilter = .default, directed: Bool? = nil,
                weighted: Bool = false) throws {
        let view = filter.keepsEverythingAsserted && graph.relations.allSatisfy(\.isAsserted)
            ? graph : graph.filtered(by: filter)
        let isDirected = directed ?? graph.directed ?? false
        var index: [String: Int] = [:]
        index.reserveCapacity(view.entities.count)
        for (i, entity) in view.entities.enumerated() { index[entity.id] = i }
        var edges: [(Int, Int, Double)] = []
        edges.reserveCapacity(view.relations.count)
        for relation in view.relations {
            guard let u = index[relation.source], let v = index[relation.target] else { continue }
            let w = relation.weight ?? 1
            if weighted && !(w > 0 && w.isFinite) {
                throw AnalysisError("relation \(relation.source) \(relation.type.rawValue) \(relation.target) has weight "
                    + "\(w); with --weighted every weight must be a positive number")
            }
            edges.append((u, v, w))
            if isDirected && relation.type.isSymmetric && u != v { edges.append((v, u, w)) }
        }
        do {
            compact = try CSRGraph(nodeCount: view.entities.count, edges: edges, directed: isDirected, weighted: weighted)
        } catch {
            throw AnalysisError("\(error)")
        }
        self.graph = view
        self.entities = view.entities
        self.nodeIndex = index
    }
}
