import Foundation

/// Writes a typed graph as GEXF 1.3 (`http://gexf.net/1.3`), Gephi's own format.
///
/// Gephi shows what GEXF names directly, so the file uses those slots: node `label` = the
/// entity's name, edge `label` = the relation type, edge `weight` = the relation's support
/// (how many documents state it, which is what an analyst wants edge thickness to say), and
/// edge `kind` = the relation type, which is how GEXF 1.3 lets Gephi keep several relations
/// between the same two entities as parallel edges. Everything else is a declared, typed
/// attribute: nodes `type`, `aliases` (joined with `|`), `mentions`; edges `relation`,
/// `support`, `evidence_count`, `imported_weight` (the weight an imported file gave, else 1),
/// `modality`, `symmetric`, `evidence` (the sentences on one line). Nodes carry a
/// `viz:color` per entity type so that a first layout is already readable.
///
/// The graph is directed unless it was imported as undirected; symmetric relations are
/// single edges flagged `symmetric`. networkx reads the file with `nx.read_gexf(path)`.
/// GEXF keeps no documents or offsets: use GraphML or the graph JSON for a lossless copy.
public enum GEXFWriter {
    public static func write(_ graph: TypedGraph) -> Data {
        Data(string(graph).utf8)
    }

    public static func string(_ graph: TypedGraph) -> String {
        let esc = InterchangeText.markupEscaped
        var out = ""
        out.reserveCapacity(512 + graph.entities.count * 300 + graph.relations.count * 400)
        out += """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>NewsGraph</creator>
            <description>Actors and relations extracted from news reports</description>
          </meta>

        """
        let directed = graph.directed != false
        out += "  <graph mode=\"static\" defaultedgetype=\"\(directed ? "directed" : "undirected")\">\n"
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for (index, attribute) in nodeAttributes.enumerated() {
            out += "      <attribute id=\"n\(index)\" title=\"\(attribute.title)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (index, attribute) in edgeAttributes.enumerated() {
            out += "      <attribute id=\"e\(index)\" title=\"\(attribute.title)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for entity in graph.entities {
            let values = [entity.type.rawValue, entity.aliases.joined(separator: InterchangeText.aliasSeparator),
                          String(entity.mentions)]
            out += "      <node id=\"\(esc(entity.id))\" label=\"\(esc(entity.name))\"><attvalues>"
            for (index, value) in values.enumerated() {
                out += "<attvalue for=\"n\(index)\" value=\"\(esc(value))\"/>"
            }
            let color = Self.color(entity.type)
            out += "</attvalues><viz:color r=\"\(color.r)\" g=\"\(color.g)\" b=\"\(color.b)\"/></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, relation) in graph.relations.enumerated() {
            let values = [relation.type.rawValue, String(relation.support), String(relation.evidence.count),
                          JSONWriter.formatDouble(InterchangeText.effectiveWeight(relation)), relation.modality.rawValue,
                          String(relation.type.isSymmetric), InterchangeText.evidenceSummary(relation)]
            out += "      <edge id=\"\(index)\" source=\"\(esc(relation.source))\" target=\"\(esc(relation.target))\""
            out += " kind=\"\(relation.type.rawValue)\" label=\"\(relation.type.rawValue)\" weight=\"\(relation.support)\"><attvalues>"
            for (index, value) in values.enumerated() {
                out += "<attvalue for=\"e\(index)\" value=\"\(esc(value))\"/>"
            }
            out += "</attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static let nodeAttributes: [(title: String, type: String)] = [
        ("type", "string"), ("aliases", "string"), ("mentions", "integer"),
    ]
    private static let edgeAttributes: [(title: String, type: String)] = [
        ("relation", "string"), ("support", "integer"), ("evidence_count", "integer"), ("imported_weight", "double"),
        ("modality", "string"), ("symmetric", "boolean"), ("evidence", "string"),
    ]

    /// One distinct colour per entity type (a qualitative palette readable on white).
    static func color(_ type: EntityType) -> (r: Int, g: Int, b: Int) {
        switch type {
        case .person: return (228, 26, 28)
        case .state: return (55, 126, 184)
        case .organization: return (77, 175, 74)
        case .militaryUnit: return (152, 78, 163)
        case .armedGroup: return (255, 127, 0)
        case .base: return (166, 86, 40)
        case .city: return (247, 129, 191)
        case .region: return (153, 153, 153)
        case .alliance: return (23, 190, 207)
        case .media: return (188, 189, 34)
        case .other: return (90, 90, 90)
        }
    }
}
