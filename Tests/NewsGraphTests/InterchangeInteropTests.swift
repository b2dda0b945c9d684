import Testing
import Foundation
@testable import NewsGraph

/// Opens every export with the tools users open them with (networkx, igraph, Python's csv
/// module) and checks that nodes, edges, types and support come back as written.
///
/// Needs `python3` with `networkx` (≥ 3.4) and `python-igraph`; CI installs them with
/// `pip install networkx python-igraph`. Without them the tests are skipped with a reason.
@Suite(.enabled(if: InterchangeInterop.availability == nil, Comment(rawValue: InterchangeInterop.availability ?? "")))
struct InterchangeInteropTests {
    @Test func seedGraphOpensInNetworkxAndIgraph() throws {
        try InterchangeInterop.check(try InterchangeFixtures.newsGraph())
    }

    @Test func undirectedImportedGraphOpens() throws {
        var graph = InterchangeFixtures.generated(nodes: 40, edges: 120)
        graph.directed = false
        try InterchangeInterop.check(graph)
    }

    /// The size case: 100,000 relations over 20,000 entities, every export opened by every
    /// reader. Runs when `NEWSGRAPH_LARGE_INTEROP=1` (it takes tens of seconds, mostly in
    /// networkx's XML readers); `Benchmarks/interchange/README.md` has the figures.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_LARGE_INTEROP"] == "1",
                   "set NEWSGRAPH_LARGE_INTEROP=1 to run the 100,000-edge interop check"))
    func largeGraphOpensEverywhere() throws {
        let graph = InterchangeFixtures.generated(nodes: 20_000, edges: 100_000)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try InterchangeInterop.check(graph) }
        print("100,000-edge interop check (write all exports + load in networkx/igraph/csv): \(elapsed)")
    }
}

enum InterchangeInterop {
    /// Why the interop tests cannot run here, or nil when they can.
    static let availability: String? = {
        guard let python = InterchangeProcess.which("python3") else {
            return "python3 is not on PATH: interop tests skipped (CI: install python3, pip install networkx python-igraph)"
        }
        guard let result = try? InterchangeProcess.run(python, ["-c", "import networkx, igraph"], timeout: 60),
              result.status == 0 else {
            return "python3 lacks networkx or igraph: interop tests skipped (pip install networkx python-igraph)"
        }
        return nil
    }()

    /// Writes every export of `graph` into a temporary folder, loads them in Python and
    /// compares what each reader saw with the graph.
    static func check(_ graph: TypedGraph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dir = try InterchangeProcess.temporaryDirectory("ng-interop")
        defer { try? FileManager.default.removeItem(at: dir) }
        try GraphMLWriter.write(graph).write(to: dir.appendingPathComponent("graph.graphml"))
        try GEXFWriter.write(graph).write(to: dir.appendingPathComponent("graph.gexf"))
        try NodeLinkJSONWriter.write(graph).write(to: dir.appendingPathComponent("graph.json"))
        try Neo4jCSVWriter.write(graph, toDirectory: dir.appendingPathComponent("neo4j"))
        let script = dir.appendingPathComponent("check.py")
        try Data(pythonScript.utf8).write(to: script)

        let result = try InterchangeProcess.run(InterchangeProcess.which("python3")!, [script.path, dir.path], timeout: 600)
        try #require(result.status == 0, "python failed: \(result.stderr)", sourceLocation: sourceLocation)
        let seen = try JSONDecoder().decode([String: Summary].self, from: Data(result.stdout.utf8))

        let directed = graph.directed != false
        for (format, summary) in seen.sorted(by: { $0.key < $1.key }) {
            let neo4j = format == "neo4j_csv"
            #expect(summary.directed == directed, "\(format): directed", sourceLocation: sourceLocation)
            var nodes: [String: [String]] = [:]
            for entity in graph.entities {
                let type = neo4j ? Neo4jCSVWriter.label(entity.type) + ";Entity" : entity.type.rawValue
                nodes[entity.id] = [entity.name, type, entity.aliases.joined(separator: "|"), String(entity.mentions)]
            }
            var edges: [String] = []
            for relation in graph.relations {
                var source = relation.source, target = relation.target
                // Undirected readers may hand an edge back with its ends swapped.
                if !directed && format != "neo4j_csv" && target < source { swap(&source, &target) }
                let type = neo4j ? Neo4jCSVWriter.relationshipType(relation.type) : relation.type.rawValue
                edges.append([source, target, type, String(relation.support), String(relation.evidence.count)].joined(separator: "\t"))
            }
            #expect(summary.nodes.count == nodes.count, "\(format): node count", sourceLocation: sourceLocation)
            let wrongNodes = nodes.filter { summary.nodes[$0.key] != $0.value }.map(\.key).sorted().prefix(5)
            #expect(wrongNodes.isEmpty, "\(format): nodes differ, e.g. \(wrongNodes.map { "\($0): \(String(describing: summary.nodes[$0])) vs \(nodes[$0]!)" })",
                    sourceLocation: sourceLocation)
            #expect(summary.edges.count == edges.count, "\(format): edge count", sourceLocation: sourceLocation)
            #expect(summary.edges == edges.sorted(), "\(format): edges differ", sourceLocation: sourceLocation)
        }
        #expect(Set(seen.keys) == ["networkx_graphml", "igraph_graphml", "networkx_gexf", "networkx_node_link", "neo4j_csv"],
                sourceLocation: sourceLocation)
    }

    struct Summary: Decodable {
        var directed: Bool
        var nodes: [String: [String]]
        var edges: [String]
    }

    /// Loads each export and prints, per reader: directed, nodes {id: [name, type, aliases
    /// joined with |, mentions]} and sorted edges "source\ttarget\trelation\tsupport\tevidence".
    static let pythonScript = #"""
    import csv, json, os, sys, warnings
    warnings.simplefilter("error")  # a reader's warning is a failure
    import networkx as nx
    import igraph

    d = sys.argv[1]
    out = {}

    def canon(directed, s, t):
        return (s, t) if directed or s <= t else (t, s)

    def summarize_nx(G, aliases_of, evidence_count_of):
        nodes = {str(n): [a["name"], a["type"], aliases_of(a), str(int(a["mentions"]))] for n, a in G.nodes(data=True)}
        edges = []
        for s, t, a in G.edges(data=True):
            s, t = canon(G.is_directed(), str(s), str(t))
            edges.append("\t".join([s, t, a["relation"], str(int(a["support"])), str(evidence_count_of(a))]))
        return {"directed": G.is_directed(), "nodes": nodes, "edges": sorted(edges)}

    G = nx.read_graphml(os.path.join(d, "graph.graphml"), force_multigraph=True)
    assert G.is_multigraph()
    for _, _, a in G.edges(data=True):
        assert len(json.loads(a["evidence_json"])) == a["evidence_count"]
        assert isinstance(a["support"], int) and isinstance(a["weight"], float) and isinstance(a["symmetric"], bool)
    out["networkx_graphml"] = summarize_nx(G, lambda a: a.get("aliases", ""), lambda a: a["evidence_count"])

    g = igraph.Graph.Read_GraphML(os.path.join(d, "graph.graphml"))
    ids = g.vs["id"]
    nodes = {v["id"]: [v["name"], v["type"], v["aliases"] or "", str(int(v["mentions"]))] for v in g.vs}
    edges = []
    for e in g.es:
        s, t = canon(g.is_directed(), ids[e.source], ids[e.target])
        edges.append("\t".join([s, t, e["relation"], str(int(e["support"])), str(int(e["evidence_count"]))]))
    out["igraph_graphml"] = {"directed": g.is_directed(), "nodes": nodes, "edges": sorted(edges)}

    G = nx.read_gexf(os.path.join(d, "graph.gexf"))
    for n, a in G.nodes(data=True):
        a["name"] = a["label"]
    out["networkx_gexf"] = summarize_nx(G, lambda a: a.get("aliases", ""), lambda a: a["evidence_count"])

    with open(os.path.join(d, "graph.json"), encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f))
    out["networkx_node_link"] = summarize_nx(G, lambda a: "|".join(a["aliases"]), lambda a: len(a["evidence"]))

    with open(os.path.join(d, "neo4j", "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nodes = {r["id:ID"]: [r["name"], r[":LABEL"], r["aliases:string[]"].replace(";", "|"), r["mentions:int"]] for r in rows}
    with open(os.path.join(d, "neo4j", "relationships.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    edges = sorted("\t".join([r[":START_ID"], r[":END_ID"], r[":TYPE"], r["support:int"], r["evidence_count:int"]]) for r in rows)
    out["neo4j_csv"] = {"directed": True if not rows else True, "nodes": nodes, "edges": edges}
    if not out["networkx_graphml"]["directed"]:
        out["neo4j_csv"]["directed"] = False  # Neo4j has no undirected graphs; nothing to check

    json.dump(out, sys.stdout)
    """#
}
