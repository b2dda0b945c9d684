/// The typed graph: documents, entities and the evidenced relations between them.
///
/// Invariants kept by every mutating method: entity ids are unique; every relation's ends are
/// entity ids of the graph; there is one relation per ``Relation/Key`` (evidence is unioned).
/// ``GraphFormat`` checks the same invariants when it reads a file.
public struct TypedGraph: Sendable, Equatable {
    public private(set) var documents: [Document]
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]
    /// A hint for analysis: the graph's edges were imported as directed links. News graphs
    /// leave it `nil`, and analyses then read relations as undirected connections by default.
    public var directed: Bool?

    private var entityIndex: [String: Int] = [:]
    private var relationIndex: [Relation.Key: Int] = [:]
    private var documentIndex: [String: Int] = [:]
    private var documentBySHA: [String: Int] = [:]
    /// The places each relation already cites, built when evidence is first merged into it, so
    /// that merging many documents stays linear in their evidence.
    private var citedPlaces: [Int: Set<EvidencePlace>] = [:]
    /// Names and aliases by type for ``merge(_:)``: built on the first merge, kept up to date
    /// by ``upsert(_:)``, dropped by changes that rebuild the graph.
    private var mergeIndex: MergeNameIndex?

    public init() {
        documents = []
        entities = []
        relations = []
    }

    /// Builds a graph from parts, merging duplicate relations. Throws when an id repeats or a
    /// relation names an entity that is not there.
    public init(documents: [Document], entities: [Entity], relations: [Relation], directed: Bool? = nil) throws {
        self.init()
        self.directed = directed
        for document in documents { try addDocument(document) }
        // Sized once: growing the indexes rehashes every key, which dominated reading a large graph.
        self.entities.reserveCapacity(entities.count)
        entityIndex.reserveCapacity(entities.count)
        self.relations.reserveCapacity(relations.count)
        relationIndex.reserveCapacity(relations.count)
        for entity in entities {
            guard entityIndex[entity.id] == nil else { throw GraphError.duplicateEntity(entity.id) }
            entityIndex[entity.id] = self.entities.count
            self.entities.append(entity)
        }
        for relation in relations {
            let missing = entityIndex[relation.source] == nil ? relation.source
                : entityIndex[relation.target] == nil ? relation.target : nil
            if let missing {
                throw GraphError.danglingRelation(source: relation.source, type: relation.type.rawValue,
                                                  target: relation.target, missing: missing)
            }
            add(relation)
        }
    }

    /// The first document with this SHA-256, if any.
    /// - Complexity: O(1).
    public func document(sha256: String) -> Document? {
        documentBySHA[sha256].map { documents[$0] }
    }

    public static func == (lhs: TypedGraph, rhs: TypedGraph) -> Bool {
        lhs.documents == rhs.documents && lhs.entities == rhs.entities
            && lhs.relations == rhs.relations && lhs.directed == rhs.directed
    }

    // MARK: Reading

    /// The entity with this id.
    /// - Complexity: O(1).
    public func entity(id: String) -> Entity? {
        entityIndex[id].map { entities[$0] }
    }

    /// - Complexity: O(1).
    public func document(id: String) -> Document? {
        documentIndex[id].map { documents[$0] }
    }

    /// The relation with this identity, if present.
    public func relation(_ key: Relation.Key) -> Relation? {
        relationIndex[key].map { relations[$0] }
    }

    // MARK: Building

    /// Adds a document; its id must be new.
    public mutating func addDocument(_ document: Document) throws {
        guard documentIndex[document.id] == nil else {
            throw GraphError.duplicateDocument(document.id)
        }
        documentIndex[document.id] = documents.count
        if let sha = document.sha256, documentBySHA[sha] == nil { documentBySHA[sha] = documents.count }
        documents.append(document)
    }

    /// Adds an entity, or folds it into the entity with the same id (aliases unioned,
    /// mentions summed; the first type and name stay). Returns the entity's id.
    @discardableResult
    public mutating func upsert(_ entity: Entity) -> String {
        if let i = entityIndex[entity.id] {
            let known = entities[i].aliases.count
            entities[i].addAliases(entity.allNames)
            entities[i].mentions += entity.mentions
            // Only the new names: the others are indexed already (a busy entity's many names
            // would otherwise be folded again for every document that mentions it).
            mergeIndex?.addAliases(entities[i].aliases[known...], of: entities[i])
        } else {
            entityIndex[entity.id] = entities.count
            entities.append(entity)
            mergeIndex?.add(entity)
        }
        return entity.id
    }

    /// Replaces the entity that has the same id.
    public mutating func update(_ entity: Entity) {
        guard let i = entityIndex[entity.id] else { return }
        entities[i] = entity
        mergeIndex = nil
    }

    /// The names index of ``merge(_:)``, built when first needed.
    var mergeNames: MergeNameIndex {
        mutating get {
            if let index = mergeIndex { return index }
            var index = MergeNameIndex()
            for entity in entities { index.add(entity) }
            mergeIndex = index
            return index
        }
    }

    /// Adds a relation, or unions its evidence into the relation with the same key. Both ends
    /// must already be entities of the graph (checked in debug builds).
    public mutating func add(_ relation: Relation) {
        assert(entityIndex[relation.source] != nil && entityIndex[relation.target] != nil)
        let key = relation.key
        // One hash of the key: the slot is claimed for a new relation, or names the one it joins.
        let claimed = Self.claim(&relationIndex[key, default: -1], for: relations.count)
        if claimed >= 0 {
            let i = claimed
            // Taken out of the dictionary while it grows, so the set is not copied on write.
            var seen = citedPlaces.removeValue(forKey: i) ?? Set(relations[i].evidence.map(EvidencePlace.init))
            relations[i].addEvidence(relation.evidence, seen: &seen)
            citedPlaces[i] = seen
            if let w = relation.weight { relations[i].weight = (relations[i].weight ?? 0) + w }
            // A statement of fact anywhere outweighs a hedge elsewhere.
            if relation.modality == .asserted { relations[i].modality = .asserted }
        } else {
            relations.append(relation)
        }
    }

    /// Stores `index` in an empty slot (-1) and returns -1, or returns what the slot holds.
    @inline(__always)
    private static func claim(_ slot: inout Int, for index: Int) -> Int {
        if slot < 0 {
            slot = index
            return -1
        }
        return slot
    }

    /// Removes entities (and every relation that touches them).
    public mutating func removeEntities(where shouldRemove: (Entity) -> Bool) {
        let removed = Set(entities.filter(shouldRemove).map(\.id))
        guard !removed.isEmpty else { return }
        let keptEntities = entities.filter { !removed.contains($0.id) }
        let keptRelations = relations.filter { !removed.contains($0.source) && !removed.contains($0.target) }
        rebuild(entities: keptEntities, relations: keptRelations)
    }

    /// Keeps only the relations that pass the test.
    public mutating func removeRelations(where shouldRemove: (Relation) -> Bool) {
        rebuild(entities: entities, relations: relations.filter { !shouldRemove($0) })
    }

    /// Sorts entities and relations into a canonical order (entities by id, relations by
    /// source, type, target) so that the same facts always serialize to the same bytes.
    public mutating func canonicalize() {
        rebuild(entities: entities.sorted { $0.id < $1.id },
                relations: relations.sorted {
                    ($0.source, $0.type.rawValue, $0.target) < ($1.source, $1.type.rawValue, $1.target)
                })
    }

    private mutating func rebuild(entities newEntities: [Entity], relations newRelations: [Relation]) {
        entities = newEntities
        relations = newRelations
        citedPlaces = [:]
        mergeIndex = nil
        entityIndex = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1.key, $0) })
    }
}

/// Entity ids by folded canonical name and by folded alias, per type: a state that goes by its
/// capital's name ("Niamey said") is never the city, and a canonical name outranks an alias.
struct MergeNameIndex: Sendable {
    private struct Key: Hashable, Sendable { let name: String; let type: EntityType }
    private var byCanonical: [Key: String] = [:]
    private var byAlias: [Key: String] = [:]

    mutating func add(_ entity: Entity) {
        let canonical = Key(name: NameKey.folded(entity.name), type: entity.type)
        if byCanonical[canonical] == nil { byCanonical[canonical] = entity.id }
        for alias in entity.aliases {
            let key = Key(name: NameKey.folded(alias), type: entity.type)
            if byAlias[key] == nil { byAlias[key] = entity.id }
        }
    }

    /// Indexes further aliases of an entity already added.
    mutating func addAliases(_ aliases: ArraySlice<String>, of entity: Entity) {
        for alias in aliases {
            let key = Key(name: NameKey.folded(alias), type: entity.type)
            if byAlias[key] == nil { byAlias[key] = entity.id }
        }
    }

    func canonical(_ name: String, _ type: EntityType) -> String? { byCanonical[Key(name: NameKey.folded(name), type: type)] }
    func alias(_ name: String, _ type: EntityType) -> String? { byAlias[Key(name: NameKey.folded(name), type: type)] }
}

/// A graph that breaks the model's invariants.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    case duplicateEntity(String)
    case duplicateDocument(String)
    case danglingRelation(source: String, type: String, target: String, missing: String)

    public var description: String {
        switch self {
        case .duplicateEntity(let id): return "duplicate entity id '\(id)'"
        case .duplicateDocument(let id): return "duplicate document id '\(id)'"
        case let .danglingRelation(source, type, target, missing):
            return "relation \(source) \(type) \(target) names '\(missing)', which is not an entity"
        }
    }
}
