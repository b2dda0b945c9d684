import Foundation

/// Writes a typed graph as GraphML that networkx, igraph, Gephi and yEd open as it is, and
/// that ``GraphMLReader`` reads back without losing anything.
///
/// Every attribute is a declared, typed `<key>`, so tools get numbers as numbers:
///
/// | for | attr.name | type | holds |
/// |---|---|---|---|
/// | graph | `newsgraph` | string | `{"format","version","directed","documents"}` as JSON: the sources |
/// | node | `name`, `type` | string | canonical name, entity type |
/// | node | `aliases` | string | aliases joined with `|` |
/// | node | `aliases_json` | string | the aliases as a JSON array, only when one contains `|` |
/// | node | `mentions` | int | |
/// | edge | `relation`, `modality` | string | relation type, `asserted`/`hedged`/`negated` |
/// | edge | `support`, `evidence_count` | int | distinct documents, sentences |
/// | edge | `weight` | double | the imported weight, else 1 |
/// | edge | `explicit_weight` | boolean | whether `weight` came from an imported file |
/// | edge | `symmetric` | boolean | the relation type has no direction (`meets`, `fights`, …) |
/// | edge | `evidence` | string | the sentences, one line, joined with ` | ` |
/// | edge | `evidence_json` | string | the full evidence (document, offsets, text, rule) as JSON |
///
/// The graph is directed (`edgedefault="directed"`) unless it was imported as undirected
/// (``TypedGraph/directed`` `== false`); a symmetric relation stays one edge, flagged by
/// `symmetric`. Node ids are entity ids; edges have ids `e0`, `e1`, … in relation order.
///
/// Two relations between the same two entities (`russia deployed_to niger`, `russia
/// supports niger`) are two `<edge>`s. networkx's `read_graphml` returns a `MultiDiGraph`
/// when it meets such parallel edges and a `DiGraph` otherwise, so load it with
/// `nx.read_graphml(path, force_multigraph=True)` to always get a `MultiDiGraph` whose edge
/// keys are the edge ids. igraph's `Graph.Read_GraphML` keeps parallel edges as they are
/// (node ids in the vertex attribute `id`). Gephi opens the file directly. yEd opens it too,
/// but draws only what its own `yfiles` extensions describe: map `name` to the node label
/// with Edit ▸ Properties Mapper, then choose a layout.
public enum GraphMLWriter {
    /// The GraphML document as UTF-8 bytes.
    public static func write(_ graph: TypedGraph) -> Data {
        Data(string(graph).utf8)
    }

    /// The GraphML document as text.
    public static func string(_ graph: TypedGraph) -> String {
        let esc = InterchangeText.markupEscaped
        var out = ""
        out.reserveCapacity(512 + graph.entities.count * 200 + graph.relations.count * 400)
        out += """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for key in Key.all {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        let directed = graph.directed != false
        out += "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
        out += "    <data key=\"\(Key.newsgraph.id)\">\(esc(graphHeader(graph)))</data>\n"
        for entity in graph.entities {
            out += "    <node id=\"\(esc(entity.id))\">"
            out += "<data key=\"\(Key.name.id)\">\(esc(entity.name))</data>"
            out += "<data key=\"\(Key.type.id)\">\(entity.type.rawValue)</data>"
            out += "<data key=\"\(Key.aliases.id)\">\(esc(entity.aliases.joined(separator: InterchangeText.aliasSeparator)))</data>"
            if entity.aliases.contains(where: { $0.contains(InterchangeText.aliasSeparator) }) {
                let json = JSONWriter.serialize(.array(entity.aliases.map(JSONWriter.Value.string)))
                out += "<data key=\"\(Key.aliasesJSON.id)\">\(esc(json))</data>"
            }
            out += "<data key=\"\(Key.mentions.id)\">\(entity.mentions)</data>"
            out += "</node>\n"
        }
        for (index, relation) in graph.relations.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(esc(relation.source))\" target=\"\(esc(relation.target))\">"
            out += "<data key=\"\(Key.relation.id)\">\(relation.type.rawValue)</data>"
            out += "<data key=\"\(Key.support.id)\">\(relation.support)</data>"
            out += "<data key=\"\(Key.evidenceCount.id)\">\(relation.evidence.count)</data>"
            out += "<data key=\"\(Key.weight.id)\">\(JSONWriter.formatDouble(InterchangeText.effectiveWeight(relation)))</data>"
            out += "<data key=\"\(Key.explicitWeight.id)\">\(relation.weight != nil)</data>"
            out += "<data key=\"\(Key.modality.id)\">\(relation.modality.rawValue)</data>"
            out += "<data key=\"\(Key.symmetric.id)\">\(relation.type.isSymmetric)</data>"
            out += "<data key=\"\(Key.evidence.id)\">\(esc(InterchangeText.evidenceSummary(relation)))</data>"
            out += "<data key=\"\(Key.evidenceJSON.id)\">\(esc(JSONWriter.serialize(InterchangeText.evidenceValue(relation))))</data>"
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The graph-level record: what is not a node or an edge (documents, the directed hint).
    static func graphHeader(_ graph: TypedGraph) -> String {
        var members: [(String, JSONWriter.Value)] = [("format", .string(GraphFormat.formatName)),
                                                     ("version", .int(GraphFormat.currentVersion))]
        if let directed = graph.directed { members.append(("directed", .bool(directed))) }
        members.append(("documents", .array(graph.documents.map(GraphFormat.value(of:)))))
        return JSONWriter.serialize(.object(members))
    }

    /// The declared GraphML keys; ``GraphMLReader`` finds them by `attr.name`, not by id.
    struct Key: Sendable {
        let id: String
        let domain: String
        let name: String
        let type: String

        static let newsgraph = Key(id: "g_newsgraph", domain: "graph", name: "newsgraph", type: "string")
        static let name = Key(id: "n_name", domain: "node", name: "name", type: "string")
        static let type = Key(id: "n_type", domain: "node", name: "type", type: "string")
        static let aliases = Key(id: "n_aliases", domain: "node", name: "aliases", type: "string")
        static let aliasesJSON = Key(id: "n_aliases_json", domain: "node", name: "aliases_json", type: "string")
        static let mentions = Key(id: "n_mentions", domain: "node", name: "mentions", type: "int")
        static let relation = Key(id: "e_relation", domain: "edge", name: "relation", type: "string")
        static let support = Key(id: "e_support", domain: "edge", name: "support", type: "int")
        static let evidenceCount = Key(id: "e_evidence_count", domain: "edge", name: "evidence_count", type: "int")
        static let weight = Key(id: "e_weight", domain: "edge", name: "weight", type: "double")
        static let explicitWeight = Key(id: "e_explicit_weight", domain: "edge", name: "explicit_weight", type: "boolean")
        static let modality = Key(id: "e_modality", domain: "edge", name: "modality", type: "string")
        static let symmetric = Key(id: "e_symmetric", domain: "edge", name: "symmetric", type: "boolean")
        static let evidence = Key(id: "e_evidence", domain: "edge", name: "evidence", type: "string")
        static let evidenceJSON = Key(id: "e_evidence_json", domain: "edge", name: "evidence_json", type: "string")

        static let all: [Key] = [newsgraph, name, type, aliases, aliasesJSON, mentions, relation, support, evidenceCount,
                                 weight, explicitWeight, modality, symmetric, evidence, evidenceJSON]
    }
}
