import Foundation
import Testing
@testable import NewsGraph

/// Russia and the US both at Air Base 101 (the US twice: `stationed_at` and `deployed_to`),
/// Russia cooperates with Niger (symmetric), Niger expels the US; a hedged `attacks`.
private func analysisGraph() throws -> TypedGraph {
    func evidence(_ doc: String, _ text: String) -> [Evidence] {
        [Evidence(document: doc, start: 0, end: text.unicodeScalars.count, text: text, rule: "test")]
    }
    return try TypedGraph(
        documents: [Document(id: "d1", source: "a.txt"), Document(id: "d2", source: "b.txt")],
        entities: [Entity(name: "Russia", type: .state), Entity(name: "United States", type: .state, aliases: ["US"]),
                   Entity(name: "Air Base 101", type: .base), Entity(name: "Niger", type: .state),
                   Entity(name: "Wagner Group", type: .armedGroup)],
        relations: [
            Relation(source: "russia", type: .deployedTo, target: "air-base-101", evidence: evidence("d1", "Russians arrived.")),
            Relation(source: "united-states", type: .stationedAt, target: "air-base-101",
                     evidence: evidence("d1", "US troops are based there.") + evidence("d2", "Americans remain at the base.")),
            Relation(source: "united-states", type: .deployedTo, target: "air-base-101", evidence: evidence("d2", "The US sent troops.")),
            Relation(source: "russia", type: .cooperatesWith, target: "niger", evidence: evidence("d1", "They cooperate.")),
            Relation(source: "niger", type: .expels, target: "united-states", evidence: evidence("d2", "Niger expelled the US.")),
            Relation(source: "wagner-group", type: .attacks, target: "niger", evidence: evidence("d1", "Wagner could attack."),
                     modality: .hedged),
        ])
}

@Suite struct AnalysisGraphTests {
    @Test func collapsesRelationsIntoOneWeightedEdge() throws {
        let g = try AnalysisGraph(try analysisGraph(), weighted: true)
        #expect(!g.isDirected)
        #expect(g.nodeCount == 5)
        #expect(g.edgeCount == 4) // the hedged relation is out of the default view
        let us = try #require(g.nodeIndex["united-states"]), base = try #require(g.nodeIndex["air-base-101"])
        let edge = try #require(g.compact.edgeIndex(from: us, to: base))
        #expect(g.compact.edge(edge).weight == 2)
    }

    @Test func directedViewReadsSymmetricRelationsBothWays() throws {
        let g = try AnalysisGraph(try analysisGraph(), directed: true)
        #expect(g.isDirected)
        let russia = try #require(g.nodeIndex["russia"]), niger = try #require(g.nodeIndex["niger"])
        #expect(g.compact.edgeIndex(from: russia, to: niger) != nil)
        #expect(g.compact.edgeIndex(from: niger, to: russia) != nil)
        #expect(g.edgeCount == 5)
    }

    @Test func graphHintSetsDirectionAndFlagsOverrideIt() throws {
        var typed = try analysisGraph()
        typed.directed = true
        #expect(try AnalysisGraph(typed).isDirected)
        #expect(try !AnalysisGraph(typed, directed: false).isDirected)
    }

    @Test func filtersAndHedgedRelations() throws {
        let all = try AnalysisGraph(try analysisGraph(), filter: GraphFilter(includeUnasserted: true))
        #expect(all.edgeCount == 5)
        let states = try AnalysisGraph(try analysisGraph(), filter: GraphFilter(entityTypes: [.state]))
        #expect(states.nodeCount == 3)
        #expect(states.edgeCount == 2)
    }

    @Test func refusesNonPositiveWeightsWhenWeighted() throws {
        let typed = try TypedGraph(documents: [], entities: [Entity(name: "A", type: .other), Entity(name: "B", type: .other)],
                                   relations: [Relation(source: "a", type: .relatedTo, target: "b", weight: -1)])
        #expect(throws: AnalysisError.self) { try AnalysisGraph(typed, weighted: true) }
        #expect(try AnalysisGraph(typed).edgeCount == 1)
    }
}

@Suite struct CentralityBridgeTests {
    @Test func parsesMeasureNames() throws {
        #expect(try CentralityMeasure.parse([]) == [.degree, .betweenness, .pagerank])
        #expect(try CentralityMeasure.parse(["PageRank", "hits-hub,degree", "pagerank"]) == [.pagerank, .hitsHub, .degree])
        #expect(try CentralityMeasure.parse(["all"]) == CentralityMeasure.allCases)
        do {
            _ = try CentralityMeasure.parse(["influence"])
            Issue.record("an unknown measure was accepted")
        } catch let error as AnalysisError {
            #expect(error.message.contains("influence"))
            for name in CentralityMeasure.knownNames { #expect(error.message.contains(name)) }
        }
    }

    @Test func computesAndRanks() throws {
        let result = try AnalysisGraph(try analysisGraph()).centrality([.degree, .coreNumber])
        let ranking = result.ranking()
        #expect(result.entities[ranking[0]].id == "air-base-101" || result.entities[ranking[0]].id == "united-states")
        #expect(result.value(.degree, of: ranking[0]) == 0.5)
        let wagner = try #require(result.entities.firstIndex { $0.id == "wagner-group" })
        #expect(result.value(.degree, of: wagner) == 0)
        #expect(ranking.last == wagner)
        #expect(result.ranking(top: 2, type: .state).count == 2)
    }

    @Test func coreNumberWithSelfLoopIsAClearError() throws {
        let typed = try TypedGraph(documents: [], entities: [Entity(name: "A", type: .other)],
                                   relations: [Relation(source: "a", type: .relatedTo, target: "a")])
        #expect(throws: AnalysisError.self) { try AnalysisGraph(typed).centrality([.coreNumber]) }
    }

    @Test func personalizedPageRankFavoursTheSeed() throws {
        let g = try AnalysisGraph(try analysisGraph())
        let plain = try g.centrality([.pagerank])
        let personal = try g.centrality([.pagerank], options: CentralityOptions(personalization: ["niger"]))
        let niger = try #require(g.nodeIndex["niger"])
        #expect(try #require(personal.value(.pagerank, of: niger)) > (try #require(plain.value(.pagerank, of: niger))))
    }

    @Test func jsonHasTheDesignShape() throws {
        let json = try AnalysisGraph(try analysisGraph()).centrality([.degree]).table(top: 1).formatted(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["graph"] as? [String: Any])?["nodes"] as? Int == 5)
        #expect(object["measures"] as? [String] == ["degree"])
        #expect((object["entities"] as? [Any])?.count == 1)
    }
}

@Suite struct PathBridgeTests {
    @Test func prefersTheBestSupportedRelationAndListsTheOthers() throws {
        let result = try analysisGraph().paths(from: "Russia", to: "US", query: PathQuery())
        let path = try #require(result.paths.first)
        #expect(path.length == 2)
        #expect(path.entities.map(\.id) == ["russia", "air-base-101", "united-states"])
        let hop = path.hops[1]
        #expect(hop.relation.type == .stationedAt) // two documents beat one
        #expect(hop.relations.map(\.type) == [.stationedAt, .deployedTo])
        #expect(!hop.isForward)
        #expect(hop.relation.source == "united-states")
    }

    @Test func equallyShortPathsComeBestEvidencedFirst() throws {
        func ev(_ docs: [String]) -> [Evidence] { docs.map { Evidence(document: $0, start: 0, end: 1, text: "x", rule: "t") } }
        let g = try TypedGraph(
            documents: [Document(id: "d1", source: "1"), Document(id: "d2", source: "2")],
            entities: ["A", "N", "B", "Z"].map { Entity(name: $0, type: .state) },
            relations: [Relation(source: "a", type: .meets, target: "n", evidence: ev(["d1"])),
                        Relation(source: "n", type: .meets, target: "z", evidence: ev(["d1"])),
                        Relation(source: "a", type: .meets, target: "b", evidence: ev(["d1", "d2"])),
                        Relation(source: "b", type: .meets, target: "z", evidence: ev(["d1", "d2"]))])
        let paths = try g.paths(from: "A", to: "Z", query: PathQuery()).paths
        #expect(paths.map { $0.entities.map(\.id) } == [["a", "b", "z"], ["a", "n", "z"]])
        #expect(paths.map(\.support) == [4, 2])
        #expect(try g.paths(from: "A", to: "Z", query: PathQuery(mode: .shortest(limit: 1))).paths.count == 1)
    }

    @Test func tiedShortestPathsPreferSpecificIntermediatesOverHubs() throws {
        func ev(_ docs: [String]) -> [Evidence] { docs.map { Evidence(document: $0, start: 0, end: 1, text: "x", rule: "t") } }
        // A and Z meet, as well evidenced, through the hub H (linked to four more states) and
        // through the base B, which only they share.
        var relations = [Relation(source: "a", type: .deployedTo, target: "h", evidence: ev(["d1", "d2"])),
                         Relation(source: "z", type: .deployedTo, target: "h", evidence: ev(["d1", "d2"])),
                         Relation(source: "a", type: .stationedAt, target: "b", evidence: ev(["d1", "d2"])),
                         Relation(source: "z", type: .stationedAt, target: "b", evidence: ev(["d1", "d2"]))]
        for other in ["p", "q", "r", "s"] { relations.append(Relation(source: other, type: .deployedTo, target: "h", evidence: ev(["d1"]))) }
        let g = try TypedGraph(
            documents: [Document(id: "d1", source: "1"), Document(id: "d2", source: "2")],
            entities: [Entity(name: "A", type: .state), Entity(name: "H", type: .state), Entity(name: "B", type: .base),
                       Entity(name: "Z", type: .state)] + ["P", "Q", "R", "S"].map { Entity(name: $0, type: .state) },
            relations: relations)
        let paths = try g.paths(from: "A", to: "Z", query: PathQuery()).paths
        #expect(paths.map { $0.entities.map(\.id) } == [["a", "b", "z"], ["a", "h", "z"]])
    }

    @Test func directedFollowsRelationDirection() throws {
        let result = try analysisGraph().paths(from: "Russia", to: "US", query: PathQuery(directed: true))
        let path = try #require(result.paths.first)
        #expect(path.entities.map(\.id) == ["russia", "niger", "united-states"])
        #expect(path.hops.allSatisfy { $0.isForward })
        let none = try analysisGraph().paths(from: "US", to: "Russia", query: PathQuery(directed: true))
        #expect(none.paths.isEmpty)
    }

    @Test func modesAndRestrictions() throws {
        let g = try analysisGraph()
        #expect(try g.paths(from: "Russia", to: "US", query: PathQuery(mode: .shortest(limit: nil))).paths.count == 2)
        #expect(try g.paths(from: "Russia", to: "US", query: PathQuery(mode: .shortest(limit: 1))).paths.count == 1)
        #expect(try g.paths(from: "Russia", to: "US", query: PathQuery(mode: .kShortest(5))).paths.count == 2)
        #expect(try g.paths(from: "Russia", to: "US", query: PathQuery(mode: .allSimple(maxHops: 1, limit: nil))).paths.isEmpty)
        let onlyBase = try g.paths(from: "Russia", to: "US",
                                   query: PathQuery(filter: GraphFilter(excludedRelationTypes: [.cooperatesWith])))
        #expect(onlyBase.paths.first?.entities.map(\.id) == ["russia", "air-base-101", "united-states"])
        // The ends are kept even when their type is filtered out.
        let bases = try g.paths(from: "Russia", to: "US", query: PathQuery(filter: GraphFilter(entityTypes: [.base])))
        // The entity-type filter restricts the entities a path passes through, not its ends.
        #expect(bases.paths.map { $0.entities.map(\.id) } == [["russia", "air-base-101", "united-states"]])
        #expect(throws: EntityLookupError.self) { try g.paths(from: "Atlantis", to: "US", query: PathQuery()) }
    }

    @Test func textAndJSONForms() throws {
        let g = try analysisGraph()
        let result = try g.paths(from: "Russia", to: "US", query: PathQuery())
        let text = result.text(in: g)
        #expect(text.contains("Russia —deployed_to→ Air Base 101"))
        #expect(text.contains("Air Base 101 ←stationed_at— United States"))
        #expect(text.contains("\"Americans remain at the base.\" [b.txt]"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.json(in: g).utf8)) as? [String: Any])
        let hops = try #require((json["paths"] as? [[String: Any]])?.first?["hops"] as? [[String: Any]])
        #expect(hops[1]["source"] as? String == "United States")
        #expect(hops[1]["direction"] as? String == "backward")
        #expect((hops[1]["relations"] as? [Any])?.count == 2)
    }
}
