import Foundation
import GraphAlgorithms

/// What `newsgraph path` asks for.
public struct PathQuery: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// The shortest paths (BFS, or Dijkstra when weighted; networkx `all_shortest_paths`),
        /// best first (see ``TypedGraph/paths(from:to:query:)``), at most `limit` of them
        /// (`nil`: all). Equally short paths are shown side by side rather than one picked
        /// arbitrarily: "both are deployed to Niger" and "both use Air Base 101" are both answers.
        case shortest(limit: Int?)
        /// The `k` shortest simple paths in order of cost (Yen; networkx `shortest_simple_paths`).
        case kShortest(Int)
        /// Every simple path of at most `maxHops` hops (networkx `all_simple_paths(cutoff:)`),
        /// best first; at most `limit` of them when set.
        case allSimple(maxHops: Int, limit: Int?)
    }

    public var mode: Mode
    /// Follow relations only from source to target (symmetric ones either way). Default: any direction.
    public var directed: Bool
    /// Edge weights as lengths (see ``AnalysisGraph``).
    public var weighted: Bool
    /// Paths longer than this many hops are dropped (for `.shortest` and `.kShortest`).
    public var maxHops: Int?
    /// Which relations a path may use (types, support, modality) and which entities it may pass
    /// through (entity types; the two ends are always allowed).
    public var filter: GraphFilter

    /// How many shortest paths `path` shows unless asked for all (`--all`).
    public static let defaultShortestLimit = 5

    public init(mode: Mode = .shortest(limit: PathQuery.defaultShortestLimit), directed: Bool = false,
                weighted: Bool = false, maxHops: Int? = nil, filter: GraphFilter = .default) {
        self.mode = mode
        self.directed = directed
        self.weighted = weighted
        self.maxHops = maxHops
        self.filter = filter
    }
}

/// One step of a path: from the entity walked from to the entity walked to.
///
/// When several relations connect the two entities (a news graph often has `deployed_to` and
/// `stationed_at` between the same pair), the hop is still one step (so a path's length is its
/// number of hops): ``relation`` is the preferred one (asserted first, then the most supported,
/// then one read in the walking direction, then ontology order) and ``relations`` lists all of
/// them, preferred first. A hop walked against a relation's direction keeps the relation's own
/// source and target; ``isForward`` tells the walking direction.
public struct PathHop: Sendable, Equatable {
    /// The entity the walk leaves.
    public let from: Entity
    /// The entity the walk reaches.
    public let to: Entity
    /// Every relation that connects the two ends and may be walked this way, preferred first.
    public let relations: [Relation]
    /// The preferred relation.
    public var relation: Relation { relations[0] }
    /// True when the preferred relation is walked from its source to its target (always true
    /// for a symmetric relation).
    public var isForward: Bool { relation.type.isSymmetric || relation.source == from.id }
}

/// A path between two entities with the relations behind each hop.
public struct EntityPath: Sendable, Equatable {
    /// The entities from the start to the end, both included.
    public let entities: [Entity]
    public let hops: [PathHop]
    /// Hops, or the sum of the collapsed edges' weights when weighted.
    public let cost: Double
    public var length: Int { hops.count }
    /// The documents behind the path: the sum of its hops' preferred relations' support.
    public var support: Int { hops.reduce(0) { $0 + $1.relation.support } }
}

/// The answer to a ``PathQuery``.
public struct PathResult: Sendable, Equatable {
    public let from: Entity
    public let to: Entity
    public let paths: [EntityPath]
}

extension TypedGraph {
    /// How many shortest paths are enumerated at most before ranking (their number can grow
    /// exponentially with the path length on dense graphs).
    static let shortestEnumerationLimit = 10_000

    /// Finds the paths `query` asks for between the entities named `from` and `to` (any alias,
    /// see ``resolveEntity(_:)``).
    /// - Throws: ``EntityLookupError`` for an unknown name; ``AnalysisError`` when an end is
    ///   excluded by the entity-type filters or a weight is not positive.
    /// - Returns: a result whose `paths` is empty when no path exists. Paths come cheapest
    ///   first; among equally cheap ones, the best-evidenced first (most documents behind the
    ///   relations of their hops, in total), then the most specific (intermediate entities with
    ///   the fewest neighbours: the highest Adamic–Adar sum of 1 / ln(degree) — a path through a
    ///   hub linked to everything explains less than one through a place both ends share), then
    ///   in node order, so the answer is deterministic.
    public func paths(from: String, to: String, query: PathQuery) throws -> PathResult {
        let start = try resolveEntity(from)
        let end = try resolveEntity(to)
        // Relation filters shape the graph; entity-type filters only restrict the entities a
        // path may pass through: its two ends are always allowed.
        var relationFilter = query.filter
        relationFilter.entityTypes = nil
        relationFilter.excludedEntityTypes = []
        let analysis = try AnalysisGraph(self, filter: relationFilter, directed: query.directed, weighted: query.weighted)
        guard let s = analysis.nodeIndex[start.id], let t = analysis.nodeIndex[end.id] else {
            return PathResult(from: start, to: end, paths: [])
        }
        let through = TraversalFilter(allowedNodes: analysis.entities.map { entity in
            entity.id == start.id || entity.id == end.id || query.filter.admits(entity)
        })
        let g = analysis.compact
        var found: [GraphPath]
        do {
            switch query.mode {
            case .shortest:
                found = try g.allShortestPaths(from: s, to: t, filter: through, limit: Self.shortestEnumerationLimit)
            case .kShortest(let k): found = try g.kShortestSimplePaths(from: s, to: t, k: k, filter: through)
            case .allSimple(let maxHops, _):
                found = try g.simplePaths(from: s, to: t, maxHops: maxHops, filter: through)
            }
        } catch {
            throw AnalysisError("\(error)")
        }
        if let maxHops = query.maxHops { found = found.filter { $0.hopCount <= maxHops } }
        let paths = analysis.entityPaths(found)
        let specificity = found.map { path in
            path.nodes.dropFirst().dropLast().reduce(0.0) { sum, node in sum + 1 / log(Double(max(2, g.degree(of: node)))) }
        }
        var order = paths.indices.sorted { a, b in
            if paths[a].cost != paths[b].cost { return paths[a].cost < paths[b].cost }
            if paths[a].length != paths[b].length { return paths[a].length < paths[b].length }
            if paths[a].support != paths[b].support { return paths[a].support > paths[b].support }
            if specificity[a] != specificity[b] { return specificity[a] > specificity[b] }
            return a < b
        }
        switch query.mode {
        case .shortest(let limit?), .allSimple(_, let limit?): order = Array(order.prefix(max(0, limit)))
        default: break
        }
        return PathResult(from: start, to: end, paths: order.map { paths[$0] })
    }
}

extension AnalysisGraph {
    /// The relations behind each step of node paths, in this view's direction rules.
    func entityPaths(_ paths: [GraphPath]) -> [EntityPath] {
        guard !paths.isEmpty else { return [] }
        var between: [Pair: [Relation]] = [:]
        for relation in graph.relations { between[Pair(relation.source, relation.target), default: []].append(relation) }
        return paths.map { entityPath($0, between: between) }
    }

    private func entityPath(_ path: GraphPath, between: [Pair: [Relation]]) -> EntityPath {
        var hops: [PathHop] = []
        for (u, v) in zip(path.nodes, path.nodes.dropFirst()) {
            let a = entities[u], b = entities[v]
            var candidates = between[Pair(a.id, b.id)] ?? []
            if isDirected {
                candidates = candidates.filter { $0.type.isSymmetric || $0.source == a.id }
            }
            candidates.sort { x, y in
                func rank(_ r: Relation) -> (Int, Int, Int, Int) {
                    (r.isAsserted ? 0 : 1, -r.support, r.type.isSymmetric || r.source == a.id ? 0 : 1,
                     RelationType.allCases.firstIndex(of: r.type) ?? 0)
                }
                return rank(x) < rank(y)
            }
            hops.append(PathHop(from: a, to: b, relations: candidates))
        }
        return EntityPath(entities: path.nodes.map { entities[$0] }, hops: hops, cost: path.cost)
    }
}

/// An unordered pair of entity ids.
struct Pair: Hashable {
    let low: String, high: String
    init(_ a: String, _ b: String) { (low, high) = a < b ? (a, b) : (b, a) }
}
