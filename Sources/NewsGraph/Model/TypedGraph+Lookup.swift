extension TypedGraph {
    /// The entity a user means by `name`: its id, canonical name or any alias, compared
    /// case-insensitively and with diacritics, periods and a leading "the" ignored.
    ///
    /// When several entities carry the name, the one whose canonical name it is wins, then the
    /// most mentioned.
    /// - Throws: ``EntityLookupError`` with the closest names when none matches.
    /// - Complexity: O(total number of names).
    public func resolveEntity(_ name: String) throws -> Entity {
        if let exact = entity(id: name) { return exact }
        let key = NameKey.folded(name)
        var candidates: [(entity: Entity, canonical: Bool)] = []
        for entity in entities {
            if NameKey.folded(entity.name) == key || entity.id == Slug.make(name) {
                candidates.append((entity, true))
            } else if entity.aliases.contains(where: { NameKey.folded($0) == key }) {
                candidates.append((entity, false))
            }
        }
        if let best = candidates.max(by: { a, b in
            (a.canonical ? 1 : 0, a.entity.mentions) < (b.canonical ? 1 : 0, b.entity.mentions)
        }) {
            return best.entity
        }
        throw EntityLookupError(name: name, suggestions: closestNames(to: name))
    }

    /// Up to `limit` canonical names closest to `name`: names that contain it or that it
    /// contains first, then by edit distance over all names and aliases.
    public func closestNames(to name: String, limit: Int = 3) -> [String] {
        let key = NameKey.folded(name)
        guard !key.isEmpty else { return [] }
        var scored: [(score: Int, name: String)] = []
        for entity in entities {
            let best = entity.allNames.map { form -> Int in
                let other = NameKey.folded(form)
                if other.contains(key) || key.contains(other) && !other.isEmpty {
                    return abs(other.count - key.count) / 4
                }
                return EditDistance.levenshtein(key, other)
            }.min() ?? Int.max
            scored.append((best, entity.name))
        }
        let threshold = max(2, key.count / 2)
        return scored.filter { $0.score <= threshold }
            .sorted { ($0.score, $0.name) < ($1.score, $1.name) }
            .prefix(limit).map(\.name)
    }
}

/// A name that matches no entity of the graph.
public struct EntityLookupError: Error, Equatable, CustomStringConvertible {
    public let name: String
    public let suggestions: [String]

    public var description: String {
        if suggestions.isEmpty { return "no entity named '\(name)'" }
        return "no entity named '\(name)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
}

/// Edit distances between short strings.
public enum EditDistance {
    /// The Levenshtein distance (insertions, deletions, substitutions each cost 1).
    /// - Complexity: O(*m* × *n*) time, O(*n*) space.
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
