import NewsGraph

/// People and the bodies they lead, serve or speak for: titles, appositions, "led by", "whose leader", "which he heads".
extension RelationFinder {
    /// Words that make a spokesman the state's: "army spokesman", "government spokesman".
    static let stateVoiceWords: WordSet = ["military", "government", "army", "junta", "presidency", "defence", "defense"]

    /// Words of tenure between a body's possessive and its officer's role: "its longtime leader".
    static let tenureWords: WordSet = ["longtime", "long-time", "veteran", "new", "current"]

    /// True when mention `m` lies in a relative clause closed by a comma before `t`: "the party
    /// that led the country to independence, after …".
    func inClosedRelative(_ m: Int, before t: Int) -> Bool {
        let start = mentions[m].start
        guard (max(0, start - 4)..<start).contains(where: { Self.relativePronouns.contains(tokens[$0]) }) else { return false }
        return (mentions[m].end..<t).contains { tokens[$0].text == "," }
    }

    /// Honorifics that are no office: "Sheikh", "Dr".
    static let honorifics: WordSet = ["sheikh", "sir", "dr", "mr", "mrs", "ms", "madame", "monsieur", "dame"]

    /// Words that make a post one held before: "former president", "ex-minister", "the late".
    static let formerWords: WordSet = ["former", "ex", "late"]

    /// How far past a person's name an apposition's roles are read; a few words more after
    /// an "and" that adds a second role ("X, the minister of territorial administration and the
    /// government's spokesman,").
    static let appositionReach = 10

    /// Words that may open a role after a copula: "is the head of", "was then a spokesman for".
    static let roleCopulaOpeners: WordSet = ["a", "an", "the", "then", "now", "also", "later", "currently"]

    /// The verbs of "takes over as Chief of the Naval Staff". Not "taken": "was taken over" is
    /// no one taking a post.
    static let takeOverVerbs: WordSet = ["takes", "took", "take", "taking"]

    /// Posts that only firms have.
    static let corporateRoles: WordSet = ["chief executive", "chief executive officer", "ceo", "chairman of the board", "managing director", "chief operating officer"]

    /// Roles that, before another, make its holder the head's deputy: "deputy chairman".
    static let deputyWords: WordSet = ["deputy", "vice", "assistant"]

    /// Adverbs between a relative pronoun and its verb: "who also chairs".
    static let relativeAdverbs: WordSet = ["also", "now", "still", "currently", "since", "later", "already", "simultaneously"]

    /// Roles a demonym qualifies only by nationality: "the Malian militant X", "a Senegalese
    /// analyst" serve no state.
    static let nationalityRoles: WordSet = ["militant", "mercenary", "journalist", "analyst", "columnist", "correspondent", "economist", "editor", "expert", "fellow",
                                            "professor", "researcher", "reporter", "scholar", "specialist", "consultant"]

    /// "the head of US Africa Command (AFRICOM), Gen. X": the body named just before the comma
    /// at `comma` (past an acronym in parentheses) and the role that "of" (and "the") ties to it.
    /// Nil after "former": a former holder holds nothing.
    func roleOfBody(beforeComma comma: Int, sentence: Range<Int>) -> (body: Int, role: RoleEntry)? {
        var i = pastBracketedAcronym(comma - 1, floor: sentence.lowerBound)
        // ("The chief of staff of the Chadian army, General X": a state's forces named by its
        // demonym; whatever the role, its holder serves the state.)
        var forcesOfState = false
        if i > sentence.lowerBound + 1, tokens[i].kind == .word, !tokens[i].isCapitalized, mentionAt[i] == nil, WordLists.forceNouns.contains(tokens[i]),
           let state = mentionAt[i - 1], mentions[state].end == i, mentions[state].kind == .demonym, type(state) == .state {
            forcesOfState = true
            i -= 1
        }
        guard i > sentence.lowerBound, let body = mentionAt[i], mentions[body].end == i + 1, Self.bodies.contains(type(body)),
              mentions[body].kind == .name || forcesOfState else { return nil }
        var j = mentions[body].start - 1
        if j > sentence.lowerBound, tokens[j].key == "the" { j -= 1 }
        guard j > sentence.lowerBound, tokens[j].key == "of" else { return nil }
        guard let (r, start) = lexicon.role(endingAt: j, in: tokens, notBefore: sentence.lowerBound, lengths: 1...3,
                                            where: { start in (start..<j).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil } })
        else { return nil }
        if start > sentence.lowerBound, Self.formerWords.contains(tokens[start - 1]) { return nil }
        if forcesOfState {
            var served = r
            served.relation = .memberOf
            return (body, served)
        }
        return (body, r)
    }

    /// True when a copula at `after` opens what may be a role: "is the head of", "became a
    /// spokesman for", "was then a senior figure in".
    func opensCopulaRole(at after: Int, sentence: Range<Int>) -> Bool {
        after + 2 < sentence.upperBound && WordLists.roleCopulas.contains(tokens[after])
            && (Self.roleCopulaOpeners.contains(tokens[after + 1]) || lexicon.role(in: tokens[(after + 1)..<sentence.upperBound]) != nil)
    }

    /// Titles and appositions: "Kremlin spokesman Ivan Petrov", "French Foreign Minister Anne Roux",
    /// "Jane Doe, a senior fellow at the Sahel Policy Institute", "the country's interim leader,
    /// John Smith", "Mali's Minister of Defence, Ali Traore".
    func findRoles(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let organs = Self.bodies
        for (k, p) in ms.enumerated() where type(p) == .person {
            // Role words before the name, then the body before them; "the army chief of staff,
            // Gen. Oumar Diarra": past the person's own title and the comma.
            var i = mentions[p].start - 1
            // ("Qatar's emir, Sheikh Tamim": past an honorific.)
            if i > sentence.lowerBound, mentionAt[i] == nil, tokens[i].isCapitalized, Self.honorifics.contains(tokens[i]) { i -= 1 }
            var pastTitle = i
            // ("Col.-Maj. Amadou Abdramane": a hyphen may join two titles.)
            while pastTitle > sentence.lowerBound, mentions[p].role != nil, mentionAt[pastTitle] == nil,
                  tokens[pastTitle].text == "." || isTitle(tokens[pastTitle]) || (tokens[pastTitle].text == "-" && !tokens[pastTitle].spaceBefore) { pastTitle -= 1 }
            // Only when a comma comes before the title: "…, President X said" keeps its title.
            let commaBeforeTitle = pastTitle < i && pastTitle > sentence.lowerBound && tokens[pastTitle].text == ","
            let roleBeforeTitle = commaBeforeTitle ? roleOfBody(beforeComma: pastTitle, sentence: sentence) : nil
            if commaBeforeTitle, (tokens[pastTitle - 1].kind == .word && mentionAt[pastTitle - 1] == nil) || roleBeforeTitle != nil {
                i = pastTitle
            } else if pastTitle < i, mentions[p].role?.relation == .memberOf, tokens[pastTitle].kind == .word, !tokens[pastTitle].isCapitalized, mentionAt[pastTitle] == nil {
                // "army spokesman Col. X": a rank gives way to the role before it.
                i = pastTitle
            }
            // ("Asked whether he would run against the head of state, he declined": a role before
            // a comma is set off before a name, never before a pronoun.)
            // (Its copula may still give it one: "Born in Western Sahara, he became a spokesman for …".)
            if i >= sentence.lowerBound, tokens[i].text == ",", mentions[p].kind != .name {
                guard opensCopulaRole(at: mentions[p].end, sentence: sentence) else { continue }
                i = sentence.lowerBound - 1
            }
            if i >= sentence.lowerBound, tokens[i].text == "," {
                // (Past a title the comma was read above.)
                if let (body, r) = i == pastTitle && commaBeforeTitle ? roleBeforeTitle : roleOfBody(beforeComma: i, sentence: sentence) {
                    emit(mentions[p].entity, r.relation, mentions[body].entity, sentence: s, rule: "role-of-before-name", span: span(body, p))
                    continue
                }
                i -= 1
            }
            // "Wagner's chief at the time, Yevgeny Prigozhin".
            if i - 2 > sentence.lowerBound, tokens[i].key == "time", tokens[i - 1].key == "the", tokens[i - 2].key == "at" { i -= 3 }
            // "France's ambassador to Niger, Sylvain Itté": past the place the post is in.
            if i > sentence.lowerBound, let place = mentionAt[i], mentions[place].end == i + 1, mentions[place].start >= sentence.lowerBound + 2,
               ["to", "in"].contains(tokens[mentions[place].start - 1].key),
               lexicon.role(in: tokens[(mentions[place].start - 2)..<(mentions[place].start - 1)]) != nil {
                i = mentions[place].start - 2
            }
            var role: RoleEntry? = mentions[p].role
            var roleStart = i + 1
            while i >= sentence.lowerBound, tokens[i].kind == .word || tokens[i].kind == .possessive || tokens[i].text == "-", mentionAt[i] == nil {
                // "Secretary-General": the hyphen belongs to the role.
                if tokens[i].kind == .possessive || tokens[i].text == "-" { i -= 1; continue }
                if role == nil, let (r, start) = lexicon.role(endingAt: i + 1, in: tokens, notBefore: sentence.lowerBound, lengths: 2...3, where: { mentionAt[$0] == nil }) {
                    // "its chief executive, X", "its foreign policy chief, X": a role of several
                    // words, read from its last word, the longest first.
                    role = r
                    roleStart = start
                    i = start
                } else if let (r, len) = lexicon.role(in: tokens[i..<sentence.upperBound]), i + len <= mentions[p].start {
                    // (A longer phrase ending in the title is the title: "Vice President" is no President.)
                    let extendsTitle = role.map { r.phrase.lowercased().hasSuffix(" " + $0.phrase.lowercased()) } ?? false
                    if role == nil || len > 0 { role = role ?? r; if r.relation != .memberOf || role?.relation == .memberOf || extendsTitle { role = r } }
                    roleStart = i
                } else if !["deputy", "senior", "chief", "acting", "interim", "transitional", "military", "former", "top", "press", "foreign", "defense", "defence", "head", "the", "of", "'s", "and", "staff", "state", "general", "affairs", "army",
                            "longtime", "veteran", "new", "current"].contains(tokens[i].key) {
                    break
                }
                i -= 1
            }
            // "senior French envoys and officers, including Gen. Marc Dupont and …".
            if let inc = (sentence.lowerBound..<mentions[p].start).last(where: { tokens[$0].key == "including" }),
               mentions[p].start - inc <= 12, tokens[inc..<mentions[p].start].allSatisfy({ $0.kind != .punctuation || $0.text == "," || $0.text == "." }),
               let body = ms[..<k].last(where: { mentions[$0].end <= inc && inc - mentions[$0].end <= 6 && type($0) == .state }),
               gap(mentions[body].end, inc).contains(where: { ["representatives", "officials", "diplomats", "officers", "delegation", "members", "commanders", "envoys", "generals", "ministers"].contains($0.key) }) {
                emit(mentions[p].entity, .memberOf, mentions[body].entity, sentence: s, rule: "including", span: span(body, p))
                continue
            }
            // "former Nigerien president X": past the state's adjective.
            let beforeRole = roleStart > sentence.lowerBound ? (mentionAt[roleStart - 1].map { mentions[$0].kind == .demonym ? mentions[$0].start : roleStart } ?? roleStart) : roleStart
            if let r = role, beforeRole > sentence.lowerBound,
               // A former leader no longer leads; a deposed one led when the events took place.
               Self.formerWords.contains(tokens[beforeRole - 1]) || (beforeRole >= 2 && tokens[beforeRole - 1].text == "-" && tokens[beforeRole - 2].key == "ex") {
                if r.relation == .leads { continue }
                // ("former prime minister Succès Masra": nor does a former minister serve; what an
                // apposition after the name says still holds.)
                role = nil
            }
            // "Nigerian President X, then chairman of ECOWAS": the title names the state; an
            // apposition after the name may still name a body, so the person is read on.
            var titledInContext = false
            // ("Boko Haram's longtime leader, X": a word of tenure may stand between.)
            // ("Kenya Defence Forces (KDF) spokesman X": past the acronym the name defines.)
            let bodyEnd = roleStart >= sentence.lowerBound + 3 && tokens[roleStart - 1].text == ")" && tokens[roleStart - 2].isAllCaps && tokens[roleStart - 3].text == "("
                ? roleStart - 3 : roleStart
            // ("Borno's governor, X": a governor's region.)
            if let r = role, let body = ms[..<k].last(where: { mentions[$0].end <= bodyEnd
                && (organs.contains(type($0)) || (type($0) == .region && r.phrase.lowercased().hasSuffix("governor")))
                && gap(mentions[$0].end, bodyEnd).allSatisfy { $0.kind == .possessive || Self.tenureWords.contains($0) } }),
               !(mentions[body].kind == .demonym && Self.nationalityRoles.contains(r.phrase.lowercased())) {
                emit(mentions[p].entity, relation(of: r, toward: mentions[body].entity), mentions[body].entity, sentence: s, rule: "title", span: span(body, p))
                // "Gabon coup leader X": the coup is how the state came to be led.
                if r.phrase.hasPrefix("coup "), type(body) == .state {
                    emit(mentions[p].entity, .seizedPowerIn, mentions[body].entity, sentence: s, rule: "title-coup", span: span(body, p))
                }
                titledInContext = true
            }
            // "its spokesman, X": the nearest body before it in the sentence ("Paris recalled its
            // ambassador", "restricted the mission's flights and expelled its spokesman"), else
            // the first one of the sentence before.
            if !titledInContext, let r = role, roleStart > sentence.lowerBound, ["its", "their"].contains(tokens[roleStart - 1].key),
               // ("a warrant was issued in Bamako for its chief executive": not a place named on the way.)
               // ("the PAIGC, the party that led the country …, after its leader X": not a name
               // inside a relative clause that has closed.)
               let body = ms[..<k].last(where: { mentions[$0].end < roleStart && organs.contains(type($0)) && mentions[$0].kind != .demonym && !isPrepositionalObject($0, floor: sentence.lowerBound)
                   && !inClosedRelative($0, before: roleStart) })
                ?? ms[..<k].last(where: { mentions[$0].end < roleStart && organs.contains(type($0)) && mentions[$0].kind != .demonym })
                // ("its chief executive": a firm's post, so a firm of the sentence before comes first.)
                ?? (s > 0 && Self.corporateRoles.contains(r.phrase.lowercased()) ? bySentence[s - 1].first(where: { type($0) == .organization && mentions[$0].kind != .demonym }) : nil)
                // ("Soldiers of Niger's presidential guard detained the president. Their
                // commander, …": a plural's forces before the state they serve.)
                ?? (s > 0 && tokens[roleStart - 1].key == "their" ? bySentence[s - 1].first(where: { [.militaryUnit, .armedGroup].contains(type($0)) && mentions[$0].kind != .demonym }) : nil)
                ?? (s > 0 ? bySentence[s - 1].first(where: { organs.contains(type($0)) && mentions[$0].kind != .demonym }) : nil) {
                emit(mentions[p].entity, r.relation, mentions[body].entity, sentence: s, rule: "its-role", span: ordered(roleStart, mentions[p].end))
                continue
            }
            // "President Salva Kiir … through his security adviser, Tut Gatluak": a head of
            // state's aide serves the state he leads.
            // ("his national security adviser": a qualifier or two may stand between.)
            if !titledInContext, let r = role, let his = (max(sentence.lowerBound, roleStart - 3)..<roleStart).last(where: { Self.personalPossessives.contains(tokens[$0]) }),
               ((his + 1)..<roleStart).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil }),
               let head = ms[..<k].last(where: { type($0) == .person && mentions[$0].end <= his }),
               let state = stateOfHead(head, besides: p)
                ?? (mentions[head].role.map({ $0.relation == .leads && Self.isStateLevel($0) }) == true ? roleState(person: head, sentence: s) : nil) {
                emit(mentions[p].entity, Self.aideRelation(r), state, sentence: s, rule: "aide-of-head", span: span(head, p))
                continue
            }
            // "government spokesman X", "the government's spokesman, X".
            let voiceWord = roleStart > sentence.lowerBound && tokens[roleStart - 1].kind == .possessive ? roleStart - 2 : roleStart - 1
            // "Military spokesman Colonel X": the state word may belong to the role phrase itself.
            let stateVoice = role?.relation == .spokespersonFor
                && (tokens[max(voiceWord, sentence.lowerBound)..<mentions[p].start].contains { Self.stateVoiceWords.contains($0) }
                    || role!.phrase.lowercased().split(separator: " ").contains { Self.stateVoiceWords.contains(String($0)) })
            // "Captain Ibrahim Traoré's Burkina Faso": the state named as the person's is the one he
            // rules, when he is titled or known as its head ("Haftar's Libya" is a rival's claim).
            if let state = stateRuled(byPossessive: p), mentions[p].role != nil || isKnownHead(mentions[p].entity, of: mentions[state].entity) {
                emit(mentions[p].entity, .leads, mentions[state].entity, sentence: s, rule: "persons-state", span: span(p, state))
            }
            // "Mali's Abdoulaye Diop": a person named straight after a possessive state serves it.
            // ("Burkina Faso's Brig. Gen. Célestin Simporé": past a rank, too.)
            let rankOnly = mentions[p].role.map { $0.relation == .memberOf } ?? false
            let possessor = rankOnly ? pastTitle + 1 : mentions[p].start
            if role == nil || rankOnly, !titledInContext, possessor >= sentence.lowerBound + 2, tokens[possessor - 1].kind == .possessive,
               let state = mentionAt[possessor - 2], type(state) == .state {
                // ("Mali's Assimi Goïta", one the lexicon knows as its head, leads it: see
                // ``RelationFinder/promoteKnownHeads()``.)
                emit(mentions[p].entity, .memberOf, mentions[state].entity, sentence: s, rule: "possessive-person", span: span(state, p))
                titledInContext = true
            }
            // "President Mamadou Tandja of Niger": the state named after the name.
            // ("Governor Uba Sani of Kaduna State": a governor's region.)
            if !titledInContext, let r = role, mentions[p].end + 1 < sentence.upperBound, tokens[mentions[p].end].key == "of",
               let state = mentionAt[mentions[p].end + 1], mentions[state].kind != .demonym,
               (Self.isStateLevel(r) && type(state) == .state) || (r.phrase.lowercased().hasSuffix("governor") && type(state) == .region) {
                emit(mentions[p].entity, relation(of: r, toward: mentions[state].entity), mentions[state].entity, sentence: s, rule: "title-of", span: ordered(roleStart, mentions[state].end))
                titledInContext = true
            }
            if !titledInContext, let r = role, Self.isStateLevel(r) || stateVoice,
               let state = (Self.isNationalOffice(r) && lexiconState(ofPerson: mentions[p].entity) == nil ? dominantState : nil) ?? roleState(person: p, sentence: s) {
                emit(mentions[p].entity, relation(of: r, toward: state), state, sentence: s, rule: "title-in-context", span: ordered(roleStart, mentions[p].end))
                titledInContext = true
            }
            // "the transitional government of Colonel X", "the regime of X": the person leads the state.
            if !titledInContext {
                var j = pastTitle
                while j >= sentence.lowerBound, mentionAt[j] == nil, isTitle(tokens[j]) || tokens[j].text == "." { j -= 1 }
                if j - 1 >= sentence.lowerBound, tokens[j].key == "of",
                   ["government", "administration", "regime", "junta", "presidency"].contains(tokens[j - 1].key),
                   let state = roleState(person: p, sentence: s) {
                    emit(mentions[p].entity, .leads, state, sentence: s, rule: "government-of-person", span: ordered((j - 1), mentions[p].end))
                    titledInContext = true
                }
            }
            // "named Colonel Assimi Goita interim president", "was sworn in as president".
            if !titledInContext {
                var j = mentions[p].end
                var namedAfter = false
                // ("was sworn in on Thursday as …": past the date.)
                while j < sentence.upperBound, ["was", "is", "has", "been", "be", "had", "who", "now", "formally", "officially", "sworn", "in", "named", "appointed", "elected", "installed", "proclaimed", "declared", "reappointed", "re-elected", "himself", "herself", "becomes", "became", "become"].contains(tokens[j].key)
                        || (namedAfter && (WordLists.calendar.contains(tokens[j]) || tokens[j].kind == .number || (tokens[j].key == "on" && j + 1 < sentence.upperBound && WordLists.calendar.contains(tokens[j + 1]))))
                        // "takes over as Chief of the Naval Staff".
                        || (j + 2 < sentence.upperBound && Self.takeOverVerbs.contains(tokens[j]) && tokens[j + 1].key == "over" && tokens[j + 2].key == "as") {
                    if ["named", "appointed", "elected", "installed", "proclaimed", "declared", "reappointed", "sworn", "becomes", "became", "become"].contains(tokens[j].key) { namedAfter = true }
                    // (A text may end on the verb: "over" is looked for only when a token follows.)
                    if Self.takeOverVerbs.contains(tokens[j]), j + 1 < sentence.upperBound, tokens[j + 1].key == "over" { namedAfter = true; j += 1 }
                    j += 1
                }
                if j < sentence.upperBound, ["as", "the"].contains(tokens[j].key) { j += 1 }
                // ("sworn in as Guinea-Bissau's transitional president": the state the possessive names.)
                var owner: Int?
                if namedAfter, j + 1 < sentence.upperBound, let m = mentionAt[j], mentions[m].start == j, type(m) == .state, mentions[m].isPossessive,
                   tokens[mentions[m].end].kind == .possessive {
                    owner = mentions[m].entity
                    j = mentions[m].end + 1
                }
                while j < sentence.upperBound, ["interim", "transitional", "acting", "new", "the"].contains(tokens[j].key) { j += 1 }
                let before = tokens[max(sentence.lowerBound, roleStart - 3)..<roleStart]
                if j < sentence.upperBound, mentionAt[j] == nil, let (r, _) = lexicon.role(in: tokens[j..<sentence.upperBound]),
                   Self.isStateLevel(r),
                   namedAfter || before.contains(where: { ["named", "appointed", "elected", "installed", "proclaimed", "declared", "became", "made"].contains($0.key) })
                    || tokens[mentions[p].end..<j].contains(where: { $0.key == "as" }) {
                    let (_, len) = lexicon.role(in: tokens[j..<sentence.upperBound])!
                    let rest = j + len
                    if rest < sentence.upperBound, tokens[rest].key == "of" {
                        // "president of the confederation": only a named body counts.
                        if let body = ms.first(where: { mentions[$0].start > rest && mentions[$0].start <= rest + 2 && organs.contains(type($0)) }) {
                            emit(mentions[p].entity, r.relation, mentions[body].entity, sentence: s, rule: "named-as", span: span(p, body))
                        }
                    } else if let state = owner ?? roleState(person: p, sentence: s) {
                        // ("was named Chief of the Air Staff": a post under the head serves the state.)
                        emit(mentions[p].entity, r.relation, state, sentence: s, rule: "named-as", span: ordered(roleStart, rest))
                    }
                }
            }
            // "Col. Assimi Goita's government": the person leads the state it governs.
            if mentions[p].isPossessive {
                var j = mentions[p].end
                while j < sentence.upperBound, tokens[j].kind == .possessive || ["military", "transitional", "interim", "new"].contains(tokens[j].key) { j += 1 }
                if j < sentence.upperBound, ["government", "administration", "regime", "junta", "cabinet"].contains(tokens[j].key),
                   let state = roleState(person: p, sentence: s) {
                    emit(mentions[p].entity, .leads, state, sentence: s, rule: "persons-government", span: ordered(mentions[p].start, (j + 1)))
                }
            }
            // "Major General Jane Roe of the U.S. Air Force": a member of the body.
            if mentions[p].end + 1 < sentence.upperBound, tokens[mentions[p].end].key == "of" {
                var j = mentions[p].end + 1
                while j < sentence.upperBound, tokens[j].key == "the" { j += 1 }
                if j < sentence.upperBound, let body = mentionAt[j], [.organization, .militaryUnit, .armedGroup].contains(type(body)), mentions[body].start == j {
                    emit(mentions[p].entity, .memberOf, mentions[body].entity, sentence: s, rule: "person-of", span: span(p, body))
                }
            }
            // "P, a researcher at the Sahel Policy Institute" / "P, head of Y".
            let after = mentions[p].end
            // A titled person's apposition must open at once ("X, then chairman of …"), not after
            // a verb ("X, had talks with Russian President Y").
            // ("X, who is also the government's spokesman": a relative that only says what X is.)
            let relativeRole = after + 3 < sentence.upperBound && tokens[after + 1].key == "who" && ["is", "was"].contains(tokens[after + 2].key)
            // ("He became a spokesman for MUJAO", "X is the head of Y": a copula sets off a role as
            // a comma does.)
            let copulaRole = opensCopulaRole(at: after, sentence: sentence)
            // "X, one of AQIM's most senior commanders", "one of the leaders of the CSP": one of
            // a body's officers is a member of it.
            if let body = bodyOfOneOfOfficers(after: after, sentence: sentence) {
                emit(mentions[p].entity, .memberOf, mentions[body].entity, sentence: s, rule: "one-of-officers", span: span(p, body))
            }
            if after < sentence.upperBound, tokens[after].text == "," || copulaRole, !titledInContext || relativeRole || copulaRole || (after + 1 < sentence.upperBound
                && (["then", "now", "also", "currently", "the", "a", "an", "formerly"].contains(tokens[after + 1].key)
                    || lexicon.role(in: tokens[(after + 1)..<sentence.upperBound]) != nil)) {
                var j = relativeRole ? after + 3 : after + 1
                var foundRole: RoleEntry?
                var earlierRoles: [RoleEntry] = []
                var organBefore: Int?
                // ("X, the government's spokesman": the state the report's government is.)
                var governmentBefore: Int?
                var roleOfPlace = false
                while j < sentence.upperBound, j - after < Self.appositionReach || (j - after < Self.appositionReach + 4 && foundRole != nil
                        && ((j - 4)..<j).contains(where: { tokens[$0].key == "and" })), tokens[j].text != "," || foundRole == nil {
                    if mentionAt[j] == nil, var (r0, len) = lexicon.role(in: tokens[j..<sentence.upperBound]) {
                        // ("X, the president's uncle": a role in the possessive is someone else's.)
                        if j + len < sentence.upperBound, tokens[j + len].kind == .possessive { j += len + 1; continue }
                        // "the UN's chief spokesman": the last role of a compound is its head.
                        // ("Chadema's deputy chairman": a deputy of the head serves.)
                        var deputy = false
                        if j + len < sentence.upperBound, mentionAt[j + len] == nil, tokens[j + len].kind == .word, !tokens[j + len].isCapitalized,
                           let (next, nextLength) = lexicon.role(in: tokens[(j + len)..<sentence.upperBound]) {
                            deputy = Self.deputyWords.contains(r0.phrase.lowercased())
                            j += len
                            (r0, len) = (next, nextLength)
                        }
                        var r = r0
                        if deputy { r.relation = .memberOf }
                        // "foreign policy chief", "army chief": heads a part, serves the whole.
                        // ("a former head of": a former holder, whom the check below drops.)
                        if r.relation == .leads, ["chief", "head"].contains(r.phrase), j > after + 1, tokens[j - 1].kind == .word,
                           // ("the army chief and head of the Sovereignty Council": a second role.)
                           !["the", "a", "an", ",", "and", "then", "now", "also", "currently", "acting", "interim", "former", "ex", "late"].contains(tokens[j - 1].key), mentionAt[j - 1] == nil {
                            r.relation = .memberOf
                        }
                        // "P, a former Nigerian head of state": a former leader no longer leads,
                        // nor does "a former health minister" serve.
                        // (Nor is the body before it that of a later role: "X, the former Nigerian
                        // president, as its special envoy".)
                        if tokens[max(after + 1, j - 3)..<j].contains(where: { Self.formerWords.contains($0) }) {
                            organBefore = nil; governmentBefore = nil; j += len; continue
                        }
                        // "Mody, Mali's Gen. Sadio Camara and …": the title of the next name in a
                        // list, not an apposition to P.
                        if tokens[j].isCapitalized, let next = mentionAt[pastTitles(from: j + len, limit: sentence.upperBound)], type(next) == .person {
                            // ("X, President Donald Trump's senior adviser": the title of the head
                            // whose aide X is; see below.)
                            if foundRole == nil, mentions[next].isPossessive, let state = stateOfHead(next, besides: p) {
                                governmentBefore = state; j = mentions[next].end + 1; continue
                            }
                            // ("X, an adviser to President Bola Tinubu".)
                            if let r = foundRole, tokens[j - 1].key == "to", let state = stateOfHead(next, besides: p) {
                                emit(mentions[p].entity, Self.aideRelation(r), state, sentence: s, rule: "aide-to-head", span: span(p, next))
                            }
                            break
                        }
                        // ("P, the communication minister and government spokesman": each role.)
                        // ("… the minister of territorial administration and the government's spokesman".)
                        if let earlier = foundRole, (max(after, j - 4)..<j).contains(where: { tokens[$0].key == "and" }) { earlierRoles.append(earlier) }
                        foundRole = r
                        // "P, the EU's foreign policy chief": the body came first.
                        if let organ = organBefore {
                            emit(mentions[p].entity, relation(of: r, toward: mentions[organ].entity), mentions[organ].entity, sentence: s, rule: "apposition", span: ordered(mentions[p].start, (j + len)))
                            break
                        }
                        if let state = governmentBefore {
                            emit(mentions[p].entity, relation(of: r, toward: state), state, sentence: s, rule: "government-role", span: ordered(mentions[p].start, (j + len)))
                            break
                        }
                        j += len; continue
                    }
                    if foundRole == nil, mentionAt[j] == nil, j + 1 < sentence.upperBound, tokens[j + 1].kind == .possessive,
                       WordLists.governmentNouns.contains(tokens[j]) || tokens[j].key == "presidency", let state = juntaState ?? dominantState {
                        governmentBefore = state; j += 2; continue
                    }
                    // ("X, President Donald Trump's senior adviser": one who serves a head of state
                    // the lexicon knows serves the state.)
                    if foundRole == nil, let m = mentionAt[j], mentions[m].isPossessive, let state = stateOfHead(m, besides: p) {
                        governmentBefore = state; j = mentions[m].end + 1; continue
                    }
                    if foundRole == nil, let m = mentionAt[j], organs.contains(type(m)), mentions[m].isPossessive || mentions[m].kind == .demonym
                        || (mentions[m].end < sentence.upperBound && lexicon.role(in: tokens[mentions[m].end..<sentence.upperBound]) != nil) {
                        organBefore = m; j = mentions[m].end; continue
                    }
                    // ("X, an adviser to Tinubu": the head's aide serves his state.)
                    if let m0 = mentionAt[j], let r = foundRole, tokens[j - 1].key == "to", let state = stateOfHead(m0, besides: p) {
                        emit(mentions[p].entity, Self.aideRelation(r), state, sentence: s, rule: "aide-to-head", span: span(p, m0))
                        break
                    }
                    if let m0 = mentionAt[j], organs.contains(type(m0)), let r = foundRole {
                        // "commander of Niger's Presidential Guard": the organ, not the state.
                        let m = mentions[m0].isPossessive ? officeOrOrgan(after: m0) ?? m0 : m0
                        // ("the head of Turkey's intelligence agency": heads an organ the text does
                        // not name, so serves the state.)
                        // ("the head of Turkish intelligence": after a demonym too.)
                        let unnamedOrgan = m == m0 && (mentions[m0].isPossessive || mentions[m0].kind == .demonym) && type(m0) == .state && describesUnnamedOrgan(after: m0)
                        emit(mentions[p].entity, unnamedOrgan ? .memberOf : relation(of: r, toward: mentions[m].entity), mentions[m].entity, sentence: s, rule: "apposition", span: span(p, m))
                        break
                    }
                    if tokens[j].text == "," && foundRole != nil { break }
                    // "P, president of the breakaway region of Somaliland": the role is of a place
                    // no rule lets a person lead, so the context's state is not what P leads.
                    if foundRole != nil, let m = mentionAt[j], type(m) == .region, tokens[j - 1].key == "of" { roleOfPlace = true; break }
                    // "P, the former prime minister who leads Y": the relative clause says its own thing
                    // (the leader rules read it).
                    // ("… the army commander who also chairs the Sovereignty Council": past an adverb.)
                    if foundRole != nil, ["who", "which", "that"].contains(tokens[j].key) {
                        var verb = j + 1
                        if verb < sentence.upperBound, Self.relativeAdverbs.contains(tokens[verb]) { verb += 1 }
                        if verb < sentence.upperBound, cues[verb].contains(.leaderVerb) { break }
                    }
                    j += 1
                }
                // "P, the government spokesman", "the spokesman for the armed forces": the state's voice.
                let governmentVoice = foundRole?.relation == .spokespersonFor
                    && tokens[(after + 1)..<min(j, sentence.upperBound)].contains { ["government", "military", "junta", "presidency", "army", "armed"].contains($0.key) }
                if let r = foundRole, organBefore == nil, !roleOfPlace, Self.isStateLevel(r) || governmentVoice, j >= sentence.upperBound || tokens[j].text == "," || tokens[j].text == ".",
                   let state = roleState(person: p, sentence: s),
                   case let held = relation(of: r, toward: state),
                   // (Unless a rule has already placed P in a body by the same relation.)
                   !found.reversed().prefix(while: { $0.sentence == s }).contains(where: { $0.source == mentions[p].entity && $0.type == held }) {
                    emit(mentions[p].entity, held, state, sentence: s, rule: "apposition-in-context", span: ordered(mentions[p].start, j))
                    for earlier in earlierRoles where Self.isStateLevel(earlier) && relation(of: earlier, toward: state) != held {
                        emit(mentions[p].entity, relation(of: earlier, toward: state), state, sentence: s, rule: "apposition-in-context", span: ordered(mentions[p].start, j))
                    }
                }
            }
        }
    }

    /// The document's state that the person of mention `m` (not `p`'s own) heads by the lexicon:
    /// whose aide `p` is ("Trump's senior adviser", "an adviser to Tinubu").
    func stateOfHead(_ m: Int, besides p: Int) -> Int? {
        guard type(m) == .person, mentions[m].entity != mentions[p].entity else { return nil }
        return headedState(by: mentions[m].entity)
    }

    /// What an aide of a head of state is to the state: the role's own relation, but one who
    /// "heads" a post under the head ("chief of staff to …") serves.
    static func aideRelation(_ role: RoleEntry) -> RelationType { role.relation == .leads ? .memberOf : role.relation }

    /// "a stronghold of Katiba Macina, a jihadist group led by …": the words from mention `m` to
    /// `t` are an apposition about it (a comma, an article, lower-case words), so `m` is what the
    /// participle at `t` speaks of even when `m` itself follows a preposition.
    func headsApposition(_ m: Int, reaching t: Int) -> Bool {
        let e = mentions[m].end
        guard e + 2 < t, t - e <= 6, tokens[e].text == ",", ["a", "an", "the"].contains(tokens[e + 1].key) else { return false }
        // ("an Islamist movement led by": an adjective of creed or people may be capitalized.)
        return ((e + 2)..<t).allSatisfy { tokens[$0].kind == .word && mentionAt[$0] == nil }
    }

    /// "Boko Haram, then united under Abubakar Shekau, …", "JNIM, formed in 2017 under the Tuareg
    /// leader Iyad Ag Ghaly", "Under his successor, Musa Baluku, the ADF …": the armed group of an
    /// apposition, or the subject after a fronted phrase, is led by the person named after
    /// "under". (States are read through their known heads; "under pressure from X" names no
    /// leader, for only titles, determiners and common words may stand before the person.)
    /// - Complexity: O(*w* + *m*) per "under" in the sentence.
    func findLeadersUnder(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for u in sentence where isUnder(u) && u + 1 < sentence.upperBound {
            // (Past a demonym: "under the Malian Tuareg leader Iyad Ag Ghaly".)
            guard let leader = ms.first(where: { mentions[$0].start > u && mentions[$0].kind != .demonym }), type(leader) == .person,
                  mentions[leader].start - u <= 8,
                  ((u + 1)..<mentions[leader].start).allSatisfy({ k in
                      if let m = mentionAt[k] { return mentions[m].kind == .demonym }
                      return tokens[k].text == "," || tokens[k].text == "."
                          || (tokens[k].kind == .word && (!tokens[k].isCapitalized || isTitle(tokens[k]) || Self.creedOrPeopleWords.contains(tokens[k]))) }),
                  !((u + 1)..<mentions[leader].start).contains(where: { Self.notLeadingUnder.contains(tokens[$0]) }) else { continue }
            // "Nigerian troops under Colonel X", "Chad's soldiers under General X": an officer who
            // commands a state's forces serves the state.
            if let forces = ms.last(where: { mentions[$0].end <= u }), type(forces) == .state, mentions[leader].role != nil,
               mentions[forces].end < u, u - mentions[forces].end <= 2,
               tokens[mentions[forces].end..<u].allSatisfy({ WordLists.forceNouns.contains($0) || $0.kind == .possessive }),
               tokens[mentions[forces].end..<u].contains(where: { WordLists.forceNouns.contains($0) }) {
                emit(mentions[leader].entity, .memberOf, mentions[forces].entity, sentence: s, rule: "forces-under-officer", span: span(forces, leader))
                continue
            }
            var group: Int?
            if u == sentence.lowerBound {
                group = bodyAfterOpeningPhrase(endingWith: leader, opener: u, in: sentence, ms)
            } else if let before = ms.last(where: { mentions[$0].end <= u }) {
                // An apposition set off after the group: "Boko Haram, then united under …",
                // "… (JNIM), formed in March 2017 under …" (past an acronym and a date).
                let comma = tokens[mentions[before].end].text == ")" ? mentions[before].end + 1 : mentions[before].end
                if comma < u, tokens[comma].text == ",", u - comma <= 6,
                   ((comma + 1)..<u).allSatisfy({ (tokens[$0].kind == .word && (!tokens[$0].isCapitalized || WordLists.calendar.contains(tokens[$0]))) || tokens[$0].kind == .number }) {
                    group = before
                }
            }
            guard let group, type(group) == .armedGroup, !mentions[group].isPossessive else { continue }
            emit(mentions[leader].entity, .leads, mentions[group].entity, sentence: s, rule: "under-leader", span: span(group, leader))
        }
    }

    /// Nouns for a body's unnamed teams: "the EU's observation mission, led by X".
    static let ownedTeamNouns: WordSet = ["mission", "missions", "team", "teams", "commission", "committee", "panel", "inquiry", "contingent", "battalion"]

    /// Words after "under" that make the person no leader: "under pressure from X", "under a deal with X".
    static let notLeadingUnder: WordSet = ["pressure", "deal", "agreement", "accord", "sanctions", "investigation", "threat", "orders", "arrest", "house", "custody", "guard", "protection", "from", "with", "by", "against"]
    /// Capitalized words of creed or people that may qualify a leader: "the Malian Tuareg leader".
    static let creedOrPeopleWords: WordSet = ["tuareg", "fulani", "arab", "islamist", "jihadist", "salafist", "muslim", "christian"]

    /// "Led by Iyad Ag Ghaly, JNIM …", "Under its new emir, X, the ADF …": a phrase opening the
    /// sentence at `opener` and ending with the person `leader` qualifies the body named straight
    /// after its comma. Nil when the phrase does not open the sentence or no body follows.
    func bodyAfterOpeningPhrase(endingWith leader: Int, opener t: Int, in sentence: Range<Int>, _ ms: [Int]) -> Int? {
        guard t == sentence.lowerBound,
              let comma = (mentions[leader].end..<min(sentence.upperBound, mentions[leader].end + 6)).first(where: { tokens[$0].text == "," }),
              let body = ms.first(where: { mentions[$0].start > comma }), mentions[body].start <= comma + 2,
              ((comma + 1)..<mentions[body].start).allSatisfy({ isDeterminer($0) }), Self.bodies.contains(type(body)) else { return nil }
        return body
    }

    /// Nouns a demonym may qualify in a description of a body: "a South African company".
    static let qualifiedBodyNouns: WordSet = componentNouns.union(WordLists.companyNouns).union(WordLists.nonprofitNouns).union(["group", "movement"])

    /// "Katiba Macina, the JNIM component led by Amadou Koufa": a name that only qualifies a
    /// component noun of an apposition ("the JNIM component") is not what is led; the
    /// apposition's head is. Nil when `m` is no such qualifier.
    /// ("the Dyck Advisory Group (DAG), a South African company run by Lionel Dyck": so is a
    /// demonym that qualifies a firm or a group, past the holder's bracketed acronym.)
    func componentHolder(modifiedBy m: Int, reaching t: Int, in sentence: Range<Int>) -> Int? {
        let start = mentions[m].start
        let heads = mentions[m].kind == .demonym ? Self.qualifiedBodyNouns : Self.componentNouns
        guard mentions[m].end < t, t - mentions[m].end <= 3, !mentions[m].isPossessive,
              tokens[mentions[m].end..<t].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
              tokens[mentions[m].end..<t].contains(where: { heads.contains($0) }),
              start >= sentence.lowerBound + 3, ["the", "a", "an"].contains(tokens[start - 1].key), tokens[start - 2].text == "," else { return nil }
        return body(endingAt: start - 3, floor: sentence.lowerBound)
    }

    /// "Katiba Macina, a group led by the preacher Amadou Koufa", "the CNSP, which is headed by
    /// General Tiani": the agent leads the body before it.
    func findPassiveLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let bodies = Self.bodies
        for t in sentence where cues[t].contains(.passiveLeader) {
            // "ruled respectively by X and Y": the i-th body by the i-th leader.
            var by = t + 1
            let respectively = by < sentence.upperBound && tokens[by].key == "respectively"
            if respectively { by += 1 }
            // ("the court, presided over by Judge X".)
            if tokens[t].key == "presided", by < sentence.upperBound, tokens[by].key == "over" { by += 1 }
            by = afterDate(from: by, in: sentence)
            let relative = relativePassiveAntecedent(of: t, floor: sentence.lowerBound)
            guard by < sentence.upperBound, tokens[by].key == "by",
                  let leader = ms.first(where: { mentions[$0].start > by && mentions[$0].start <= by + 7 && type($0) == .person }),
                  // "headed by his son, Gen. X".
                  // ("chaired by Nigeria's President Bola Tinubu": the leader's own state and title.)
                  ((by + 1)..<mentions[leader].start).allSatisfy({ k in
                      (tokens[k].kind == .word || tokens[k].kind == .possessive || [",", "."].contains(tokens[k].text))
                          && (mentionAt[k] == nil || (type(mentionAt[k]!) == .state && (mentions[mentionAt[k]!].isPossessive || mentions[mentionAt[k]!].kind == .demonym))) }),
                  // ("the UN-recognised government, led by …": a name in a compound adjective is no body.)
                  let nearest = relative ?? ms.last(where: { mentions[$0].end <= t && bodies.contains(type($0)) && !isCompoundModifier($0)
                      && (!isPrepositionalObject($0, floor: sentence.lowerBound) || headsApposition($0, reaching: t)) })
                      ?? bodyAfterOpeningPhrase(endingWith: leader, opener: t, in: sentence, ms)
            else { continue }
            // "MINUSCA, the UN's mission in the country, … and is led by X": a finite passive
            // takes the clause's subject, past its appositions; "the government, led by X" the
            // body just before.
            var body = componentHolder(modifiedBy: nearest, reaching: t, in: sentence) ?? nearest
            if relative == nil, t > sentence.lowerBound, ["is", "was", "are", "were", "been"].contains(tokens[t - 1].key),
               let subject = subjects(before: t - 1, clause: clause(around: t, in: sentence), types: bodies, in: ms).first {
                body = subject
            }
            // ("a South African company run by X" with no name before it: the firm goes unnamed.)
            if mentions[body].kind == .demonym, mentions[body].end < t, tokens[mentions[body].end..<t].contains(where: { Self.qualifiedBodyNouns.contains($0) }) { continue }
            // ("Burkina Faso and Niger, led by Capt. X and Gen. Y": a list led by a list as long
            // pairs them in order too.)
            let leaders = objects(after: by, clause: clause(around: t, in: sentence), types: [.person], markers: Markers.direct, in: ms)
            if leaders.count > 1 {
                let ruled = subjects(before: mentions[body].end, clause: clause(around: mentions[body].start, in: sentence), types: bodies, in: ms).reversed()
                if leaders.count == ruled.count {
                    for (l, b) in zip(leaders, ruled) {
                        emit(mentions[l].entity, .leads, mentions[b].entity, sentence: s, rule: respectively ? "led-by-respectively" : "led-by-pairs",
                             span: span(b, l))
                    }
                    continue
                }
            }
            // "The EU's observation mission, led by X", "Nigeria's delegation, led by X": the
            // possessor owns the unnamed body that is led; a state's envoy serves the state.
            if mentions[body].isPossessive, mentions[body].end < t,
               tokens[mentions[body].end..<t].contains(where: { Self.ownedTeamNouns.contains($0) || RelationFinder.envoyNouns.contains($0) }) {
                if type(body) == .state {
                    emit(mentions[leader].entity, .memberOf, mentions[body].entity, sentence: s, rule: "led-by-envoys", span: span(body, leader))
                }
                continue
            }
            // "A Nigerian delegation led by X": X leads the delegation and serves the state.
            if type(body) == .state, mentions[body].kind == .demonym, mentions[body].end < t,
               tokens[mentions[body].end..<t].contains(where: { RelationFinder.envoyNouns.contains($0) || WordLists.armedPeople.contains($0) }) {
                emit(mentions[leader].entity, .memberOf, mentions[body].entity, sentence: s, rule: "led-by-envoys", span: span(body, leader))
                continue
            }
            emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "led-by", span: span(body, leader))
        }
    }

    /// "a spokesman for the RSF, which is commanded by X": the body a relative clause's passive
    /// is about, even as a preposition's object (which a body led by someone rarely is otherwise).
    func relativePassiveAntecedent(of t: Int, floor: Int) -> Int? {
        var k = t - 1
        if k > floor, tokens[k].key == "been", ["has", "had"].contains(tokens[k - 1].key) { k -= 1 }
        else { guard k > floor, ["is", "was"].contains(tokens[k].key) else { return nil } }
        k -= 1
        guard k - 1 > floor, tokens[k].key == "which", tokens[k - 1].text == "," else { return nil }
        return body(endingAt: k - 2, floor: floor)
    }

    /// "Tchiani proclaimed himself head of the CNSP", "declared himself president": the
    /// person leads the body named, else the state.
    func findSelfProclaimed(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.reflexive) && t > sentence.lowerBound + 1 && t + 1 < sentence.upperBound {
            guard ["proclaimed", "declared", "named", "installed", "made", "appointed"].contains(tokens[t - 1].key),
                  let (role, length) = lexicon.role(in: tokens[(t + 1)..<sentence.upperBound]), role.relation == .leads else { continue }
            let clause = clause(around: t, in: sentence)
            guard let person = subjects(before: t - 1, clause: clause, types: [.person], in: ms).first else { continue }
            let rest = t + 1 + length
            if rest < sentence.upperBound, tokens[rest].key == "of" {
                if let body = ms.first(where: { mentions[$0].start > rest && mentions[$0].start <= rest + 2 && Self.bodies.contains(type($0)) }) {
                    emit(mentions[person].entity, .leads, mentions[body].entity, sentence: s, rule: "proclaimed-head", span: span(person, body))
                }
            } else if Self.isStateLevel(role), let state = roleState(person: person, sentence: s) {
                emit(mentions[person].entity, .leads, state, sentence: s, rule: "proclaimed-head", span: ordered(mentions[person].start, rest))
            }
        }
    }

    /// "FACT, whose leader, Mahamat Mahdi Ali, …", "the group, whose founder X": the person
    /// leads the body. And the other way round: "Haftar, whose Libyan National Army …".
    func findWhoseLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where tokens[t].key == "whose" && t > sentence.lowerBound + 1 {
            // "Mokhtar Belmokhtar, the Algerian veteran whose brigade, Those Who Sign in Blood,
            // stormed …": the group named after the noun is the person's.
            if t + 3 < sentence.upperBound, Self.ownGroupNouns.contains(tokens[t + 1]), tokens[t + 2].text == ",",
               let body = mentionAt[t + 3], mentions[body].start == t + 3, [.organization, .militaryUnit, .armedGroup].contains(type(body)),
               let person = ms.last(where: { mentions[$0].end <= t && type($0) == .person }),
               !ms.contains(where: { mentions[$0].start >= mentions[person].end && mentions[$0].end <= t && mentions[$0].kind != .demonym }) {
                emit(mentions[person].entity, .leads, mentions[body].entity, sentence: s, rule: "whose-group", span: span(person, body))
                continue
            }
            guard tokens[t - 1].text == "," else { continue }
            // "Khalifa Haftar, whose Libyan National Army holds the east": the person's own force or body.
            if let person = mentionAt[t - 2], type(person) == .person, t + 1 < sentence.upperBound, let body = mentionAt[t + 1],
               [.organization, .militaryUnit, .armedGroup].contains(type(body)) {
                emit(mentions[person].entity, .leads, mentions[body].entity, sentence: s, rule: "whose-force", span: span(person, body))
                continue
            }
            guard let body = mentionAt[t - 2], Self.bodies.contains(type(body)), t + 1 < sentence.upperBound,
                  let (role, length) = lexicon.role(in: tokens[(t + 1)..<sentence.upperBound]), role.relation == .leads || role.relation == .spokespersonFor
            else { continue }
            var j = t + 1 + length
            // ("whose managing director is X": a copula may stand for the comma.)
            if j < sentence.upperBound, tokens[j].text == "," || ["is", "was"].contains(tokens[j].key) { j += 1 }
            j = pastTitles(from: j, limit: sentence.upperBound)
            guard j < sentence.upperBound, let person = mentionAt[j], type(person) == .person else { continue }
            emit(mentions[person].entity, role.relation, mentions[body].entity, sentence: s, rule: "whose-role", span: span(body, person))
        }
    }

    /// The body whose officers an apposition at `after` counts the person among: ", one of
    /// AQIM's commanders", ", one of the most senior leaders of the CSP" (a body or a state,
    /// before the plural noun with "'s" or after it with "of").
    func bodyOfOneOfOfficers(after: Int, sentence: Range<Int>) -> Int? {
        guard after + 4 < sentence.upperBound, tokens[after].text == ",", tokens[after + 1].key == "one", tokens[after + 2].key == "of" else { return nil }
        let end = ((after + 3)..<min(sentence.upperBound, after + 10)).first { tokens[$0].text == "," || cues[$0].contains(.clauseBoundary) } ?? min(sentence.upperBound, after + 10)
        guard let noun = ((after + 3)..<end).first(where: { Self.officerPlurals.contains(tokens[$0]) }) else { return nil }
        if let owner = ((after + 3)..<noun).compactMap({ mentionAt[$0] }).last, mentions[owner].isPossessive, Self.bodies.contains(type(owner)) { return owner }
        guard noun + 2 < end, tokens[noun + 1].key == "of" else { return nil }
        var j = noun + 2
        while j < end, mentionAt[j] == nil, isDeterminer(j) { j += 1 }
        guard j < end, let body = mentionAt[j], mentions[body].start == j, Self.bodies.contains(type(body)), mentions[body].kind != .demonym else { return nil }
        return body
    }

    /// Plural nouns for a body's officers: "one of its commanders".
    static let officerPlurals: WordSet = ["commanders", "leaders", "officials", "officers", "lieutenants", "founders", "ideologues", "emirs", "generals", "ministers", "deputies", "aides", "advisers", "advisors"]

    /// Nouns for the group a person leads, named after "whose": "whose brigade, X,".
    static let ownGroupNouns: WordSet = ["brigade", "group", "movement", "militia", "faction", "battalion", "katiba", "organisation", "organization", "party", "force", "network"]

    /// "His younger brother, Jafar Dicko, took over the leadership of Ansaroul Islam", "X assumed
    /// command of the 3rd Division": one who takes over a body's leadership leads it. The person
    /// is the last one named before the verb, with no body between them.
    ///
    /// - Complexity: O(*m*) per leadership noun in the sentence.
    func findLeadershipTaken(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.leadership) && t + 2 < sentence.upperBound && t - 1 > sentence.lowerBound && tokens[t + 1].key == "of" {
            // The verb before: "took (over) the", "assumed", "inherited the".
            var v = t - 1
            if ["the", "its", "their"].contains(tokens[v].key) { v -= 1 }
            if v > sentence.lowerBound, tokens[v].key == "over" { v -= 1 }
            guard Self.leadershipTakingVerbs.contains(tokens[v]) else { continue }
            var o = t + 2
            if o < sentence.upperBound, tokens[o].key == "the" { o += 1 }
            guard o < sentence.upperBound, let body = mentionAt[o], mentions[body].start == o, Self.bodies.contains(type(body)), type(body) != .state,
                  let person = ms.last(where: { mentions[$0].end <= v && type($0) == .person }),
                  !ms.contains(where: { mentions[$0].start >= mentions[person].end && mentions[$0].end <= v }) else { continue }
            emit(mentions[person].entity, .leads, mentions[body].entity, sentence: s, rule: "took-leadership", span: span(person, body))
        }
    }

    /// "Khalifa Haftar ordered his Libyan National Army to advance": the force a person calls
    /// his own, named straight after "his" (or "his own"), is the one he leads; the person is the
    /// last one named before it in the sentence. Not "his Wagner allies": a partner named so.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findOwnForces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // (Not "soldiers of his own Presidential Guard": a guard protects its head, and writers
        // do not code him as leading it.)
        for t in sentence where cues[t].contains(.personalPossessive) && t > sentence.lowerBound && tokens[t - 1].key != "of" {
            var o = t + 1
            if o < sentence.upperBound, tokens[o].key == "own" { o += 1 }
            guard o < sentence.upperBound, let force = mentionAt[o], mentions[force].start == o, mentions[force].kind == .name,
                  [.armedGroup, .militaryUnit].contains(type(force)), !mentions[force].isPossessive, tokens[mentions[force].end - 1].key != "guard",
                  let person = ms.last(where: { mentions[$0].end <= t && type($0) == .person }) else { continue }
            // (Past the acronym the name defines: "his Libyan National Army (LNA)".)
            let after = endPastAcronym(of: force, limit: sentence.upperBound)
            guard after >= sentence.upperBound || !Self.nonOwnForceNouns.contains(tokens[after]) else { continue }
            emit(mentions[person].entity, .leads, mentions[force].entity, sentence: s, rule: "his-force", span: span(person, force))
        }
    }

    /// "his", "her": a person's own aide or force.
    static let personalPossessives: WordSet = ["his", "her"]

    /// Nouns that make a force named after "his" a partner, not his own: "his Wagner allies".
    static let nonOwnForceNouns: WordSet = ["allies", "ally", "partners", "partner", "backers", "backer", "rivals", "rival", "enemies", "enemy", "foes", "mercenaries", "counterparts"]

    /// Nouns for a body's leadership that one takes over: "the leadership of", "command of",
    /// "charge of".
    static let leadershipNouns: WordSet = ["leadership", "command", "helm", "charge"]
    /// Verbs of taking it: "took over the leadership of", "assumed command of".
    static let leadershipTakingVerbs: WordSet = ["took", "takes", "take", "taking", "assumed", "assumes", "assume", "assuming", "inherited", "inherits"]

    /// "the National Council (CNSP), which he heads", "the FSNC, the party he founded and
    /// leads", "the CNRD, a body Doumbouya still chairs": the subject of a relative clause (or of
    /// a description's clause) on a body leads it. A pronoun stands for the nearest person named
    /// before, in this sentence or the one before.
    func findRelativeLeaders(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.leaderVerb) && t - 2 > sentence.lowerBound {
            // Back over adverbs and a first verb: "still chairs", "founded and leads".
            var k = t - 1
            while k > sentence.lowerBound, Self.relativeAdverbs.contains(tokens[k]) { k -= 1 }
            if k - 1 > sentence.lowerBound, tokens[k].key == "and", cues[k - 1].contains(.leaderVerb) || Self.foundingVerbs.contains(tokens[k - 1]) { k -= 2 }
            // The clause's subject: "he", "she" or a person's name.
            let named = mentionAt[k].flatMap { type($0) == .person && mentions[$0].end == k + 1 && !mentions[$0].isPossessive ? $0 : nil }
            guard named != nil || ["he", "she"].contains(tokens[k].key) else { continue }
            var j = (named.map { mentions[$0].start } ?? k) - 1
            let relative = j > sentence.lowerBound && ["which", "that"].contains(tokens[j].key)
            if relative {
                j -= 1
            } else {
                // A description set off after the body: ", the party", ", a body".
                var d = j
                while d > sentence.lowerBound, j - d < 4, tokens[d].kind == .word, !tokens[d].isCapitalized, mentionAt[d] == nil, !isDeterminer(d) { d -= 1 }
                guard d < j, d > sentence.lowerBound + 1, ["the", "a", "an"].contains(tokens[d].key), tokens[d - 1].text == "," else { continue }
                j = d - 1
            }
            if j >= sentence.lowerBound, tokens[j].text == "," { j -= 1 }
            if j >= sentence.lowerBound, tokens[j].text == ")", let open = (max(sentence.lowerBound, j - 6)..<j).last(where: { tokens[$0].text == "(" }) { j = open - 1 }
            guard j >= sentence.lowerBound, let body = mentionAt[j], Self.bodies.contains(type(body)), type(body) != .state else { continue }
            let leader = named ?? ms.last(where: { mentions[$0].end <= mentions[body].start && type($0) == .person })
                ?? (s > 0 ? bySentence[s - 1].last(where: { type($0) == .person }) : nil)
            guard let leader else { continue }
            emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "which-he-leads", span: ordered(mentions[body].start, (t + 1)))
        }
    }

    /// "Déby took power at the head of a Transitional Military Council", "the Presidential Guard
    /// of General Tiani", "General Tiani and his CNSP": a person at the head of a body, or whose
    /// body a body is, leads it.
    func findBodiesHeaded(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for person in ms where type(person) == .person && !mentions[person].isPossessive && mentions[person].kind == .name {
            guard mentions[person].end + 2 < sentence.upperBound, let body = mentionAt[mentions[person].end + 2], isOwnBody(body, of: person) else { continue }
            emit(mentions[person].entity, .leads, mentions[body].entity, sentence: s, rule: "and-his-body", span: span(person, body))
        }
        let headed: EntityTypes = [.organization, .militaryUnit, .armedGroup, .alliance]
        for t in sentence where cues[t].contains(.head) && t >= sentence.lowerBound + 2 && t + 2 < sentence.upperBound
            && tokens[t - 1].key == "the" && tokens[t - 2].key == "at" && tokens[t + 1].key == "of" {
            var j = t + 2
            while j < sentence.upperBound, mentionAt[j] == nil, isDeterminer(j) { j += 1 }
            guard j < sentence.upperBound, let body = mentionAt[j], mentions[body].start == j, headed.contains(type(body)) else { continue }
            let clause = clause(around: t, in: sentence)
            for leader in subjects(before: t - 2, clause: clause, types: [.person], in: ms) {
                emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "at-the-head-of", span: span(leader, body))
            }
        }
        for body in ms where [.organization, .militaryUnit].contains(type(body)) && !mentions[body].isPossessive && mentions[body].kind == .name {
            var of = mentions[body].end
            // ("the Government of National Unity (GNU) of Prime Minister Dbeibah": past its acronym.)
            if of + 3 < sentence.upperBound, tokens[of].text == "(", tokens[of + 2].text == ")", mentionAt[of + 1].map({ mentions[$0].entity == mentions[body].entity }) == true { of += 3 }
            guard of + 1 < sentence.upperBound, tokens[of].key == "of" else { continue }
            // (Past a title of several words: "of Prime Minister Abdul Hamid Dbeibah".)
            let title = tokens[of + 1].isCapitalized ? lexicon.role(in: tokens[(of + 1)..<sentence.upperBound]).map { $0.0.position != .role ? $0.length : 0 } ?? 0 : 0
            let j = pastTitles(from: of + 1 + title, limit: sentence.upperBound)
            // "the Presidential Guard of General Tiani", "the National Alliance for Change of
            // Jean-Pierre Fabre": a person's full name, or one past a title.
            guard j < sentence.upperBound, let leader = mentionAt[j], mentions[leader].start == j, type(leader) == .person,
                  j > of + 1 || mentions[leader].end - j >= 2 else { continue }
            emit(mentions[leader].entity, .leads, mentions[body].entity, sentence: s, rule: "body-of-titled-person", span: span(body, leader))
        }
    }

    /// "Hemedti was in Moscow last week": a person staying in a town of another state visits it.
    /// Only a named person right before "was in", a town right after, and a home state that differs.
    func findStays(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.stay) && t > sentence.lowerBound && t + 2 < sentence.upperBound && tokens[t + 1].key == "in" {
            // "Hemedti, who was in Moscow": past the relative pronoun.
            let end = t >= sentence.lowerBound + 3 && tokens[t - 1].key == "who" && tokens[t - 2].text == "," ? t - 2 : t
            guard let guest = mentionAt[end - 1], type(guest) == .person, let place = mentionAt[t + 2], type(place) == .city, !mentions[place].isPossessive,
                  let home = homeState(of: mentions[guest].entity) ?? roleState(person: guest, sentence: s),
                  let country = countryNamed(for: mentions[place].entity, locations: locationsInStates()),
                  country != home else { continue }
            emit(mentions[guest].entity, .visits, mentions[place].entity, sentence: s, rule: "stay-in", span: span(guest, place))
        }
    }

    /// "ECOWAS sent its chairman, Macky Sall, to Ouagadougou", "Shettima, who was sent to Kaduna":
    /// an envoy sent to a place visits it. An envoy the text does not name ("sent its defence
    /// minister to Bamako", "sent envoys to Juba") makes it the sender's visit. (Troops sent are a
    /// deployment, which the frames read.)
    func findSentEnvoys(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.frameTrigger) && Self.sendingVerbs.contains(tokens[t]) {
            let clause = clause(around: t, in: sentence)
            guard let to = ((t + 1)..<min(clause.upperBound, t + 24)).first(where: { tokens[$0].key == "to" }),
                  !tokens[(t + 1)..<to].contains(where: { WordLists.armedPeople.contains($0) }) else { continue }
            let at = pastDeterminersAndModifiers(from: to + 1, limit: clause.upperBound)
            guard at < clause.upperBound, let place = mentionAt[at], mentions[place].start == at, [.city, .state, .region].contains(type(place)) else { continue }
            let named = ms.filter { mentions[$0].start > t && mentions[$0].end <= to && type($0) == .person }
            let visitors: [Int]
            if isPassive(t, floor: clause.lowerBound) {
                // ("Museveni's son announced that special forces had been sent to Juba": troops.)
                visitors = subjects(before: t, clause: clause, types: [.person], in: ms)
                    .filter { m in !tokens[mentions[m].end..<t].contains { WordLists.armedPeople.contains($0) } }
            } else if !named.isEmpty {
                visitors = named
            } else if tokens[(t + 1)..<to].contains(where: { Self.envoyNouns.contains($0) }) {
                visitors = subjects(before: t, clause: clause, types: [.state, .alliance], in: ms)
            } else {
                continue
            }
            for visitor in visitors where mentions[visitor].entity != mentions[place].entity {
                emit(mentions[visitor].entity, .visits, mentions[place].entity, sentence: s, rule: "sent-envoy", span: span(visitor, place))
            }
        }
    }

    static let sendingVerbs: WordSet = ["sent", "send", "sends", "sending", "dispatched", "dispatch", "dispatches", "dispatching"]
}
