import Foundation

/// Reading and writing the graph JSON, format version 1 (`DESIGN.md`).
///
/// The reader checks more than syntax: an unknown `format`, a newer `version`, an unknown
/// entity or relation type, a duplicate id and a relation whose end is not an entity are each
/// rejected with a message that says where.
public enum GraphFormat {
    public static let formatName = "newsgraph"
    public static let currentVersion = 1

    /// Parses a graph JSON document.
    /// - Throws: ``GraphFormatError``.
    public static func read(_ data: Data) throws -> TypedGraph {
        let parts: GraphJSONReader.Parts
        switch GraphJSONReader.read(data) {
        case .parts(let read): parts = read
        case .syntaxError(let message):
            // `JSONDecoder` lets a few slips pass; where it too finds the file broken, the message
            // says where (the line) or that it ends too early.
            do {
                return try readWithDecoder(data)
            } catch let error as GraphFormatError where error.message.hasPrefix("not valid JSON") {
                throw GraphFormatError(message: message)
            }
        case .fallback: return try readWithDecoder(data)
        }
        try checkHeader(format: parts.format, version: parts.version)
        if parts.missingList { return try readWithDecoder(data) }
        do {
            return try TypedGraph(documents: parts.documents, entities: parts.entities,
                                  relations: parts.relations, directed: parts.directed)
        } catch let error as GraphError {
            throw GraphFormatError(message: error.description)
        }
    }

    private static func checkHeader(format: String?, version: Int?) throws {
        guard format == formatName else {
            throw GraphFormatError(message: format.map { "unknown format '\($0)' (expected 'newsgraph')" }
                                   ?? "not a NewsGraph graph: no \"format\": \"newsgraph\" field")
        }
        guard let version else {
            throw GraphFormatError(message: "no \"version\" field")
        }
        guard version <= currentVersion else {
            throw GraphFormatError(message: "graph format version \(version) is newer than this newsgraph reads (\(currentVersion)); upgrade newsgraph")
        }
        guard version >= 1 else { throw GraphFormatError(message: "invalid version \(version)") }
    }

    /// The reader through Foundation's `JSONDecoder`: what ``read(_:)`` does with a file its
    /// fast reader leaves to it (a wrong type, a missing member, a repeated key, UTF-16...), so
    /// that such a file gets exactly the values and messages it always did.
    static func readWithDecoder(_ data: Data) throws -> TypedGraph {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw GraphFormatError(describing: error)
        }
        try checkHeader(format: header.format, version: header.version)
        let file: FileV1
        do {
            file = try decoder.decode(FileV1.self, from: data)
        } catch {
            throw GraphFormatError(describing: error)
        }
        do {
            return try TypedGraph(documents: file.documents ?? [], entities: file.entities,
                                  relations: file.relations, directed: file.directed)
        } catch let error as GraphError {
            throw GraphFormatError(message: error.description)
        }
    }

    /// Serializes a graph: the header first, then one document, entity or relation per line.
    public static func write(_ graph: TypedGraph) -> Data {
        var members: [(String, JSONWriter.Value)] = [("format", .string(formatName)), ("version", .int(currentVersion))]
        if let directed = graph.directed { members.append(("directed", .bool(directed))) }
        members.append(("documents", .array(graph.documents.map(value(of:)))))
        members.append(("entities", .array(graph.entities.map(value(of:)))))
        members.append(("relations", .array(graph.relations.map(value(of:)))))
        return Data(JSONWriter.serializeDocument(members).utf8)
    }

    static func value(of document: Document) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [("id", .string(document.id)), ("source", .string(document.source))]
        if let title = document.title { members.append(("title", .string(title))) }
        if let date = document.date { members.append(("date", .string(date))) }
        if let sha = document.sha256 { members.append(("sha256", .string(sha))) }
        return .object(members)
    }

    static func value(of entity: Entity) -> JSONWriter.Value {
        .object([("id", .string(entity.id)), ("name", .string(entity.name)), ("type", .string(entity.type.rawValue)),
                 ("aliases", .array(entity.aliases.map(JSONWriter.Value.string))), ("mentions", .int(entity.mentions))])
    }

    static func value(of relation: Relation) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [("source", .string(relation.source)), ("type", .string(relation.type.rawValue)),
                                                     ("target", .string(relation.target))]
        if let weight = relation.weight { members.append(("weight", .double(weight))) }
        if relation.modality != .asserted { members.append(("modality", .string(relation.modality.rawValue))) }
        members.append(("evidence", .array(relation.evidence.map { item in
            .object([("document", .string(item.document)), ("start", .int(item.start)), ("end", .int(item.end)),
                     ("text", .string(item.text)), ("rule", .string(item.rule))])
        })))
        return .object(members)
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    private struct FileV1: Decodable {
        var format: String
        var version: Int
        var directed: Bool?
        var documents: [Document]?
        var entities: [Entity]
        var relations: [Relation]
    }
}

/// Why a graph file could not be read: one line, saying where.
public struct GraphFormatError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }

    public init(message: String) { self.message = message }

    /// Turns a decoding error into one readable line with the JSON path of the problem.
    init(describing error: Error) {
        guard let decoding = error as? DecodingError else {
            message = "not valid JSON"
            return
        }
        switch decoding {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                message = "not valid JSON" + Self.detail(context.underlyingError)
            } else {
                message = "\(Self.path(context.codingPath)): \(Self.clean(context.debugDescription))"
            }
        case .keyNotFound(let key, let context):
            let place = context.codingPath.isEmpty ? "the top level" : Self.path(context.codingPath)
            message = "\(place): missing \"\(key.stringValue)\""
        case .typeMismatch(let type, let context):
            message = "\(Self.path(context.codingPath)): expected \(Self.jsonName(type))"
        case .valueNotFound(let type, let context):
            message = "\(Self.path(context.codingPath)): expected \(Self.jsonName(type)), found null"
        @unknown default:
            message = "not a valid graph"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return out.isEmpty ? "the top level" : out
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    private static func clean(_ text: String) -> String {
        // "Cannot initialize EntityType from invalid String value foo" → readable.
        if let range = text.range(of: "from invalid String value ") {
            let value = text[range.upperBound...]
            let typeName = text.components(separatedBy: " ").dropFirst(2).first ?? "value"
            return "'\(value)' is not a known \(typeName == "EntityType" ? "entity type" : typeName == "RelationType" ? "relation type" : "value")"
        }
        return text
    }

    private static func detail(_ error: Error?) -> String {
        guard let error else { return "" }
        let text = "\(error)"
        if text.contains("Unexpected end") || text.contains("unexpected end") { return " (it ends too early: truncated?)" }
        return ""
    }
}
