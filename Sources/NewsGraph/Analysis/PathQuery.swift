import GraphAlgorithms

/// What `newsgraph path` asks for.
public struct PathQuery: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// The shortest paths (BFS, or Dijkstra when weighted), best-evidenced first (the most
        /// documents behind their hops' relations, then node order), at most `shortestShown`: an
        /// analyst asking how two actors are connected wants every equally short route, and the
        /// strongest read first.
        case shortest
        /// Every shortest path (networkx `all_shortest_paths`).
        case allShortest
        /// The `k` shortest simple paths in order of cost (Yen; networkx `shortest_simple_paths`).
        case kShortest(Int)
        /// Every simple path of at most `maxHops` hops (networkx `all_simple_paths(cutoff:)`),
        /// ordered by cost, then hops; at most `limit` of them when set.
        case allSimple(maxHops: Int, limit: Int?)
    }

    public var mode: Mode
    /// Follow relations only from source to target (symmetric ones either way). Default: any direction.
    public var directed: Bool
    /// Edge weights as lengths (see ``AnalysisGraph``).
    public var weighted: Bool
    /// Paths longer than this many hops are dropped (for `.shortest`, `.allShortest`, `.kShortest`).
    public var maxHops: Int?
    /// Which entity and relation types a path may use, and the support and modality they need.
    public var filter: GraphFilter

    public init(mode: Mode = .shortest, directed: Bool = false, weighted: Bool = false, maxHops: Int? = nil,
                filter: GraphFilter = .default) {
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
    /// How many tied shortest paths `.shortest` weighs against each other at most.
    static let shortestTieLimit = 1000
    /// How many of them `.shortest` returns.
    public static let shortestShown = 5

    /// Finds the paths `query` asks for between the entities named `from` and `to` (any alias,
    /// see ``resolveEntity(_:)``).
    /// - Throws: ``EntityLookupError`` for an unknown name; ``AnalysisError`` when an end is
    ///   excluded by the entity-type filters or a weight is not positive.
    /// - Returns: a result whose `paths` is empty when no path exists.
    public func paths(from: String, to: String, query: PathQuery) throws -> PathResult {
        let start = try resolveEntity(from)
        let end = try resolveEntity(to)
        // The ends of the path are always allowed, whatever the entity-type filters say.
        var filter = query.filter
        if filter.entityTypes != nil { filter.entityTypes?.formUnion([start.type, end.type]) }
        filter.excludedEntityTypes.subtract([start.type, end.type])
        let analysis = try AnalysisGraph(self, filter: filter, directed: query.directed, weighted: query.weighted)
        guard let s = analysis.nodeIndex[start.id], let t = analysis.nodeIndex[end.id] else {
            return PathResult(from: start, to: end, paths: [])
        }
        let g = analysis.compact
        var found: [GraphPath]
        do {
            switch query.mode {
            case .shortest: found = try g.allShortestPaths(from: s, to: t, limit: Self.shortestTieLimit)
            case .allShortest: found = try g.allShortestPaths(from: s, to: t)
            case .kShortest(let k): found = try g.kShortestSimplePaths(from: s, to: t, k: k)
            case let .allSimple(maxHops, limit):
                found = try g.simplePaths(from: s, to: t, maxHops: maxHops)
                found = found.enumerated().sorted { a, b in
                    (a.element.cost, a.element.hopCount, a.offset) < (b.element.cost, b.element.hopCount, b.offset)
                }.map(\.element)
                if let limit { found = Array(found.prefix(max(0, limit))) }
            }
        } catch {
            throw AnalysisError("\(error)")
        }
        if let maxHops = query.maxHops { found = found.filter { $0.hopCount <= maxHops } }
        var paths = analysis.entityPaths(found)
        if query.mode == .shortest {
            paths = paths.enumerated().sorted { a, b in (b.element.support, a.offset) < (a.element.support, b.offset) }
                .prefix(Self.shortestShown).map(\.element)
        }
        return PathResult(from: start, to: end, paths: paths)
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
