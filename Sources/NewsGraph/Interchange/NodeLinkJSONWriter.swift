import Foundation

/// Writes a typed graph as networkx node-link JSON, which networkx 3.6 reads with its default
/// arguments and without warnings: `nx.node_link_graph(json.load(f))`.
///
/// networkx 3.4 renamed the edge list's default key from `links` to `edges` (3.6 reads only
/// what `edges=` names, `"edges"` by default), so the file uses `edges`; with networkx < 3.4
/// pass `link="edges"`. The top level carries `directed` (true unless the graph was imported
/// as undirected) and `multigraph`: true only when two relations join the same pair of
/// entities (same direction, or either direction in an undirected graph), so that a simple
/// news graph loads as a plain `DiGraph`. In a multigraph every edge has `key` = its relation
/// type, unique per pair, so `G[u][v]["deployed_to"]` finds it.
///
/// Nodes: `id`, `name`, `type`, `aliases` (a list), `mentions`. Edges: `source`, `target`,
/// [`key`], `relation`, `support`, `evidence_count`, `weight` (imported weight, else 1),
/// `modality`, `symmetric`, `evidence` (objects with document, offsets, text and rule).
/// `graph` holds the documents, so every evidence item can be traced to its source.
public enum NodeLinkJSONWriter {
    public static func write(_ graph: TypedGraph) -> Data {
        Data(string(graph).utf8)
    }

    public static func string(_ graph: TypedGraph) -> String {
        let directed = graph.directed != false
        let multigraph = hasParallelRelations(graph, directed: directed)
        var graphMembers: [(String, JSONWriter.Value)] = [("format", .string(GraphFormat.formatName)),
                                                          ("version", .int(GraphFormat.currentVersion))]
        graphMembers.append(("documents", .array(graph.documents.map(GraphFormat.value(of:)))))
        let nodes: [JSONWriter.Value] = graph.entities.map { entity in
            .object([("id", .string(entity.id)), ("name", .string(entity.name)), ("type", .string(entity.type.rawValue)),
                     ("aliases", .array(entity.aliases.map(JSONWriter.Value.string))), ("mentions", .int(entity.mentions))])
        }
        let edges: [JSONWriter.Value] = graph.relations.map { relation in
            var members: [(String, JSONWriter.Value)] = [("source", .string(relation.source)), ("target", .string(relation.target))]
            if multigraph { members.append(("key", .string(relation.type.rawValue))) }
            members += [("relation", .string(relation.type.rawValue)), ("support", .int(relation.support)),
                        ("evidence_count", .int(relation.evidence.count)),
                        ("weight", .double(InterchangeText.effectiveWeight(relation))),
                        ("modality", .string(relation.modality.rawValue)), ("symmetric", .bool(relation.type.isSymmetric)),
                        ("evidence", InterchangeText.evidenceValue(relation))]
            return .object(members)
        }
        return JSONWriter.serializeDocument([
            ("directed", .bool(directed)), ("multigraph", .bool(multigraph)), ("graph", .object(graphMembers)),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
    }

    /// True when two relations join the same ordered pair (either order when undirected).
    static func hasParallelRelations(_ graph: TypedGraph, directed: Bool) -> Bool {
        var seen = Set<[String]>()
        seen.reserveCapacity(graph.relations.count)
        for relation in graph.relations {
            var pair = [relation.source, relation.target]
            if !directed && pair[1] < pair[0] { pair.swapAt(0, 1) }
            if !seen.insert(pair).inserted { return true }
        }
        return false
    }
}
