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
///
/// A class, not a struct: its forty-odd rules share the document's arrays, and as a struct it
/// was copied (every array retained and released) wherever the optimizer could not prove a
/// rule left it alone.
final class RelationFinder {
    let tokens: TokenList
    let sentences: [Range<Int>]
    let entities: [DocumentEntity]
    let mentions: [Mention]
    let lexicon: Lexicon
    let mentionAt: MentionIndex

    /// Each token's ``Cue``s, looked up once.
    let cues: [Cue]

    /// See ``dominantState(_:_:tokens:lexicon:)``.
    let dominantState: Int?

    /// See ``leadingState(ranked:)``.
    let leadingState: Int?

    /// The state the document ties to a junta (see ``NominalResolver/juntaState(_:tokens:cues:)``).
    var juntaState: Int?

    private(set) var found: [FoundRelation] = []

    init(tokens: TokenList, cues: [Cue], sentences: [Range<Int>], entities: [DocumentEntity], mentions: [Mention], lexicon: Lexicon) {
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.lexicon = lexicon
        mentionAt = MentionIndex(tokenCount: tokens.count, mentions: mentions)
        self.cues = cues
        bySentence = MentionsBySentence.group(mentions, sentences)
        // (Both read one ranking of the states, sorted once.)
        let stateRanking = Self.mentionCounts(of: .state, mentions, entities)
        dominantState = Self.dominantState(ranked: stateRanking, mentions, entities, tokens: tokens, lexicon: lexicon)
        leadingState = Self.leadingState(ranked: stateRanking)
        statesByKey = Self.statesByKey(entities)
        datelineDash = Self.datelineDash(tokens: tokens, sentences: sentences)
    }

    /// See ``datelineDash(tokens:sentences:)``.
    let datelineDash: Int?

    /// See ``stateNamed(_:)``.
    let statesByKey: [String: Int]

    /// Mention indices of each sentence, in order.
    var bySentence: [[Int]] = []

    static let prepositions: WordSet = ["in", "at", "of", "from", "to", "into", "near", "with", "by", "for", "on", "against", "between", "about", "over", "toward", "towards", "than", "like", "including", "out", "outside", "inside", "around", "across", "through", "throughout", "along", "alongside", "beside", "beyond", "within", "via"]

    static let determiners: WordSet = ["a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "some", "all", "both", "most", "about", "around", "nearly", "approximately", "roughly", "several", "dozens", "hundreds"]

    func run() {
        for (s, sentence) in sentences.enumerated() {
            let ms = bySentence[s]
            guard !ms.isEmpty else { continue }
            // The cues of the sentence's words, once: a rule that reads a sentence only from
            // words with a cue has nothing to find in one without, and is not called (most
            // sentences have none of most rules' words).
            let present = sentence.reduce(into: Cue()) { $0.formUnion(cues[$1]) }
            if present.contains(.frameTrigger) { findFrames(s, sentence, ms) }
            findLocations(s, sentence, ms)
            findRoles(s, sentence, ms)
            findForcesIn(s, sentence, ms)
            if present.contains(.keeper) { findKeptForces(s, sentence, ms) }
            findPossessiveOrgans(s, sentence, ms)
            findHosting(s, sentence, ms)
            findWhoseForces(s, sentence, ms)
            findAllies(s, sentence, ms)
            if present.contains(.passiveLeader) { findPassiveLeaders(s, sentence, ms) }
            if present.contains(.order) { findOrdersToLeave(s, sentence, ms) }
            findGroupActs(s, sentence, ms)
            if present.contains(.claim) { findClaimedAttacks(s, sentence, ms) }
            if present.contains(.objectRelative) { findObjectRelatives(s, sentence, ms) }
            if present.contains(.accusation) { findAccusedPronouns(s, sentence, ms) }
            if present.contains(.subordination) { findSubordination(s, sentence, ms); findLeadersUnder(s, sentence, ms) }
            findDescribedMemberships(s, sentence, ms)
            if present.contains(.frameTrigger) { findJoinedIn(s, sentence, ms) }
            if present.contains(.stronghold) { findStrongholds(s, sentence, ms) }
            if present.contains(.frameTrigger) { findHeldPlaces(s, sentence, ms); findPlacesUnderControl(s, sentence, ms) }
            findFallenPlaces(s, sentence, ms)
            if present.contains(.hands) { findPlacesInHands(s, sentence, ms) }
            if present.contains(.settlement) { findTownsOfRegion(s, sentence, ms) }
            findOwnedBases(s, sentence, ms)
            findOneOfUnits(s, sentence, ms)
            findLeadContributors(s, sentence, ms)
            findNamedGroupings(s, sentence, ms)
            findFrontedRoles(s, sentence, ms)
            if present.contains(.leaderVerb) { findRelativeLeaders(s, sentence, ms) }
            findBodiesHeaded(s, sentence, ms)
            if present.contains(.whose) { findWhoseLeaders(s, sentence, ms) }
            if present.contains(.leadership) { findLeadershipTaken(s, sentence, ms) }
            if present.contains(.personalPossessive) { findOwnForces(s, sentence, ms) }
            findJointForces(s, sentence, ms)
            if present.contains(.cooperation) { findSharedCooperation(s, sentence, ms) }
            if present.contains(.frameTrigger) { findNamedPartners(s, sentence, ms) }
            findOwnedComponents(s, sentence, ms)
            if present.contains(.against) { findFightsAgainst(s, sentence, ms) }
            if present.contains(.war) { findWars(s, sentence, ms) }
            if present.contains(.combat) { findFightsDescribedEnemies(s, sentence, ms) }
            if present.contains(.foe) { findNamedEnemies(s, sentence, ms) }
            if present.contains(.handover) { findHandovers(s, sentence, ms) }
            if present.contains(.flag) { findLoweredFlags(s, sentence, ms) }
            if present.contains(.aggression) { findDefencePledges(s, sentence, ms) }
            findAffiliations(s, sentence, ms)
            findHyphenedBackers(s, sentence, ms)
            findNamedJuntas(s, sentence, ms)
            if present.contains(.whereWord) { findWherePresence(s, sentence, ms) }
            if present.contains(.them) { findPartitivePosts(s, sentence, ms) }
            findApposedMissionPlaces(s, sentence, ms)
            findFrontedPresence(s, sentence, ms)
            findFrontedBase(s, sentence, ms)
            if present.contains(.suspension) { findSuspensions(s, sentence, ms) }
            if present.contains(.belonging) { findRelativeMemberships(s, sentence, ms) }
            if present.contains(.persona) { findPersonaNonGrata(s, sentence, ms) }
            if present.contains(.closing) { findClosures(s, sentence, ms) }
            if present.contains(.withholding) { findWithheldAid(s, sentence, ms) }
            if present.contains(.frameTrigger) { findSanctionsBorne(s, sentence, ms) }
            if present.contains(.frameTrigger) { findSentEnvoys(s, sentence, ms) }
            if present.contains(.contribution) { findTroopContributions(s, sentence, ms) }
            if present.contains(.preposition) { findDrawnTroops(s, sentence, ms) }
            if present.contains(.post) { findPosts(s, sentence, ms) }
            if present.contains(.hosting) || present.contains(.post) { findHostedPosts(s, sentence, ms) }
            if present.contains(.composition) { findCompositions(s, sentence, ms) }
            if present.contains(.descriptionHead) { findBlocsOfStates(s, sentence, ms) }
            findFoundedBodies(s, sentence, ms)
            findBodiesNamedWithTheirParent(s, sentence, ms)
            if present.contains(.mission) { findEndedMissions(s, sentence, ms) }
            if present.contains(.last) { findLastForcesLeaving(s, sentence, ms) }
            if present.contains(.replacement) { findReplacements(s, sentence, ms) }
            if present.contains(.stay) { findStays(s, sentence, ms) }
            if present.contains(.reflexive) { findSelfProclaimed(s, sentence, ms) }
            findDistributedLeaders(s, sentence, ms)
            if present.contains(.clauseBoundary) { findColonLists(s, sentence, ms) }
            if present.contains(.appointment) { findAppointments(s, sentence, ms) }
        }
        expandGroups()
        inferLeadersFromCoups()
        inferNamedJuntas()
        inferOfficeStates()
        inferFromWithdrawals()
        inferDeploymentFromBases()
        inferVisitsFromHosting()
        inferVisitsFromTalks()
        inferTravelCompanions()
        promoteKnownHeads()
        inferSigningStates()
        dropMembershipsOfLeaders()
        dropMeetingsWithOwnState()
        inferCompanionsAlongside()
        inferFightingCompanions()
        inferStatesOfUnitForces()
        inferRequestedWithdrawals()
        inferOperationsActing()
        inferSanctioningBlocs()
        found += attacksOnStatePosts()
    }

    /// "France first sent troops to Mali under Operation Serval", "troops deployed in the DRC
    /// under Operation Shujaa": the operation a state deploys or fights under does so with it.
    ///
    /// - Complexity: O(*r* × *w*) in the relations found and the words of their sentences.
    func inferOperationsActing() {
        var extra: [FoundRelation] = []
        // (Deployed to a state: "deployed in the DRC's North Kivu under Operation Shujaa" sends the
        // operation to the DRC, which the state's own deployment names too.)
        // ("keeps 1,000 soldiers in Chad under Operation Epervier, most of them in N'Djamena": the
        // operation is stationed where the state keeps them.)
        for r in found where (r.type == .fights || (r.type == .deployedTo && entities[r.target].type == .state) || r.type == .stationedAt) && entities[r.source].type == .state {
            let sentence = sentences[r.sentence]
            for k in sentence where isUnder(k) && k + 1 < sentence.upperBound {
                let j = tokens[k + 1].key == "the" ? k + 2 : k + 1
                guard j < sentence.upperBound, let unit = mentionAt[j], mentions[unit].start == j, type(unit) == .militaryUnit,
                      tokens[j].key == "operation", mentions[unit].entity != r.target else { continue }
                extra.append(FoundRelation(source: mentions[unit].entity, type: r.type, target: r.target, sentence: r.sentence, rule: "under-operation", modality: r.modality))
            }
        }
        found += extra
    }

    /// "The African Union's Peace and Security Council suspended Mali": writers name the bloc or
    /// its organ as the one that sanctions, so both are; the organ is the bloc's by the
    /// possessive the same sentence gives it.
    ///
    /// - Complexity: O(*r* × *p*) in the sanctions found by organizations and the relations of their sentences.
    func inferSanctioningBlocs() {
        var extra: [FoundRelation] = []
        for r in found where r.type == .sanctions && entities[r.source].type == .organization {
            for p in found where p.sentence == r.sentence && p.type == .partOf && p.source == r.source && p.rule == "possessive-organ" && entities[p.target].type == .alliance
                && p.target != r.target {
                extra.append(FoundRelation(source: p.target, type: .sanctions, target: r.target, sentence: r.sentence, rule: "organ-sanctions", modality: r.modality))
            }
        }
        found += extra
    }

    /// True when token `k` is "under", tested through its ``Cue/subordination`` bit first: the
    /// rules that read "under" scan whole sentences, and most words carry no cue.
    func isUnder(_ k: Int) -> Bool { cues[k].contains(.subordination) && tokens[k].key == "under" }

    /// "MINUSMA pulled out of Mali at the junta's request", "withdrew at the request of Mali's
    /// military rulers": who asked for the withdrawal demands it.
    func inferRequestedWithdrawals() {
        var extra: [FoundRelation] = []
        for r in found where r.type == .withdrawsFrom {
            let sentence = sentences[r.sentence]
            for k in sentence where Self.requestNouns.contains(tokens[k]) && k >= sentence.lowerBound + 2 {
                // "at the request of X", "at X's request".
                var requester: Int?
                if tokens[k - 1].key == "the", tokens[k - 2].key == "at", k + 1 < sentence.upperBound, tokens[k + 1].key == "of" {
                    var j = k + 2
                    while j < sentence.upperBound, isDeterminer(j) { j += 1 }
                    // ("at the request of Mali's military rulers": the possessive's state.)
                    requester = mentionAt[j].flatMap { mentions[$0].start == j ? $0 : nil }
                } else if tokens[k - 1].kind == .possessive, let m = mentionAt[k - 2], mentions[m].end == k - 1 {
                    let at = tokenBefore(m, pastDeterminersDownTo: sentence.lowerBound)
                    if at >= sentence.lowerBound, tokens[at].key == "at" { requester = m }
                }
                guard let requester else { continue }
                // ("at Bamako's demand": a capital asks for its state.)
                let asker = type(requester) == .city
                    ? entities[mentions[requester].entity].lexiconEntry.flatMap { lexicon.capitalOf[$0] }.flatMap { stateNamed(lexicon.entries[$0].name) }
                    : [.state, .organization, .alliance].contains(type(requester)) ? mentions[requester].entity : nil
                guard let asker, asker != r.source else { continue }
                extra.append(FoundRelation(source: asker, type: .demandsWithdrawalOf, target: r.source, sentence: r.sentence, rule: "at-the-request-of", modality: r.modality))
            }
        }
        found += extra
    }

    /// Nouns of asking: "at the junta's request", "at Bamako's demand".
    static let requestNouns: WordSet = ["request", "demand", "behest", "insistence", "urging"]

    /// "French troops of Operation Sabre left Burkina Faso", "French troops of Operation
    /// Barkhane were pushed out of the country": the state whose people the unit's are (see the
    /// rule "demonym-forces-of-unit") acts, or is acted on, with the unit in that sentence.
    func inferStatesOfUnitForces() {
        let owned = found.filter { $0.rule == "demonym-forces-of-unit" }
        guard !owned.isEmpty else { return }
        var extra: [FoundRelation] = []
        for o in owned {
            for r in found where r.sentence == o.sentence && r.rule != o.rule {
                if r.source == o.source, Self.unitActs.contains(r.type), r.target != o.target {
                    extra.append(FoundRelation(source: o.target, type: r.type, target: r.target, sentence: r.sentence, rule: r.rule + "+forces-state", modality: r.modality))
                } else if r.target == o.source, Self.actsOnUnit.contains(r.type), r.source != o.target {
                    extra.append(FoundRelation(source: r.source, type: r.type, target: o.target, sentence: r.sentence, rule: r.rule + "+forces-state", modality: r.modality))
                }
            }
        }
        found += extra
    }

    /// What a unit does that its state does through it.
    static let unitActs: Set<RelationType> = [.withdrawsFrom, .fights, .attacks, .deployedTo, .stationedAt, .trains, .relocatesTo]
    /// What is done to a unit that is done to its state.
    static let actsOnUnit: Set<RelationType> = [.expels, .demandsWithdrawalOf, .attacks, .fights]

    /// "Mali, which quit ECOWAS alongside Burkina Faso and Niger", "Together with Burkina Faso and
    /// Niger, Mali formed the AES": the states named after "alongside" (or "along with",
    /// "together with") a membership, a departure or a withdrawal do what its subject does. They
    /// are no partners of the subject on the strength of that word.
    func inferCompanionsAlongside() {
        let shared: Set<RelationType> = [.leaves, .memberOf, .withdrawsFrom]
        var extra: [FoundRelation] = []
        var companionsBySentence: [Int: [(source: Int, companion: Int)]] = [:]
        for r in found where shared.contains(r.type) && entities[r.source].type == .state {
            let ms = bySentence[r.sentence]
            let sentenceEnd = sentences[r.sentence].upperBound
            // Within a few words after a mention of the target: "left ECOWAS in January alongside …".
            // (The sentence may name the target again later: "… pressure from the regional bloc".)
            // Or fronted: "Together with Burkina Faso and Niger, Mali formed the AES".
            // ("With Mali and Niger, Burkina Faso founded the AES": a bare "with" too, fronted.)
            let sentenceStart = sentences[r.sentence].lowerBound
            let frontedWith = tokens[sentenceStart].key == "with"
            let fronted = (Self.companionWords.contains(tokens[sentenceStart]) || frontedWith)
                && ms.contains(where: { mentions[$0].entity == r.source && mentions[$0].start > sentenceStart + 2 && tokens[mentions[$0].start - 1].text == "," })
            guard let joiner = ms.lazy.filter({ self.mentions[$0].entity == r.target }).compactMap({ target -> Int? in
                let end = self.mentions[target].end
                return (end..<min(sentenceEnd, end + 4)).first(where: { Self.companionWords.contains(self.tokens[$0]) })
            }).first ?? (fronted ? sentenceStart : nil) else { continue }
            // ("along" and "together" only with their "with".)
            var start = ["alongside", "with"].contains(tokens[joiner].key) ? joiner + 1 : joiner + 2
            if start == joiner + 2, joiner + 1 >= sentenceEnd || tokens[joiner + 1].key != "with" { continue }
            // ("together with its allies in Mali and Burkina Faso": past the words that say who
            // they are to the subject; allies are allied.)
            let allies = start + 3 < sentenceEnd && ["its", "their"].contains(tokens[start].key) && tokens[start + 2].key == "in"
                && Self.companionNouns.contains(tokens[start + 1])
            if allies { start += 3 }
            guard start < sentenceEnd, let first = mentionAt[start], type(first) == .state else { continue }
            let companions = list(startingAt: first, in: ms)
            // (A bare "with" names the companions only when they alone stand before the comma:
            // "With Russia's help, Mali …" names a helper.)
            if frontedWith && joiner == sentenceStart, mentions[first].isPossessive
                || companions.last(where: { mentions[$0].entity != r.source }).map({ tokens[mentions[$0].end].text != "," }) ?? true { continue }
            for c in companions where type(c) == .state && mentions[c].entity != r.source {
                extra.append(FoundRelation(source: mentions[c].entity, type: r.type, target: r.target, sentence: r.sentence, rule: r.rule + "+alongside", modality: r.modality))
                if allies, ["allies", "ally"].contains(tokens[start - 2].key) {
                    extra.append(FoundRelation(source: r.source, type: .alliedWith, target: mentions[c].entity, sentence: r.sentence, rule: "allies-in", modality: r.modality))
                }
                companionsBySentence[r.sentence, default: []].append((r.source, mentions[c].entity))
            }
        }
        found.removeAll { r in
            r.type == .cooperatesWith && r.rule == "turn-to" && companionsBySentence[r.sentence]?.contains { ($0.source == r.source && $0.companion == r.target) || ($0.source == r.target && $0.companion == r.source) } == true
        }
        found += extra
    }

    /// "The Congolese army, fighting alongside Burundian troops, has battled the M23", "the army,
    /// fighting alongside mercenaries of the Wagner Group, recaptured Kidal": the forces named
    /// after "alongside", between the fighter and its foe, fight or strike that foe too.
    func inferFightingCompanions() {
        var extra: [FoundRelation] = []
        for r in found where [.fights, .attacks].contains(r.type) {
            let ms = bySentence[r.sentence]
            guard let fighter = ms.first(where: { mentions[$0].entity == r.source }), let lastFoe = ms.last(where: { mentions[$0].entity == r.target }),
                  mentions[fighter].end < mentions[lastFoe].start,
                  let joiner = (mentions[fighter].end..<mentions[lastFoe].start).first(where: { tokens[$0].key == "alongside" }) else { continue }
            // The companions stand before the first of the foes: "alongside the army against JNIM
            // and the Islamic State" makes no companion of JNIM.
            let foes = Set(found.lazy.filter { $0.sentence == r.sentence && $0.source == r.source && $0.type == r.type }.map(\.target))
            guard let foe = ms.first(where: { mentions[$0].start > joiner && foes.contains(mentions[$0].entity) }),
                  var first = ms.first(where: { mentions[$0].start > joiner && mentions[$0].start <= joiner + 4 && mentions[$0].end <= mentions[foe].start }) else { continue }
            // ("alongside Russian mercenaries from the Wagner Group": the force they belong to.)
            if mentions[first].kind == .demonym, let owner = ms.first(where: { mentions[$0].start > mentions[first].end && mentions[$0].start <= mentions[first].end + 4
                && mentions[$0].end <= mentions[foe].start && [.armedGroup, .militaryUnit].contains(type($0)) }) { first = owner }
            for c in list(startingAt: first, in: ms) where mentions[c].end <= mentions[foe].start && FrameTable.forces.contains(type(c))
                && (mentions[c].kind != .demonym || mentions[c].isForces) && ![r.source, r.target].contains(mentions[c].entity) {
                extra.append(FoundRelation(source: mentions[c].entity, type: r.type, target: r.target, sentence: r.sentence, rule: r.rule + "+alongside", modality: r.modality))
            }
        }
        found += extra
    }

    /// "alongside", "along (with)", "together (with)".
    static let companionWords: WordSet = ["alongside", "along", "together"]

    /// What companions are to the subject: "together with its allies in Mali and Burkina Faso".
    static let companionNouns: WordSet = ["allies", "ally", "partners", "neighbours", "neighbors"]

    /// "his Somali counterpart, Hassan Sheikh Mohamud": a person the lexicon knows as the head of
    /// a state, tied to it by a title that only says member, leads it.
    /// ("Ethiopian Foreign Minister Taye Atske Selassie", later his state's president, serves it
    /// in this sentence: a title of another office keeps the membership.)
    func promoteKnownHeads() {
        func namesOtherOffice(_ role: RoleEntry) -> Bool {
            role.relation == .memberOf && !Self.headCompatibleRoles.contains(role.phrase)
                && role.phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { Self.otherOfficeWords.contains(String($0)) }
        }
        // ("sacked Mnangagwa as vice-president": the office named after "as".)
        func officeAfter(_ m: Int, in s: Int) -> RoleEntry? {
            var j = mentions[m].end
            let end = sentences[s].upperBound
            guard j + 1 < end, tokens[j].key == "as" else { return nil }
            j += 1
            while j < end, ["the", "its", "his", "her", "their"].contains(tokens[j].key) { j += 1 }
            return j < end ? lexicon.role(in: tokens[j..<end])?.0 : nil
        }
        // ("The army chief of staff, General X": the office set off before the name counts too.)
        func apposedOffice(before m: Int, in s: Int) -> RoleEntry? {
            let comma = pastTitlesBackward(mentions[m].start - 1)
            let floor = sentences[s].lowerBound
            guard comma > floor, tokens[comma].text == "," else { return nil }
            return lexicon.role(endingAt: comma, in: tokens, notBefore: floor, lengths: 1...6)?.role
        }
        func titledOtherwise(_ r: FoundRelation) -> Bool {
            bySentence[r.sentence].contains { m in
                mentions[m].entity == r.source && (mentions[m].role.map(namesOtherOffice) == true || apposedOffice(before: m, in: r.sentence).map(namesOtherOffice) == true
                    || officeAfter(m, in: r.sentence).map(namesOtherOffice) == true)
            }
        }
        // ("a delegation led by former head of state Abdulsalami Abubakar": a former head who
        // acts in another capacity serves the state. The words back to the name are read up to
        // a punctuation mark, so a hyphened "ex-president" is not seen.)
        func namedFormer(_ r: FoundRelation) -> Bool {
            let sentence = sentences[r.sentence]
            return bySentence[r.sentence].contains { m in
                guard mentions[m].entity == r.source else { return false }
                var k = mentions[m].start - 1
                while k >= sentence.lowerBound, k >= mentions[m].start - 5, tokens[k].kind == .word, mentionAt[k] == nil {
                    if Self.formerWords.contains(tokens[k]) { return true }
                    k -= 1
                }
                return false
            }
        }
        for k in found.indices where found[k].type == .memberOf && entities[found[k].source].type == .person && entities[found[k].target].type == .state
            && isKnownHead(found[k].source, of: found[k].target) && !titledOtherwise(found[k]) && !namedFormer(found[k]) {
            found[k].type = .leads
            found[k].rule += "+known-head"
        }
    }

    /// Member roles a head of state or government may be named by: "Prime Minister Abiy Ahmed",
    /// "his Somali counterpart".
    static let headCompatibleRoles: WordSet = ["prime minister", "premier", "counterpart"]

    /// Words of a title that names an office other than the head's ("Foreign Minister",
    /// "Ambassador"); a rank ("Gen.", "Capt.") names none.
    static let otherOfficeWords: WordSet = ["minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "secretary",
                                                "vice", "deputy", "governor", "mayor", "staff"]

    /// "Abiy Ahmed signed a memorandum with Somaliland", "Tshisekedi and Kagame signed a peace
    /// deal": a leader or envoy signs for the state he serves. An agreement a person signs
    /// becomes his state's; one whose signer serves no state the text names is dropped.
    ///
    /// - Complexity: O(*r* + *p*·*r*): *r* the relations found, *p* those a person signed, each
    ///   looking up the signer's state among them.
    func inferSigningStates() {
        var kept: [FoundRelation] = []
        for var r in found {
            guard r.type == .signsAgreementWith, entities[r.source].type == .person || entities[r.target].type == .person else { kept.append(r); continue }
            if entities[r.source].type == .person { guard let state = homeState(of: r.source) else { continue }; r.source = state }
            if entities[r.target].type == .person { guard let state = homeState(of: r.target) else { continue }; r.target = state }
            if r.source != r.target { kept.append(r) }
        }
        found = kept
    }

    /// A person does not meet the state he leads or serves: "Macron, who had visited French
    /// troops, met the five leaders" gives no meeting of Macron with France.
    ///
    /// - Complexity: O(*r*): *r* the relations found.
    func dropMeetingsWithOwnState() {
        struct Pair: Hashable { let person: Int, state: Int }
        let own = Set(found.filter { [.leads, .memberOf, .spokespersonFor].contains($0.type) && entities[$0.source].type == .person && entities[$0.target].type == .state }
            .map { Pair(person: $0.source, state: $0.target) })
        found.removeAll { r in
            guard r.type == .meets else { return false }
            let (person, state) = entities[r.source].type == .person ? (r.source, r.target) : (r.target, r.source)
            guard entities[person].type == .person, entities[state].type == .state else { return false }
            return own.contains(Pair(person: person, state: state)) || lexiconState(ofPerson: person).flatMap(stateNamed) == state
        }
    }

    /// Whoever leads a body is not also reported as its member on the strength of a possessive:
    /// "Burkina Faso's Capt. Ibrahim Traoré" reads as membership, but the document says
    /// elsewhere that he leads it. Nor on the strength of a title, when the same sentence says
    /// he leads it: "Prime Minister Dbeibah, who heads the government of Libya".
    func dropMembershipsOfLeaders() {
        struct Pair: Hashable { let source: Int, target: Int }
        struct SentencePair: Hashable { let source: Int, target: Int, sentence: Int }
        let asserted = found.filter { $0.type == .leads && $0.modality == .asserted }
        guard !asserted.isEmpty else { return }
        let leaders = Set(asserted.map { Pair(source: $0.source, target: $0.target) })
        let leadersBySentence = Set(asserted.map { SentencePair(source: $0.source, target: $0.target, sentence: $0.sentence) })
        // (Only where the membership rests on the possessive alone, or on a title the sentence
        // itself overrides: a role word that says member — "prime minister", "minister" —
        // outweighs a leadership inferred elsewhere.)
        found.removeAll { $0.type == .memberOf
            && (($0.rule == "possessive-person" && leaders.contains(Pair(source: $0.source, target: $0.target)))
                || ($0.rule.hasPrefix("title") && leadersBySentence.contains(SentencePair(source: $0.source, target: $0.target, sentence: $0.sentence)))) }
    }

    func type(_ m: Int) -> EntityType { entities[mentions[m].entity].type }

    /// The tokens between two positions; empty when the spans overlap (a backwards range is
    /// empty in this module, ``TokenSpan``).
    func gap(_ from: Int, _ to: Int) -> Slice<TokenList> { tokens[from..<to] }

    /// The tokens from mention `a` to mention `b`, whichever comes first: a subject may follow
    /// its object ("Having ended its cooperation with Paris, the junta …").
    func span(_ a: Int, _ b: Int) -> Range<Int> {
        min(mentions[a].start, mentions[b].start)..<max(mentions[a].end, mentions[b].end)
    }

    /// The tokens between two bounds in either order, for a relation's span.
    func ordered(_ a: Int, _ b: Int) -> Range<Int> { min(a, b)..<max(a, b) }

    func emit(_ source: Int, _ type: RelationType, _ target: Int, sentence: Int, rule: String, span: Range<Int>) {
        guard source != target else { return }
        // A state is not deployed to its own capital ("met Russian officials in Moscow").
        if type == .deployedTo || type == .stationedAt, isCapital(target, of: source) { return }
        // A negated or hedged verb just before the clause governs it: "did not say that X …".
        let widened = max(sentences[sentence].lowerBound, span.lowerBound - 4)..<max(sentences[sentence].lowerBound, min(span.upperBound, sentences[sentence].upperBound))
        var modality = modality(in: widened)
        if modality == .asserted, isDisownedAfter(span, in: sentences[sentence]) { modality = .hedged }
        found.append(FoundRelation(source: source, type: type, target: target, sentence: sentence, rule: rule, modality: modality))
    }

    /// "Analysts say the group has pledged loyalty to IS Sahel, although that link has never been
    /// confirmed": a concession after a reported claim that says it is unconfirmed takes the claim
    /// back. Only the reported clause: not the speaker named before "say", nor a relative clause
    /// inside the claim ("Turkey, which has kept advisers in Libya, helped …, though …").
    /// - Complexity: O(*w*) in the sentence's words.
    func isDisownedAfter(_ span: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard span.upperBound < sentence.upperBound,
              let concession = (span.upperBound..<sentence.upperBound).first(where: { Self.concessionWords.contains(tokens[$0]) }),
              (sentence.lowerBound..<span.lowerBound).contains(where: { Self.claimVerbs.contains(tokens[$0]) }),
              !Hedging.isInsideRelative(tokens, span.upperBound - 1, in: sentence.lowerBound..<concession) else { return false }
        let rest = tokens[(concession + 1)..<sentence.upperBound]
        return rest.contains(where: { ["not", "never"].contains($0.key) }) && rest.contains(where: { Self.confirmationWords.contains($0) })
            || rest.contains(where: { ["unconfirmed", "unverified"].contains($0.key) })
    }

    /// Verbs that report a claim: a speaker's and "believed", "suspected".
    static let claimVerbs: WordSet = WordLists.speechVerbs.union(["say", "believe", "believed", "suspected", "reportedly"])
    static let concessionWords: WordSet = ["although", "though"]
    static let confirmationWords: WordSet = ["confirmed", "verified", "proven", "proved", "established", "corroborated"]

    /// The modality of a clause around token `t` of sentence `s`: a verb four tokens before it
    /// to the sentence's end.
    func modality(of t: Int, in s: Int) -> Relation.Modality {
        modality(in: max(sentences[s].lowerBound, t - 4)..<sentences[s].upperBound)
    }

    /// Negated, hedged or asserted, as the words of `range` say (``Hedging``).
    func modality(in range: Range<Int>) -> Relation.Modality {
        let (negated, hedged) = Hedging.modality(tokens, cues: cues, in: range)
        return negated ? .negated : (hedged ? .hedged : .asserted)
    }

    /// True when `city` is the lexicon's capital of the state `state`.
    func isCapital(_ city: Int, of state: Int) -> Bool {
        guard entities[city].type == .city, entities[state].type == .state, let c = entities[city].lexiconEntry,
              let s = lexicon.capitalOf[c] else { return false }
        return entities[state].lexiconEntry == s
    }

    /// The clause around token `i`: bounded by the sentence and by clause punctuation.
    /// A short parenthesis ("(CNSP)", "(AES)") introduces an acronym, not a clause.
    func clause(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        var lo = i, hi = i
        while lo > sentence.lowerBound {
            if tokens[lo - 1].kind == .punctuation, tokens[lo - 1].text == ")", let open = (max(sentence.lowerBound, lo - 6)..<(lo - 1)).last(where: { tokens[$0].text == "(" }), open > sentence.lowerBound {
                lo = open
                continue
            }
            if cues[lo - 1].contains(.clauseBoundary) { break }
            lo -= 1
        }
        while hi < sentence.upperBound {
            if tokens[hi].kind == .punctuation, tokens[hi].text == "(", let close = ((hi + 1)..<min(sentence.upperBound, hi + 6)).first(where: { tokens[$0].text == ")" }) {
                hi = close + 1
                continue
            }
            if cues[hi].contains(.clauseBoundary), !colonNamesObject(at: hi, in: sentence) { break }
            hi += 1
        }
        return lo..<hi
    }

    /// A colon after a common noun that names it, and nothing more, after it: "created their own
    /// grouping: the Alliance of Sahel States". The clause reads on across it.
    func colonNamesObject(at i: Int, in sentence: Range<Int>) -> Bool {
        guard tokens[i].text == ":", i > sentence.lowerBound, tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
              !WordLists.speechVerbs.contains(tokens[i - 1]) else { return false }
        var j = i + 1
        if j < sentence.upperBound, ["the", "a", "an"].contains(tokens[j].key) { j += 1 }
        guard j < sentence.upperBound, let m = mentionAt[j], mentions[m].start == j else { return false }
        let end = mentions[m].end
        return end >= sentence.upperBound || [".", ",", "(", ";"].contains(tokens[end].text)
    }

    /// A relation of a phrase that stands for several states ("the three countries", and the
    /// "they" that continues it) holds for each of them: the found relation names the first, and
    /// each companion gets its own copy. A sentence that also names the first state by name
    /// keeps the relation to that name alone.
    func expandGroups() {
        // Each sentence's group phrases, and the entities it names by name.
        var groupsBySentence: [Int: (groups: [Mention], named: Set<Int>)] = [:]
        for (s, ms) in bySentence.enumerated() {
            let here = ms.map { mentions[$0] }
            let groups = here.filter { !$0.companions.isEmpty }
            if !groups.isEmpty { groupsBySentence[s] = (groups, Set(here.filter { $0.companions.isEmpty && $0.kind == .name }.map(\.entity))) }
        }
        guard !groupsBySentence.isEmpty else { return }
        var extra: [FoundRelation] = []
        for r in found {
            guard let (groups, named) = groupsBySentence[r.sentence] else { continue }
            // ("Mali, Burkina Faso and Niger, the three members of the AES": a group that
            // restates the list the sentence names holds for each of them too.)
            for group in groups where !named.contains(group.entity) || restatesList(group, in: bySentence[r.sentence]) {
                if r.source == group.entity {
                    for c in group.companions where c != r.target {
                        var copy = r; copy.source = c; extra.append(copy)
                    }
                } else if r.target == group.entity {
                    for c in group.companions where c != r.source {
                        var copy = r; copy.target = c; extra.append(copy)
                    }
                }
            }
        }
        found += extra
    }

    /// True when group phrase `group` is set off right after the list of the states it stands
    /// for: "Mali, Burkina Faso and Niger, the three members of the AES", or says what they are
    /// ("Ethiopia and Somalia are both members of the AU").
    /// Or the list follows it after a dash or a colon: "the three members of the AES - Mali,
    /// Burkina Faso and Niger".
    func restatesList(_ group: Mention, in ms: [Int]) -> Bool {
        let members = Set([group.entity] + group.companions)
        let copula = group.start > 0 && ["are", "were", "remain"].contains(tokens[group.start - 1].key) ? group.start - 1 : nil
        if let separator = copula ?? (max(0, group.start - 2)..<group.start).last(where: { tokens[$0].text == "," }), separator > 0,
           let last = mentionAt[separator - 1], mentions[last].end == separator {
            let listed = Set(list(endingAt: last, in: ms).map { mentions[$0].entity })
            if members.isSubset(of: listed) { return true }
        }
        // (The dash within a few words of the phrase's end: past "of the AES (AES)".)
        guard let lastEnd = ms.last.map({ mentions[$0].end }),
              let dash = (group.end..<min(lastEnd, group.end + 12)).first(where: { ["-", "\u{2013}", "\u{2014}", ":"].contains(tokens[$0].text) }),
              let first = ms.first(where: { mentions[$0].start == dash + 1 }) else { return false }
        let listed = Set(list(startingAt: first, in: ms).map { mentions[$0].entity })
        return members.isSubset(of: listed)
    }

    /// Who seizes power in a state leads it (if only until the next coup), and who leads the
    /// junta that seized it seized it too: "the CNSP, headed by General Tiani, took power".
    func inferLeadersFromCoups() {
        // "Soldiers of the presidential guard detained President Bazoum. Their commander, General
        // Tiani, …": who commands the unit that ousted a leader ousted him, as the coup's leader.
        for o in found where o.type == .ousted && entities[o.source].type == .militaryUnit {
            for l in found where l.type == .leads && l.target == o.source && entities[l.source].type == .person && abs(l.sentence - o.sentence) <= 1
                && !found.contains(where: { $0.type == .ousted && $0.source == l.source && $0.target == o.target }) {
                found.append(FoundRelation(source: l.source, type: .ousted, target: o.target, sentence: max(l.sentence, o.sentence), rule: "unit-commander", modality: o.modality))
            }
        }
        var extra: [FoundRelation] = []
        let coups = found.filter { $0.type == .seizedPowerIn }
        for r in coups where entities[r.source].type == .person {
            extra.append(FoundRelation(source: r.source, type: .leads, target: r.target, sentence: r.sentence, rule: r.rule + "+leads", modality: r.modality))
        }
        // "General X overthrew President Y", Y the head of a state: X seized power there.
        // (Not the unit whose soldiers made the arrest, nor someone the text ties to another state.)
        // (Head of that state by the text, or by the lexicon: "Traoré, who overthrew Damiba".)
        let states = entities.indices.filter { entities[$0].type == .state && entities[$0].mentions > 0 }
        for o in found where o.type == .ousted && entities[o.source].type == .person {
            let stated = found.filter { $0.type == .leads && $0.source == o.target && entities[$0.target].type == .state }.map(\.target)
            for state in stated + states.filter({ isKnownHead(o.target, of: $0) }) {
                guard !coups.contains(where: { $0.source == o.source }),
                      !found.contains(where: { [.leads, .memberOf].contains($0.type) && $0.source == o.source && entities[$0.target].type == .state && $0.target != state }) else { break }
                extra.append(FoundRelation(source: o.source, type: .seizedPowerIn, target: state, sentence: o.sentence, rule: "ousted-head-of-state", modality: o.modality))
                break
            }
        }
        // "Déby took power at the head of a Transitional Military Council": the council too.
        for coup in coups where entities[coup.source].type == .person {
            for l in found where l.type == .leads && l.source == coup.source && l.sentence == coup.sentence && entities[l.target].type == .organization
                && !coups.contains(where: { $0.source == l.target }) {
                extra.append(FoundRelation(source: l.target, type: .seizedPowerIn, target: coup.target, sentence: coup.sentence, rule: "junta-of-leader", modality: coup.modality))
            }
        }
        for coup in coups where [.organization, .militaryUnit].contains(entities[coup.source].type) {
            for l in found where l.type == .leads && l.target == coup.source && entities[l.source].type == .person {
                extra.append(FoundRelation(source: l.source, type: .seizedPowerIn, target: coup.target, sentence: coup.sentence, rule: "leads-junta", modality: coup.modality))
            }
        }
        found += extra
    }

    /// Whose state an office holder serves: who heads a state's organ is a member of the state
    /// ("Gen. X, who heads France's Command for Africa"). A prime minister is a member of the
    /// state, as ONTOLOGY.md has it, unless the lexicon knows him as its head (Abiy Ahmed,
    /// Viktor Orbán: parliamentary systems).
    func inferOfficeStates() {
        // A state the context suggested for a title that names none ("President X") is dropped
        // when the text names that state's holder of the office outright: the guest of "Turkey
        // hosted President X" is no Turkish president. The report's main state, if it has no
        // such holder, is the better guess.
        // (Only for the same title: a junta's general and the president he deposed both led.)
        var titles: [Int: String] = [:]
        for m in mentions.reversed() { if let role = m.role { titles[m.entity] = role.phrase.lowercased() } }
        func title(_ person: Int) -> String? { titles[person] }
        let titled = found.filter { $0.type == .leads && $0.rule == "title" && entities[$0.source].type == .person && entities[$0.target].type == .state }
        for (k, r) in found.enumerated() where r.type == .leads && r.rule == "title-in-context" {
            guard let office = title(r.source), titled.contains(where: { $0.target == r.target && $0.source != r.source && title($0.source) == office }) else { continue }
            if let main = dominantState, main != r.target, !titled.contains(where: { $0.target == main && $0.source != r.source && title($0.source) == office }) {
                found[k].target = main
            } else {
                found[k].modality = .hedged
            }
        }
        var extra: [FoundRelation] = []
        let partOfState = found.filter { $0.type == .partOf && entities[$0.target].type == .state }
        for l in found where l.type == .leads && entities[l.source].type == .person && [.organization, .militaryUnit].contains(entities[l.target].type) {
            let governs = found.contains { [.leads, .seizedPowerIn].contains($0.type) && $0.source == l.source && entities[$0.target].type == .state }
            for p in partOfState where p.source == l.target && !governs {
                extra.append(FoundRelation(source: l.source, type: .memberOf, target: p.target, sentence: l.sentence, rule: "heads-organ-of", modality: l.modality))
            }
        }
        found += extra
    }

    /// "The junta, which calls itself the National Committee of Reconciliation and Development",
    /// "a junta calling itself the CNSP", "through a junta called the National Committee for …":
    /// a body the text names as the junta seized power where the document's coup took place.
    /// Only in a report of one coup: with several, which junta is whose needs more than the name.
    func inferNamedJuntas() {
        // The named juntas first: most reports have none, and then no token is looked at.
        var juntas: [(mention: Int, sentence: Int)] = []
        for (s, sentence) in sentences.enumerated() {
            for m in bySentence[s] where type(m) == .organization && mentions[m].kind == .name && !juntas.contains(where: { mentions[$0.mention].entity == mentions[m].entity })
                && namesJunta(m, floor: sentence.lowerBound) {
                juntas.append((m, s))
            }
        }
        guard !juntas.isEmpty else { return }
        var coupStates = Set(found.filter { $0.type == .seizedPowerIn && $0.modality == .asserted && entities[$0.target].type == .state }.map(\.target))
        // ("Soldiers seized power in Guinea": a coup whose makers the text does not name.)
        for (s, sentence) in sentences.enumerated() {
            for t in sentence where t + 3 < sentence.upperBound && Self.seizingVerbs.contains(tokens[t]) && tokens[t + 1].key == "power" && tokens[t + 2].key == "in" {
                if let m = mentionAt[t + 3], mentions[m].start == t + 3, type(m) == .state, modality(of: t, in: s) == .asserted { coupStates.insert(mentions[m].entity) }
            }
        }
        guard coupStates.count == 1, let state = coupStates.first else { return }
        for (m, s) in juntas where !found.contains(where: { $0.type == .seizedPowerIn && $0.source == mentions[m].entity }) {
            found.append(FoundRelation(source: mentions[m].entity, type: .seizedPowerIn, target: state, sentence: s, rule: "named-junta", modality: modality(of: mentions[m].start, in: s)))
        }
    }

    /// True when a junta's name follows the words that give it: "junta, which calls itself X",
    /// "a body called X", "the junta known as X".
    func namesJunta(_ m: Int, floor: Int) -> Bool {
        var k = mentions[m].start - 1
        if k >= floor, tokens[k].key == "the" { k -= 1 }
        guard k - 1 >= floor else { return false }
        let naming = tokens[k].key == "itself" || ["called", "named"].contains(tokens[k].key) || (tokens[k].key == "as" && tokens[k - 1].key == "known")
        guard naming else { return false }
        // (The noun stands apart from any name: "the Peace and Security Council, known as the PSC".)
        return (max(floor, k - 9)..<k).contains { Self.juntaNouns.contains(tokens[$0]) && mentionAt[$0] == nil && !(($0 + 1)..<k).contains(where: { tokens[$0].text == ";" }) }
    }

    /// Verbs of taking power: "seized power in".
    static let seizingVerbs: WordSet = ["seized", "seize", "seizes", "seizing", "took", "take", "takes", "taking", "taken", "grabbed"]

    /// Nouns for the body that rules after a coup.
    static let juntaNouns: WordSet = ["junta", "body", "council", "committee"]

    /// Leaving a base means having been stationed there ("the last U.S. troops left Airbase
    /// 201"), and leaving a base or a town leaves the state it lies in, when the document names it.
    func inferFromWithdrawals() {
        var extra: [FoundRelation] = []
        let locations = locationsInStates()
        for r in found where r.type == .withdrawsFrom && [.base, .city].contains(entities[r.target].type) {
            if entities[r.target].type == .base {
                extra.append(FoundRelation(source: r.source, type: .stationedAt, target: r.target, sentence: r.sentence, rule: r.rule + "+was-there", modality: r.modality))
            }
            if let state = countryNamed(for: r.target, locations: locations), state != r.source {
                extra.append(FoundRelation(source: r.source, type: .withdrawsFrom, target: state, sentence: r.sentence, rule: r.rule + "+country", modality: r.modality))
            }
        }
        found += extra
    }

    /// "A hosted B in Niamey", "the emir hosted B and C in Doha", "B was received by A in
    /// Budapest": the guests visit the town, unless they are at home there (the state they
    /// serve is the town's).
    func inferVisitsFromHosting() {
        var extra: [FoundRelation] = []
        let locations = locationsInStates()
        for (s, sentence) in sentences.enumerated() {
            for t in sentence where cues[t].contains(.frameTrigger) && Self.hostingVerbs.contains(tokens[t]) && t > sentence.lowerBound {
                let clause = clause(around: t, in: sentence)
                let ms = bySentence[s]
                let passive = WordLists.passiveBe.contains(tokens[t - 1])
                // (The town may come after a long list of guests: "hosted Congo's President X and
                // Rwanda's President Y in Doha".)
                guard let town = ms.first(where: { mentions[$0].start > t && mentions[$0].end <= clause.upperBound && type($0) == .city
                    && !mentions[$0].isPossessive && marker(before: $0, notBefore: t + 1) == "in" }) else { continue }
                let guests = passive ? subjects(before: t, clause: clause, types: [.person], in: ms)
                    : ms.filter { mentions[$0].start > t && mentions[$0].end <= mentions[town].start && type($0) == .person && marker(before: $0, notBefore: t + 1).isEmpty }
                let country = countryNamed(for: mentions[town].entity, locations: locations)
                for guest in guests where country == nil || homeState(of: mentions[guest].entity) != country {
                    extra.append(FoundRelation(source: mentions[guest].entity, type: .visits, target: mentions[town].entity, sentence: s, rule: "hosted-in", modality: modality(of: t, in: s)))
                }
            }
        }
        found += extra
    }

    /// Verbs of hosting a guest.
    static let hostingVerbs: WordSet = ["hosted", "received", "welcomed"]

    /// "Yevkurov held talks with Goïta in Bamako": of two people who meet in a town of one's
    /// own country, the one from another country visits it. Only when the text (or the lexicon)
    /// says whose both are: a guess would send hosts abroad.
    func inferVisitsFromTalks() {
        var extra: [FoundRelation] = []
        let locations = locationsInStates()
        for r in found where r.type == .meets && entities[r.source].type == .person && entities[r.target].type == .person {
            let sentence = sentences[r.sentence]
            for m in bySentence[r.sentence] where type(m) == .city && mentions[m].start > sentence.lowerBound && tokens[mentions[m].start - 1].key == "in" {
                guard let country = countryNamed(for: mentions[m].entity, locations: locations) else { continue }
                for (guest, host) in [(r.source, r.target), (r.target, r.source)] {
                    guard let guestHome = homeState(of: guest), guestHome != country, homeState(of: host) == country else { continue }
                    extra.append(FoundRelation(source: guest, type: .visits, target: mentions[m].entity, sentence: r.sentence, rule: "talks-in", modality: r.modality))
                }
            }
        }
        found += extra
    }

    /// "Fidan flew to Niamey with Defence Minister Güler and the intelligence chief, Kalın, for
    /// talks with General Tiani": those who travel with a visitor visit too, and each of them
    /// meets the person the trip was for.
    func inferTravelCompanions() {
        var extra: [FoundRelation] = []
        for r in found where r.type == .visits && entities[r.source].type == .person {
            let ms = bySentence[r.sentence]
            let sentence = sentences[r.sentence]
            guard let place = ms.first(where: { mentions[$0].entity == r.target }), mentions[place].end < sentence.upperBound else { continue }
            var visitors = [r.source]
            var after = mentions[place].end
            if tokens[after].key == "with" {
                for c in travellers(from: after + 1, end: sentence.upperBound) where mentions[c].entity != r.source {
                    visitors.append(mentions[c].entity)
                    extra.append(FoundRelation(source: mentions[c].entity, type: .visits, target: r.target, sentence: r.sentence, rule: "travelled-with", modality: r.modality))
                    after = mentions[c].end
                }
            }
            // ("for a summit with Isaias Afwerki": an article may stand before the noun; "in
            // October 2024 for talks": a date before "for".)
            while after < sentence.upperBound, tokens[after].key != "for", isDateWord(after) { after += 1 }
            guard var talks = (after..<min(sentence.upperBound, after + 4)).first(where: { tokens[$0].key == "for" }) else { continue }
            if talks + 1 < sentence.upperBound, ["a", "an"].contains(tokens[talks + 1].key) { talks += 1 }
            guard talks + 3 < sentence.upperBound, Self.talkNouns.contains(tokens[talks + 1]), tokens[talks + 2].key == "with",
                  let host = mentionAt[pastOffice(from: talks + 3, limit: sentence.upperBound)], type(host) == .person else { continue }
            for v in visitors where v != mentions[host].entity {
                extra.append(FoundRelation(source: v, type: .meets, target: mentions[host].entity, sentence: r.sentence, rule: "talks-with-host", modality: r.modality))
            }
        }
        found += extra
    }

    /// The people listed from token `k`, past their titles and a description set off before a
    /// name: "Defence Minister Güler and the intelligence chief, Kalın".
    func travellers(from k: Int, end: Int) -> [Int] {
        var people: [Int] = []
        var k = k
        while true {
            k = pastOffice(from: k, limit: end)
            guard k < end, let p = mentionAt[k], mentions[p].start == k, type(p) == .person else { break }
            people.append(p)
            var j = mentions[p].end
            if j < end, tokens[j].text == "," { j += 1 }
            guard j < end, tokens[j].key == "and" else { break }
            j += 1
            if j < end, tokens[j].key == "the", let comma = ((j + 1)..<min(end, j + 6)).first(where: { tokens[$0].text == "," }),
               ((j + 1)..<comma).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }) { j = comma + 1 }
            k = j
        }
        return people
    }

    /// The first token at or after `k` past a title or a capitalized office before a name:
    /// "General", "Defence Minister".
    func pastOffice(from k: Int, limit: Int) -> Int {
        var i = pastTitles(from: k, limit: limit)
        while i < limit, i - k < 3, mentionAt[i] == nil, tokens[i].kind == .word, tokens[i].isCapitalized { i += 1 }
        return i
    }

    /// What a trip is for: "for talks with …".
    static let talkNouns: WordSet = ["talks", "meetings", "consultations", "discussions", "negotiations", "meeting", "summit"]

    /// The state a person serves, as the text says (leads, member of, speaks for) or the lexicon knows.
    func homeState(of person: Int) -> Int? {
        found.first { [.leads, .memberOf, .spokespersonFor].contains($0.type) && $0.source == person && entities[$0.target].type == .state }?.target
            ?? lexiconState(ofPerson: person).flatMap(stateNamed)
    }

    /// Forces moving into or stationed at a base or a city, and a state's forces moving into a
    /// region, are deployed to the state it lies in ("entered an airbase in Niger", "instructors
    /// arrived in Niamey", "crossed into Ethiopia's Tigray region"), when the document names
    /// that state: the state the same sentence places it in, else the one the document or the
    /// lexicon does.
    func inferDeploymentFromBases() {
        var extra: [FoundRelation] = []
        let locations = locationsInStates()
        let bySentence = Dictionary(grouping: locations, by: \.sentence)
        var stateOf: [Int: Int?] = [:]
        // (Not for forces found at a base only because they left it or handed it over, nor for
        // a base described by who uses it: "the last troops handed Air Base 201 to the army",
        // "the camp where French special forces are based" tell of a withdrawal or of a
        // presence, not of a deployment.)
        // ("Eritrean troops crossed into Tigray": a state's forces in another's region too.)
        for r in found where (r.type == .deployedTo && ([.base, .city].contains(entities[r.target].type)
                                                        || (entities[r.target].type == .region && entities[r.source].type == .state)))
            || (r.type == .stationedAt && entities[r.target].type == .base && !r.rule.hasSuffix("+was-there") && !Self.describedPresenceRules.contains(where: { r.rule.hasPrefix($0) })) {
            var states = bySentence[r.sentence, default: []].filter { $0.source == r.target }.map(\.target)
            var rule = r.rule + "+located-in"
            if states.isEmpty {
                if stateOf[r.target] == nil { stateOf[r.target] = .some(countryNamed(for: r.target, locations: locations)) }
                if let state = stateOf[r.target]! { states = [state]; rule = r.rule + "+country" }
            }
            for state in states where state != r.source && !isNamedFor(r.source, state: state) {
                extra.append(FoundRelation(source: r.source, type: .deployedTo, target: state, sentence: r.sentence, rule: rule, modality: r.modality))
            }
        }
        found += extra
    }

    /// True when a body's name says it is the state's own ("the Libyan National Army" for
    /// Libya): it is not deployed to the state it is named for.
    /// - Complexity: O(words × forms), for bodies only (states are never named for another).
    func isNamedFor(_ body: Int, state: Int) -> Bool {
        guard [.armedGroup, .militaryUnit, .organization].contains(entities[body].type), let entry = entities[state].lexiconEntry else { return false }
        let words = entities[body].name.split(separator: " ")
        let forms = [lexicon.entries[entry].name] + (lexicon.entries[entry].demonyms ?? [])
        return words.contains { word in forms.contains { word == $0 } }
    }

    /// Rules that find forces at a base from a description of the base or of its handover.
    static let describedPresenceRules = ["handover", "where-present", "used-by", "base-where", "base-hosting"]

    /// What the relations found so far place in a state.
    func locationsInStates() -> [FoundRelation] {
        found.filter { $0.type == .locatedIn && entities[$0.target].type == .state }
    }

    /// The state a base or city lies in, if the document names it: where the document places
    /// it, else where the lexicon does (a city's country, a capital's state).
    func countryNamed(for place: Int, locations: [FoundRelation]) -> Int? {
        if let l = locations.first(where: { $0.source == place }) { return l.target }
        // A base in a town: the town's country ("Camp Castor in Gao").
        if entities[place].type == .base, let town = found.first(where: { $0.type == .locatedIn && $0.source == place && entities[$0.target].type == .city }) {
            return countryNamed(for: town.target, locations: locations)
        }
        return lexiconCountry(of: place).flatMap(stateNamed)
    }

    /// The name of the state the lexicon puts a place in: a capital's state, else its country.
    func lexiconCountry(of place: Int) -> String? {
        guard let entry = entities[place].lexiconEntry else { return nil }
        return lexicon.capitalOf[entry].map { lexicon.entries[$0].name } ?? lexicon.entries[entry].country
    }
}
