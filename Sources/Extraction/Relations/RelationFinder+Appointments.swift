import NewsGraph

/// Offices given by a verb of appointment: "Goïta was chosen as the first president of the AES",
/// "the bloc named Goïta its president", "Macky Sall was elected chairman of the African Union".
extension RelationFinder {
    /// The person appointed takes the role's relation to the body: the body named after the role
    /// ("president of the AES"), or, for "its", the body that appoints in the active voice or the
    /// latest body named before the verb in the passive.
    ///
    /// - Complexity: O(*t*) in the sentence's tokens, with a few mention probes per cue.
    func findAppointments(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for v in sentence where cues[v].contains(.appointment) && v > sentence.lowerBound {
            let clause = clause(around: v, in: sentence)
            var j = v + 1
            // Who: the person straight after an active verb, or the subject of a passive one.
            var person: Int?
            var appointer: Int?
            let passive = ["was", "were", "been", "be", "is", "being"].contains(tokens[v - 1].key)
                || (v - 2 >= clause.lowerBound && ["later", "then", "also", "quickly", "unanimously", "formally"].contains(tokens[v - 1].key)
                    && ["was", "were", "been", "is"].contains(tokens[v - 2].key))
            if passive {
                person = subjects(before: v, clause: clause, types: [.person], in: ms).last
            } else {
                let k = pastTitles(from: j, limit: clause.upperBound)
                if k < clause.upperBound, let p = mentionAt[k], mentions[p].start == k, type(p) == .person {
                    person = p; j = mentions[p].end
                    appointer = subjects(before: v, clause: clause, types: Self.appointingBodies, in: ms).first
                }
            }
            // "X, whom Abiy chose in 2023 to lead the TIA": the person before the relative pronoun
            // (only with the infinitive: "whom ECOWAS named as its mediator" gives no office here).
            var relative = false
            if person == nil, !passive, let whom = (max(clause.lowerBound, v - 6)..<v).last(where: { tokens[$0].key == "whom" }) {
                person = ms.last(where: { mentions[$0].end <= whom && type($0) == .person && !mentions[$0].isPossessive
                    && !(mentions[$0].end..<whom).contains(where: { mentionAt[$0] != nil }) && whom - mentions[$0].end <= 8 })
                j = v + 1
                relative = true
            }
            guard let person else { continue }
            // "appointed Getachew Reda to lead the TIA", "was named to head the commission".
            if let led = ledBody(afterInfinitive: j, limit: sentence.upperBound) {
                emit(mentions[person].entity, .leads, mentions[led].entity, sentence: s, rule: "appointed-to-lead",
                     span: ordered(min(mentions[person].start, mentions[led].start), max(mentions[person].end, mentions[led].end)))
                continue
            }
            if relative { continue }
            if j < clause.upperBound, tokens[j].key == "as" { j += 1 }
            var owner: Int?
            while j < clause.upperBound, mentionAt[j] == nil, isDeterminer(j) || Self.appointedOfficeWords.contains(tokens[j]) {
                if ["its", "their"].contains(tokens[j].key) {
                    owner = appointer ?? ms.last(where: { mentions[$0].end <= v && Self.appointingBodies.contains(type($0)) && mentions[$0].entity != mentions[person].entity })
                }
                j += 1
            }
            guard j < clause.upperBound, let (role, length) = lexicon.role(in: tokens[j..<clause.upperBound]) else { continue }
            j += length
            if j + 1 < clause.upperBound, tokens[j].key == "of" {
                var k = j + 1
                while k < clause.upperBound, mentionAt[k] == nil, isDeterminer(k) { k += 1 }
                if k < clause.upperBound, let body = mentionAt[k], mentions[body].start == k, Self.bodies.contains(type(body)) { owner = body }
            }
            guard let owner, mentions[owner].entity != mentions[person].entity else { continue }
            emit(mentions[person].entity, role.relation, mentions[owner].entity, sentence: s, rule: "appointed-as",
                 span: ordered(min(mentions[person].start, mentions[owner].start), max(mentions[person].end, mentions[owner].end)))
        }
    }

    /// The body that "to lead", "to head" … names at `j` or after a short adverbial ("chose in
    /// 2023 to lead the TIA"); nil when no such infinitive follows the appointment.
    func ledBody(afterInfinitive j: Int, limit: Int) -> Int? {
        guard let to = (j..<min(limit, j + 4)).first(where: { tokens[$0].key == "to" }),
              (j..<to).allSatisfy({ mentionAt[$0] == nil && (tokens[$0].kind == .number || (tokens[$0].kind == .word && !tokens[$0].isCapitalized)) }),
              to + 2 < limit, Self.leadInfinitives.contains(tokens[to + 1]) else { return nil }
        var k = to + 2
        while k < limit, mentionAt[k] == nil, isDeterminer(k) || Self.appointedOfficeWords.contains(tokens[k]) { k += 1 }
        guard k < limit, let body = mentionAt[k], mentions[body].start == k, Self.appointingBodies.contains(type(body)), !mentions[body].isPossessive else { return nil }
        return body
    }

    /// Verbs an appointee is named "to" do that make him the body's leader.
    static let leadInfinitives: WordSet = ["lead", "head", "run", "command", "chair", "govern", "direct"]

    /// Verbs that give someone an office: "was named", "elected", "sworn".
    static let appointmentVerbs: WordSet = ["named", "appointed", "reappointed", "re-appointed", "elected", "re-elected", "reelected", "chosen", "chose", "designated", "installed", "picked", "nominated"]

    /// Words between the verb and the office: "its first president", "the new interim leader".
    static let appointedOfficeWords: WordSet = ["first", "new", "interim", "rotating", "transitional", "acting", "next", "sole", "founding"]

    /// Bodies that give an office or hold it.
    static let appointingBodies: EntityTypes = [.alliance, .organization, .state, .militaryUnit, .armedGroup]
}
