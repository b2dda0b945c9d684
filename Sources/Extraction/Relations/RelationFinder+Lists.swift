import NewsGraph

/// Lists of people that a sentence ties to states or bodies as a whole: a distributive list
/// ("Goïta in Mali, Traoré in Burkina Faso and Tiani in Niger") and a list announced by a colon
/// ("two senior officers of the Malian army: Gen. X and Gen. Y").
extension RelationFinder {
    /// "All three are run by officers who seized power: Gen. Assimi Goïta in Mali, Capt. Ibrahim
    /// Traoré in Burkina Faso and Gen. Abdourahamane Tiani in Niger", "the heads of state of the
    /// bloc, X of Mali, Y of Chad and Z of Niger": each person of a list that
    /// pairs two or more people with states leads the state paired with them, when the sentence
    /// speaks of leaders or rulers before the list, or the lexicon knows the person heads it.
    ///
    /// - Complexity: O(*m*) in the sentence's mentions.
    func findDistributedLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // Every "PERSON in STATE" or "PERSON of STATE" pair of the sentence, in order.
        var pairs: [(person: Int, state: Int)] = []
        for p in ms where type(p) == .person {
            var j = mentions[p].end
            guard j + 1 < sentence.upperBound, ["in", "of"].contains(tokens[j].key) else { continue }
            j += 1
            if tokens[j].key == "the" { j += 1 }
            guard j < sentence.upperBound, let state = mentionAt[j], mentions[state].start == j, type(state) == .state, mentions[state].kind == .name else { continue }
            // The pair ends with the state: "in Niger's capital" is a place, not a pair.
            guard !mentions[state].isPossessive else { continue }
            pairs.append((p, state))
        }
        guard pairs.count >= 2 else { return }
        // Runs of pairs joined only by commas, "and" and the next person's titles.
        var runs: [[(person: Int, state: Int)]] = [[pairs[0]]]
        for pair in pairs.dropFirst() {
            let previous = runs[runs.count - 1].last!
            let between = gap(mentions[previous.state].end, mentions[pair.person].start)
            if between.count <= 6, between.allSatisfy({ $0.text == "," || $0.key == "and" || $0.text == "." || isTitle($0) }) {
                runs[runs.count - 1].append(pair)
            } else {
                runs.append([pair])
            }
        }
        for run in runs where run.count >= 2 {
            let before = tokens[sentence.lowerBound..<mentions[run[0].person].start]
            let aboutLeaders = before.contains { Self.rulerWords.contains($0) }
            for pair in run where mentions[pair.person].entity != mentions[pair.state].entity
                && (aboutLeaders || isKnownHead(mentions[pair.person].entity, of: mentions[pair.state].entity)) {
                emit(mentions[pair.person].entity, .leads, mentions[pair.state].entity, sentence: s, rule: "distributed-leaders",
                     span: span(pair.person, pair.state))
            }
            // ("the heads of state of the G5 Sahel - X of Mali, Y of Chad": the states are members
            // of the bloc whose leaders the list names.)
            if let bloc = blocOfOfficials(before: mentions[run[0].person].start, in: ms) {
                for pair in run {
                    emit(mentions[pair.state].entity, .memberOf, mentions[bloc].entity, sentence: s, rule: "distributed-leaders-of", span: span(bloc, pair.state))
                }
            }
        }
    }

    /// The alliance named just before `i` as the body of plural officials: "the leaders of the
    /// G5 Sahel -", "presidents of ECOWAS:".
    ///
    /// - Complexity: O(1).
    func blocOfOfficials(before i: Int, in ms: [Int]) -> Int? {
        var j = i - 1
        guard j > 0, Self.listOpeners.contains(tokens[j].text), let bloc = mentionAt[j - 1], type(bloc) == .alliance, mentions[bloc].end == j else { return nil }
        j = mentions[bloc].start - 1
        if j > 0, tokens[j].key == "the" { j -= 1 }
        guard j > 0, tokens[j].key == "of" else { return nil }
        // ("heads of state of", "leaders of").
        let words = tokens[max(0, j - 3)..<j]
        return words.contains(where: { Self.officialsNouns.contains($0) }) ? bloc : nil
    }

    /// Words before a distributive list that make its people the states' rulers.
    static let rulerWords: WordSet = ["leaders", "rulers", "ruled", "run", "led", "heads", "presidents", "juntas", "strongmen", "governed", "seized", "took"]

    /// "detained two senior officers of the Malian army: Gen. Abass Dembélé, a former governor,
    /// and Gen. Nema Sagara": the people a colon lists after a plural role of a state or a body
    /// are members of it.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findColonLists(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for colon in sentence where cues[colon].contains(.clauseBoundary) && colon > sentence.lowerBound && tokens[colon].text == ":" {
            // The plural role and its body, within the ten words before the colon.
            let floor = max(sentence.lowerBound, colon - 10)
            guard let roleWord = (floor..<colon).last(where: { Self.memberPlurals.contains(tokens[$0]) }),
                  let body = ms.last(where: { mentions[$0].start >= floor && mentions[$0].end <= colon && Self.bodies.contains(type($0)) }),
                  !(roleWord..<colon).contains(where: { cues[$0].contains(.clauseBoundary) || tokens[$0].text == "," }),
                  (mentions[body].end..<colon).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil && !tokens[$0].isCapitalized })
            else { continue }
            // The people listed: each straight after the colon, a comma or "and", past titles;
            // appositions between them are skipped.
            let end = ((colon + 1)..<sentence.upperBound).first { [";", ":"].contains(tokens[$0].text) } ?? sentence.upperBound
            for p in ms where type(p) == .person && mentions[p].start > colon && mentions[p].end <= end {
                var k = mentions[p].start - 1
                while k > colon, mentionAt[k] == nil, isTitle(tokens[k]) || tokens[k].text == "." { k -= 1 }
                guard k == colon || tokens[k].text == "," || tokens[k].key == "and" else { continue }
                // After a comma, only the next item of the list, not a name inside an apposition
                // ("X, a former aide to Y, …").
                if k > colon, tokens[k].text == ",", mentionAt[k - 1] == nil { continue }
                // ("Three members remain suspended: Colonel Assimi Goïta's Mali, …": the item is
                // the state its ruler qualifies.)
                let item = stateRuled(byPossessive: p) ?? p
                guard mentions[item].entity != mentions[body].entity else { continue }
                emit(mentions[item].entity, .memberOf, mentions[body].entity, sentence: s, rule: "colon-list", span: span(body, item))
            }
        }
    }

    /// Plural roles whose holders are members of a state or body: "two officers of the army:".
    static let memberPlurals: WordSet = ["officers", "generals", "colonels", "ministers", "commanders", "officials", "diplomats", "members", "envoys", "lawmakers"]
}
