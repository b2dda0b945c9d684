import NewsGraph

/// Leaving a place by giving up what one held there: "France handed over its last bases in
/// Senegal", "gave up several facilities in Dakar", "abandoned their positions in Gao".
extension RelationFinder {
    /// Verbs that give up a post. "gave"/"give" count only before "up".
    static let handoverVerbs: WordSet = [
        "handed", "hand", "hands", "handing", "transferred", "relinquished", "relinquish", "vacated", "vacate",
        "abandoned", "abandon", "abandons", "evacuated", "evacuate", "ceded", "cede", "surrendered", "closed", "close", "closes",
        "gave", "give", "gives", "giving", "given", "returned", "return", "returns", "returning",
    ]
    /// Verbs that give up a town itself: "handed over Faya-Largeau", "abandoned Timbuktu".
    static let townLeavingVerbs: WordSet = ["handed", "vacated", "abandoned", "evacuated", "ceded", "relinquished"]

    /// What is given up: a post, a base, positions held.
    static let heldPlaces: WordSet = [
        "base", "bases", "airbase", "airbases", "site", "sites", "facility", "facilities", "camp", "camps", "position", "positions",
        "post", "posts", "outpost", "outposts", "installation", "installations", "garrison", "garrisons", "headquarters",
    ]

    /// What forces end when they leave: "ended their mission in Burkina Faso".
    static let missionNouns: WordSet = ["mission", "missions", "operations", "operation", "presence", "deployment", "deployments"]

    /// Forces (or a mission) that end their mission, operations or presence in a place withdraw
    /// from it: "French special forces have formally ended their mission in Burkina Faso".
    func findEndedMissions(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.mission) && mentionAt[t] == nil {
            guard let ender = (max(sentence.lowerBound, t - 5)..<t).last(where: { Self.agreementEnders.contains(tokens[$0]) || ["concluded", "wound", "wrapped"].contains(tokens[$0].key) })
            else { continue }
            let clause = clause(around: t, in: sentence)
            // "the junta … ended the United Nations peacekeeping mission": a state that ends
            // another body's mission sends it home.
            if let body = ((ender + 1)..<t).lazy.compactMap({ self.mentionAt[$0] }).first, [.organization, .alliance].contains(type(body)),
               ((ender + 1)..<t).allSatisfy({ mentionAt[$0] == body || (tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil) }) {
                for state in subjects(before: ender, clause: clause, types: [.state], in: ms) where mentions[state].entity != mentions[body].entity {
                    emit(mentions[state].entity, .demandsWithdrawalOf, mentions[body].entity, sentence: s, rule: "ended-their-mission", span: span(state, body))
                }
                continue
            }
            guard t - ender <= 4, ((ender + 1)..<t).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) else { continue }
            let places = objects(after: t, clause: clause, types: [.state, .city, .base], markers: Markers.inOrAt, in: ms).filter { mentions[$0].start - t <= 4 }
            guard !places.isEmpty else { continue }
            for sub in subjects(before: ender, clause: clause, types: FrameTable.forces.union([.organization]), in: ms) {
                for place in places where mentions[place].entity != mentions[sub].entity {
                    emit(mentions[sub].entity, .withdrawsFrom, mentions[place].entity, sentence: s, rule: "mission-ended", span: span(sub, place))
                }
            }
        }
    }

    /// "… and the last American troops left in August", "the United States, whose last soldiers
    /// left in 2024": the last of a state's forces leaving with no place said leave the state
    /// the report is about.
    ///
    /// - Complexity: O(*t*) in the sentence's tokens.
    func findLastForcesLeaving(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        guard let place = dominantState else { return }
        for t in sentence where cues[t].contains(.last) && t + 2 < sentence.upperBound {
            // "the last (French) troops", "whose last soldiers", "the last of them".
            var k = t + 1
            var owner: Int?
            if let m = mentionAt[k], mentions[m].kind == .demonym, type(m) == .state { owner = m; k = mentions[m].end }
            guard k < sentence.upperBound, WordLists.armedPeople.contains(tokens[k]) || (tokens[k].key == "of" && k + 1 < sentence.upperBound && tokens[k + 1].key == "them") else { continue }
            k += tokens[k].key == "of" ? 2 : 1
            if k + 1 < sentence.upperBound, ["were", "had", "have", "was"].contains(tokens[k].key) { k += 1 }
            guard k < sentence.upperBound, Self.leavingWords.contains(tokens[k]) else { continue }
            // Nothing after the verb names a place: "left Chad" is the frames' to read.
            let clause = clause(around: k, in: sentence)
            guard !ms.contains(where: { mentions[$0].start > k && mentions[$0].start <= k + 3 && mentions[$0].start < clause.upperBound && [.state, .city, .base].contains(type($0)) }) else { continue }
            // Whose forces: the demonym, else "whose"'s antecedent or the clause's forces subject.
            if owner == nil, t > sentence.lowerBound, ["whose", "its", "their"].contains(tokens[t - 1].key) {
                owner = ms.last(where: { mentions[$0].end <= t - 1 && FrameTable.forces.contains(type($0)) && mentions[$0].kind != .demonym })
            }
            if owner == nil, tokens[t + 2].key == "them" {
                owner = ms.last(where: { mentions[$0].end <= t && mentions[$0].isForces })
            }
            guard let owner, mentions[owner].entity != place else { continue }
            emit(mentions[owner].entity, .withdrawsFrom, place, sentence: s, rule: "last-forces-left", span: ordered(t, (k + 1)))
        }
    }

    /// "The French flag was lowered at Kamboinsin", "the French flag came down over Camp Geille":
    /// a state whose flag is lowered over a place leaves it.
    func findLoweredFlags(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.flag) && t > sentence.lowerBound {
            // The owner: "the French flag", "France's flag".
            let before = tokens[t - 1].kind == .possessive ? t - 1 : t
            guard before - 1 >= sentence.lowerBound, let owner = mentionAt[before - 1], mentions[owner].end == before, type(owner) == .state else { continue }
            let window = (t + 1)..<min(sentence.upperBound, t + 5)
            guard let v = window.first(where: { ["lowered", "came", "comes", "hauled", "taken", "pulled"].contains(tokens[$0].key) }),
                  tokens[v].key == "lowered" || (v + 1 < sentence.upperBound && tokens[v + 1].key == "down") else { continue }
            let clause = clause(around: v, in: sentence)
            for place in objects(after: v, clause: clause, types: [.base, .city, .state], markers: Self.flagPlaceMarkers, in: ms).prefix(1)
            where mentions[place].start - v <= 6 && mentions[place].entity != mentions[owner].entity {
                emit(mentions[owner].entity, .withdrawsFrom, mentions[place].entity, sentence: s, rule: "flag-lowered", span: span(owner, place))
            }
        }
    }

    static let flagPlaceMarkers: WordSet = ["at", "over", "in", "on", "above"]

    /// Verbs of leaving with no object needed: "the last troops left", "were gone".
    static let leavingWords: WordSet = ["left", "departed", "withdrew", "flew", "pulled", "gone"]

    /// Forces that give up their post somewhere withdraw from that place, and were stationed
    /// there. The post must be said ("its base in X", "Camp X"): "handed power to civilians in
    /// Mali" gives nothing up.
    func findHandovers(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.handover) && mentionAt[t] == nil {
            if ["gave", "give", "gives", "giving", "given"].contains(tokens[t].key), !(t + 1 < sentence.upperBound && tokens[t + 1].key == "up") { continue }
            // "returned the camp to the army" gives it back; "returned to Gao" goes there.
            if tokens[t].key.hasPrefix("return"), t + 1 < sentence.upperBound, ["to", "home", "from", "in", "on", "at", "after"].contains(tokens[t + 1].key) { continue }
            let clause = clause(around: t, in: sentence)
            let window = (t + 1)..<min(clause.upperBound, t + 10)
            var places: [Int] = []
            // A named base right after the verb: "abandoned Camp X", "handed over Air Base 101".
            if let m = ms.first(where: { window.contains(mentions[$0].start) && type($0) == .base }),
               ((t + 1)..<mentions[m].start).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) {
                places = [m]
            } else if Self.townLeavingVerbs.contains(tokens[t]),
                      let m = ms.first(where: { window.contains(mentions[$0].start) && type($0) == .city && !mentions[$0].isPossessive }),
                      ((t + 1)..<mentions[m].start).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil && ["over", "the", "town", "city", "of"].contains(tokens[$0].key) }) {
                // "handed over Faya-Largeau in December and Abéché in January": towns given up,
                // with those joined to them by "and" in the clause.
                places = [m] + ms.filter { n in mentions[n].start > mentions[m].end && mentions[n].start < clause.upperBound && type(n) == .city
                    && mentions[n].start >= 1 && tokens[mentions[n].start - 1].key == "and" }
            } else if let post = window.first(where: { Self.heldPlaces.contains(tokens[$0]) }),
                      !gap(t + 1, post).contains(where: { $0.kind == .punctuation }) {
                // "its last two military sites in Senegal", "their positions in Gao and Kidal".
                let after = ms.filter { mentions[$0].start > post && mentions[$0].start < clause.upperBound }
                if let first = after.first, mentions[first].start - post <= 4, [.base, .city, .state, .region].contains(type(first)),
                   ["in", "at"].contains(marker(before: first, notBefore: post + 1)) {
                    places = [first]
                    var current = first
                    for next in after where mentions[next].start >= mentions[current].end {
                        let between = gap(mentions[current].end, mentions[next].start)
                        guard !between.isEmpty, between.allSatisfy({ $0.key == "and" || $0.text == "," }), [.base, .city, .state].contains(type(next)) else { break }
                        places.append(next)
                        current = next
                    }
                }
            }
            guard !places.isEmpty else { continue }
            for sub in subjects(before: t, clause: clause, types: FrameTable.forces, in: ms) {
                for place in places {
                    let span = span(sub, place)
                    emit(mentions[sub].entity, .withdrawsFrom, mentions[place].entity, sentence: s, rule: "handover", span: span)
                    emit(mentions[sub].entity, .stationedAt, mentions[place].entity, sentence: s, rule: "handover", span: span)
                }
            }
        }
    }
}

/// One force taking another's place: "Africa Corps replaced the Wagner Group in Mali".
extension RelationFinder {
    /// Verbs of one force taking another's place. (Not "replace": "planned to replace him" is
    /// an intention, and "relieved" also means "dismissed".)
    static let replacementVerbs: WordSet = ["replaced", "replaces", "replacing", "succeeded", "supplanted"]

    /// "Africa Corps replaced the Wagner Group in Mali", "Wagner was replaced in Mali by Africa
    /// Corps": the newcomer is deployed to the place, the force it replaces withdraws from it.
    /// Only forces, and only with a place after "in": without one ("Barkhane replaced it in
    /// 2014") nothing moved that the sentence says.
    func findReplacements(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let forces = FrameTable.forces
        for t in sentence where cues[t].contains(.replacement) {
            let clause = clause(around: t, in: sentence)
            // The place: "in" a state, city or base, after the verb within the clause.
            guard let place = ms.first(where: { mentions[$0].start > t && mentions[$0].end <= clause.upperBound && mentions[$0].start - t <= 12
                    && [.state, .city, .base].contains(type($0)) && !mentions[$0].isForces && marker(before: $0, notBefore: t + 1) == "in" }) else { continue }
            let passive = isPassive(t, floor: clause.lowerBound)
            // The other force: the object (active) or the agent after "by" (passive).
            let markers = passive ? Markers.by : Markers.direct
            guard let other = objects(after: t, clause: clause, types: forces, markers: markers, in: ms).first,
                  isForcesMention(other) else { continue }
            for subject in subjects(before: t, clause: clause, types: forces, in: ms) where isForcesMention(subject) {
                let (newcomer, replaced) = passive ? (other, subject) : (subject, other)
                guard mentions[newcomer].entity != mentions[place].entity, mentions[replaced].entity != mentions[place].entity else { continue }
                emit(mentions[newcomer].entity, .deployedTo, mentions[place].entity, sentence: s, rule: "replaced-in", span: span(subject, place))
                emit(mentions[replaced].entity, .withdrawsFrom, mentions[place].entity, sentence: s, rule: "replaced-in", span: span(subject, place))
            }
        }
    }
}
