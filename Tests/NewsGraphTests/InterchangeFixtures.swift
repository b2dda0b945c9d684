import Foundation
@testable import NewsGraph

/// Graphs built in code for the interchange and report tests (no resource files needed).
enum InterchangeFixtures {
    /// A small news graph with every feature an export must carry: documents, aliases (one
    /// with a `|`), text that needs escaping, a symmetric relation, a hedged one, an explicit
    /// weight, parallel relations between the same two entities and multi-document evidence.
    static func newsGraph() throws -> TypedGraph {
        let documents = [
            Document(id: "d1", source: "corpus/niger-1.txt", title: "Russia moves into \"Air Base 101\"", date: "2024-05-03", sha256: "aa11"),
            Document(id: "d2", source: "corpus/niger-2.txt", title: "US & Niger <talks>"),
        ]
        let entities = [
            Entity(name: "Russia", type: .state, aliases: ["Russian", "Moscow", "the Russians"], mentions: 12),
            Entity(name: "Niger", type: .state, aliases: ["Nigerien", "Niamey's junta"], mentions: 20),
            Entity(name: "United States", type: .state, aliases: ["US", "U.S.", "Washington"], mentions: 15),
            Entity(name: "Air Base 101", type: .base, aliases: ["Airbase 101", "base 101 | Niamey"], mentions: 4),
            Entity(name: "Africa Corps", type: .militaryUnit, aliases: [], mentions: 2),
            Entity(name: "Abdourahamane Tiani", type: .person, aliases: ["Tiani", "Gen. Tiani"], mentions: 3),
            Entity(name: "Goïta, Assimi", type: .person, aliases: [], mentions: 1),
            Entity(name: "Sahel", type: .region, mentions: 0),
        ]
        func ev(_ doc: String, _ start: Int, _ text: String, _ rule: String = "test-rule") -> Evidence {
            Evidence(document: doc, start: start, end: start + text.unicodeScalars.count, text: text, rule: rule)
        }
        let relations = [
            Relation(source: "russia", type: .deployedTo, target: "air-base-101",
                     evidence: [ev("d1", 0, "Russian troops arrived at Air Base 101, the \"military\" part of Niamey's airport."),
                                ev("d2", 40, "Moscow's forces moved\ninto the base; US troops stayed.")]),
            Relation(source: "russia", type: .supports, target: "niger", evidence: [ev("d1", 90, "Russia backs Niger's junta & its <rulers>.")]),
            Relation(source: "russia", type: .cooperatesWith, target: "niger", evidence: [ev("d1", 140, "Russia and Niger agreed to cooperate.")]),
            Relation(source: "niger", type: .demandsWithdrawalOf, target: "united-states", evidence: [ev("d2", 0, "Niger ordered US troops out.")]),
            Relation(source: "abdourahamane-tiani", type: .leads, target: "niger", evidence: [ev("d2", 70, "Gen. Tiani, who leads Niger, spoke.")]),
            Relation(source: "africa-corps", type: .partOf, target: "russia", weight: 2.5),
            Relation(source: "united-states", type: .withdrawsFrom, target: "niger",
                     evidence: [ev("d2", 100, "The US could withdraw from Niger.", "hedge")], modality: .hedged),
            Relation(source: "goita-assimi", type: .meets, target: "abdourahamane-tiani", evidence: [ev("d1", 200, "Goïta met Tiani.")]),
        ]
        return try TypedGraph(documents: documents, entities: entities, relations: relations)
    }

    /// A generated graph of `edges` relations over `nodes` entities, no evidence, all types
    /// cycling: the size case for interop and speed checks.
    static func generated(nodes: Int, edges: Int, seed: UInt64 = 42) -> TypedGraph {
        var graph = TypedGraph()
        let types = EntityType.allCases
        for i in 0..<nodes {
            graph.upsert(Entity(id: "n\(i)", name: "Node \(i)", type: types[i % types.count], mentions: i % 7))
        }
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let relationTypes = RelationType.allCases
        var added = 0
        while added < edges {
            let s = next() % nodes, t = next() % nodes
            let type = relationTypes[next() % relationTypes.count]
            let before = graph.relations.count
            graph.add(Relation(source: "n\(s)", type: type, target: "n\(t)", weight: added % 3 == 0 ? Double(1 + next() % 5) : nil))
            if graph.relations.count > before { added += 1 }
        }
        return graph
    }
}
