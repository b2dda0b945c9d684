/// What the CSV-triples and edge-list importers share: names to entities, and the graph.
///
/// An entity is identified by its name exactly as the file spells it (`17` and `Russia` stay
/// themselves, so the user finds them by what they wrote); its id is the name's slug, made
/// unique with ``Slug/unique(_:avoiding:)`` when two names share one (`US`, `U.S.` → `us`,
/// `us-2`). A node the file gives no type is `other`; a later line may give it one. A repeated
/// (source, relation, target) is one relation whose weights add up (``TypedGraph/add(_:)``);
/// without weights, repeats collapse into one relation of weight 1.
struct ImportBuilder {
    private(set) var graph = TypedGraph()
    private var idByName: [String: String] = [:]
    private var takenIDs: Set<String> = []
    let strict: Bool

    init(strict: Bool) { self.strict = strict }

    /// The id of the entity named `name`, creating it on first sight.
    mutating func entity(named name: String, type: EntityType?, line: Int) throws -> String {
        if let id = idByName[name] {
            if let type {
                let current = graph.entity(id: id)!
                if current.type == .other && type != .other {
                    var updated = current
                    updated.type = type
                    graph.update(updated)
                } else if current.type != type && strict {
                    throw ImportError(line: line, "'\(name)' is given type \(type.rawValue) here but \(current.type.rawValue) before")
                }
            }
            return id
        }
        let id = Slug.unique(name, avoiding: takenIDs)
        takenIDs.insert(id)
        idByName[name] = id
        graph.upsert(Entity(id: id, name: name, type: type ?? .other))
        return id
    }

    /// Adds a relation. In an undirected import (`directed == false`) `b a` after `a b` is the
    /// same link, so it joins the first one instead of making a second, reversed relation.
    mutating func addRelation(source: String, type: RelationType, target: String, weight: Double?, directed: Bool) {
        if !directed, source != target,
           graph.relation(Relation.Key(source: source, type: type, target: target)) == nil,
           graph.relation(Relation.Key(source: target, type: type, target: source)) != nil {
            graph.add(Relation(source: target, type: type, target: source, weight: weight))
            return
        }
        graph.add(Relation(source: source, type: type, target: target, weight: weight))
    }

    /// The number of entities so far (to reserve space, report progress).
    var entityCount: Int { idByName.count }

    func finish(directed: Bool?) -> TypedGraph {
        var result = graph
        result.directed = directed
        return result
    }
}
