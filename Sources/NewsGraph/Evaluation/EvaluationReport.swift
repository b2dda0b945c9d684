import Foundation

/// Text and JSON forms of scores for `newsgraph eval`.
///
/// The first four lines of the text form are `score.py`'s output, character for character
/// (`entities        P=0.750 R=0.600 F1=0.667`), so the two can be diffed; the lists follow.
/// The JSON form has the fields of `score.py --json`, in the same order.
public enum EvaluationReport {
    /// `score.py`'s four lines.
    public static func summaryLines(entities: EvaluationMetric, typedEntities: EvaluationMetric,
                                    relations: EvaluationMetric, pairs: EvaluationMetric) -> [String] {
        [("entities", entities), ("entities_typed", typedEntities), ("relations", relations), ("pairs", pairs)].map { name, m in
            name.padding(toLength: max(15, name.count), withPad: " ", startingAt: 0)
                + " P=\(fixed3(m.precision)) R=\(fixed3(m.recall)) F1=\(fixed3(m.f1))"
        }
    }

    /// The summary lines, then the missed and wrong relations and the unmatched entities.
    public static func text(_ score: EvaluationScore) -> String {
        var lines = summaryLines(entities: score.entities, typedEntities: score.typedEntities,
                                 relations: score.relations, pairs: score.pairs)
        lines.append("")
        lines.append("entities: \(score.entityCounts.truePredicted) of \(score.predictedEntities) predicted matched, "
                     + "\(score.entityCounts.trueGold) of \(score.goldEntities) gold found (typed: \(score.typedEntityCounts.truePredicted))")
        lines.append("relations: \(score.relationCounts.truePredicted) of \(score.predictedRelations) predicted correct, "
                     + "\(score.goldRelations) in gold")
        lines += list("missed relations", score.missedRelations.map(describe))
        lines += list("wrong relations", score.wrongRelations.map(describe))
        lines += list("unmatched gold entities", score.unmatchedGoldEntities)
        lines += list("unmatched predicted entities", score.unmatchedPredictedEntities)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary lines, then the missed and wrong relations of each document.
    public static func text(_ score: PerDocumentEvaluation) -> String {
        var lines = summaryLines(entities: score.entities, typedEntities: score.typedEntities,
                                 relations: score.relations, pairs: score.pairs)
        lines.append("")
        lines.append("\(score.documents.count) documents, counts summed (micro-average)")
        for (label, doc) in zip(score.labels, score.documents) {
            lines.append("")
            lines.append("\(label): entities F1=\(fixed3(doc.entities.f1)) typed F1=\(fixed3(doc.typedEntities.f1)) "
                         + "relations F1=\(fixed3(doc.relations.f1))")
            lines += list("  missed relations", doc.missedRelations.map(describe), indent: "    ")
            lines += list("  wrong relations", doc.wrongRelations.map(describe), indent: "    ")
            lines += list("  unmatched gold entities", doc.unmatchedGoldEntities, indent: "    ")
            lines += list("  unmatched predicted entities", doc.unmatchedPredictedEntities, indent: "    ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `score.py GRAPH GOLD… --json`'s fields, in its order.
    public static func json(_ score: EvaluationScore) -> String {
        JSONWriter.serializeDocument(jsonMembers(score))
    }

    /// `score.py --per-doc … --json`'s fields, in its order.
    public static func json(_ score: PerDocumentEvaluation) -> String {
        let pairs: (String, [(gold: String, relation: RelationTriple)]) -> (String, JSONWriter.Value) = { name, items in
            (name, .array(items.map { .array([.string($0.gold), triple($0.relation)]) }))
        }
        return JSONWriter.serializeDocument([
            ("entities", metric(score.entities)),
            ("entities_typed", metric(score.typedEntities)),
            ("relations", metric(score.relations)),
            ("pairs", metric(score.pairs)),
            pairs("missed_relations", score.missedRelations),
            pairs("wrong_relations", score.wrongRelations),
        ])
    }

    static func jsonMembers(_ score: EvaluationScore) -> [(String, JSONWriter.Value)] {
        let counts: JSONWriter.Value = .object([
            ("ent", .array(score.entityCounts.array.map(JSONWriter.Value.int))),
            ("ent_typed", .array(score.typedEntityCounts.array.map(JSONWriter.Value.int))),
            ("rel", .array(score.relationCounts.array.map(JSONWriter.Value.int))),
            ("pair", .array(score.pairCounts.array.map(JSONWriter.Value.int))),
        ])
        return [
            ("counts", counts),
            ("entities", metric(score.entities, extra: [("pred", .int(score.predictedEntities)), ("gold", .int(score.goldEntities))])),
            ("entities_typed", metric(score.typedEntities)),
            ("relations", metric(score.relations, extra: [("pred", .int(score.predictedRelations)), ("gold", .int(score.goldRelations))])),
            ("pairs", metric(score.pairs)),
            ("missed_relations", .array(score.missedRelations.map(triple))),
            ("wrong_relations", .array(score.wrongRelations.map(triple))),
            ("unmatched_gold_entities", .array(score.unmatchedGoldEntities.map(JSONWriter.Value.string))),
            ("unmatched_pred_entities", .array(score.unmatchedPredictedEntities.map(JSONWriter.Value.string))),
        ]
    }

    private static func metric(_ m: EvaluationMetric, extra: [(String, JSONWriter.Value)] = []) -> JSONWriter.Value {
        .object([("p", .double(m.precision)), ("r", .double(m.recall)), ("f1", .double(m.f1))] + extra)
    }

    private static func triple(_ t: RelationTriple) -> JSONWriter.Value {
        .array([.string(t.source), .string(t.relation), .string(t.target)])
    }

    private static func describe(_ t: RelationTriple) -> String {
        "\(t.source) —\(t.relation)→ \(t.target)"
    }

    private static func list(_ title: String, _ items: [String], indent: String = "  ") -> [String] {
        guard !items.isEmpty else { return [] }
        return ["", "\(title) (\(items.count)):"] + items.map { indent + $0 }
    }

    /// Python's `f"{x:.3f}"` (correctly rounded, as C's `printf`).
    static func fixed3(_ x: Double) -> String {
        String(format: "%.3f", x)
    }
}
