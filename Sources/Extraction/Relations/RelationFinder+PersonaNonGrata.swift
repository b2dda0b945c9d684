import NewsGraph

/// Declaring someone unwelcome: "the junta declared Sylvain Itté persona non grata", "three French
/// diplomats were declared persona non grata". A state that declares a foreign envoy persona non
/// grata expels the envoy; envoys named only by their state's adjective stand for that state.
extension RelationFinder {
    /// Verbs that declare: "declared him persona non grata".
    static let declaringVerbs: WordSet = ["declared", "declare", "declares", "declaring", "named", "designated"]

    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findPersonaNonGrata(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where tokens[t].key == "persona" && t + 2 < sentence.upperBound && tokens[t + 1].key == "non" && tokens[t + 2].key == "grata" {
            let clause = clause(around: t, in: sentence)
            guard let verb = (max(clause.lowerBound, t - 14)..<t).last(where: { Self.declaringVerbs.contains(tokens[$0]) }) else { continue }
            let passive = isPassive(verb, floor: clause.lowerBound)
            // Who is declared: named between the verb and the phrase, or the passive's subject.
            // ("declared Carol Flore-Smereczniak, the UN's resident coordinator, persona non
            // grata": the first person, not a body in the apposition.)
            let candidates = passive ? subjects(before: verb, clause: clause, types: [.person, .state], in: ms)
                                     : ms.filter { mentions[$0].start > verb && mentions[$0].end <= t }
            // ("declared him persona non grata": the person the sentences before were about.)
            let pronoun = !passive && ["him", "her"].contains(tokens[verb + 1].key)
            guard let declared = candidates.first(where: { type($0) == .person })
                    ?? candidates.first(where: { type($0) == .state && isDiplomatDemonym($0) })
                    ?? (pronoun ? personBefore(sentence: s) : nil)
            else { continue }
            // Who declares: the subject, the passive's agent after "by", or the state the report
            // is about, after a bare passive or "it" ("In August it declared …"). (A state does
            // not declare its own envoys unwelcome.)
            let reportState = (juntaState ?? dominantState).map { [$0] } ?? []
            let agents: [Int]
            if !passive {
                let named = subjects(before: verb, clause: clause, types: FrameTable.states, in: ms).map { mentions[$0].entity }
                agents = named.isEmpty && ["it", "they"].contains(tokens[verb - 1].key) ? reportState : named
            } else if let by = objects(after: t + 2, clause: clause, types: FrameTable.states, markers: Markers.by, in: ms).first {
                agents = [mentions[by].entity]
            } else {
                agents = reportState
            }
            for agent in agents where agent != mentions[declared].entity {
                emit(agent, .expels, mentions[declared].entity, sentence: s, rule: "persona-non-grata", span: ordered(mentions[declared].start, t + 3))
            }
        }
    }

    /// True when a state's name or adjective qualifies its envoys a few words on: "French
    /// diplomats", "France's ambassador".
    private func isDiplomatDemonym(_ m: Int) -> Bool {
        let end = mentions[m].end
        return (end..<min(tokens.count, end + 3)).contains { Self.envoyNouns.contains(tokens[$0]) }
    }
}
