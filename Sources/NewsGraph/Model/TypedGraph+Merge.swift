extension TypedGraph {
    /// Merges another graph into this one.
    ///
    /// An entity of `other` that shares its id, or any name (by ``NameKey/folded(_:)``), with an
    /// entity here becomes that entity: aliases are unioned and mentions summed. Documents with
    /// the same SHA-256 are one document; other documents whose ids clash are renamed. Relations
    /// are re-pointed at the merged entities and their evidence unioned.
    /// - Complexity: O(*e* + *r*) expected, for *e* entities and *r* relations in both graphs.
    public mutating func merge(_ other: TypedGraph) {
        var documentMap: [String: String] = [:]
        for document in other.documents {
            if let sha = document.sha256, let same = documents.first(where: { $0.sha256 == sha }) {
                documentMap[document.id] = same.id
                continue
            }
            var renamed = document
            if documents.contains(where: { $0.id == document.id }) {
                var n = documents.count + 1
                while documents.contains(where: { $0.id == "d\(n)" }) { n += 1 }
                renamed.id = "d\(n)"
            }
            documentMap[document.id] = renamed.id
            try! addDocument(renamed)
        }

        var byName: [String: String] = [:]
        for entity in entities {
            for form in entity.allNames { byName[NameKey.folded(form), default: entity.id] = entity.id }
        }
        var entityMap: [String: String] = [:]
        for entity in other.entities {
            let match = self.entity(id: entity.id)?.id
                ?? byName[NameKey.folded(entity.name)]
                ?? entity.aliases.lazy.compactMap { byName[NameKey.folded($0)] }.first
            if let id = match {
                var incoming = entity
                incoming.id = id
                upsert(incoming)
                entityMap[entity.id] = id
            } else {
                upsert(entity)
                entityMap[entity.id] = entity.id
                for form in entity.allNames { byName[NameKey.folded(form), default: entity.id] = entity.id }
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
