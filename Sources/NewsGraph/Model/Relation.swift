/// Where a sentence stands: two pieces of evidence at the same place are one.
struct EvidencePlace: Hashable {
    let document: String, start: Int, end: Int
    init(_ e: Evidence) { document = e.document; start = e.start; end = e.end }
}

/// A typed, evidenced link between two entities: one per (source, type, target).
public struct Relation: Hashable, Codable, Sendable {
    /// Whether the text asserts the relation, or only hedges or denies it.
    public enum Modality: String, Codable, Sendable {
        case asserted
        /// "would", "could", "said to", "plans to": possible, not stated as fact.
        case hedged
        /// "denied", "did not", "no evidence that".
        case negated
    }

    /// Entity id of the source.
    public var source: String
    public var type: RelationType
    /// Entity id of the target.
    public var target: String
    /// Every sentence that states it.
    public var evidence: [Evidence]
    /// An explicit strength given by an imported file; `nil` means 1.
    public var weight: Double?
    public var modality: Modality

    public init(source: String, type: RelationType, target: String, evidence: [Evidence] = [],
                weight: Double? = nil, modality: Modality = .asserted) {
        self.source = source
        self.type = type
        self.target = target
        self.evidence = evidence
        self.weight = weight
        self.modality = modality
    }

    /// The identity of a relation in a graph. Symmetric relations are keyed with their ends
    /// in sorted order, so `a meets b` and `b meets a` are one relation.
    public struct Key: Hashable, Sendable {
        public let source: String
        public let type: RelationType
        public let target: String
    }

    public var key: Key {
        if type.isSymmetric && target < source {
            return Key(source: target, type: type, target: source)
        }
        return Key(source: source, type: type, target: target)
    }

    /// The number of distinct documents in the evidence (at least 1 for an imported relation
    /// that has no evidence).
    public var support: Int {
        evidence.isEmpty ? 1 : Set(evidence.map(\.document)).count
    }

    /// True when the text states it as fact.
    public var isAsserted: Bool { modality == .asserted }

    /// Adds evidence for sentences not already cited, keeping order: a sentence is one piece of
    /// evidence however many rules found the relation in it.
    public mutating func addEvidence<S: Sequence>(_ items: S) where S.Element == Evidence {
        var seen = Set(evidence.map(EvidencePlace.init))
        addEvidence(items, seen: &seen)
    }

    /// The same, with the places already cited kept by the caller across calls.
    mutating func addEvidence<S: Sequence>(_ items: S, seen: inout Set<EvidencePlace>) where S.Element == Evidence {
        for item in items where seen.insert(EvidencePlace(item)).inserted {
            evidence.append(item)
        }
    }

    private enum CodingKeys: String, CodingKey { case source, type, target, weight, modality, evidence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        type = try c.decode(RelationType.self, forKey: .type)
        target = try c.decode(String.self, forKey: .target)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        weight = try c.decodeIfPresent(Double.self, forKey: .weight)
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(type, forKey: .type)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(weight, forKey: .weight)
        if modality != .asserted { try c.encode(modality, forKey: .modality) }
        try c.encode(evidence, forKey: .evidence)
    }
}
