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

    private let mentionAt: MentionIndex
    /// Each token's ``Cue``s, looked up once.
    private let cues: [Cue]
    /// See ``dominantState(_:_:)``.
    private let dominantState: Int?
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
    private var bySentence: [[Int]] = []

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

    private func type(_ m: Int) -> EntityType { entities[mentions[m].entity].type }

    /// Roles that tie a person to a state even when the text names no body: "interim President
    /// Bah Ndaw", "Sadio Camara, the defence minister".
    static func isStateLevel(_ role: RoleEntry) -> Bool {
        let p = role.phrase.lowercased()
        return ["president", "prime minister", "minister", "head of state", "king", "emir", "vice president", "vice-president",
                "chief of staff", "chief of defence staff", "chief of defense staff", "secretary of state", "junta leader", "transitional leader"]
            .contains { p == $0 || p.hasSuffix(" " + $0) || (p.hasSuffix("minister") && $0 == "minister") }
            // "defense secretary", "assistant secretary of defense"; not a secretary-general.
            || (p.hasSuffix("secretary") && p != "secretary" && !p.contains("general")) || p.contains("secretary of")
    }

    /// The state a sentence is about, for roles that name none: the nearest state named as a
    /// subject (not as a place) in this sentence or the two before, else the most mentioned state.
    func contextState(before t: Int, sentence s: Int) -> Int? {
        // A role named in words about a coup or a junta is the junta's country's ("deposed
        // President X", "X, who was overthrown"); a coup mentioned later in the sentence is not.
        let near = sentences[s].lowerBound..<min(sentences[s].upperBound, t + 8)
        if tokens[near].contains(where: { ["coup", "junta", "ousting", "ousted", "toppled", "deposed", "putsch", "power", "detained", "overthrew", "overthrown"].contains($0.key) }) {
            // Without a state the text ties to the junta, a guess would name the wrong country.
            return juntaState ?? bySentence[s].first { mentions[$0].start < t && type($0) == .state }.map { mentions[$0].entity } ?? dominantState
        }
        let here = bySentence[s].filter { mentions[$0].start < t && type($0) == .state }
        if let m = here.first(where: { !isPrepositionalObject($0, floor: sentences[s].lowerBound) }) ?? here.first { return mentions[m].entity }
        guard s > 0 else { return dominantState }
        // The actor the previous sentence was about: its first state that is not the object of
        // a preposition ("French officials said the troops would leave through Chad").
        let previous = bySentence[s - 1].filter { type($0) == .state }
        let floor = sentences[s - 1].lowerBound
        return (previous.first { !isPrepositionalObject($0, floor: floor) } ?? previous.first { mentions[$0].kind != .demonym })
            .map { mentions[$0].entity } ?? dominantState
    }

    /// The state the document names most often, when it names one clearly more than any other:
    /// the country a report is about, for the officials it names without saying whose they are.
    static func dominantState(_ mentions: [Mention], _ entities: [DocumentEntity]) -> Int? {
        var counts: [Int: Int] = [:]
        for m in mentions where entities[m.entity].type == .state { counts[m.entity, default: 0] += 1 }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let top = ranked.first, top.value >= 3, ranked.count == 1 || top.value >= 2 * ranked[1].value else { return nil }
        return top.key
    }
    /// The state an office held by the person of mention `p` belongs to, when the words name
    /// none ("President Jane Doe"): the state the lexicon knows the person serves (through
    /// their ministry or command if need be), if the document names it; otherwise the state
    /// the context is about. A known person of a state the text never names gets none.
    private func roleState(person p: Int, sentence s: Int) -> Int? {
        if let known = lexiconState(ofPerson: mentions[p].entity) {
            return entities.firstIndex { $0.type == .state && $0.mentions > 0 && $0.name == known }
        }
        return contextState(before: mentions[p].start, sentence: s)
    }

    private func lexiconState(ofPerson e: Int) -> String? {
        guard let i = entities[e].lexiconEntry, entities[e].type == .person else { return nil }
        return lexicon.homeState(of: i)
    }

    /// The tokens between two positions; empty when the spans overlap.
    private func gap(_ from: Int, _ to: Int) -> ArraySlice<Token> { from < to ? tokens[from..<to] : tokens[0..<0] }

    private mutating func emit(_ source: Int, _ type: RelationType, _ target: Int, sentence: Int, rule: String, span: Range<Int>) {
        guard source != target else { return }
        // A negated or hedged verb just before the clause governs it: "did not say that X …".
        let widened = max(sentences[sentence].lowerBound, span.lowerBound - 4)..<span.upperBound
        let (negated, hedged) = Hedging.modality(tokens, cues: cues, in: widened)
        let modality: Relation.Modality = negated ? .negated : (hedged ? .hedged : .asserted)
        found.append(FoundRelation(source: source, type: type, target: target, sentence: sentence, rule: rule, modality: modality))
    }

    /// The clause around token `i`: bounded by the sentence and by clause punctuation.
    /// A short parenthesis ("(CNSP)", "(AES)") introduces an acronym, not a clause.
    private func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
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

    /// The mention introduced by a marker word: "to" in "deployed to Niger", "" for a direct object.
    private func marker(before m: Int, notBefore floor: Int) -> String {
        var i = mentions[m].start - 1
        while i >= floor, tokens[i].kind == .word || tokens[i].kind == .number || tokens[i].kind == .possessive,
              Self.determiners.contains(tokens[i].key) || tokens[i].kind != .word
                || (mentionAt[i] != nil && mentions[mentionAt[i]!].kind == .demonym)
                || (tokens[i].isCapitalized && lexicon.role(in: tokens[i..<(i + 1)]) != nil)
                || (!Self.prepositions.contains(tokens[i].key) && !tokens[i].isCapitalized && i > floor && isModifier(tokens[i])) {
            i -= 1
        }
        guard i >= floor else { return "" }
        if tokens[i].key == "of", i > floor, tokens[i - 1].key == "out" { return "out" }
        // "killed dozens of Wagner men": the quantity belongs to the object.
        if tokens[i].key == "of", i > floor, WordLists.quantities.contains(tokens[i - 1].key) || tokens[i - 1].kind == .number {
            var k = i - 1
            while k >= floor, tokens[k].kind == .number || WordLists.quantities.contains(tokens[k].key) || Self.determiners.contains(tokens[k].key) { k -= 1 }
            guard k >= floor else { return "" }
            return Self.prepositions.contains(tokens[k].key) ? tokens[k].key : ""
        }
        // "from a French military base in Chad": the place of an unnamed object stands for it.
        if tokens[i].key == "in" {
            var k = i - 1
            while k >= floor, i - k <= 6, tokens[k].kind == .word, !Self.prepositions.contains(tokens[k].key) || tokens[k].key == "of" { k -= 1 }
            if k >= floor, ["from", "to", "into"].contains(tokens[k].key), tokens[(k + 1)..<i].contains(where: { NominalResolver.baseNouns.contains($0.key) || ["facility", "camp", "compound", "installation"].contains($0.key) }),
               !tokens[(k + 1)..<i].indices.contains(where: { mentionAt[$0] != nil && mentions[mentionAt[$0]!].kind != .demonym }) {
                return tokens[k].key
            }
        }
        // "fighting groups linked to X": the link words belong to the object.
        if ["to", "with"].contains(tokens[i].key), i > floor, ["linked", "affiliated", "tied", "loyal", "allied", "aligned", "connected"].contains(tokens[i - 1].key) {
            var k = i - 2
            while k >= floor, tokens[k].kind == .word, !Self.prepositions.contains(tokens[k].key), mentionAt[k] == nil, i - k < 5 { k -= 1 }
            return k >= floor && Self.prepositions.contains(tokens[k].key) ? tokens[k].key : ""
        }
        return Self.prepositions.contains(tokens[i].key) ? tokens[i].key : ""
    }

    private func isModifier(_ t: Token) -> Bool {
        ["military", "air", "separate", "same", "shared", "drone", "new", "former", "key", "main", "central", "northern", "southern", "eastern", "western", "capital", "city", "country", "nation", "base", "airbase", "international", "nearby", "neighbouring", "neighboring", "remaining", "troops", "forces", "all", "remote"].contains(t.key)
    }

    /// True when the mention is the object of a preposition (and so not a subject).
    private func isPrepositionalObject(_ m: Int, floor: Int) -> Bool {
        var i = mentions[m].start - 1
        while i >= floor, tokens[i].kind == .word, Self.determiners.contains(tokens[i].key) { i -= 1 }
        guard i >= floor else { return false }
        if tokens[i].key == "of", i > floor, WordLists.quantities.contains(tokens[i - 1].key) { return false }
        // "instructors from Russia's Africa Corps arrived": whose forces they are.
        if ["from", "of"].contains(tokens[i].key), i > floor, ["instructors", "troops", "soldiers", "fighters", "mercenaries", "personnel", "advisers", "advisors", "trainers", "units", "contingent", "rebels", "militants", "jihadists", "gunmen", "insurgents", "members"].contains(tokens[i - 1].key),
           i - 1 == floor || !Self.prepositions.contains(tokens[i - 2].key) { return false }
        // "with the United States leading …": the subject of an absolute clause.
        if tokens[i].key == "with", mentions[m].end < tokens.count, tokens[mentions[m].end].key.hasSuffix("ing") { return false }
        return Self.prepositions.contains(tokens[i].key) && tokens[i].key != "including" && tokens[i].key != "by"
    }

    /// Subjects for a trigger at `t`: the nearest fitting mention before it in the clause that is
    /// not a prepositional object, with the mentions coordinated with it.
    private func subjects(before t: Int, clause: Range<Int>, types: Set<EntityType>, in ms: [Int]) -> [Int] {
        // "the funeral of Idriss Deby, who ruled Chad": the relative pronoun's antecedent.
        if let relative = relativeAntecedent(before: t, clause: clause, in: ms) {
            return types.contains(type(relative)) ? [relative] : []
        }
        let before = ms.filter { mentions[$0].end <= t && mentions[$0].start >= clause.lowerBound }
        // "French ambassador Jean Dupont left": the office holder acts, not the state of the office;
        // "Turkish-made drones struck": the maker is not the one who struck.
        guard let head = before.last(where: { types.contains(type($0)) && !isPrepositionalObject($0, floor: clause.lowerBound) && !isSpeaker($0, before: t)
            && !qualifiesOffice($0) && !isMakerAdjective($0) }) else { return [] }
        var group = [head]
        var current = head
        // Walk left over ", X" and "X and" coordination.
        while let prev = before.last(where: { mentions[$0].end <= mentions[current].start }) {
            let gap = gap(mentions[prev].end, mentions[current].start)
            let words = gap.filter { $0.kind == .word && !WordLists.forceNouns.contains($0.key) && !isTitle($0)
                && !["military", "about", "roughly", "some", "nearly", "around", "approximately", "almost", "over", "more", "than", "the", "its", "their"].contains($0.key) }
            let joined = gap.contains { $0.key == "and" || $0.text == "," } && words.allSatisfy { $0.key == "and" }
            guard joined, type(prev) == type(current) || types.contains(type(prev)), !isPrepositionalObject(prev, floor: clause.lowerBound) else { break }
            group.append(prev)
            current = prev
        }
        return group
    }

    /// "the U.S. deputy secretary of state", "Mali's defence minister": a state named as the
    /// holder of an office, whoever holds it is the actor.
    private func qualifiesOffice(_ m: Int) -> Bool {
        guard type(m) == .state else { return false }
        var i = mentions[m].end
        while i < tokens.count, tokens[i].kind == .possessive || Self.officeModifiers.contains(tokens[i].key) { i += 1 }
        return i < tokens.count && mentionAt[i] == nil && lexicon.role(in: tokens[i..<min(i + 4, tokens.count)]) != nil
    }

    /// "Turkish-made", "Chinese-built": a demonym that says where a thing was made.
    private func isMakerAdjective(_ m: Int) -> Bool {
        let e = mentions[m].end
        return mentions[m].kind == .demonym && e + 1 < tokens.count && tokens[e].text == "-"
            && ["made", "built", "supplied", "designed", "manufactured", "produced", "owned", "funded", "trained", "backed", "brokered"].contains(tokens[e + 1].key)
    }

    /// The mention a "who" or "which" just before `t` stands for: "X, who (has long) led Y".
    private func relativeAntecedent(before t: Int, clause: Range<Int>, in ms: [Int]) -> Int? {
        let from = max(clause.lowerBound + 2, t - 4)
        guard from < t, let k = (from..<t).last(where: { ["who", "which"].contains(tokens[$0].key) }),
              tokens[k - 1].text == ",", ((k + 1)..<t).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }),
              let antecedent = mentionAt[k - 2], ms.contains(antecedent) else { return nil }
        return antecedent
    }

    /// "the French ambassador", "Danish diplomats": a state's envoys stand for it as the object
    /// of an expulsion or a meeting.
    private func namesEnvoys(_ m: Int) -> Bool {
        mentions[m].end < tokens.count && ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "embassy", "delegation"].contains(tokens[mentions[m].end].key)
    }

    /// A capitalized title before a name in a list: "Colonel X and Captain Y".
    private func isTitle(_ token: Token) -> Bool {
        token.isCapitalized && token.kind == .word && lexicon.role(in: [token][...]) != nil
    }

    /// "which Mali's government says is …": a verb of saying followed straight by a copula opens
    /// a clause about something else, so the speaker is not the subject of what follows. ("Niger
    /// announced its decision to withdraw" keeps Niger as the subject: the copula is what tells.)
    private func isSpeaker(_ m: Int, before t: Int) -> Bool {
        var k = mentions[m].end
        var steps = 0
        while k + 1 < t, steps < 4 {
            if ["says", "said", "say", "insists", "claims", "maintains", "believes"].contains(tokens[k].key),
               ["is", "was", "are", "were", "has", "had", "have"].contains(tokens[k + 1].key) { return true }
            if tokens[k].kind != .word && tokens[k].kind != .possessive { return false }
            k += 1; steps += 1
        }
        return false
    }

    /// Objects after a trigger: the first fitting mention introduced by an allowed marker, with
    /// the mentions coordinated with it.
    private func objects(after t: Int, clause: Range<Int>, types: Set<EntityType>, markers: Set<String>, in ms: [Int]) -> [Int] {
        var end = clause.upperBound
        for i in (t + 1)..<max(t + 1, clause.upperBound) where tokens[i].text == "," && i + 1 < clause.upperBound
            && ["and", "but", "while", "whereas", "although"].contains(tokens[i + 1].key) {
            end = i
            break
        }
        let after = ms.filter { mentions[$0].start > t && mentions[$0].start < end }
        guard var first = after.first(where: { types.contains(type($0)) && (mentions[$0].kind != .demonym || mentions[$0].isForces || namesEnvoys($0))
            && markers.contains(marker(before: $0, notBefore: t + 1)) }) else { return [] }
        // Too far from the trigger: another verb phrase has begun.
        if mentions[first].start - t > 9 { return [] }
        // "sanctions on Mali's defence minister, Ali Traore": the object is the office holder,
        // not the state that only qualifies the office.
        if let holder = officeHolder(after: first, in: after) {
            guard types.contains(type(holder)) else { return [] }
            first = holder
        } else if mentions[first].isPossessive, let organ = officeOrOrgan(after: first) {
            // "heads France's Africa Command": the command, not France.
            guard types.contains(type(organ)) else { return [] }
            first = organ
        }
        var group = [first]
        if let i = after.firstIndex(of: first), i > 0 {
            var k = i - 1
            var right = first
            while k >= 0 {
                let left = after[k]
                let between = gap(mentions[left].end, mentions[right].start)
                guard !between.isEmpty, between.allSatisfy({ $0.key == "and" || $0.text == "," }), types.contains(type(left)) else { break }
                group.insert(left, at: 0)
                right = left
                k -= 1
            }
        }
        var current = first
        for next in after where mentions[next].start >= mentions[current].end {
            let gap = gap(mentions[current].end, mentions[next].start)
            let joined = !gap.isEmpty && gap.allSatisfy { $0.key == "and" || $0.text == "," || $0.key == "or" || $0.kind == .possessive || isTitle($0) }
                && gap.contains { $0.key == "and" || $0.text == "," }
            guard joined, types.contains(type(next)) else { break }
            group.append(next)
            current = next
        }
        return group
    }

    /// The person an office held by `m` names: "Mali's defence minister, Ali Traore", "the
    /// Nigerien junta's spokesman Amadou Diallo". Nil when `m` does not qualify an office.
    private func officeHolder(after m: Int, in candidates: [Int]) -> Int? {
        guard mentions[m].isPossessive || mentions[m].kind == .demonym else { return nil }
        var i = mentions[m].end
        while i < tokens.count, tokens[i].kind == .possessive || Self.officeModifiers.contains(tokens[i].key) { i += 1 }
        guard i < tokens.count, mentionAt[i] == nil, let (_, length) = lexicon.role(in: tokens[i..<min(i + 4, tokens.count)]) else { return nil }
        i += length
        if i < tokens.count, tokens[i].text == "," { i += 1 }
        // "…, Col. Assimi Goita": the holder's own title.
        while i < tokens.count, mentionAt[i] == nil, isTitle(tokens[i]) || tokens[i].text == "." { i += 1 }
        guard i < tokens.count, let holder = mentionAt[i], candidates.contains(holder), type(holder) == .person else { return nil }
        return holder
    }

    private mutating func findFrames(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence {
            guard cues[t].contains(.frameTrigger), mentionAt[t] == nil, let frames = FrameTable.byTrigger[tokens[t].key] else { continue }
            let clause = clause(around: t, in: sentence)
            let nounUse = t > sentence.lowerBound && (tokens[t - 1].kind == .possessive || ["the", "a", "an", "its", "their", "his", "her"].contains(tokens[t - 1].key))
            let hasNounFrame = frames.contains { $0.voice == .noun }
            let modifiesAgreement = t + 1 < sentence.upperBound && ["agreement", "accord", "pact", "deal", "treaty"].contains(tokens[t + 1].key)
            // "an attack on Niger would be …": a verb's form used as a noun names no agent before it.
            // ("killed 20 soldiers in an attack on …" keeps its agent: the subject did it.)
            let indefinite = t > sentence.lowerBound && ["a", "an", "any", "another"].contains(tokens[t - 1].key)
                && !(t - 2 >= sentence.lowerBound && ["in", "during"].contains(tokens[t - 2].key))
            // "suspended budget support": aid cut off is a sanction, not support.
            let cutOff = tokens[max(sentence.lowerBound, t - 3)..<t].contains { ["suspending", "suspended", "suspend", "suspends", "cut", "cutting", "halted", "halting", "froze", "freezing", "frozen", "ended", "ending", "stopped", "withdrew", "withdrawing"].contains($0.key) }
            for frame in frames {
                if nounUse && hasNounFrame && frame.voice != .noun { continue }
                if indefinite && frame.voice == .active && [.attacks, .fights, .invades].contains(frame.relation) { continue }
                if cutOff && frame.relation == .supports {
                    // "The EU suspended its aid to Niger": the state cut off is sanctioned.
                    let cut = objects(after: t, clause: clause, types: FrameTable.states, markers: frame.objectMarkers, in: ms)
                    for sub in subjects(before: t, clause: clause, types: [.state, .alliance], in: ms) {
                        for obj in cut { emit(mentions[sub].entity, .sanctions, mentions[obj].entity, sentence: s, rule: "aid-suspended", span: mentions[sub].start..<mentions[obj].end) }
                    }
                    continue
                }
                if let required = frame.precededBy, t == sentence.lowerBound || !required.contains(tokens[t - 1].key) { continue }
                if modifiesAgreement && frame.relation == .cooperatesWith { continue }
                if frame.voice == .noun {
                    nounFrame(frame, trigger: t, s: s, clause: clause, ms: ms)
                    continue
                }
                if Self.agentivePassives.contains(frame.relation), isPassive(t, floor: clause.lowerBound) {
                    passiveFrame(frame, trigger: t, s: s, clause: clause, ms: ms)
                    continue
                }
                var objs = objects(after: t, clause: clause, types: frame.objectTypes, markers: frame.objectMarkers, in: ms)
                // "led the Russian delegation": leading a state's envoys or troops is not leading the state.
                if frame.relation == .leads { objs.removeAll { mentions[$0].kind == .demonym } }
                // "The team was sent to Niamey by Africa Corps": the agent deployed, to the place.
                if frame.relation == .deployedTo, !objs.isEmpty, isPassive(t, floor: clause.lowerBound) {
                    let agents = objects(after: t, clause: clause, types: frame.subjectTypes, markers: ["by"], in: ms)
                    for agent in agents { for obj in objs {
                        emit(mentions[agent].entity, .deployedTo, mentions[obj].entity, sentence: s, rule: frame.name + "-passive", span: t..<max(mentions[obj].end, mentions[agent].end))
                    } }
                    if !agents.isEmpty { continue }
                }
                // "X, who seized power in a coup in 2022": the country goes without saying.
                if objs.isEmpty, frame.relation == .seizedPowerIn, t + 1 < clause.upperBound, tokens[t + 1].key == "power",
                   let state = juntaState ?? dominantState {
                    for sub in subjects(before: t, clause: clause, types: frame.subjectTypes, in: ms) {
                        emit(mentions[sub].entity, .seizedPowerIn, state, sentence: s, rule: "seize-power-in-context", span: mentions[sub].start..<(t + 2))
                    }
                    continue
                }
                guard !objs.isEmpty else { continue }
                // "cooperation between X and Y": both ends after the trigger.
                if frame.relation.isSymmetric, objs.count >= 2, marker(before: objs[0], notBefore: t + 1) == "between" {
                    emit(mentions[objs[0]].entity, frame.relation, mentions[objs[1]].entity, sentence: s, rule: frame.name, span: clause)
                    continue
                }
                let subs = subjects(before: t, clause: clause, types: frame.subjectTypes, in: ms)
                for sub in subs {
                    for obj in objs {
                        let span = min(mentions[sub].start, t)..<max(mentions[obj].end, t + 1)
                        emit(mentions[sub].entity, frame.relation, mentions[obj].entity, sentence: s, rule: frame.name, span: span)
                    }
                }
            }
        }
    }

    /// Relations whose passive turns the patient into the grammatical subject and names the agent
    /// with "by": "Mali is backed by Russia", "the minister was sanctioned by Washington".
    static let agentivePassives: Set<RelationType> = [.supports, .trains, .accuses, .attacks, .sanctions, .ousted, .invades, .leads, .expels, .builds, .meets, .visits]

    /// True when the trigger at `t` is a participle after a form of "be", perhaps with an adverb
    /// between ("were later expelled", "has been reportedly backed").
    private func isPassive(_ t: Int, floor: Int) -> Bool {
        let participle = tokens[t].key
        guard participle.hasSuffix("ed") || ["led", "struck", "met", "built", "overthrown", "hit", "fought", "sent", "kept", "held"].contains(participle) else { return false }
        // "Malian forces, backed by Russian fighters": a participle after a comma, with its agent.
        if t - 1 >= floor, tokens[t - 1].text == ",", t + 1 < tokens.count, tokens[t + 1].key == "by" { return true }
        var i = t - 1
        if i >= floor, tokens[i].key.hasSuffix("ly") || ["also", "already", "later", "then", "since", "long", "repeatedly", "again", "first", "now"].contains(tokens[i].key) { i -= 1 }
        return i >= floor && ["been", "was", "were", "be", "being", "is", "are"].contains(tokens[i].key)
    }

    /// A frame in the passive: "X was attacked by Y" (Y attacks X), "X were expelled from Y"
    /// (Y expels X). Without a named agent nothing is said of who did it, so nothing is emitted.
    private mutating func passiveFrame(_ frame: Frame, trigger t: Int, s: Int, clause: Range<Int>, ms: [Int]) {
        guard Self.agentivePassives.contains(frame.relation) else { return }
        // An expulsion names its agent as the place the patient is expelled from.
        let agentMarkers: Set<String> = frame.relation == .expels ? ["by", "from", "out"] : ["by"]
        let agentTypes = frame.relation == .expels ? FrameTable.states : frame.subjectTypes
        let agents = objects(after: t, clause: clause, types: agentTypes, markers: agentMarkers, in: ms)
        guard !agents.isEmpty else { return }
        for patient in subjects(before: t, clause: clause, types: frame.objectTypes, in: ms) {
            for agent in agents {
                emit(mentions[agent].entity, frame.relation, mentions[patient].entity, sentence: s, rule: frame.name + "-passive",
                     span: mentions[patient].start..<mentions[agent].end)
            }
        }
    }

    /// "the withdrawal of US forces from Niger", "Russia's invasion of Ukraine", "the arrival of
    /// Russian instructors in Niamey".
    private mutating func nounFrame(_ frame: Frame, trigger t: Int, s: Int, clause: Range<Int>, ms: [Int]) {
        var agents: [Int] = []
        if let agentMarker = frame.agentMarker {
            agents = objects(after: t, clause: clause, types: frame.subjectTypes, markers: [agentMarker], in: ms)
        }
        let pronounOwner = t > clause.lowerBound && ["their", "his", "her", "its"].contains(tokens[t - 1].key)
        if agents.isEmpty, !pronounOwner {
            // A possessive or adjective right before: "Russia's deployment", "the Russian presence".
            if let m = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 3 }), frame.subjectTypes.contains(type(m)) {
                agents = [m]
            }
        }
        if agents.isEmpty, t > clause.lowerBound, ["their", "his", "her", "its"].contains(tokens[t - 1].key) {
            agents = subjects(before: t - 1, clause: clause, types: frame.subjectTypes, in: ms)
        }
        guard !agents.isEmpty else { return }
        let after = agents.map { mentions[$0].end }.filter { $0 > t }.max() ?? (t + 1)
        let objs = objects(after: after - 1, clause: clause, types: frame.objectTypes, markers: frame.objectMarkers.subtracting([frame.agentMarker ?? ""]), in: ms)
        for a in agents {
            for o in objs {
                emit(mentions[a].entity, frame.relation, mentions[o].entity, sentence: s, rule: frame.name, span: min(t, mentions[a].start)..<mentions[o].end)
            }
        }
    }

    /// "Air Base 101 in Niamey", "Airbase 201 in the city of Agadez", "Niger's capital Niamey",
    /// "Honolulu, Hawaii", "Niger is located in the Sahel", "the Sahel region of Africa".
    private mutating func findLocations(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        func contains(_ inner: EntityType, _ outer: EntityType) -> Bool {
            switch inner {
            case .base: return [.city, .state, .region].contains(outer)
            case .city: return [.state, .region].contains(outer)
            case .state: return outer == .region
            // "Mali's Mopti region", "the Kidal region of Mali".
            case .region: return outer == .region || outer == .state
            default: return false
            }
        }
        for (k, m) in ms.enumerated() where [.base, .city, .state, .region].contains(type(m)) && mentions[m].kind != .demonym && mentions[m].kind != .seat {
            // Walk a chain of places linked by in/at/near/of/located with no verb between.
            var j = k + 1
            var previousEnd = mentions[m].end
            while j < ms.count {
                let n = ms[j]
                let gap = gap(previousEnd, mentions[n].start)
                guard gap.count <= 8, gap.allSatisfy({ locationGlue($0) }), gap.contains(where: { ["in", "at", "of", "located", ","].contains($0.key) || $0.kind == .possessive }) || gap.isEmpty else { break }
                if mentions[m].isPossessive, gap.count <= 1, gap.allSatisfy({ $0.kind == .possessive }) {
                    if contains(type(n), type(m)) {
                        emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "possessive-place", span: mentions[m].start..<mentions[n].end)
                    }
                } else if contains(type(m), type(n)), mentions[n].kind != .demonym {
                    // "near X" and "next to X" place beside, not inside.
                    let beside = gap.last(where: { ["in", "at", "near", "next", "of", ","].contains($0.key) })?.key
                    if beside != "near" && beside != "next" && !(gap.first?.key == "near" && type(n) == .base) {
                        emit(mentions[m].entity, .locatedIn, mentions[n].entity, sentence: s, rule: "located-in", span: mentions[m].start..<mentions[n].end)
                    }
                }
                previousEnd = mentions[n].end
                j += 1
            }
        }
        // "Niger's capital (city of) Niamey", "the Nigerian capital, Abuja": the city is in the state.
        for m in ms where (mentions[m].isPossessive || mentions[m].kind == .demonym) && type(m) == .state {
            // Past the possessive 's, if any: "Niger's capital", "the Algerian city of X".
            let afterName = mentions[m].end < sentence.upperBound && tokens[mentions[m].end].kind == .possessive ? mentions[m].end + 1 : mentions[m].end
            var i = afterName
            while i < sentence.upperBound, ["capital", "city", "town", "of", "the", ",", "international", "airport", "in"].contains(tokens[i].key) || tokens[i].text == "," { i += 1 }
            if let n = mentionAt[i], [.city, .base].contains(type(n)), i > afterName, tokens[afterName..<i].contains(where: { ["capital", "city", "town"].contains($0.key) }) {
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "capital-of", span: mentions[m].start..<mentions[n].end)
            }
        }
    }

    private func locationGlue(_ t: Token) -> Bool {
        if t.kind == .possessive || t.text == "," { return true }
        return t.kind == .word && !t.isCapitalized && ["in", "at", "near", "next", "to", "of", "the", "a", "an", "located", "is", "capital", "city", "town", "region", "central", "northern", "southern", "eastern", "western", "international", "airport", "country", "nation", "its", "just", "outside",
                                                            "market", "village", "settlement", "remote", "small", "garrison", "commune", "district", "province",
                                                            "locality", "which", "that", "lies", "situated", "also", "far", "north", "south", "east", "west"].contains(t.key)
    }

    /// Titles and appositions: "Kremlin spokesman Ivan Petrov", "French Foreign Minister Anne Roux",
    /// "Jane Doe, a senior fellow at the Sahel Policy Institute", "the country's interim leader,
    /// John Smith", "Mali's Minister of Defence, Ali Traore".
    private mutating func findRoles(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let organs = Self.bodies
        for (k, p) in ms.enumerated() where type(p) == .person {
            // Role words before the name, then the body before them; "the army chief of staff,
            // Gen. Oumar Diarra": past the person's own title and the comma.
            var i = mentions[p].start - 1
            while i > sentence.lowerBound, mentions[p].role != nil, mentionAt[i] == nil, tokens[i].text == "." || isTitle(tokens[i]) { i -= 1 }
            if i >= sentence.lowerBound, tokens[i].text == "," { i -= 1 }
            var role: RoleEntry? = mentions[p].role
            var roleStart = i + 1
            while i >= sentence.lowerBound, tokens[i].kind == .word || tokens[i].kind == .possessive, mentionAt[i] == nil {
                if tokens[i].kind == .possessive { i -= 1; continue }
                if let (r, len) = lexicon.role(in: tokens[i..<(i + 4 < sentence.upperBound ? i + 4 : sentence.upperBound)]), i + len <= mentions[p].start {
                    if role == nil || len > 0 { role = role ?? r; if r.relation != .memberOf || role?.relation == .memberOf { role = r } }
                    roleStart = i
                } else if !["deputy", "senior", "chief", "acting", "interim", "transitional", "military", "former", "top", "press", "foreign", "defense", "defence", "head", "the", "of", "'s", "and", "staff", "state", "general", "affairs", "army"].contains(tokens[i].key) {
                    break
                }
                i -= 1
            }
            // "senior French envoys and officers, including Gen. Marc Dupont and …".
            if let inc = (sentence.lowerBound..<mentions[p].start).last(where: { tokens[$0].key == "including" }),
               mentions[p].start - inc <= 12, tokens[inc..<mentions[p].start].allSatisfy({ $0.kind != .punctuation || $0.text == "," || $0.text == "." }),
               let body = ms[..<k].last(where: { mentions[$0].end <= inc && inc - mentions[$0].end <= 6 && type($0) == .state }),
               gap(mentions[body].end, inc).contains(where: { ["representatives", "officials", "diplomats", "officers", "delegation", "members", "commanders", "envoys", "generals", "ministers"].contains($0.key) }) {
                emit(mentions[p].entity, .memberOf, mentions[body].entity, sentence: s, rule: "including", span: mentions[body].start..<mentions[p].end)
                continue
            }
            if let r = role, r.relation == .leads, roleStart > sentence.lowerBound,
               // A former leader no longer leads; a deposed one led when the events took place.
               ["former", "ex", "late"].contains(tokens[roleStart - 1].key) || (roleStart >= 2 && tokens[roleStart - 1].text == "-" && tokens[roleStart - 2].key == "ex") {
                continue
            }
            if let r = role, let body = ms[..<k].last(where: { mentions[$0].end <= roleStart && organs.contains(type($0))
                && gap(mentions[$0].end, roleStart).allSatisfy { $0.kind == .possessive } }) {
                emit(mentions[p].entity, r.relation, mentions[body].entity, sentence: s, rule: "title", span: mentions[body].start..<mentions[p].end)
                continue
            }
            if let r = role, roleStart > sentence.lowerBound, ["its", "their"].contains(tokens[roleStart - 1].key), s > 0,
               let body = bySentence[s - 1].first(where: { organs.contains(type($0)) && mentions[$0].kind != .demonym }) {
                emit(mentions[p].entity, r.relation, mentions[body].entity, sentence: s, rule: "its-role", span: roleStart..<mentions[p].end)
                continue
            }
            // "government spokesman X", "the government's spokesman, X".
            let voiceWord = roleStart > sentence.lowerBound && tokens[roleStart - 1].kind == .possessive ? roleStart - 2 : roleStart - 1
            let stateVoice = role?.relation == .spokespersonFor && voiceWord >= sentence.lowerBound
                && ["military", "government", "army", "junta", "presidency", "defence", "defense"].contains(tokens[voiceWord].key)
            if let r = role, Self.isStateLevel(r) || stateVoice, let state = roleState(person: p, sentence: s) {
                emit(mentions[p].entity, r.relation, state, sentence: s, rule: "title-in-context", span: roleStart..<mentions[p].end)
                continue
            }
            // "named Colonel Assimi Goita interim president", "was sworn in as president".
            do {
                var j = mentions[p].end
                var namedAfter = false
                while j < sentence.upperBound, ["was", "is", "has", "been", "be", "had", "who", "now", "formally", "officially", "sworn", "in", "named", "appointed", "elected", "installed", "proclaimed", "declared", "reappointed", "re-elected", "himself", "herself"].contains(tokens[j].key) {
                    if ["named", "appointed", "elected", "installed", "proclaimed", "declared", "reappointed", "sworn"].contains(tokens[j].key) { namedAfter = true }
                    j += 1
                }
                if j < sentence.upperBound, ["as", "the"].contains(tokens[j].key) { j += 1 }
                while j < sentence.upperBound, ["interim", "transitional", "acting", "new", "the"].contains(tokens[j].key) { j += 1 }
                let before = tokens[max(sentence.lowerBound, roleStart - 3)..<roleStart]
                if j < sentence.upperBound, mentionAt[j] == nil, let (r, _) = lexicon.role(in: tokens[j..<min(j + 4, sentence.upperBound)]),
                   r.relation == .leads, Self.isStateLevel(r),
                   namedAfter || before.contains(where: { ["named", "appointed", "elected", "installed", "proclaimed", "declared", "became", "made"].contains($0.key) })
                    || tokens[mentions[p].end..<j].contains(where: { $0.key == "as" }) {
                    let (_, len) = lexicon.role(in: tokens[j..<min(j + 4, sentence.upperBound)])!
                    let rest = j + len
                    if rest < sentence.upperBound, tokens[rest].key == "of" {
                        // "president of the confederation": only a named body counts.
                        if let body = ms.first(where: { mentions[$0].start > rest && mentions[$0].start <= rest + 2 && organs.contains(type($0)) }) {
                            emit(mentions[p].entity, .leads, mentions[body].entity, sentence: s, rule: "named-as", span: mentions[p].start..<mentions[body].end)
                        }
                    } else if let state = roleState(person: p, sentence: s) {
                        emit(mentions[p].entity, .leads, state, sentence: s, rule: "named-as", span: roleStart..<rest)
                    }
                }
            }
            // "Col. Assimi Goita's government": the person leads the state it governs.
            if mentions[p].isPossessive {
                var j = mentions[p].end
                while j < sentence.upperBound, tokens[j].kind == .possessive || ["military", "transitional", "interim", "new"].contains(tokens[j].key) { j += 1 }
                if j < sentence.upperBound, ["government", "administration", "regime", "junta", "cabinet"].contains(tokens[j].key),
                   let state = roleState(person: p, sentence: s) {
                    emit(mentions[p].entity, .leads, state, sentence: s, rule: "persons-government", span: mentions[p].start..<(j + 1))
                }
            }
            // "Major General Jane Roe of the U.S. Air Force": a member of the body.
            if mentions[p].end + 1 < sentence.upperBound, tokens[mentions[p].end].key == "of" {
                var j = mentions[p].end + 1
                while j < sentence.upperBound, tokens[j].key == "the" { j += 1 }
                if j < sentence.upperBound, let body = mentionAt[j], [.organization, .militaryUnit, .armedGroup].contains(type(body)), mentions[body].start == j {
                    emit(mentions[p].entity, .memberOf, mentions[body].entity, sentence: s, rule: "person-of", span: mentions[p].start..<mentions[body].end)
                }
            }
            // "P, a researcher at the Sahel Policy Institute" / "P, head of Y".
            let after = mentions[p].end
            if after < sentence.upperBound, tokens[after].text == "," {
                var j = after + 1
                var foundRole: RoleEntry?
                var organBefore: Int?
                while j < sentence.upperBound, j - after < 10, tokens[j].text != "," || foundRole == nil {
                    if mentionAt[j] == nil, let (r0, len) = lexicon.role(in: tokens[j..<min(j + 4, sentence.upperBound)]) {
                        var r = r0
                        // "foreign policy chief", "army chief": heads a part, serves the whole.
                        if r.relation == .leads, ["chief", "head"].contains(r.phrase), j > after + 1, tokens[j - 1].kind == .word,
                           !["the", "a", "an", ","].contains(tokens[j - 1].key), mentionAt[j - 1] == nil {
                            r.relation = .memberOf
                        }
                        foundRole = r
                        // "P, the EU's foreign policy chief": the body came first.
                        if let organ = organBefore {
                            emit(mentions[p].entity, r.relation, mentions[organ].entity, sentence: s, rule: "apposition", span: mentions[p].start..<(j + len))
                            break
                        }
                        j += len; continue
                    }
                    if foundRole == nil, let m = mentionAt[j], organs.contains(type(m)), mentions[m].isPossessive || mentions[m].kind == .demonym
                        || (mentions[m].end < sentence.upperBound && lexicon.role(in: tokens[mentions[m].end..<min(mentions[m].end + 4, sentence.upperBound)]) != nil) {
                        organBefore = m; j = mentions[m].end; continue
                    }
                    if let m = mentionAt[j], organs.contains(type(m)), let r = foundRole {
                        emit(mentions[p].entity, r.relation, mentions[m].entity, sentence: s, rule: "apposition", span: mentions[p].start..<mentions[m].end)
                        break
                    }
                    if tokens[j].text == "," && foundRole != nil { break }
                    j += 1
                }
                // "P, the government spokesman": the state's voice.
                let governmentVoice = foundRole?.relation == .spokespersonFor
                    && tokens[(after + 1)..<min(j, sentence.upperBound)].contains { ["government", "military", "junta", "presidency", "army"].contains($0.key) }
                if let r = foundRole, organBefore == nil, Self.isStateLevel(r) || governmentVoice, j >= sentence.upperBound || tokens[j].text == "," || tokens[j].text == ".",
                   !found.reversed().prefix(while: { $0.sentence == s }).contains(where: { $0.source == mentions[p].entity }),
                   let state = roleState(person: p, sentence: s) {
                    emit(mentions[p].entity, r.relation, state, sentence: s, rule: "apposition-in-context", span: mentions[p].start..<j)
                }
            }
        }
    }

    /// Words between a state and the office it qualifies: "Mali's interim military leader".
    static let officeModifiers: Set<String> = ["acting", "interim", "transitional", "former", "deputy", "senior", "top", "military", "new", "then"]

    /// "to leave", "to depart": what an order to go asks.
    static let leaving: Set<String> = ["leave", "depart", "quit", "exit", "go", "withdraw"]
    static let attackNouns: Set<String> = ["attack", "attacks", "assault", "raid", "raids", "ambush", "bombing", "massacre", "killings", "strike", "strikes", "offensive"]
    /// Words that make two forces named together adversaries rather than partners.
    static let conflictWords: Set<String> = ["against", "between", "clash", "clashes", "clashed", "fight", "fighting", "fought", "attack", "attacked", "attacks", "killed", "ambush", "ambushed", "versus", "vs", "battle", "rivals", "enemy", "enemies", "expelled", "replaced", "replace", "instead"]
    static let jointJoiners: Set<String> = ["and", "accompanied", "alongside", "together", "with", "by", "joined", "backed", "supported", ","]

    /// Bodies a person can lead, speak for or serve.
    static let bodies: Set<EntityType> = [.state, .organization, .militaryUnit, .alliance, .armedGroup]
    /// "JNIM, al-Qaida's affiliate", "MINUSMA, the UN mission": nouns that make one body part of another.
    static let componentNouns: Set<String> = ["affiliate", "branch", "wing", "arm", "coalition", "franchise", "offshoot", "faction",
                                              "mission", "agency", "office", "body", "organ", "force", "operation", "command"]
    static let componentParts: Set<EntityType> = [.armedGroup, .organization, .militaryUnit]
    static let componentWholes: Set<EntityType> = [.armedGroup, .organization, .militaryUnit, .alliance, .state]
    static let subordinateWholes: Set<EntityType> = [.organization, .state, .militaryUnit, .alliance]
    static let attackTargets: Set<EntityType> = [.city, .base, .militaryUnit, .state]

    /// Words for a standing military post: keeping one somewhere is being stationed there.
    static let militaryPosts: Set<String> = ["headquarters", "garrison", "base", "bases", "outpost", "outposts", "detachment", "detachments", "hub", "camp"]

    /// "US troops in Niger" (deployed to the state), "Russian troops at Air Base 101" (stationed).
    private mutating func findForcesIn(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where k + 1 < ms.count && (mentions[m].isForces || (FrameTable.forces.contains(type(m)) && mentions[m].end < sentence.upperBound
            && (["has", "had", "have", "keeps", "kept", "maintains", "maintained", "with", "deployed", "sent", "stationed"].contains(tokens[mentions[m].end].key)
                || (type(m) != .state && WordLists.forceNouns.contains(tokens[mentions[m].end].key))))) {
            let n = ms[k + 1]
            var i = mentions[m].end
            var sawForces = mentions[m].isForces
            var sawPost = false
            while i < mentions[n].start, tokens[i].kind == .number || ["has", "had", "have", "keeps", "kept", "maintains", "maintained", "with", "about", "around", "some", "nearly", "roughly", "approximately", "more", "than", "over", "up", "to", "its", "their", "own", "hundreds", "thousands", "dozens", "of", "regional", "main", "largest", "last"].contains(tokens[i].key)
                    || WordLists.forceNouns.contains(tokens[i].key) || Self.militaryPosts.contains(tokens[i].key) {
                if WordLists.forceNouns.contains(tokens[i].key) { sawForces = true }
                // "France keeps its regional headquarters in N'Djamena": a post is a presence.
                if Self.militaryPosts.contains(tokens[i].key), tokens[mentions[m].end].kind == .word, ["has", "had", "have", "keeps", "kept", "maintains", "maintained"].contains(tokens[mentions[m].end].key) {
                    sawForces = true; sawPost = true
                }
                if tokens[i].key == "to" && !sawForces { break }
                i += 1
            }
            guard sawForces else { continue }
            // "… have been (present) in Libya since 2019".
            let verbStart = i
            while i < mentions[n].start, tokens[i].kind == .word, WordLists.forceNouns.contains(tokens[i].key) || ["military", "service", "members", "stationed", "based", "deployed", "currently", "still", "already", "remaining", "conducting", "counterterrorism", "operations", "special", "elite", "civilian", "and",
                    "have", "has", "had", "been", "are", "were", "is", "was", "present", "active", "now", "also", "long"].contains(tokens[i].key) { i += 1 }
            guard i < mentions[n].start, ["in", "at"].contains(tokens[i].key) else { continue }
            // A clause of its own ("soldiers were in the country") needs a named place, not a guess.
            if tokens[verbStart..<i].contains(where: { ["been", "are", "were", "is", "was"].contains($0.key) }), mentions[n].kind != .name { continue }
            var j = i + 1
            while j < mentions[n].start, Self.determiners.contains(tokens[j].key) || isModifier(tokens[j]) { j += 1 }
            guard j == mentions[n].start, mentions[n].entity != mentions[m].entity else { continue }
            let target = type(n)
            if target == .base || (sawPost && target == .city) {
                emit(mentions[m].entity, .stationedAt, mentions[n].entity, sentence: s, rule: sawPost ? "post-in" : "forces-at", span: mentions[m].start..<mentions[n].end)
            } else if target == .state || target == .city {
                emit(mentions[m].entity, .deployedTo, mentions[n].entity, sentence: s, rule: "forces-in", span: mentions[m].start..<mentions[n].end)
            }
        }
    }

    /// "Russia's Defense Ministry" → the ministry is part of Russia; "al-Qaeda affiliate JNIM".
    private mutating func findPossessiveOrgans(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where k + 1 < ms.count {
            let n = ms[k + 1]
            let gap = gap(mentions[m].end, mentions[n].start)
            if type(m) == .state, [.organization, .militaryUnit].contains(type(n)), mentions[m].isPossessive || mentions[m].kind == .demonym,
               gap.count <= 1, gap.allSatisfy({ $0.kind == .possessive }) {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "possessive-organ", span: mentions[m].start..<mentions[n].end)
            }
            if type(m) == .state, [.organization, .militaryUnit].contains(type(n)), gap.count == 2, gap.first?.text == ",", gap.last?.key == "whose" {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "whose-organ", span: mentions[m].start..<mentions[n].end)
            }
            if [.armedGroup, .organization, .militaryUnit].contains(type(m)), type(n) == type(m), gap.first?.text == ",", gap.count <= 7,
               let k = gap.firstIndex(where: { ["branch", "affiliate", "wing", "arm", "offshoot", "franchise", "faction", "unit", "division"].contains($0.key) }),
               k + 1 < mentions[n].start, tokens[k + 1].key == "of" {
                emit(mentions[m].entity, .partOf, mentions[n].entity, sentence: s, rule: "branch-of", span: mentions[m].start..<mentions[n].end)
            }
            // "JNIM, al-Qaida's affiliate in the Sahel", "MINUSMA, the UN peacekeeping mission".
            let components = Self.componentNouns
            let parts = Self.componentParts
            let wholes = Self.componentWholes
            if parts.contains(type(m)), wholes.contains(type(n)), gap.first?.text == ",", gap.count <= 2,
               gap.dropFirst().allSatisfy({ ["the", "a", "an"].contains($0.key) }) {
                let tail = tokens[mentions[n].end..<min(mentions[n].end + 5, sentence.upperBound)]
                if let noun = tail.firstIndex(where: { components.contains($0.key) }),
                   (mentions[n].end..<noun).allSatisfy({ k in tokens[k].kind == .possessive || (tokens[k].kind == .word && !tokens[k].isCapitalized && mentionAt[k] == nil) }) {
                    emit(mentions[m].entity, .partOf, mentions[n].entity, sentence: s, rule: "apposed-component", span: mentions[m].start..<(noun + 1))
                }
            }
            // "the al-Qaida-linked JNIM": a group tied to another by a hyphenated adjective.
            if type(m) == .armedGroup, type(n) == .armedGroup, gap.count == 2, gap.first?.text == "-",
               ["linked", "affiliated", "aligned", "allied"].contains(gap.last?.key ?? "") {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "linked-group", span: mentions[m].start..<mentions[n].end)
            }
            if type(m) == .armedGroup, type(n) == .armedGroup, gap.contains(where: { ["affiliate", "branch", "offshoot", "wing", "franchise", "affiliated"].contains($0.key) }), gap.count <= 3 {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "affiliate", span: mentions[m].start..<mentions[n].end)
            }
        }
    }

    /// "Mali has become one of Russia's closest allies": the ally is the possessor;
    /// "the African Sahel region": a region inside another.
    private mutating func findAllies(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.ally) {
            guard let owner = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 4 && type($0) == .state && mentions[$0].isPossessive }) else { continue }
            let clause = clause(around: t, in: sentence)
            for subject in subjects(before: mentions[owner].start, clause: clause, types: FrameTable.states, in: ms) where mentions[subject].entity != mentions[owner].entity
                // Only "X is / has become / remains one of Y's allies" says that X is one.
                && gap(mentions[subject].end, mentions[owner].start).contains(where: { ["is", "are", "was", "were", "become", "became", "remains", "remained", "been", "one"].contains($0.key) }) {
                let relation: RelationType = tokens[t].key.hasPrefix("all") ? .alliedWith : .cooperatesWith
                emit(mentions[subject].entity, relation, mentions[owner].entity, sentence: s, rule: "possessive-ally", span: mentions[subject].start..<(t + 1))
            }
        }
        for (k, m) in ms.enumerated() where k + 1 < ms.count && mentions[m].kind == .demonym && type(m) == .region {
            let n = ms[k + 1]
            if mentions[n].start == mentions[m].end, type(n) == .region {
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "regional-adjective", span: mentions[m].start..<mentions[n].end)
            }
        }
    }

    /// "Katiba Macina, a group led by the preacher Amadou Koufa", "the CNSP, which is headed by
    /// General Tiani": the agent leads the body before it.
    private mutating func findPassiveLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let bodies = Self.bodies
        for t in sentence where cues[t].contains(.passiveLeader) {
            // "ruled respectively by X and Y": the i-th body by the i-th leader.
            var by = t + 1
            let respectively = by < sentence.upperBound && tokens[by].key == "respectively"
            if respectively { by += 1 }
            guard by < sentence.upperBound, tokens[by].key == "by",
                  let leader = ms.first(where: { mentions[$0].start > by && mentions[$0].start <= by + 7 && type($0) == .person }),
                  // "headed by his son, Gen. X".
                  ((by + 1)..<mentions[leader].start).allSatisfy({ k in (tokens[k].kind == .word || [",", "."].contains(tokens[k].text)) && mentionAt[k] == nil }),
                  let body = ms.last(where: { mentions[$0].end <= t && bodies.contains(type($0)) && !isPrepositionalObject($0, floor: sentence.lowerBound) })
            else { continue }
            if respectively {
                let clause = clause(around: t, in: sentence)
                let leaders = objects(after: by, clause: clause, types: [.person], markers: [""], in: ms)
                let ruled = subjects(before: mentions[body].end, clause: clause, types: bodies, in: ms).reversed()
                if leaders.count == ruled.count, leaders.count > 1 {
                    for (l, b) in zip(leaders, ruled) {
                        emit(mentions[l].entity, .leads, mentions[b].entity, sentence: s, rule: "led-by-respectively", span: mentions[b].start..<mentions[l].end)
                    }
                    continue
                }
            }
            emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "led-by", span: mentions[body].start..<mentions[leader].end)
        }
    }

    /// "the junta ordered the ambassador Jean Dupont to leave the country": an order to leave
    /// expels a person, and demands the withdrawal of forces ("told French troops to go").
    private mutating func findOrdersToLeave(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.order) {
            let clause = clause(around: t, in: sentence)
            guard let to = (t + 1..<min(clause.upperBound, t + 12)).first(where: { tokens[$0].key == "to" && $0 + 1 < clause.upperBound && Self.leaving.contains(tokens[$0 + 1].key) }) else { continue }
            let between = ms.filter { mentions[$0].start > t && mentions[$0].end <= to }
            guard let patient = between.first(where: { type($0) == .person || FrameTable.forces.contains(type($0)) && mentions[$0].isForces }) ?? between.first(where: { type($0) == .person }),
                  let patient2 = Optional(officeHolder(after: patient, in: between) ?? patient) else { continue }
            let relation: RelationType = type(patient2) == .person ? .expels : .demandsWithdrawalOf
            for agent in subjects(before: t, clause: clause, types: FrameTable.states, in: ms) {
                emit(mentions[agent].entity, relation, mentions[patient2].entity, sentence: s, rule: "order-to-leave", span: mentions[agent].start..<(to + 2))
            }
        }
    }

    /// States named together as one actor: "Mali, Burkina Faso and Niger signed a defence pact"
    /// (each signs with each), "the leaders of A, B and C … their alliance" (each is a member).
    private mutating func findGroupActs(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let states = ms.filter { type($0) == .state && mentions[$0].kind != .demonym }
        guard states.count >= 2 else { return }
        // The first list of two or more states joined by commas and "and".
        var group: [Int] = []
        for m in states {
            if let last = group.last {
                let between = gap(mentions[last].end, mentions[m].start)
                if !between.isEmpty, between.count <= 2, between.allSatisfy({ $0.key == "and" || $0.text == "," }) { group.append(m); continue }
                if group.count >= 2 { break }
            }
            group = [m]
        }
        // A real list ends with "and": "Mali, Niger and Chad", not "Mali, Niger".
        guard group.count >= 2, gap(mentions[group[group.count - 2]].end, mentions[group[group.count - 1]].start).contains(where: { $0.key == "and" }) else { return }
        let first = mentions[group[0]].start
        // The list is the subject: at the start of its clause, or governed by "the leaders of".
        var i = first - 1
        while i >= sentence.lowerBound, ["the", "military", "of", "leaders", "heads", "presidents", "juntas", "governments", "rulers", "ministers", "foreign", "defence", "defense", "three", "neighbours", "neighbors", "both"].contains(tokens[i].key) { i -= 1 }
        guard i < sentence.lowerBound || tokens[i].text == "," || cues[i].contains(.clauseBoundary) || ["that", "which"].contains(tokens[i].key) else { return }
        let entities = group.map { mentions[$0].entity }
        let end = mentions[group.last!].end
        let clause = clause(around: end - 1, in: sentence)
        let rest = end..<clause.upperBound
        let signs: Set<String> = ["signed", "sign", "signs", "concluded", "inked", "sealed"]
        let treaties: Set<String> = ["treaty", "pact", "agreement", "accord", "charter", "deal"]
        // "the defence pact that A, B and C signed": the treaty named before the list.
        let before = tokens[max(sentence.lowerBound, first - 8)..<first]
        let treatyBefore = before.suffix(2).contains { ["that", "which"].contains($0.key) } && before.contains { treaties.contains($0.key) }
        let signed = tokens[rest].prefix(4).contains { signs.contains($0.key) }
            && (treatyBefore || tokens[rest].prefix(10).contains { treaties.contains($0.key) })
            && !tokens[rest].prefix(12).contains { $0.key == "with" }
        if signed {
            let treatyWords = treatyBefore ? Array(before) : Array(tokens[rest].prefix(10))
            // A mutual defence pact makes its signatories allies.
            let defence = treatyWords.contains { ["defence", "defense", "security", "military"].contains($0.key) }
            for a in 0..<entities.count { for b in (a + 1)..<entities.count {
                emit(entities[a], .signsAgreementWith, entities[b], sentence: s, rule: "group-treaty", span: first..<min(rest.upperBound, end + 10))
                if defence { emit(entities[a], .alliedWith, entities[b], sentence: s, rule: "group-defence-pact", span: first..<min(rest.upperBound, end + 10)) }
            } }
            // "… signed to create the Alliance of Sahel States": its founding members.
            if let create = rest.first(where: { ["create", "created", "creating", "form", "formed", "forming", "found", "founded", "establish", "established", "launch", "launched"].contains(tokens[$0].key) }),
               let alliance = ms.first(where: { mentions[$0].start > create && mentions[$0].start <= create + 3 && type($0) == .alliance }) {
                for e in entities { emit(e, .memberOf, mentions[alliance].entity, sentence: s, rule: "group-founds-alliance", span: first..<mentions[alliance].end) }
            }
        }
        for k in rest where tokens[k].key == "their" && k + 1 < sentence.upperBound {
            guard let m = mentionAt[k + 1], type(m) == .alliance else { continue }
            for e in entities { emit(e, .memberOf, mentions[m].entity, sentence: s, rule: "group-their-alliance", span: first..<mentions[m].end) }
        }
    }

    /// "The attack was claimed by JNIM", "JNIM claimed the ambush near Djibo": the claimant
    /// attacks the place or the forces the attack hit, named in the sentence or the one before.
    private mutating func findClaimedAttacks(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        guard let c = sentence.first(where: { cues[$0].contains(.claim) }),
              let noun = sentence.first(where: { Self.attackNouns.contains(tokens[$0].key) && mentionAt[$0] == nil }) else { return }
        let claimant: Int?
        if c + 2 < sentence.upperBound, tokens[c + 1].key == "by" || (tokens[c + 1].key == "out" && tokens[c + 2].key == "by") {
            guard noun < c else { return }
            let by = tokens[c + 1].key == "by" ? c + 1 : c + 2
            claimant = ms.first { mentions[$0].start > by && mentions[$0].start <= by + 2 && type($0) == .armedGroup }
        } else {
            guard tokens[c].key == "claimed", noun > c, noun - c <= 5 else { return }
            // The subject, past any apposition: "JNIM, al-Qaeda's affiliate in the Sahel, claimed".
            let clause = clause(around: c, in: sentence)
            claimant = ms.first { mentions[$0].end <= c && mentions[$0].start >= clause.lowerBound && type($0) == .armedGroup
                && !mentions[$0].isPossessive && !isPrepositionalObject($0, floor: clause.lowerBound) }
        }
        guard let claimant else { return }
        let targetTypes = Self.attackTargets
        func targets(in sentenceIndex: Int, after floor: Int) -> [Int] {
            bySentence[sentenceIndex].filter { m in
                mentions[m].start > floor && mentions[m].entity != mentions[claimant].entity && targetTypes.contains(type(m))
                    && (mentions[m].isForces || ["on", "in", "near", "at", "against", "outside"].contains(marker(before: m, notBefore: max(floor, sentences[sentenceIndex].lowerBound))))
            }
        }
        var hit = targets(in: s, after: noun)
        if hit.isEmpty, s > 0 { hit = targets(in: s - 1, after: sentences[s - 1].lowerBound - 1) }
        for m in hit {
            emit(mentions[claimant].entity, .attacks, mentions[m].entity, sentence: s, rule: "claimed-attack", span: min(noun, mentions[claimant].start)..<max(c + 1, mentions[claimant].end))
        }
    }

    /// "Africa Corps, a force overseen by Russia's Defense Ministry", "a unit that answers to the
    /// ministry", "the brigade, under the command of the army": the unit is part of its master.
    private mutating func findSubordination(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let parts = Self.componentParts
        let wholes = Self.subordinateWholes
        for t in sentence where cues[t].contains(.subordination) {
            let k = tokens[t].key
            var objectStart: Int
            if ["overseen", "controlled", "supervised", "commanded", "directed", "funded", "run"].contains(k), t + 1 < sentence.upperBound, tokens[t + 1].key == "by" {
                objectStart = t + 2
            } else if ["answers", "answer", "answering", "answerable", "reports", "report", "reporting", "subordinate", "attached"].contains(k), t + 1 < sentence.upperBound, tokens[t + 1].key == "to" {
                objectStart = t + 2
            } else if k == "under", t + 3 < sentence.upperBound,
                      // "being brought under the control of": a change under way, not yet a fact.
                      !tokens[max(sentence.lowerBound, t - 3)..<t].contains(where: { ["being", "brought", "bring", "will", "would", "to"].contains($0.key) }), tokens[t + 1].key == "the", ["command", "control", "authority", "aegis"].contains(tokens[t + 2].key), tokens[t + 3].key == "of" {
                objectStart = t + 4
            } else { continue }
            while objectStart < sentence.upperBound, Self.determiners.contains(tokens[objectStart].key) { objectStart += 1 }
            guard objectStart < sentence.upperBound, let whole = mentionAt[objectStart], wholes.contains(type(whole)) else { continue }
            // The part: the body the clause is about, close before the verb, not a prepositional object.
            guard let part = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 8 && parts.contains(type($0)) && !isPrepositionalObject($0, floor: sentence.lowerBound) }),
                  mentions[part].entity != mentions[whole].entity,
                  !(mentions[part].end..<t).contains(where: { mentionAt[$0] != nil || tokens[$0].kind == .punctuation && tokens[$0].text != "," })
            else { continue }
            let target = mentions[whole].isPossessive ? officeOrOrgan(after: whole) ?? whole : whole
            emit(mentions[part].entity, .partOf, mentions[target].entity, sentence: s, rule: "answers-to", span: mentions[part].start..<mentions[target].end)
        }
    }

    /// "Moura had long been a stronghold of Katiba Macina", "Kidal, the rebels' stronghold":
    /// the group holds the place.
    private mutating func findStrongholds(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.stronghold) {
            // The group: "stronghold of X" after, or "X's stronghold" before.
            var group: Int?
            if t + 1 < sentence.upperBound, tokens[t + 1].key == "of" {
                group = ms.first { mentions[$0].start > t + 1 && mentions[$0].start <= t + 3 && type($0) == .armedGroup }
            } else if let m = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 2 && type($0) == .armedGroup && mentions[$0].isPossessive }) {
                group = m
            }
            guard let group else { continue }
            // The place: the subject of "is/was/had been a stronghold", or the head of an apposition.
            let places = ms.filter { mentions[$0].end <= t && [.city, .region, .base].contains(type($0)) && t - mentions[$0].end <= 8 }
            guard let place = places.last, (mentions[place].end..<t).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil || tokens[$0].text == "," || tokens[$0].kind == .possessive }),
                  gap(mentions[place].end, t).contains(where: { ["is", "was", "had", "has", "been", "become", "became", "remains", "remained", ","].contains($0.key) || $0.text == "," })
            else { continue }
            emit(mentions[group].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "stronghold", span: mentions[place].start..<mentions[group].end)
        }
    }

    /// "Russia's Defense Ministry": the organ a possessive state names, when one follows.
    private func officeOrOrgan(after m: Int) -> Int? {
        var i = mentions[m].end
        while i < tokens.count, tokens[i].kind == .possessive { i += 1 }
        guard i < tokens.count, let organ = mentionAt[i], [.organization, .militaryUnit].contains(type(organ)) else { return nil }
        return organ
    }

    /// "Malian troops and Wagner fighters", "Malian soldiers, accompanied by Wagner fighters",
    /// "French troops fought alongside Nigerien units": forces operating together cooperate.
    /// Not where the clause speaks of fighting between them ("clashes between X and Y troops").
    private mutating func findJointForces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        func isForce(_ m: Int) -> Bool {
            guard FrameTable.forces.contains(type(m)) else { return false }
            if mentions[m].isForces || type(m) == .militaryUnit { return true }
            // "Wagner fighters", "fighters of the Wagner Group".
            var i = mentions[m].start - 1
            if i > sentence.lowerBound, tokens[i].key == "the" { i -= 1 }
            let namedForces = i > sentence.lowerBound && tokens[i].key == "of" && WordLists.forceNouns.contains(tokens[i - 1].key)
            return type(m) == .armedGroup && (namedForces || (mentions[m].end < sentence.upperBound && WordLists.forceNouns.contains(tokens[mentions[m].end].key)))
        }
        for (k, a) in ms.enumerated() where k + 1 < ms.count && isForce(a) {
            let b = ms[k + 1]
            guard isForce(b), mentions[a].entity != mentions[b].entity else { continue }
            let between = gap(mentions[a].end, mentions[b].start).filter { !WordLists.forceNouns.contains($0.key) && !Self.determiners.contains($0.key) && !["of", "the"].contains($0.key) }
            guard !between.isEmpty, between.count <= 3, between.allSatisfy({ Self.jointJoiners.contains($0.key) || $0.text == "," }),
                  between.contains(where: { ["and", "accompanied", "alongside", "together"].contains($0.key) }) else { continue }
            let clause = clause(around: mentions[a].start, in: sentence)
            // "with" alone ("clashes with") is conflict as often as company.
            if between.allSatisfy({ $0.key == "with" || $0.text == "," }) { continue }
            guard !tokens[clause].contains(where: { Self.conflictWords.contains($0.key) && !($0.key == "fought" && between.contains { $0.key == "alongside" }) }) else { continue }
            emit(mentions[a].entity, .cooperatesWith, mentions[b].entity, sentence: s, rule: "joint-forces", span: mentions[a].start..<mentions[b].end)
        }
    }

    /// "FACT, whose leader, Mahamat Mahdi Ali, …", "the group, whose founder X": the person
    /// leads the body.
    private mutating func findWhoseLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where tokens[t].key == "whose" && t > sentence.lowerBound + 1 && tokens[t - 1].text == "," {
            guard let body = mentionAt[t - 2], Self.bodies.contains(type(body)), t + 1 < sentence.upperBound,
                  let (role, length) = lexicon.role(in: tokens[(t + 1)..<min(t + 5, sentence.upperBound)]), role.relation == .leads || role.relation == .spokespersonFor
            else { continue }
            var j = t + 1 + length
            if j < sentence.upperBound, tokens[j].text == "," { j += 1 }
            while j < sentence.upperBound, mentionAt[j] == nil, isTitle(tokens[j]) || tokens[j].text == "." { j += 1 }
            guard j < sentence.upperBound, let person = mentionAt[j], type(person) == .person else { continue }
            emit(mentions[person].entity, role.relation, mentions[body].entity, sentence: s, rule: "whose-role", span: mentions[body].start..<mentions[person].end)
        }
    }

    /// "the National Council (CNSP), which he heads": the person the pronoun stands for (the
    /// nearest person named before, in this sentence or the one before) leads the body.
    private mutating func findRelativeLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.passiveLeader) || ["heads", "leads", "commands", "chairs", "runs", "founded"].contains(tokens[t].key) {
            guard t - 2 > sentence.lowerBound, ["he", "she"].contains(tokens[t - 1].key), ["which", "that"].contains(tokens[t - 2].key) else { continue }
            var k = t - 3
            if k >= sentence.lowerBound, tokens[k].text == "," { k -= 1 }
            if k >= sentence.lowerBound, tokens[k].text == ")", let open = (max(sentence.lowerBound, k - 6)..<k).last(where: { tokens[$0].text == "(" }) { k = open - 1 }
            guard k >= sentence.lowerBound, let body = mentionAt[k], Self.bodies.contains(type(body)), type(body) != .state else { continue }
            let candidates = ms.filter { mentions[$0].end <= mentions[body].start && type($0) == .person }
            let leader = candidates.last ?? (s > 0 ? bySentence[s - 1].last(where: { type($0) == .person }) : nil)
            guard let leader else { continue }
            emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "which-he-leads", span: mentions[body].start..<(t + 1))
        }
    }

    /// "A hosted B in Niamey": B visits Niamey.
    private mutating func inferVisitsFromHosting() {
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
    private mutating func inferDeploymentFromBases() {
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

    /// "an air base … that is also housing US troops", "a base where US troops are located".
    private mutating func findHosting(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where type(m) == .base && !(mentions[m].start > sentence.lowerBound && ["near", "beside", "outside"].contains(tokens[mentions[m].start - 1].key)) {
            for n in ms[(k + 1)...] where FrameTable.forces.contains(type(n)) && mentions[n].isForces {
                let gap = gap(mentions[m].end, mentions[n].start)
                guard gap.count <= 16 else { break }
                let hosting = gap.contains { ["housing", "hosting", "houses", "hosts", "hosted", "housed"].contains($0.key) }
                let whereStationed = gap.contains { $0.key == "where" } && {
                    let tail = tokens[mentions[n].end..<min(mentions[n].end + 4, sentence.upperBound)]
                    return tail.contains { ["stationed", "located", "based", "deployed", "are", "were"].contains($0.key) }
                }()
                if hosting || whereStationed {
                    emit(mentions[n].entity, .stationedAt, mentions[m].entity, sentence: s, rule: hosting ? "base-hosting" : "base-where", span: mentions[m].start..<mentions[n].end)
                }
            }
        }
    }
}
