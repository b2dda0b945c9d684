extension TypedGraph {
    /// Merges another graph into this one.
    ///
    /// An entity of `other` becomes an entity here of the same type that shares its id, its
    /// canonical name, or (failing those) an alias (names compared by ``NameKey/folded(_:)``):
    /// aliases are unioned and mentions summed. Entities of different types never merge, so
    /// Niamey the city stays apart from Niger, which some texts call "Niamey". Documents with
    /// the same SHA-256 are one document; other documents whose ids clash are renamed. Relations
    /// are re-pointed at the merged entities and their evidence unioned.
    /// - Complexity: O(*e* + *r*) expected, for *e* entities and *r* relations in both graphs.
    public mutating func merge(_ other: TypedGraph) {
        var documentMap: [String: String] = [:]
        for document in other.documents {
            if let sha = document.sha256, let same = self.document(sha256: sha) {
                documentMap[document.id] = same.id
                continue
            }
            var renamed = document
            if self.document(id: document.id) != nil {
                var n = documents.count + 1
                while self.document(id: "d\(n)") != nil { n += 1 }
                renamed.id = "d\(n)"
            }
            documentMap[document.id] = renamed.id
            try! addDocument(renamed)
        }

        var entityMap: [String: String] = [:]
        for entity in other.entities {
            let names = mergeNames
            var match: String? = self.entity(id: entity.id).flatMap { $0.type == entity.type || $0.type == .other || entity.type == .other ? $0.id : nil }
            match = match ?? names.canonical(entity.name, entity.type) ?? names.alias(entity.name, entity.type)
            if match == nil {
                match = entity.aliases.lazy.compactMap { names.canonical($0, entity.type) }.first
            }
            if let id = match {
                var incoming = entity
                incoming.id = id
                upsert(incoming)
                entityMap[entity.id] = id
            } else {
                var incoming = entity
                if self.entity(id: incoming.id) != nil {
                    incoming.id = Slug.unique(entity.name + " " + entity.type.rawValue, avoiding: Set(entities.map(\.id)))
                }
                upsert(incoming)
                entityMap[entity.id] = incoming.id
            }
        }
        for relation in other.relations {
            var moved = relation
            moved.source = entityMap[relation.source] ?? relation.source
            moved.target = entityMap[relation.target] ?? relation.target
            moved.evidence = relation.evidence.map { item in
                var copy = item
                copy.document = documentMap[item.document] ?? item.document
                return copy
            }
            if moved.source == moved.target && relation.source != relation.target { continue }
            add(moved)
        }
    }

    /// The merge of several graphs, in order.
    public static func merging<S: Sequence>(_ graphs: S) -> TypedGraph where S.Element == TypedGraph {
        var result = TypedGraph()
        for graph in graphs { result.merge(graph) }
        return result
    }
}
