import Foundation

/// One hand-annotated gold file (`eval/seeds/NNN.gold.json`): the entities and relations a
/// reader finds in one article.
///
/// Types and relation names are kept as strings, as the reference scorer reads them, so that a
/// gold file scores the same here and in `score.py`.
public struct GoldAnnotation: Sendable, Equatable {
    public struct Entity: Sendable, Equatable {
        public var name: String
        public var type: String
        public var aliases: [String]

        public init(name: String, type: String, aliases: [String] = []) {
            self.name = name
            self.type = type
            self.aliases = aliases
        }
    }

    public struct Relation: Sendable, Equatable {
        public var source: String
        public var relation: String
        public var target: String
        /// The words that state it (not used in scoring).
        public var evidence: String?

        public init(source: String, relation: String, target: String, evidence: String? = nil) {
            self.source = source
            self.relation = relation
            self.target = target
            self.evidence = evidence
        }
    }

    /// The annotation's id ("000"), when it has one.
    public var id: String?
    /// The article's file name ("000_b5378c12550741ea.txt"), when it has one.
    public var file: String?
    public var entities: [Entity]
    public var relations: [Relation]
    /// Where it was read from, as given (the per-document lists name it); empty when built in code.
    public var path: String

    public init(id: String? = nil, file: String? = nil, entities: [Entity], relations: [Relation], path: String = "") {
        self.id = id
        self.file = file
        self.entities = entities
        self.relations = relations
        self.path = path
    }

    /// Reads a gold file.
    /// - Throws: ``GoldAnnotationError`` naming the file and the problem.
    public static func read(path: String) throws -> GoldAnnotation {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GoldAnnotationError(file: path, problem: "cannot be read")
        }
        return try decode(data, path: path)
    }

    /// Parses the JSON of a gold file; `path` names it in errors and in ``path``.
    /// - Throws: ``GoldAnnotationError``.
    public static func decode(_ data: Data, path: String) throws -> GoldAnnotation {
        func fail(_ problem: String) -> GoldAnnotationError { GoldAnnotationError(file: path, problem: problem) }
        guard let object = try? JSONSerialization.jsonObject(with: data) else { throw fail("not valid JSON") }
        guard let top = object as? [String: Any] else { throw fail("the top level is not a JSON object") }

        func string(_ dict: [String: Any], _ key: String, _ place: String, optional: Bool = false) throws -> String? {
            guard let value = dict[key], !(value is NSNull) else {
                if optional { return nil }
                throw fail("\(place): missing \"\(key)\"")
            }
            guard let s = value as? String else { throw fail("\(place).\(key): expected a string") }
            return s
        }
        func array(_ key: String) throws -> [[String: Any]] {
            guard let value = top[key] else { throw fail("missing \"\(key)\"") }
            guard let items = value as? [Any] else { throw fail("\"\(key)\": expected an array") }
            return try items.enumerated().map { i, item in
                guard let dict = item as? [String: Any] else { throw fail("\(key)[\(i)]: expected an object") }
                return dict
            }
        }

        let id = try string(top, "id", "the top level", optional: true)
        let file = try string(top, "file", "the top level", optional: true)
        var entities: [Entity] = []
        for (i, e) in try array("entities").enumerated() {
            let place = "entities[\(i)]"
            let name = try string(e, "name", place)!
            let type = try string(e, "type", place)!
            var aliases: [String] = []
            if let value = e["aliases"], !(value is NSNull) {
                guard let list = value as? [Any] else { throw fail("\(place).aliases: expected an array of strings") }
                for (j, a) in list.enumerated() {
                    guard let s = a as? String else { throw fail("\(place).aliases[\(j)]: expected a string") }
                    aliases.append(s)
                }
            }
            entities.append(Entity(name: name, type: type, aliases: aliases))
        }
        var relations: [Relation] = []
        for (i, r) in try array("relations").enumerated() {
            let place = "relations[\(i)]"
            relations.append(Relation(source: try string(r, "source", place)!,
                                      relation: try string(r, "relation", place)!,
                                      target: try string(r, "target", place)!,
                                      evidence: try string(r, "evidence", place, optional: true)))
        }
        return GoldAnnotation(id: id, file: file, entities: entities, relations: relations, path: path)
    }
}

/// A gold file that cannot be used: one line naming the file and the problem.
public struct GoldAnnotationError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "gold file \(file): \(problem)" }
}
