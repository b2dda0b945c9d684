import Foundation
import Testing

@Suite("newsgraph render, export, import, eval, analyze")
struct OutputCommandTests {
    @Test("render writes a PNG (by extension) with a highlighted path and node sizes")
    func renderPNG() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["render", "g.json", "-o", "g.png", "--highlight-path", "Russia", "US",
                                  "--size-by", "pagerank", "--title", "Test"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let png = try scratch.read("g.png")
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(scratch.listing() == ["g.json", "g.png"])
    }

    @Test("render --format svg with --focus and filters")
    func renderSVG() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["render", "g.json", "-o", "g.out", "--format", "svg", "--focus", "nigerien",
                                  "--radius", "1", "--entity-type", "state"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let svg = String(decoding: try scratch.read("g.out"), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Niger"))
    }

    @Test("render into a folder that does not exist, or an unknown focus, fails with one line and no file")
    func renderFailures() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        expectOneLineError(try CLI.run(["render", "g.json", "-o", "nowhere/g.svg"], in: scratch.url), containing: ["nowhere/g.svg", "does not exist"])
        expectOneLineError(try CLI.run(["render", "g.json", "-o", "g.svg", "--focus", "Atlantis"], in: scratch.url), containing: ["Atlantis"])
        #expect(scratch.listing() == ["g.json"])
    }

    @Test("export GraphML, import it back; export csv writes the Neo4j folder")
    func exportImport() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let export = try CLI.run(["export", "g.json", "--format", "graphml", "-o", "g.graphml"], in: scratch.url)
        #expect(export.status == 0, "stderr: \(export.stderr)")
        let back = try CLI.run(["import", "g.graphml"], in: scratch.url)
        #expect(back.status == 0, "stderr: \(back.stderr)")
        let graph = try jsonObject(back.stdout)
        #expect((graph["entities"] as? [Any])?.count == 7)
        #expect((graph["relations"] as? [Any])?.count == 6)
        let csv = try CLI.run(["export", "g.json", "--format", "csv", "-o", "neo4j"], in: scratch.url)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        #expect(scratch.exists("neo4j/nodes.csv") && scratch.exists("neo4j/relationships.csv"))
        let json = try CLI.run(["export", "g.json", "--format", "json"], in: scratch.url)
        #expect(json.status == 0)
        #expect(try jsonObject(json.stdout)["nodes"] is [Any])
    }

    @Test("import CSV triples and a directed weighted edge list; bad rows are one line naming file and line")
    func importFormats() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("triples.csv", "source,relation,target,weight\nRussia,deployed_to,Air Base 101,2\nUS,stationed at,Air Base 101,\n")
        let csv = try CLI.run(["import", "triples.csv", "-o", "t.json"], in: scratch.url)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: scratch.read("t.json")) as? [String: Any])
        #expect((graph["relations"] as? [[String: Any]])?.compactMap { $0["type"] as? String } == ["deployed_to", "stationed_at"])
        #expect((graph["entities"] as? [[String: Any]])?.allSatisfy { $0["type"] as? String == "other" } == true)

        try scratch.write("edges.txt", "1 2 0.5\n2 3\n3 1 2\n")
        let edges = try CLI.run(["import", "edges.txt", "--edgelist", "--directed", "-o", "e.json"], in: scratch.url)
        #expect(edges.status == 0, "stderr: \(edges.stderr)")
        let centrality = try CLI.run(["centrality", "e.json", "--measure", "in_degree", "--format", "json"], in: scratch.url)
        #expect((try jsonObject(centrality.stdout)["graph"] as? [String: Any])?["directed"] as? Bool == true)

        try scratch.write("bad.txt", "1 2\n3\n")
        expectOneLineError(try CLI.run(["import", "bad.txt", "--edgelist", "-o", "b.json"], in: scratch.url), containing: ["bad.txt", "line 2"])
        #expect(!scratch.exists("b.json"))
    }

    @Test("report writes one self-contained HTML file with the drawing")
    func report() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["report", "g.json", "-o", "report.html", "--title", "Bases"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let html = String(decoding: try scratch.read("report.html"), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Russian troops entered Air Base 101."))
    }

    @Test("eval scores a graph JSON against a gold file")
    func evalGraph() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try scratch.write("gold.json", """
        {"id": "x", "file": "a.txt",
         "entities": [{"name": "Russia", "type": "state", "aliases": ["Russian"]},
                      {"name": "Air Base 101", "type": "base", "aliases": []}],
         "relations": [{"source": "Russia", "relation": "deployed_to", "target": "Air Base 101", "evidence": "x"}]}
        """)
        let text = try CLI.run(["eval", "g.json", "--gold", "gold.json"], in: scratch.url)
        #expect(text.status == 0, "stderr: \(text.stderr)")
        #expect(text.stdout.contains("relations"))
        #expect(text.stdout.contains("R=1.000"))
        let json = try CLI.run(["eval", "g.json", "--gold", "gold.json", "--format", "json"], in: scratch.url)
        #expect(json.status == 0)
        _ = try jsonObject(json.stdout)
    }

    @Test("analyze with no input analyzes the bundled example corpus")
    func analyzeExample() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try CLI.run(["analyze", "-o", "out"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Analyzed"))
        #expect(scratch.exists("out/report.html"))
        let graph = try #require(try JSONSerialization.jsonObject(with: scratch.read("out/graph.json")) as? [String: Any])
        #expect(((graph["documents"] as? [Any])?.count ?? 0) > 1)
        // Merging the documents keeps a state apart from its capital (TypedGraph.merge is type-aware).
        let types = Dictionary(((graph["entities"] as? [[String: Any]]) ?? []).compactMap { entity in
            (entity["id"] as? String).map { ($0, entity["type"] as? String ?? "") }
        }, uniquingKeysWith: { a, _ in a })
        #expect(types["niger"] == "state")
        #expect(types["niamey"] == "city")
    }

    @Test("analyze writes graph, tables and drawings into a folder it creates")
    func analyze() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("news/a.txt", "Russian troops arrived at Air Base 101 in Niamey.\n")
        let result = try CLI.run(["analyze", "news", "-o", "results/run1"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for name in ["graph.json", "centrality.md", "centrality.json", "graph.svg", "graph.png", "report.html"] {
            #expect(scratch.exists("results/run1/" + name), "missing \(name)")
        }
    }
}
