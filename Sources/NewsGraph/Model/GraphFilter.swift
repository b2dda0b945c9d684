/// Which part of a typed graph an analysis or a drawing looks at.
///
/// Used by the algorithms bridge, the renderer and the command line alike, so that
/// `--entity-type`, `--relation`, `--min-support` and `--include-hedged` mean one thing.
public struct GraphFilter: Sendable, Equatable {
    /// Keep only entities of these types (`nil`: all types).
    public var entityTypes: Set<EntityType>?
    /// Drop entities of these types.
    public var excludedEntityTypes: Set<EntityType>
    /// Keep only relations of these types (`nil`: all types).
    public var relationTypes: Set<RelationType>?
    /// Drop relations of these types.
    public var excludedRelationTypes: Set<RelationType>
    /// Keep only relations stated in at least this many documents.
    public var minimumSupport: Int
    /// Keep hedged and negated relations too (they are out of the default views).
    public var includeUnasserted: Bool
    /// Drop entities left with no relation: a relationship diagram has nothing to say of them,
    /// while a ranking still lists them (so analyses keep them by default).
    public var dropsIsolated: Bool

    public init(entityTypes: Set<EntityType>? = nil, excludedEntityTypes: Set<EntityType> = [],
                relationTypes: Set<RelationType>? = nil, excludedRelationTypes: Set<RelationType> = [],
                minimumSupport: Int = 1, includeUnasserted: Bool = false, dropsIsolated: Bool = false) {
        self.entityTypes = entityTypes
        self.excludedEntityTypes = excludedEntityTypes
        self.relationTypes = relationTypes
        self.excludedRelationTypes = excludedRelationTypes
        self.minimumSupport = minimumSupport
        self.includeUnasserted = includeUnasserted
        self.dropsIsolated = dropsIsolated
    }

    /// The default view: everything asserted.
    public static let `default` = GraphFilter()

    public func admits(_ entity: Entity) -> Bool {
        (entityTypes?.contains(entity.type) ?? true) && !excludedEntityTypes.contains(entity.type)
    }

    public func admits(_ relation: Relation) -> Bool {
        (relationTypes?.contains(relation.type) ?? true) && !excludedRelationTypes.contains(relation.type)
            && relation.support >= minimumSupport && (includeUnasserted || relation.isAsserted)
    }

    /// True when the filter keeps every asserted part of any graph.
    public var keepsEverythingAsserted: Bool { self == .default }
}

extension TypedGraph {
    /// The subgraph the filter admits: entities it admits and relations it admits between them.
    /// Entities left without relations stay unless ``GraphFilter/dropsIsolated``.
    /// - Complexity: O(*e* + *r*).
    public func filtered(by filter: GraphFilter) -> TypedGraph {
        var copy = self
        copy.removeEntities { !filter.admits($0) }
        copy.removeRelations { !filter.admits($0) }
        if filter.dropsIsolated {
            var linked = Set<String>()
            for relation in copy.relations { linked.insert(relation.source); linked.insert(relation.target) }
            copy.removeEntities { !linked.contains($0.id) }
        }
        return copy
    }

    /// The ego network: entities within `radius` hops of `center` (relations read in either
    /// direction), and the relations among them.
    /// - Complexity: O(*e* + *r*).
    public func neighborhood(of center: String, radius: Int) -> TypedGraph {
        var adjacency: [String: [String]] = [:]
        for relation in relations {
            adjacency[relation.source, default: []].append(relation.target)
            adjacency[relation.target, default: []].append(relation.source)
        }
        var reached: Set<String> = [center]
        var frontier = [center]
        for _ in 0..<max(0, radius) {
            var next: [String] = []
            for id in frontier {
                for neighbor in adjacency[id, default: []] where reached.insert(neighbor).inserted {
                    next.append(neighbor)
                }
            }
            frontier = next
        }
        var copy = self
        copy.removeEntities { !reached.contains($0.id) }
        return copy
    }
}
