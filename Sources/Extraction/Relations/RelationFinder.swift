import NewsGraph

/// A relation found in one sentence, between two entities of the document.
struct FoundRelation: Sendable {
    var source: Int
    var type: RelationType
    var target: Int
    var sentence: Int
    var rule: String
    var modality: Relation.Modality
}

/// Finds the relations each sentence states, with shallow patterns constrained by the argument
/// types of the ontology, clause boundaries, hedging and negation.
struct RelationFinder {
    let tokens: [Token]
    let sentences: [Range<Int>]
    let entities: [DocumentEntity]
    let mentions: [Mention]
    let lexicon: Lexicon
    let mentionAt: MentionIndex

    /// Each token's ``Cue``s, looked up once.
    let cues: [Cue]

    /// See ``dominantState(_:_:)``.
    let dominantState: Int?

    /// The state the document ties to a junta (see ``NominalResolver/juntaState(_:tokens:)``).
    var juntaState: Int?

    private(set) var found: [FoundRelation] = []

    init(tokens: [Token], sentences: [Range<Int>], entities: [DocumentEntity], mentions: [Mention], lexicon: Lexicon) {
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.lexicon = lexicon
        mentionAt = MentionIndex(tokenCount: tokens.count, mentions: mentions)
        cues = tokens.map(Cue.of)
        bySentence = MentionsBySentence.group(mentions, sentences)
        dominantState = Self.dominantState(mentions, entities)
    }

    /// Mention indices of each sentence, in order.
    var bySentence: [[Int]] = []

    static let prepositions: Set<String> = ["in", "at", "of", "from", "to", "into", "near", "with", "by", "for", "on", "against", "between", "about", "over", "toward", "towards", "than", "like", "including", "out"]

    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "some", "all", "most", "about", "around", "nearly", "approximately", "roughly", "several", "dozens", "hundreds"]

    mutating func run() {
        for (s, sentence) in sentences.enumerated() {
            let ms = bySentence[s]
            guard !ms.isEmpty else { continue }
            findFrames(s, sentence, ms)
            findLocations(s, sentence, ms)
            findRoles(s, sentence, ms)
            findForcesIn(s, sentence, ms)
            findPossessiveOrgans(s, sentence, ms)
            findHosting(s, sentence, ms)
            findAllies(s, sentence, ms)
            findPassiveLeaders(s, sentence, ms)
            findOrdersToLeave(s, sentence, ms)
            findGroupActs(s, sentence, ms)
            findClaimedAttacks(s, sentence, ms)
            findSubordination(s, sentence, ms)
            findStrongholds(s, sentence, ms)
            findRelativeLeaders(s, sentence, ms)
            findWhoseLeaders(s, sentence, ms)
            findJointForces(s, sentence, ms)
        }
        inferDeploymentFromBases()
        inferVisitsFromHosting()
    }

    func type(_ m: Int) -> EntityType { entities[mentions[m].entity].type }

    /// The tokens between two positions; empty when the spans overlap.
    func gap(_ from: Int, _ to: Int) -> ArraySlice<Token> { from < to ? tokens[from..<to] : tokens[0..<0] }

    mutating func emit(_ source: Int, _ type: RelationType, _ target: Int, sentence: Int, rule: String, span: Range<Int>) {
        guard source != target else { return }
        // A negated or hedged verb just before the clause governs it: "did not say that X …".
        let widened = max(sentences[sentence].lowerBound, span.lowerBound - 4)..<span.upperBound
        let (negated, hedged) = Hedging.modality(tokens, cues: cues, in: widened)
        let modality: Relation.Modality = negated ? .negated : (hedged ? .hedged : .asserted)
        found.append(FoundRelation(source: source, type: type, target: target, sentence: sentence, rule: rule, modality: modality))
    }

    /// The clause around token `i`: bounded by the sentence and by clause punctuation.
    /// A short parenthesis ("(CNSP)", "(AES)") introduces an acronym, not a clause.
    func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        var lo = i, hi = i
        while lo > sentence.lowerBound {
            if tokens[lo - 1].text == ")", let open = (max(sentence.lowerBound, lo - 6)..<(lo - 1)).last(where: { tokens[$0].text == "(" }), open > sentence.lowerBound {
                lo = open
                continue
            }
            if cues[lo - 1].contains(.clauseBoundary) { break }
            lo -= 1
        }
        while hi < sentence.upperBound {
            if tokens[hi].text == "(", let close = ((hi + 1)..<min(sentence.upperBound, hi + 6)).first(where: { tokens[$0].text == ")" }) {
                hi = close + 1
                continue
            }
            if cues[hi].contains(.clauseBoundary) { break }
            hi += 1
        }
        return lo..<hi
    }

    /// "A hosted B in Niamey": B visits Niamey.
    mutating func inferVisitsFromHosting() {
        var extra: [FoundRelation] = []
        for r in found where r.type == .meets && ["meet"].contains(r.rule) {
            let sentence = sentences[r.sentence]
            guard tokens[sentence].contains(where: { ["hosted", "received", "welcomed"].contains($0.key) }) else { continue }
            for m in bySentence[r.sentence].map({ mentions[$0] }) where entities[m.entity].type == .city && m.start > 0 && tokens[m.start - 1].key == "in" {
                extra.append(FoundRelation(source: r.target, type: .visits, target: m.entity, sentence: r.sentence, rule: "hosted-in", modality: r.modality))
            }
        }
        found += extra
    }

    /// Forces moving into or stationed at a base that the same sentence places in a state are
    /// deployed to that state ("entered an airbase in Niger").
    mutating func inferDeploymentFromBases() {
        var extra: [FoundRelation] = []
        let locations = Dictionary(grouping: found.filter { $0.type == .locatedIn }, by: \.sentence)
        for r in found where (r.type == .deployedTo || r.type == .stationedAt) && entities[r.target].type == .base {
            for l in locations[r.sentence, default: []] where l.source == r.target
                && entities[l.target].type == .state && l.target != r.source {
                extra.append(FoundRelation(source: r.source, type: .deployedTo, target: l.target, sentence: r.sentence, rule: r.rule + "+located-in", modality: r.modality))
            }
        }
        found += extra
    }
}
