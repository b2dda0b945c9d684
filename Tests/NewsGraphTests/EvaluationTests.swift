import Testing
import Foundation
@testable import NewsGraph

/// Small golds and a graph that exercise every rule of `eval/README.md` and every Python detail
/// of `score.py`; each number is checked against `score.py` run on the same files.
enum TrickyCase {
    static let gold1 = GoldAnnotation(id: "001", file: "one.txt", entities: [
        .init(name: "United States", type: "state", aliases: ["U.S.", "US", "American"]),
        .init(name: "Russia", type: "state", aliases: ["Russian", "Russia’s"]),
        .init(name: "The Kremlin", type: "organization"),
        .init(name: "Niger", type: "state", aliases: ["the junta", "Nigerien"]),
        .init(name: "Air Base 101", type: "base", aliases: ["Air Base 101", "airbase-101"]),
        .init(name: "Sahel", type: "region"),
        .init(name: "Lloyd Austin", type: "person", aliases: ["Austin", "Lloyd J. Austin"]),
        .init(name: "Austin", type: "city"),
        .init(name: "Wagner Group", type: "armed_group", aliases: ["Wagner", "Africa Corps"]),
        .init(name: "Africa Corps", type: "military_unit"),
        .init(name: "Omar Tchiani", type: "person", aliases: ["Omar"]),
        .init(name: "Omar Bongo", type: "person", aliases: ["Omar"]),
    ], relations: [
        .init(source: "Russia", relation: "deployed_to", target: "Niger"),
        .init(source: "United States", relation: "stationed_at", target: "Air Base 101"),
        .init(source: "Air Base 101", relation: "located_in", target: "Niger"),
        .init(source: "Russia", relation: "allied_with", target: "Niger"),
        .init(source: "United States", relation: "meets", target: "Russia"),
        .init(source: "Wagner Group", relation: "fights", target: "Sahel"),
        .init(source: "Niger", relation: "located_in", target: "Sahel"),
        // An alias as an end: not a gold key, so score.py drops it.
        .init(source: "Russian", relation: "supports", target: "Niger"),
        // France is only defined in the second file: dropped in corpus mode too (file order).
        .init(source: "Niger", relation: "expels", target: "France"),
        .init(source: "Lloyd Austin", relation: "visits", target: "Air Base 101"),
        // Duplicate, written the other way round: counts once.
        .init(source: "Niger", relation: "allied_with", target: "Russia"),
    ])

    static let gold2 = GoldAnnotation(id: "002", file: "two.txt", entities: [
        // Same key as gold1's: the first name and type stay, the aliases are added.
        .init(name: "the United States", type: "organization", aliases: ["Washington"]),
        .init(name: "France", type: "state", aliases: ["French"]),
        .init(name: "Niger", type: "state"),
        .init(name: "Sahel", type: "region"),
    ], relations: [
        .init(source: "France", relation: "withdraws_from", target: "Niger"),
        .init(source: "Washington", relation: "cooperates_with", target: "France"),
        .init(source: "United States", relation: "cooperates_with", target: "France"),
        .init(source: "France", relation: "located_in", target: "Sahel"),
    ])

    static func graph() throws -> TypedGraph {
        let docs = [Document(id: "d1", source: "corpus/one.txt"), Document(id: "d2", source: "/abs/corpus/two.txt")]
        func e(_ id: String, _ name: String, _ type: EntityType, _ aliases: [String] = []) -> Entity {
            Entity(id: id, name: name, type: type, aliases: aliases)
        }
        let entities = [
            e("us", "U.S.", .state),
            e("usa", "United States of America", .state, ["United States"]),   // split entity: a false positive
            e("russia", "Russia's", .organization),                            // right entity, wrong type
            e("russian", "Russian", .state),                                   // second node, but first typed match
            e("kremlin", "the Kremlin", .organization),
            e("niger", "Niger’s", .state),
            e("base", "AIR BASE 101", .base),
            e("sahel", "Sahel", .region),
            e("austin", "Austin", .person),                                    // exact rule: the city
            e("lloyd", "Lloyd Austin", .person),
            e("omar", "Omar", .person),                                        // two candidates, no exact: the first
            e("africa", "Africa Corps", .militaryUnit),
            e("ghost", "Ghost Army", .armedGroup),
            e("ghost-2", "Ghost Army", .armedGroup),
            e("france", "France", .state),
            e("paris", "Paris", .city, ["France"]),                            // France by alias? no: name unmatched first, alias fallback
            e("washington", "Washington", .city),
        ]
        func r(_ s: String, _ t: RelationType, _ o: String, doc: String = "d1") -> Relation {
            Relation(source: s, type: t, target: o, evidence: [Evidence(document: doc, start: 0, end: 1, text: "x", rule: "test")])
        }
        let relations = [
            r("russia", .deployedTo, "niger"),
            r("russian", .deployedTo, "niger"),
            r("us", .stationedAt, "base"),
            r("niger", .alliedWith, "russia"),
            r("us", .meets, "russia"),
            r("russian", .meets, "usa"),
            r("base", .locatedIn, "niger"),
            r("ghost", .attacks, "niger"),
            r("niger", .fights, "ghost-2"),
            r("ghost", .fights, "ghost-2"),
            r("niger", .locatedIn, "sahel"),
            r("africa", .fights, "sahel"),
            r("austin", .locatedIn, "niger"),
            r("russia", .supports, "niger"),
            r("niger", .expels, "france"),
            r("lloyd", .visits, "base"),
            r("france", .withdrawsFrom, "niger", doc: "d2"),
            r("washington", .cooperatesWith, "france", doc: "d2"),
            r("france", .cooperatesWith, "us", doc: "d2"),
            r("paris", .locatedIn, "sahel", doc: "d2"),
        ]
        return try TypedGraph(documents: docs, entities: entities, relations: relations)
    }
}

@Suite struct EvaluationTests {
    /// Writes the graph and the golds, scores them with score.py and with us (corpus mode), and
    /// checks that every field agrees. Returns our score and score.py's JSON.
    @discardableResult
    func checkCorpus(_ graph: TypedGraph, _ golds: [GoldAnnotation], ignore: [String] = [],
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> (EvaluationScore, JSONValue)? {
        let dir = try ReferenceScorer.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graphPath = dir.appendingPathComponent("graph.json").path
        try GraphFormat.write(graph).write(to: URL(fileURLWithPath: graphPath))
        var read: [GoldAnnotation] = []
        for (i, gold) in golds.enumerated() {
            let path = dir.appendingPathComponent("gold\(i).json").path
            try goldJSON(gold).write(to: URL(fileURLWithPath: path))
            read.append(try GoldAnnotation.read(path: path))
        }
        let ignoreArgs = ignore.flatMap { ["--ignore-type", $0] }
        let theirs = try JSONValue(parsing: ReferenceScorer.run([graphPath] + read.map(\.path) + ignoreArgs + ["--json"]))
        let graphBack = try GraphFormat.read(Data(contentsOf: URL(fileURLWithPath: graphPath)))
        let ours = Evaluator.score(graphBack, gold: read, ignoringTypes: Set(ignore))
        let oursJSON = try JSONValue(parsing: EvaluationReport.json(ours))
        #expect(oursJSON.differences(from: theirs) == [], sourceLocation: sourceLocation)
        let theirText = try ReferenceScorer.run([graphPath] + read.map(\.path) + ignoreArgs)
        let ourLines = EvaluationReport.summaryLines(entities: ours.entities, typedEntities: ours.typedEntities,
                                                     relations: ours.relations, pairs: ours.pairs)
        #expect(ourLines.joined(separator: "\n") + "\n" == theirText, sourceLocation: sourceLocation)
        #expect(EvaluationReport.text(ours).hasPrefix(theirText), sourceLocation: sourceLocation)
        return (ours, theirs)
    }

    /// The same for per-document mode.
    @discardableResult
    func checkPerDocument(_ pairs: [(TypedGraph, GoldAnnotation)], ignore: [String] = [],
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> PerDocumentEvaluation {
        let dir = try ReferenceScorer.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var arguments: [String] = []
        var ourPairs: [(graph: TypedGraph, gold: GoldAnnotation)] = []
        for (i, (graph, gold)) in pairs.enumerated() {
            let graphPath = dir.appendingPathComponent("graph\(i).json").path
            let goldPath = dir.appendingPathComponent("gold\(i).json").path
            try GraphFormat.write(graph).write(to: URL(fileURLWithPath: graphPath))
            try goldJSON(gold).write(to: URL(fileURLWithPath: goldPath))
            arguments += [graphPath, goldPath]
            ourPairs.append((graph, try GoldAnnotation.read(path: goldPath)))
        }
        let ignoreArgs = ignore.flatMap { ["--ignore-type", $0] }
        let theirs = try JSONValue(parsing: ReferenceScorer.run(["--per-doc"] + arguments + ignoreArgs + ["--json"]))
        let ours = Evaluator.scorePerDocument(ourPairs, ignoringTypes: Set(ignore))
        #expect(try JSONValue(parsing: EvaluationReport.json(ours)).differences(from: theirs) == [], sourceLocation: sourceLocation)
        let theirText = try ReferenceScorer.run(["--per-doc"] + arguments + ignoreArgs)
        #expect(EvaluationReport.text(ours).hasPrefix(theirText), sourceLocation: sourceLocation)
        return ours
    }

    @Test func trickyCorpusAgreesWithScorePy() throws {
        guard ReferenceScorer.available() else { return }
        guard let (ours, _) = try checkCorpus(try TrickyCase.graph(), [TrickyCase.gold1, TrickyCase.gold2]) else { return }
        // A few of the numbers, worked out by hand from the rules.
        // 17 predicted nodes; matched: us, russia, kremlin, niger, base, sahel, austin(city),
        // lloyd, omar(tchiani), africa, france, washington(→ united states? no: claimed) …
        #expect(ours.predictedEntities == 17)
        #expect(ours.goldEntities == 13)
        #expect(ours.unmatchedPredictedEntities == ["Ghost Army", "Ghost Army"])
        // "usa" (alias fallback) and "russian" are second nodes of claimed gold entities.
        #expect(ours.entityCounts.truePredicted < 17 - 2)
        #expect(ours.wrongRelations.contains(RelationTriple(source: "?ghost-2", relation: "fights", target: "niger")))
        #expect(ours.wrongRelations.contains(RelationTriple(source: "?ghost", relation: "fights", target: "?ghost-2")))
        #expect(ours.unmatchedGoldEntities.contains("omar bongo"))
        #expect(!ours.missedRelations.contains { $0.relation == "expels" })
    }

    @Test func trickyCorpusIgnoringRegionsAgreesWithScorePy() throws {
        guard ReferenceScorer.available() else { return }
        guard let (ours, _) = try checkCorpus(try TrickyCase.graph(), [TrickyCase.gold1, TrickyCase.gold2], ignore: ["region"]) else { return }
        #expect(ours.predictedEntities == 16)
        #expect(!ours.wrongRelations.contains { $0.target == "sahel" || $0.source == "sahel" })
        try checkCorpus(try TrickyCase.graph(), [TrickyCase.gold1, TrickyCase.gold2], ignore: ["region", "person"])
    }

    @Test func goldFileOrderMatters() throws {
        guard ReferenceScorer.available() else { return }
        try checkCorpus(try TrickyCase.graph(), [TrickyCase.gold2, TrickyCase.gold1])
        try checkCorpus(try TrickyCase.graph(), [TrickyCase.gold1])
    }

    @Test func trickyPerDocumentAgreesWithScorePy() throws {
        guard ReferenceScorer.available() else { return }
        let graph = try TrickyCase.graph()
        try checkPerDocument([(graph, TrickyCase.gold1), (graph, TrickyCase.gold2)])
        try checkPerDocument([(graph, TrickyCase.gold1), (graph, TrickyCase.gold2)], ignore: ["region"])
        let split = Evaluator.splitByDocument(graph, gold: [TrickyCase.gold1, TrickyCase.gold2])
        try checkPerDocument(split.map { ($0.graph, $0.gold) })
    }

    @Test func emptySidesScoreZeroNotNaN() throws {
        guard ReferenceScorer.available() else { return }
        let empty = GoldAnnotation(entities: [], relations: [])
        guard let (a, _) = try checkCorpus(TypedGraph(), [TrickyCase.gold1]) else { return }
        #expect(a.entities == EvaluationMetric(precision: 0, recall: 0, f1: 0))
        try checkCorpus(try TrickyCase.graph(), [empty])
        try checkCorpus(TypedGraph(), [empty])
        try checkPerDocument([(TypedGraph(), empty), (try TrickyCase.graph(), TrickyCase.gold2)])
    }

    /// Graphs made from the development golds themselves, thinned and altered, scored both ways.
    @Test func seedGoldsAgreeWithScorePy() throws {
        guard ReferenceScorer.available() else { return }
        let dir = ReferenceScorer.shared.appendingPathComponent("eval/seeds")
        let paths = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(paths.count >= 5)
        let golds = try paths.map { try GoldAnnotation.read(path: dir.appendingPathComponent($0).path) }
        var perDoc: [(TypedGraph, GoldAnnotation)] = []
        var whole = TypedGraph()
        for (n, gold) in golds.enumerated() {
            var graph = TypedGraph()
            for (i, e) in gold.entities.enumerated() where i % 5 != 3 {
                // Alternate between the canonical name and the last alias; change some types.
                let name = i % 3 == 1 ? (e.aliases.last ?? e.name) : e.name
                let type = i % 4 == 2 ? EntityType.organization : (EntityType(rawValue: e.type) ?? .other)
                let entity = Entity(id: "e\(n)-\(i)", name: name, type: type, aliases: e.aliases)
                graph.upsert(entity)
                whole.upsert(Entity(id: "w-" + Slug.make(e.name), name: name, type: type, aliases: e.aliases))
            }
            let ids = Dictionary(gold.entities.enumerated().map { (NameKey.normalized($1.name), "e\(n)-\($0)") }, uniquingKeysWith: { a, _ in a })
            for (i, r) in gold.relations.enumerated() where i % 4 != 1 {
                guard let type = RelationType(rawValue: r.relation),
                      let s = ids[NameKey.normalized(r.source)], let t = ids[NameKey.normalized(r.target)],
                      graph.entity(id: s) != nil, graph.entity(id: t) != nil else { continue }
                // Some reversed (harmless for symmetric types, wrong for the others).
                graph.add(i % 3 == 0 ? Relation(source: t, type: type, target: s) : Relation(source: s, type: type, target: t))
                let ws = "w-" + Slug.make(r.source), wt = "w-" + Slug.make(r.target)
                if whole.entity(id: ws) != nil, whole.entity(id: wt) != nil {
                    whole.add(Relation(source: ws, type: type, target: wt))
                }
            }
            perDoc.append((graph, gold))
        }
        try checkPerDocument(perDoc)
        try checkPerDocument(perDoc, ignore: ["region"])
        try checkCorpus(whole, golds)
        try checkCorpus(whole, golds, ignore: ["region"])
        // Each gold against its own full annotation as a graph would be near perfect.
        #expect(try checkCorpus(perDoc[0].0, [golds[0]])?.0.relations.precision ?? 0 > 0.3)
    }

    @Test func goldFileErrorsNameTheFileAndTheProblem() {
        func problem(_ json: String) -> String? {
            do {
                _ = try GoldAnnotation.decode(Data(json.utf8), path: "x.gold.json")
                return nil
            } catch let error as GoldAnnotationError {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        #expect(problem("{") == "gold file x.gold.json: not valid JSON")
        #expect(problem("[]") == "gold file x.gold.json: the top level is not a JSON object")
        #expect(problem(#"{"relations": []}"#) == "gold file x.gold.json: missing \"entities\"")
        #expect(problem(#"{"entities": [{"name": "A"}], "relations": []}"#) == "gold file x.gold.json: entities[0]: missing \"type\"")
        #expect(problem(#"{"entities": [{"name": "A", "type": "state", "aliases": [1]}], "relations": []}"#)
                == "gold file x.gold.json: entities[0].aliases[0]: expected a string")
        #expect(problem(#"{"entities": [], "relations": [{"source": "A", "target": "B"}]}"#)
                == "gold file x.gold.json: relations[0]: missing \"relation\"")
        #expect(problem(#"{"entities": [{"name": 3, "type": "state"}], "relations": []}"#)
                == "gold file x.gold.json: entities[0].name: expected a string")
        #expect(problem(#"{"entities": [{"name": "A", "type": "state", "aliases": null}], "relations": []}"#) == nil)
        do {
            _ = try GoldAnnotation.read(path: "/nonexistent/g.json")
            Issue.record("read a missing file")
        } catch {
            #expect("\(error)" == "gold file /nonexistent/g.json: cannot be read")
        }
    }

    @Test func splitKeepsRelationsWithEvidenceInTheDocument() throws {
        let split = Evaluator.splitByDocument(try TrickyCase.graph(), gold: [TrickyCase.gold1, TrickyCase.gold2,
                                                                            GoldAnnotation(file: "three.txt", entities: [], relations: [])])
        #expect(split.count == 3)
        #expect(split[0].graph.documents.map(\.id) == ["d1"])
        #expect(split[0].graph.relations.count == 16)
        #expect(split[1].graph.documents.map(\.id) == ["d2"])
        #expect(Set(split[1].graph.entities.map(\.id)) == ["france", "niger", "washington", "us", "paris", "sahel"])
        #expect(split[1].graph.relations.allSatisfy { $0.evidence.allSatisfy { $0.document == "d2" } })
        #expect(split[2].graph.entities.isEmpty)
    }

    @Test func textReportFormat() throws {
        let lines = EvaluationReport.summaryLines(
            entities: EvaluationMetric(precision: 0.75, recall: 0.6, f1: 2 * 0.75 * 0.6 / 1.35),
            typedEntities: EvaluationMetric(precision: 0.0005, recall: 1, f1: 0.0015),
            relations: EvaluationMetric(precision: 0, recall: 0, f1: 0),
            pairs: EvaluationMetric(precision: 0.1235, recall: 0.9995, f1: 0.5))
        #expect(lines == [
            "entities        P=0.750 R=0.600 F1=0.667",
            "entities_typed  P=0.001 R=1.000 F1=0.002",
            "relations       P=0.000 R=0.000 F1=0.000",
            "pairs           P=0.123 R=1.000 F1=0.500",
        ])
    }
}
