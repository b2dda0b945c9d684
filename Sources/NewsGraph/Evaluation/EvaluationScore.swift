import Foundation

/// The four counts behind one precision/recall/F1, as `score.py` keeps them:
/// (true predictions, predictions, gold items found, gold items).
public struct EvaluationCounts: Sendable, Equatable {
    public var truePredicted: Int
    public var predicted: Int
    public var trueGold: Int
    public var gold: Int

    public init(truePredicted: Int = 0, predicted: Int = 0, trueGold: Int = 0, gold: Int = 0) {
        self.truePredicted = truePredicted
        self.predicted = predicted
        self.trueGold = trueGold
        self.gold = gold
    }

    public static func + (a: EvaluationCounts, b: EvaluationCounts) -> EvaluationCounts {
        EvaluationCounts(truePredicted: a.truePredicted + b.truePredicted, predicted: a.predicted + b.predicted,
                         trueGold: a.trueGold + b.trueGold, gold: a.gold + b.gold)
    }

    /// Precision, recall and F1; each is 0 when undefined (computed as `score.py`'s `prf`).
    public var metric: EvaluationMetric {
        let p = predicted > 0 ? Double(truePredicted) / Double(predicted) : 0.0
        let r = gold > 0 ? Double(trueGold) / Double(gold) : 0.0
        let f = p + r != 0 ? 2 * p * r / (p + r) : 0.0
        return EvaluationMetric(precision: p, recall: r, f1: f)
    }

    var array: [Int] { [truePredicted, predicted, trueGold, gold] }
}

public struct EvaluationMetric: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
}

/// A scored relation: normalized gold names (or `?` + entity id for a predicted end that
/// matched no gold entity), and the relation type. Symmetric relations have their ends in
/// code-point order.
public struct RelationTriple: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let source: String
    public let relation: String
    public let target: String

    public init(source: String, relation: String, target: String) {
        self.source = source
        self.relation = relation
        self.target = target
    }

    /// `score.py`'s `canon`: a symmetric relation's ends in code-point order.
    static func canonical(_ s: String, _ relation: String, _ t: String) -> RelationTriple {
        if RelationType(rawValue: relation)?.isSymmetric == true, CodePoints(t) < CodePoints(s) {
            return RelationTriple(source: t, relation: relation, target: s)
        }
        return RelationTriple(source: s, relation: relation, target: t)
    }

    // Python compares str by code points; so do these.
    public static func == (a: RelationTriple, b: RelationTriple) -> Bool {
        CodePoints(a.source) == CodePoints(b.source) && CodePoints(a.relation) == CodePoints(b.relation)
            && CodePoints(a.target) == CodePoints(b.target)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(CodePoints(source))
        hasher.combine(CodePoints(relation))
        hasher.combine(CodePoints(target))
    }

    /// Python's tuple order: source, then relation, then target, each by code points.
    public static func < (a: RelationTriple, b: RelationTriple) -> Bool {
        for (x, y) in [(a.source, b.source), (a.relation, b.relation), (a.target, b.target)] {
            let cx = CodePoints(x), cy = CodePoints(y)
            if cx != cy { return cx < cy }
        }
        return false
    }

    public var description: String { "\(source) \(relation) \(target)" }
}

/// The score of one graph against gold: `score.py`'s `score`.
public struct EvaluationScore: Sendable, Equatable {
    public var entityCounts: EvaluationCounts
    public var typedEntityCounts: EvaluationCounts
    public var relationCounts: EvaluationCounts
    /// Relations as unordered pairs of ends, type ignored.
    public var pairCounts: EvaluationCounts
    /// Gold relations no predicted relation matched, sorted.
    public var missedRelations: [RelationTriple]
    /// Predicted relations not in gold, sorted.
    public var wrongRelations: [RelationTriple]
    /// Normalized names of gold entities no predicted entity matched, sorted.
    public var unmatchedGoldEntities: [String]
    /// Names (as in the graph) of predicted entities that matched no gold entity, sorted, with
    /// repeats. A second node for an already matched gold entity is not listed here, but is a
    /// false positive in ``entityCounts``.
    public var unmatchedPredictedEntities: [String]

    public var entities: EvaluationMetric { entityCounts.metric }
    public var typedEntities: EvaluationMetric { typedEntityCounts.metric }
    public var relations: EvaluationMetric { relationCounts.metric }
    public var pairs: EvaluationMetric { pairCounts.metric }
    /// Predicted entities scored (those of ignored types left out).
    public var predictedEntities: Int { entityCounts.predicted }
    public var goldEntities: Int { entityCounts.gold }
    /// Distinct predicted relation triples.
    public var predictedRelations: Int { relationCounts.predicted }
    public var goldRelations: Int { relationCounts.gold }
}

/// Documents scored one by one, counts summed (micro-average): `score.py --per-doc`.
public struct PerDocumentEvaluation: Sendable, Equatable {
    /// Each document's own score, in the order given.
    public var documents: [EvaluationScore]
    /// The label of each document (the gold file's path as given).
    public var labels: [String]
    public var entityCounts: EvaluationCounts
    public var typedEntityCounts: EvaluationCounts
    public var relationCounts: EvaluationCounts
    public var pairCounts: EvaluationCounts
    /// (gold label, relation), document by document, each document's list sorted.
    public var missedRelations: [(gold: String, relation: RelationTriple)]
    public var wrongRelations: [(gold: String, relation: RelationTriple)]

    public var entities: EvaluationMetric { entityCounts.metric }
    public var typedEntities: EvaluationMetric { typedEntityCounts.metric }
    public var relations: EvaluationMetric { relationCounts.metric }
    public var pairs: EvaluationMetric { pairCounts.metric }

    public static func == (a: PerDocumentEvaluation, b: PerDocumentEvaluation) -> Bool {
        a.documents == b.documents && a.labels == b.labels
    }
}
