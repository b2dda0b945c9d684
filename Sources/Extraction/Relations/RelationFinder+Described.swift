/// Relations an apposition states about a name: "X, one of Y's units", "Uganda, the largest
/// contributor to AUSSOM", "the US, Egypt and the UAE, a group known as the Quad".
extension RelationFinder {
    /// "the 444 Brigade, one of the Government of National Unity's best-equipped units": a body
    /// described as one of another's units is part of it.
    func findOneOfUnits(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let parts: EntityTypes = [.militaryUnit, .armedGroup]
        let owners: EntityTypes = [.organization, .state, .militaryUnit, .armedGroup, .alliance]
        for m in ms where parts.contains(type(m)) {
            let e = mentions[m].end
            guard e + 4 < sentence.upperBound, tokens[e].kind == .punctuation, tokens[e].text == ",", tokens[e + 1].key == "one", tokens[e + 2].key == "of",
                  let owner = ms.first(where: { mentions[$0].start >= e + 3 && mentions[$0].start <= e + 4 }),
                  owners.contains(type(owner)), mentions[owner].isPossessive, mentions[owner].entity != mentions[m].entity,
                  (e + 3..<mentions[owner].start).allSatisfy({ tokens[$0].key == "the" }) else { continue }
            // Past the possessive and a few modifiers ("best-equipped", "elite"): the unit noun.
            var i = mentions[owner].end + 1
            while i < min(sentence.upperBound, mentions[owner].end + 6), !Self.unitNouns.contains(tokens[i]) {
                guard tokens[i].kind == .word && !tokens[i].isCapitalized || tokens[i].text == "-" else { break }
                i += 1
            }
            guard i < sentence.upperBound, Self.unitNouns.contains(tokens[i]) else { continue }
            emit(mentions[m].entity, .partOf, mentions[owner].entity, sentence: s, rule: "one-of-units", span: span(m, owner))
        }
    }

    /// Plural nouns for the parts of a force: "one of the army's units".
    static let unitNouns: WordSet = ["units", "brigades", "battalions", "regiments", "divisions", "militias", "factions", "wings", "formations", "forces"]

    /// "Uganda, the largest contributor to AUSSOM": a state that mans a force or a mission is its
    /// member, as the troop-contributing states of ECOWAS's or the AU's forces are.
    func findLeadContributors(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where type(m) == .state && mentions[m].kind == .name {
            let e = mentions[m].end
            guard e + 4 < sentence.upperBound, tokens[e].kind == .punctuation, tokens[e].text == ",", cues[e + 1].contains(.determiner), ["the", "a"].contains(tokens[e + 1].key) else { continue }
            var i = e + 2
            while i < min(sentence.upperBound, e + 6), !["contributor", "contributors"].contains(tokens[i].key) {
                guard Self.contributorModifiers.contains(tokens[i]) || tokens[i].text == "-" else { break }
                i += 1
            }
            guard i + 2 < sentence.upperBound, ["contributor", "contributors"].contains(tokens[i].key), ["to", "of"].contains(tokens[i + 1].key),
                  let body = ms.first(where: { mentions[$0].start >= i + 2 && mentions[$0].start <= i + 3 }),
                  [.organization, .militaryUnit, .alliance].contains(type(body)) else { continue }
            emit(mentions[m].entity, .memberOf, mentions[body].entity, sentence: s, rule: "lead-contributor", span: span(m, body))
        }
    }

    /// Words between "the" and "contributor": "the largest troop contributor".
    static let contributorModifiers: WordSet = ["largest", "biggest", "main", "second", "third", "top", "leading", "major", "troop", "single", "key", "principal"]

    /// "The United States, Saudi Arabia, Egypt and the UAE, a group known as the Quad": the states
    /// of the list are the group's members.
    func findNamedGroupings(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where type(m) == .alliance {
            // "the group of mediators known as the Quad: the United States, Saudi Arabia, Egypt
            // and the UAE": the members listed after a colon; "the G5 Sahel - Burkina Faso, Chad,
            // Mali, Mauritania and Niger -", "the AES (Mali, Burkina Faso and Niger)": set off by
            // dashes or brackets, closed as they were opened.
            if mentions[m].end < sentence.upperBound, let closer = Self.memberListClosers[tokens[mentions[m].end].text] {
                var members: [Int] = []
                var previousEnd = mentions[m].end + 1
                for next in ms[(k + 1)...] {
                    guard type(next) == .state, mentions[next].kind == .name, joinsStates(gap(previousEnd, mentions[next].start), allowEmpty: true) else { break }
                    members.append(next)
                    previousEnd = mentions[next].end
                }
                let closed = closer.isEmpty || previousEnd >= sentence.upperBound || closer.contains(tokens[previousEnd].text)
                if members.count >= 2, closed {
                    for member in members { emit(mentions[member].entity, .memberOf, mentions[m].entity, sentence: s, rule: "named-grouping", span: span(m, member)) }
                }
            }
            guard k > 0 else { continue }
            let a = mentions[m].start
            var j = a - 1
            if j > sentence.lowerBound, tokens[j].key == "the" { j -= 1 }
            guard j - 4 >= sentence.lowerBound, tokens[j].key == "as", tokens[j - 1].key == "known",
                  Self.groupingNouns.contains(tokens[j - 2]), ["a", "the"].contains(tokens[j - 3].key), tokens[j - 4].text == "," else { continue }
            let states = ms[..<k].filter { type($0) == .state && mentions[$0].kind == .name }
            guard let last = states.last, mentions[last].end == j - 4 else { continue }
            // The list, with its articles: "Egypt and the UAE".
            var members = [last]
            while let prev = states.last(where: { mentions[$0].end <= mentions[members.last!].start }),
                  joinsStates(gap(mentions[prev].end, mentions[members.last!].start), allowEmpty: false) {
                members.append(prev)
            }
            guard members.count >= 2 else { continue }
            for member in members {
                emit(mentions[member].entity, .memberOf, mentions[m].entity, sentence: s, rule: "named-grouping", span: span(member, m))
            }
        }
    }

    /// True when the words between two states of a grouping's list join them: commas, "and",
    /// and the articles of names such as "the UAE" (at most three words). After a colon the
    /// first state may follow at once.
    func joinsStates(_ between: Slice<TokenList>, allowEmpty: Bool) -> Bool {
        (allowEmpty || !between.isEmpty) && between.count <= 3 && between.allSatisfy { $0.key == "and" || $0.key == "the" || $0.text == "," }
    }

    /// Nouns for a group of states that a name is given: "a group known as the Quad".
    /// What may open a list of a grouping's members after its name, and what must close the
    /// list ("" for anything: a colon's list runs on).
    static let memberListClosers: [String: Set<String>] = [":": [], "(": [")"], "-": ["-", "."], "\u{2013}": ["\u{2013}", "."], "\u{2014}": ["\u{2014}", "."]]

    static let groupingNouns: WordSet = ["group", "grouping", "bloc", "coalition", "club", "contact"]
}

extension RelationFinder {
    /// "JNIM attacked army posts in Kayes", "striking government positions across Middle
    /// Shabelle": an attack on a state's posts is an attack on that state, too. The state is the
    /// one whose adjective comes before them ("Beninese army positions"), else the one the report
    /// is about.
    func attacksOnStatePosts() -> [FoundRelation] {
        var extra: [FoundRelation] = []
        var done = Set<Int>()
        for r in found where r.type == .attacks && !done.contains(r.sentence) {
            let sentence = sentences[r.sentence]
            guard let post = sentence.dropFirst().first(where: { Self.statePostNouns.contains(tokens[$0]) && Self.postOwners.contains(tokens[$0 - 1]) }) else { continue }
            let owner = post - 1
            let ms = bySentence[r.sentence]
            let state: Int?
            if owner > sentence.lowerBound, let m = mentionAt[owner - 1], type(m) == .state, mentions[m].end == owner {
                state = mentions[m].entity
            } else if let m = ms.first(where: { mentions[$0].start > post && mentions[$0].start <= post + 5 && type($0) == .state && mentions[$0].kind != .demonym }) {
                // "army posts in Togo's northern Savanes region", "across Mali".
                state = mentions[m].entity
            } else {
                state = juntaState ?? dominantState
            }
            guard let state, state != r.source, entities[r.source].type != .state,
                  // The attacker of this sentence, before the posts.
                  ms.contains(where: { mentions[$0].entity == r.source && mentions[$0].end <= owner }) else { continue }
            done.insert(r.sentence)
            extra.append(FoundRelation(source: r.source, type: .attacks, target: state, sentence: r.sentence, rule: "state-posts", modality: r.modality))
        }
        return extra
    }

    /// "army posts", "military positions", "government bases": plural, for a state's posts at
    /// large ("the military camp at Diapaga" is one place, struck as such).
    static let postOwners: WordSet = ["army", "military", "government", "security", "troop"]
    static let statePostNouns: WordSet = ["posts", "positions", "bases", "camps", "outposts", "garrisons", "checkpoints"]
}

extension RelationFinder {
    /// "As head of the Stability Support Apparatus (SSA), a militia rooted in Abu Salim, he
    /// controlled …": a fronted role names the body the clause's subject leads; the subject is
    /// the first person (or "he", "she") after a comma past the role's phrase.
    func findFrontedRoles(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let start = sentence.lowerBound
        guard sentence.count > 6, tokens[start].key == "as" else { return }
        let noun = tokens[start + 1].key == "the" ? start + 2 : start + 1
        guard Self.frontedLeaderNouns.contains(tokens[noun]), noun + 2 < sentence.upperBound, tokens[noun + 1].key == "of",
              let body = ms.first(where: { mentions[$0].start >= noun + 2 && mentions[$0].start <= noun + 3 }),
              [.organization, .armedGroup, .militaryUnit, .alliance].contains(type(body)),
              let leader = ms.first(where: { mentions[$0].start > mentions[body].end && type($0) == .person && tokens[mentions[$0].start - 1].text == "," }),
              mentions[leader].entity != mentions[body].entity else { return }
        emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "fronted-role", span: start..<mentions[leader].end)
    }

    /// Role nouns that open a fronted "As head of X,".
    static let frontedLeaderNouns: WordSet = ["head", "leader", "chief", "commander", "chairman", "founder"]
}
