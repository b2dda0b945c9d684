import Foundation

/// Scores extracted graphs against gold annotations by the rules of `eval/README.md`, with the
/// same results as the reference scorer `eval/score.py`, detail for detail:
///
/// - Gold entities of all gold files are merged by normalized canonical name; the first entity
///   with a key gives its name and type; its forms are the normalized name and aliases.
///   A gold relation is kept when both ends' normalized names are keys of the gold entities
///   read so far (files in order; in each file, entities before relations).
/// - A predicted entity aligns with the gold entities having its normalized name among their
///   forms (in gold order); failing that, with the first of its aliases that normalizes to a
///   gold key. Among several candidates the one whose key is the name itself wins, else the
///   first.
/// - Each gold entity counts once: a second predicted node aligned with it is a false positive.
///   Typed matching is counted separately: a predicted entity of the gold type claims the gold
///   entity for typed scoring if no typed match claimed it yet.
/// - A predicted relation is (aligned source or `?id`, type, aligned target or `?id`), ends of
///   a symmetric type in code-point order; the set of them is compared with the gold set.
/// - Ignored types are left out of gold entities and predicted entities; relations that touch
///   a left-out predicted entity are left out.
public enum Evaluator {
    /// Corpus mode: one graph against the merged gold of all the files.
    public static func score(_ graph: TypedGraph, gold: [GoldAnnotation], ignoringTypes ignored: Set<String> = []) -> EvaluationScore {
        // load_gold
        var goldKeys: [CodePoints] = []
        var goldEntities: [CodePoints: (name: String, type: String, forms: Set<CodePoints>)] = [:]
        var goldRelations = Set<RelationTriple>()
        for file in gold {
            for e in file.entities where !ignored.contains(e.type) {
                let key = CodePoints(NameKey.normalized(e.name))
                if goldEntities[key] == nil {
                    goldKeys.append(key)
                    goldEntities[key] = (e.name, e.type, [])
                }
                goldEntities[key]!.forms.insert(key)
                for alias in e.aliases { goldEntities[key]!.forms.insert(CodePoints(NameKey.normalized(alias))) }
            }
            for r in file.relations {
                let s = NameKey.normalized(r.source), t = NameKey.normalized(r.target)
                guard goldEntities[CodePoints(s)] != nil, goldEntities[CodePoints(t)] != nil else { continue }
                goldRelations.insert(.canonical(s, r.relation, t))
            }
        }

        // align
        var byForm: [CodePoints: [CodePoints]] = [:]
        for key in goldKeys {
            for form in goldEntities[key]!.forms { byForm[form, default: []].append(key) }
        }
        let predicted = graph.entities.filter { !ignored.contains($0.type.rawValue) }
        let ids = Set(predicted.map(\.id))
        var mapping: [String: CodePoints] = [:]
        for e in predicted {
            let name = CodePoints(NameKey.normalized(e.name))
            var candidates = byForm[name] ?? []
            if candidates.isEmpty {
                for alias in e.aliases {
                    let a = CodePoints(NameKey.normalized(alias))
                    if goldEntities[a] != nil {
                        candidates = [a]
                        break
                    }
                }
            }
            if candidates.count > 1 {
                let exact = candidates.filter { $0 == name }
                if !exact.isEmpty { candidates = exact }
            }
            if let first = candidates.first { mapping[e.id] = first }
        }

        // entities
        var claimed = Set<CodePoints>(), claimedTyped = Set<CodePoints>()
        var tp = 0, tpTyped = 0
        for e in predicted {
            guard let g = mapping[e.id] else { continue }
            if claimed.insert(g).inserted { tp += 1 }
            if e.type.rawValue == goldEntities[g]!.type, claimedTyped.insert(g).inserted { tpTyped += 1 }
        }
        let entityCounts = EvaluationCounts(truePredicted: tp, predicted: predicted.count, trueGold: claimed.count, gold: goldKeys.count)
        let typedCounts = EvaluationCounts(truePredicted: tpTyped, predicted: predicted.count, trueGold: claimedTyped.count, gold: goldKeys.count)

        // relations
        var predictedRelations = Set<RelationTriple>()
        for r in graph.relations where ids.contains(r.source) && ids.contains(r.target) {
            let s = mapping[r.source]?.string ?? "?" + r.source
            let t = mapping[r.target]?.string ?? "?" + r.target
            predictedRelations.insert(.canonical(s, r.type.rawValue, t))
        }
        let hit = predictedRelations.intersection(goldRelations)
        let relationCounts = EvaluationCounts(truePredicted: hit.count, predicted: predictedRelations.count,
                                              trueGold: hit.count, gold: goldRelations.count)
        let goldPairs = Set(goldRelations.map(EndPair.init))
        let predictedPairs = Set(predictedRelations.map(EndPair.init))
        let pairHit = predictedPairs.intersection(goldPairs).count
        let pairCounts = EvaluationCounts(truePredicted: pairHit, predicted: predictedPairs.count, trueGold: pairHit, gold: goldPairs.count)

        return EvaluationScore(
            entityCounts: entityCounts, typedEntityCounts: typedCounts, relationCounts: relationCounts, pairCounts: pairCounts,
            missedRelations: goldRelations.subtracting(predictedRelations).sorted(),
            wrongRelations: predictedRelations.subtracting(goldRelations).sorted(),
            unmatchedGoldEntities: Set(goldKeys).subtracting(claimed).sorted().map(\.string),
            unmatchedPredictedEntities: predicted.filter { mapping[$0.id] == nil }.map { CodePoints($0.name) }.sorted().map(\.string))
    }

    /// Per-document mode: each graph against its own gold file, counts summed (micro-average).
    /// Each document is labelled by its gold file's ``GoldAnnotation/path``.
    public static func scorePerDocument(_ documents: [(graph: TypedGraph, gold: GoldAnnotation)],
                                        ignoringTypes ignored: Set<String> = []) -> PerDocumentEvaluation {
        var result = PerDocumentEvaluation(documents: [], labels: [], entityCounts: .init(), typedEntityCounts: .init(),
                                           relationCounts: .init(), pairCounts: .init(), missedRelations: [], wrongRelations: [])
        for (graph, gold) in documents {
            let s = score(graph, gold: [gold], ignoringTypes: ignored)
            result.documents.append(s)
            result.labels.append(gold.path)
            result.entityCounts = result.entityCounts + s.entityCounts
            result.typedEntityCounts = result.typedEntityCounts + s.typedEntityCounts
            result.relationCounts = result.relationCounts + s.relationCounts
            result.pairCounts = result.pairCounts + s.pairCounts
            result.missedRelations += s.missedRelations.map { (gold.path, $0) }
            result.wrongRelations += s.wrongRelations.map { (gold.path, $0) }
        }
        return result
    }

    /// Splits a graph extracted from many documents into one subgraph per gold file, for
    /// ``scorePerDocument(_:ignoringTypes:)``. The documents of a gold file are those whose
    /// ``Document/source`` has the gold ``GoldAnnotation/file`` as its last path component.
    ///
    /// The subgraph holds the relations with evidence in those documents (with only that
    /// evidence) and the entities at their ends.
    ///
    /// - Important: This is an approximation. The graph JSON keeps no per-document list of
    ///   mentions, so an entity that is in no relation stated in a document cannot be placed in
    ///   it and is left out of every subgraph (entity recall comes out low), and an entity keeps
    ///   the name, type and aliases it got from the whole corpus (one document's graph could
    ///   name it differently). For exact per-document scores, extract each document alone and
    ///   score each graph against its gold file.
    /// - Returns: one subgraph per gold file, in order; empty when no document matches.
    public static func splitByDocument(_ graph: TypedGraph, gold: [GoldAnnotation]) -> [(graph: TypedGraph, gold: GoldAnnotation)] {
        gold.map { file in
            let documents = graph.documents.filter { file.file != nil && baseName($0.source) == file.file }
            let ids = Set(documents.map(\.id))
            var relations: [Relation] = []
            var ends = Set<String>()
            for var relation in graph.relations {
                relation.evidence = relation.evidence.filter { ids.contains($0.document) }
                guard !relation.evidence.isEmpty else { continue }
                relations.append(relation)
                ends.insert(relation.source)
                ends.insert(relation.target)
            }
            let entities = graph.entities.filter { ends.contains($0.id) }
            // The parts come from a valid graph, so this cannot fail.
            let subgraph = (try? TypedGraph(documents: documents, entities: entities, relations: relations,
                                            directed: graph.directed)) ?? TypedGraph()
            return (subgraph, file)
        }
    }

    private static func baseName(_ source: String) -> String {
        source.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? source
    }
}

/// `frozenset((s, t))`: a relation's ends, unordered.
private struct EndPair: Hashable {
    let a: CodePoints
    let b: CodePoints

    init(_ triple: RelationTriple) {
        let s = CodePoints(triple.source), t = CodePoints(triple.target)
        (a, b) = t < s ? (t, s) : (s, t)
    }
}
