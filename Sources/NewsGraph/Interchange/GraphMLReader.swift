import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML into a typed graph: the files ``GraphMLWriter`` writes, losslessly, and
/// GraphML from other tools (networkx, igraph, yEd) as well as their attributes allow.
///
/// Keys are found by their `attr.name`, never by their id, so a file another tool rewrote
/// still reads. Node ids become entity ids as they are. For attributes a file lacks: the
/// name is the node id, the type `other`, the relation `related_to` (or a known relation
/// named by `relation`, `label` or `type`, after ``InterchangeNames/normalizedTypeName(_:)``),
/// the evidence empty; a foreign `weight` is kept as the relation's weight. In
/// ``ImportOptions/strict`` mode an unknown entity or relation type is an error instead.
public enum GraphMLReader {
    /// Parses GraphML bytes.
    /// - Throws: ``ImportError`` naming the line of the problem.
    public static func read(_ data: Data, options: ImportOptions = ImportOptions()) throws -> TypedGraph {
        guard !data.isEmpty else { throw ImportError("empty file") }
        return try parse(XMLParser(stream: InputStream(data: data)), options: options)
    }

    /// Reads a GraphML file, streaming.
    public static func read(contentsOf url: URL, options: ImportOptions = ImportOptions()) throws -> TypedGraph {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if size == 0 { throw ImportError("empty file") }
        guard let stream = InputStream(url: url) else { throw ImportError("cannot open \(url.path)") }
        return try parse(XMLParser(stream: stream), options: options)
    }

    /// Runs the SAX parser, always fed through a stream (in chunks): FoundationXML's
    /// `XMLParser(data:)` hands libxml2 the whole buffer as one chunk and fails (error 1) on any
    /// document over 10 MB, such as the GraphML of a 20,000-relation graph with evidence.
    private static func parse(_ parser: XMLParser, options: ImportOptions) throws -> TypedGraph {
        let collector = Collector()
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        let ok = parser.parse()
        if let error = collector.error { throw error }
        guard ok else {
            let line = parser.lineNumber > 0 ? parser.lineNumber : nil
            throw ImportError(line: line, "not well-formed XML (\(parser.parserError.map(Collector.describe) ?? "parse error"))")
        }
        guard collector.sawGraph else { throw ImportError("no <graph> element: not a GraphML file") }
        return try build(collector, options: options)
    }


    // MARK: Building

    private struct Header: Decodable {
        var format: String?
        var version: Int?
        var directed: Bool?
        var documents: [Document]?
    }

    private static func build(_ c: Collector, options: ImportOptions) throws -> TypedGraph {
        let decoder = JSONDecoder()
        var documents: [Document] = []
        var directed: Bool? = c.edgeDefaultDirected
        if let headerText = c.graphData["newsgraph"] {
            guard let header = try? decoder.decode(Header.self, from: Data(headerText.utf8)) else {
                throw ImportError(line: c.graphDataLine, "the graph's 'newsgraph' data is not a valid NewsGraph header")
            }
            if let version = header.version, version > GraphFormat.currentVersion {
                throw ImportError(line: c.graphDataLine, "graph format version \(version) is newer than this newsgraph reads (\(GraphFormat.currentVersion)); upgrade newsgraph")
            }
            documents = header.documents ?? []
            directed = header.directed
        }
        if let forced = options.directed { directed = forced }

        var entities: [Entity] = []
        entities.reserveCapacity(c.nodes.count)
        for node in c.nodes {
            let typeName = node.data["type"] ?? ""
            var type = EntityType.other
            if !typeName.isEmpty {
                if let known = InterchangeNames.entityType(typeName) {
                    type = known
                } else if options.strict {
                    throw ImportError(line: node.line, "'\(typeName)' is not an entity type of the ontology")
                }
            }
            var aliases: [String] = []
            if let json = node.data["aliases_json"] {
                guard let decoded = try? decoder.decode([String].self, from: Data(json.utf8)) else {
                    throw ImportError(line: node.line, "aliases_json of node '\(node.id)' is not a JSON array of strings")
                }
                aliases = decoded
            } else if let joined = node.data["aliases"], !joined.isEmpty {
                aliases = joined.components(separatedBy: InterchangeText.aliasSeparator)
            }
            var mentions = 0
            if let text = node.data["mentions"] {
                guard let value = Int(text.trimmingWhitespace()) ?? Double(text.trimmingWhitespace()).flatMap({ Int(exactly: $0) }) else {
                    throw ImportError(line: node.line, "mentions '\(text)' of node '\(node.id)' is not an integer")
                }
                mentions = value
            }
            let name = node.data["name"] ?? node.data["label"] ?? node.id
            entities.append(Entity(id: node.id, name: name, type: type, aliases: aliases, mentions: mentions))
        }

        var relations: [Relation] = []
        relations.reserveCapacity(c.edges.count)
        for edge in c.edges {
            let typeName = edge.data["relation"] ?? edge.data["label"] ?? edge.data["type"] ?? ""
            var type = RelationType.relatedTo
            if !typeName.isEmpty {
                if let known = InterchangeNames.relationType(typeName) {
                    type = known
                } else if options.strict {
                    throw ImportError(line: edge.line, "'\(typeName)' is not a relation type of the ontology")
                }
            }
            var evidence: [Evidence] = []
            if let json = edge.data["evidence_json"], !json.isEmpty {
                guard let decoded = try? decoder.decode([Evidence].self, from: Data(json.utf8)) else {
                    throw ImportError(line: edge.line, "evidence_json of edge \(edge.source) -> \(edge.target) is not a valid evidence array")
                }
                evidence = decoded
            }
            var weight: Double?
            if let text = edge.data["weight"] {
                let explicit = edge.data["explicit_weight"].map { $0.lowercased() == "true" || $0 == "1" } ?? true
                if explicit { weight = try parseWeight(Substring(text.trimmingWhitespace()), line: edge.line) }
            }
            var modality = Relation.Modality.asserted
            if let text = edge.data["modality"], !text.isEmpty {
                guard let known = Relation.Modality(rawValue: text) else {
                    throw ImportError(line: edge.line, "modality '\(text)' is not asserted, hedged or negated")
                }
                modality = known
            }
            relations.append(Relation(source: edge.source, type: type, target: edge.target, evidence: evidence,
                                      weight: weight, modality: modality))
        }
        do {
            return try TypedGraph(documents: documents, entities: entities, relations: relations, directed: directed)
        } catch let error as GraphError {
            throw ImportError(error.description)
        }
    }

    // MARK: Parsing

    struct Node {
        var id: String
        var line: Int
        var data: [String: String] = [:]
    }

    struct Edge {
        var source: String
        var target: String
        var line: Int
        var data: [String: String] = [:]
    }

    /// SAX collector: keys by id, then nodes and edges with their data by attribute name.
    /// Nested graphs (yEd groups) are flattened: their nodes and edges join the top graph.
    final class Collector: NSObject, XMLParserDelegate {
        var keys: [String: (domain: String, name: String)] = [:]
        var nodes: [Node] = []
        var edges: [Edge] = []
        var graphData: [String: String] = [:]
        var graphDataLine: Int?
        var edgeDefaultDirected: Bool?
        var sawGraph = false
        var error: ImportError?

        private var inNode = false
        private var inEdge = false
        private var graphDepth = 0
        private var dataKey: String?
        private var dataLine = 0
        private var text = ""
        private var nestedElementDepth = 0

        private func localName(_ qualified: String) -> Substring {
            if let colon = qualified.lastIndex(of: ":") { return qualified[qualified.index(after: colon)...] }
            return Substring(qualified)
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            if dataKey != nil {
                // Markup inside <data> (yEd's graphics) is not ours: skip it.
                nestedElementDepth += 1
                return
            }
            switch localName(elementName) {
            case "key":
                guard let id = attributes["id"] else { return fail(parser, "a <key> has no id") }
                let domain = attributes["for"] ?? "all"
                keys[id] = (domain, attributes["attr.name"] ?? id)
            case "graph":
                if graphDepth == 0 {
                    sawGraph = true
                    if let value = attributes["edgedefault"] { edgeDefaultDirected = value == "directed" }
                }
                graphDepth += 1
            case "node":
                guard let id = attributes["id"] else { return fail(parser, "a <node> has no id") }
                nodes.append(Node(id: id, line: parser.lineNumber))
                inNode = true
            case "edge":
                guard let source = attributes["source"], let target = attributes["target"] else {
                    return fail(parser, "an <edge> lacks its source or target")
                }
                edges.append(Edge(source: source, target: target, line: parser.lineNumber))
                inEdge = true
            case "data":
                guard let key = attributes["key"] else { return fail(parser, "a <data> has no key") }
                dataKey = key
                dataLine = parser.lineNumber
                text = ""
            case "hyperedge":
                fail(parser, "hyperedges are not supported")
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if dataKey != nil && nestedElementDepth > 0 {
                nestedElementDepth -= 1
                return
            }
            switch localName(elementName) {
            case "node": inNode = false
            case "edge": inEdge = false
            case "graph": graphDepth -= 1
            case "data":
                guard let key = dataKey else { return }
                dataKey = nil
                guard let declared = keys[key] else { return fail(parser, "<data> uses key '\(key)', which no <key> declares") }
                if inEdge, !edges.isEmpty {
                    edges[edges.count - 1].data[declared.name] = text
                } else if inNode, !nodes.isEmpty {
                    nodes[nodes.count - 1].data[declared.name] = text
                } else if graphDepth > 0 {
                    graphData[declared.name] = text
                    if declared.name == "newsgraph" { graphDataLine = dataLine }
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil && nestedElementDepth == 0 { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if dataKey != nil && nestedElementDepth == 0 { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil {
                let line = parser.lineNumber > 0 ? parser.lineNumber : nil
                error = ImportError(line: line, "not well-formed XML (\(Self.describe(parseError)))")
            }
        }

        /// libxml2's error codes name the problem; the few common ones get words.
        static func describe(_ error: Error) -> String {
            let code = (error as NSError).code
            switch code {
            case 76: return "a closing tag does not match its opening tag"
            case 5: return "the document ends too early: truncated?"
            case 4: return "no document element"
            default: return "XML parser error \(code)"
            }
        }

        private func fail(_ parser: XMLParser, _ message: String) {
            if error == nil { error = ImportError(line: parser.lineNumber, message) }
            parser.abortParsing()
        }
    }
}
