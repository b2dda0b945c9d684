import Foundation
import Testing

@Suite("newsgraph centrality and path")
struct AnalysisCommandTests {
    @Test("centrality --format json has DESIGN.md's shape, ranked by the first measure")
    func centralityJSON() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["centrality", "g.json", "--measure", "pagerank", "--measure", "degree,core_number",
                                  "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try jsonObject(result.stdout)
        let graph = try #require(json["graph"] as? [String: Any])
        #expect(graph["nodes"] as? Int == 7)
        #expect(graph["edges"] as? Int == 6)
        #expect(graph["directed"] as? Bool == false)
        #expect(graph["weighted"] as? Bool == false)
        #expect(json["measures"] as? [String] == ["pagerank", "degree", "core_number"])
        let entities = try #require(json["entities"] as? [[String: Any]])
        #expect(entities.count == 7)
        let first = try #require(entities.first)
        #expect(first["id"] as? String == "air-base-101")
        #expect(first["name"] as? String == "Air Base 101")
        #expect(first["type"] as? String == "base")
        #expect((first["degree"] as? Double).map { abs($0 - 0.5) < 1e-12 } == true)
        #expect(first["core_number"] as? Int == 2)
        let ranks = entities.compactMap { $0["pagerank"] as? Double }
        #expect(ranks == ranks.sorted(by: >))
        // Key order is DESIGN.md's.
        let keys = ["\"id\"", "\"name\"", "\"type\"", "\"pagerank\"", "\"degree\"", "\"core_number\""]
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("air-base-101") })
        let positions = keys.compactMap { line.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test("centrality --top, --directed and the table and CSV formats")
    func centralityFormats() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let table = try CLI.run(["centrality", "g.json", "--top", "2"], in: scratch.url)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.filter { $0.contains("state") || $0.contains("base") }.count == 2, "\(table.stdout)")
        #expect(lines.contains { $0.contains("betweenness") && $0.contains("pagerank") })
        let csv = try CLI.run(["centrality", "g.json", "--measure", "in_degree", "--directed", "--format", "csv"], in: scratch.url)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("rank,id,name,type,in_degree\n1,air-base-101,Air Base 101,base,0.333"))
        let json = try jsonObject(try CLI.run(["centrality", "g.json", "--directed", "--format", "json"], in: scratch.url).stdout)
        #expect((json["graph"] as? [String: Any])?["directed"] as? Bool == true)
        // cooperates_with is symmetric: two directed edges.
        #expect((json["graph"] as? [String: Any])?["edges"] as? Int == 7)
    }

    @Test("sampled betweenness is reproducible by seed; personalized PageRank; --by-type groups")
    func centralityOptions() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let arguments = ["centrality", "g.json", "--measure", "betweenness", "--samples", "3", "--seed", "7", "--format", "csv"]
        let first = try CLI.run(arguments, in: scratch.url), second = try CLI.run(arguments, in: scratch.url)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout == second.stdout)
        func niamey(_ extra: [String]) throws -> Double? {
            let csv = try CLI.run(["centrality", "g.json", "--measure", "pagerank", "--format", "csv"] + extra, in: scratch.url)
            return csv.stdout.split(separator: "\n").first { $0.contains(",niamey,") }?.split(separator: ",").last.flatMap { Double($0) }
        }
        let plain = try #require(try niamey([])), personal = try #require(try niamey(["--personalize", "Niamey"]))
        #expect(personal > plain)
        let unknown = try CLI.run(["centrality", "g.json", "--personalize", "Atlantis"], in: scratch.url)
        expectOneLineError(unknown, containing: ["Atlantis"])
        let grouped = try jsonObject(try CLI.run(["centrality", "g.json", "--by-type", "--top", "1", "--format", "json"], in: scratch.url).stdout)
        let types = (grouped["entities"] as? [[String: Any]])?.compactMap { $0["type"] as? String }
        #expect(types == ["state", "organization", "base", "city", "region"])
    }

    @Test("an unknown measure is one line listing the known ones")
    func unknownMeasure() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["centrality", "g.json", "--measure", "influence", "-o", "out.txt"], in: scratch.url)
        expectOneLineError(result, containing: ["influence", "degree", "betweenness", "pagerank", "hits_authority", "core_number", "all"])
        #expect(!scratch.exists("out.txt"))
    }

    @Test("path prints each hop with its sentences; a hop against the relation keeps its direction")
    func pathText() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["path", "g.json", "russian", "washington"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Russia —deployed_to→ Air Base 101\n"))
        #expect(result.stdout.contains("Air Base 101 ←stationed_at— United States\n"))
        #expect(result.stdout.contains("\"Russian troops entered Air Base 101.\" [wire/a.txt]"))
        #expect(result.stdout.contains("\"US troops are stationed at Air Base 101.\" [wire/b.txt]"))
    }

    @Test("path --format json is DESIGN.md's form; --directed follows relation direction")
    func pathJSON() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let result = try CLI.run(["path", "g.json", "Russia", "United States", "--format", "json"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try jsonObject(result.stdout)
        #expect(json["from"] as? String == "Russia")
        #expect(json["to"] as? String == "United States")
        // Both shortest paths, the better evidenced (through the base) first.
        let paths = try #require(json["paths"] as? [[String: Any]])
        #expect(paths.count == 2)
        #expect(paths[0]["length"] as? Int == 2)
        #expect(paths[0]["cost"] as? Double == 2)
        let hops = try #require(paths[0]["hops"] as? [[String: Any]])
        #expect(hops.map { $0["relation"] as? String } == ["deployed_to", "stationed_at"])
        // Walked from Air Base 101 to the US, but named as the relation states it.
        #expect(hops[1]["source"] as? String == "United States")
        #expect(hops[1]["target"] as? String == "Air Base 101")
        #expect(hops[1]["direction"] as? String == "backward")
        let evidence = try #require(hops[1]["evidence"] as? [[String: Any]])
        #expect(evidence.first?["document"] as? String == "d2")
        #expect(evidence.first?["text"] as? String == "US troops are stationed at Air Base 101.")

        let directed = try jsonObject(try CLI.run(["path", "g.json", "Russia", "US", "--directed", "--format", "json"], in: scratch.url).stdout)
        let directedHops = try #require((directed["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])
        #expect(directedHops.map { $0["relation"] as? String } == ["cooperates_with", "expels"])

        let k = try jsonObject(try CLI.run(["path", "g.json", "Russia", "US", "--k", "5", "--format", "json"], in: scratch.url).stdout)
        #expect((k["paths"] as? [Any])?.count == 2)
        let excluded = try CLI.run(["path", "g.json", "Russia", "US", "--exclude-relation", "stationed_at"], in: scratch.url)
        #expect(excluded.stdout.contains("Niger —expels→ United States"))
        #expect(!excluded.stdout.contains("stationed_at"))
    }

    @Test("no path is a clear message and exit status 1; an unknown entity suggests names")
    func pathFailures() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        let none = try CLI.run(["path", "g.json", "Russia", "Chatham House"], in: scratch.url)
        expectOneLineError(none, containing: ["no path", "Russia", "Chatham House"])
        #expect(none.stdout.isEmpty)
        let noneJSON = try CLI.run(["path", "g.json", "Russia", "Chatham House", "--format", "json"], in: scratch.url)
        expectOneLineError(noneJSON, containing: ["no path"])
        #expect((try jsonObject(noneJSON.stdout)["paths"] as? [Any])?.isEmpty == true)
        expectOneLineError(try CLI.run(["path", "g.json", "Moscow", "russia"], in: scratch.url), containing: ["same entity", "Russia"])
        let unknown = try CLI.run(["path", "g.json", "Nigeria", "Russia"], in: scratch.url)
        expectOneLineError(unknown, containing: ["g.json", "Nigeria", "did you mean", "Niger"])
    }
}
