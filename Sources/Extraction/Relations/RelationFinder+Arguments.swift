import NewsGraph

/// Who does what to whom: the subjects and objects of a trigger, the markers that introduce them, and the state an office belongs to.
extension RelationFinder {
    /// Roles that tie a person to a state even when the text names no body: "interim President
    /// Bah Ndaw", "Sadio Camara, the defence minister".
    static func isStateLevel(_ role: RoleEntry) -> Bool {
        let p = role.phrase.lowercased()
        let words = p.split(separator: " ")
        return ["president", "prime minister", "minister", "head of state", "king", "emir", "vice president", "vice-president",
                "chief of staff", "chief of defence staff", "chief of defense staff", "chief of general staff", "chief of the general staff",
                "chief of the defence staff", "chief of the defense staff", "chief of the armed forces", "secretary of state", "junta leader", "transitional leader",
                "national security adviser", "national security advisor", "presidential spokesman", "presidential spokeswoman", "presidential spokesperson",
                "government spokesman", "government spokeswoman", "government spokesperson"]
            .contains { p == $0 || p.hasSuffix(" " + $0) || (p.hasSuffix("minister") && $0 == "minister") }
            // "defense secretary", "assistant secretary of defense"; not a secretary-general.
            || (p.hasSuffix("secretary") && p != "secretary" && !p.contains("general")) || p.contains("secretary of")
            // "Minister of Defence", "minister for the armed forces"; "Chief of the Naval Staff".
            || p.hasPrefix("minister of ") || p.hasPrefix("minister for ") || (p.hasPrefix("chief of ") && p.hasSuffix(" staff"))
            // "head of the junta", "junta chief": a junta folds into its state (ONTOLOGY.md).
            || words.contains("junta")
            // "army chief", "military spokesman", "intelligence chief": the head or the voice of a
            // state's forces or services, which fold into the state or serve it. (Not a rank:
            // "an army general" may be any state's.)
            || (words.count > 1 && stateServiceWords.contains(String(words[0])) && servicePostWords.contains(String(words[words.count - 1])))
    }

    /// First words of roles held in a state's forces or services.
    static let stateServiceWords: Set<String> = ["army", "military", "armed", "defence", "defense", "security", "intelligence", "spy", "police"]
    /// Last words of the posts among them that speak for or head the service.
    static let servicePostWords: Set<String> = ["chief", "head", "commander", "spokesman", "spokeswoman", "spokesperson"]

    /// Roles that head a part of a state, not the state: one of its agencies ("intelligence
    /// chief", "police chief"), its opposition or a party ("opposition leader"). Named with the
    /// state instead of the part, the holder serves the state (so does "a Nigerian commander").
    static let partHeadRoles: Set<String> = ["intelligence chief", "spy chief", "police chief", "force commander", "commander", "opposition leader", "party leader"]

    /// What a role makes its holder of the body it is named with: the role's relation, except
    /// that an agency's head, named with a state, serves the state ("Turkish intelligence chief
    /// X"), and a party's or the opposition's leader belongs to it ("Chad's opposition leader").
    func relation(of role: RoleEntry, toward body: Int) -> RelationType {
        role.relation == .leads && entities[body].type == .state && Self.partHeadRoles.contains(role.phrase.lowercased()) ? .memberOf : role.relation
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
        return subjectState(before: t, sentence: s)
    }

    /// The nearest state named as a subject (not as a place) in sentence `s` before token `t`,
    /// else in the sentence before, else the most mentioned state.
    func subjectState(before t: Int, sentence s: Int) -> Int? {
        let here = bySentence[s].filter { mentions[$0].start < t && type($0) == .state && !describesPerson($0) }
        if let m = here.first(where: { !isPrepositionalObject($0, floor: sentences[s].lowerBound) }) ?? here.first { return mentions[m].entity }
        guard s > 0 else { return dominantState }
        // The actor the previous sentence was about: its first state that is not the object of
        // a preposition ("French officials said the troops would leave through Chad").
        // (Nor a state that only locates a town: "to fly to Johannesburg, South Africa".)
        let floor = sentences[s - 1].lowerBound
        // (Nor a nationality that only describes a person: "led by the Algerian militant X".)
        let previous = bySentence[s - 1].filter { m in
            type(m) == .state && !describesPerson(m) && !(mentions[m].start >= floor + 2 && tokens[mentions[m].start - 1].text == ","
                && mentionAt[mentions[m].start - 2].map { type($0) == .city } == true)
        }
        // (A state the sentence before only names as a place gives way to the one the report is
        // about: "He was arrested in Liberia and handed back. Justice Minister X said …")
        // (Nor, while one state is named more than any other, one only named as a place: "the
        // main crossing into Libya" in a report about Tunisia.)
        return previous.first { !isPrepositionalObject($0, floor: floor) }.map { mentions[$0].entity } ?? dominantState ?? leadingState
            ?? previous.first { mentions[$0].kind != .demonym }.map { mentions[$0].entity }
    }

    /// True when demonym mention `m` only gives a named person's nationality: "the Algerian
    /// militant Mokhtar Belmokhtar", "Canadian citizen X".
    ///
    /// - Complexity: O(1): at most two words between.
    func describesPerson(_ m: Int) -> Bool {
        guard mentions[m].kind == .demonym, !mentions[m].isForces else { return false }
        var j = mentions[m].end
        while j < tokens.count, j < mentions[m].end + 2, mentionAt[j] == nil, tokens[j].kind == .word, !tokens[j].isCapitalized { j += 1 }
        guard j < tokens.count, let person = mentionAt[j], mentions[person].start == j else { return false }
        return type(person) == .person
    }

    /// "The presidential spokesman", "the National Security Adviser": offices of the country the
    /// report is about, whoever the sentence before dealt with.
    static func isNationalOffice(_ role: RoleEntry) -> Bool {
        let p = role.phrase.lowercased()
        return ["presidential ", "national ", "government "].contains { p.hasPrefix($0) }
    }

    /// True when mention `m` names forces: an armed group or a unit, or a state named as its
    /// forces ("Malian troops", "the army"), not as a place or a government.
    func isForcesMention(_ m: Int) -> Bool {
        type(m) == .state ? mentions[m].isForces : [.militaryUnit, .armedGroup].contains(type(m))
    }

    /// The state the document names most often, when it names one clearly more than any other:
    /// the country a report is about, for the officials it names without saying whose they are.
    /// Without a clear winner, the state of the report's dateline ("MOGADISHU -"), if none is
    /// named more often (a dateline says where the reporter is, which is the story's country
    /// only when the text agrees).
    static func dominantState(_ mentions: [Mention], _ entities: [DocumentEntity], tokens: TokenList, lexicon: Lexicon) -> Int? {
        dominantState(ranked: mentionCounts(of: .state, mentions, entities), mentions, entities, tokens: tokens, lexicon: lexicon)
    }

    /// ``dominantState(_:_:tokens:lexicon:)`` from the states' ranking (see
    /// ``mentionCounts(of:_:_:)``), which ``leadingState(ranked:)`` reads too.
    static func dominantState(ranked: [(key: Int, value: Int)], _ mentions: [Mention], _ entities: [DocumentEntity], tokens: TokenList, lexicon: Lexicon) -> Int? {
        guard let top = ranked.first, top.value >= 3 else { return nil }
        if let leader = clearLeader(ranked) { return leader }
        guard let dateline = mentions.prefix(4).first(where: { m in
                  m.start < 60 && m.end < tokens.count && tokens[m.start].isAllCaps && entities[m.entity].type == .city
                      && ["-", "\u{2014}", "\u{2013}", ",", "("].contains(tokens[m.end].text)
              }),
              let entry = entities[dateline.entity].lexiconEntry, let country = lexicon.entries[entry].country,
              let state = ranked.first(where: { entities[$0.key].name == country }), state.value >= top.value else { return nil }
        return state.key
    }

    /// The state named most often, at least three times and more often than any other: a
    /// weaker reading of what the text is about than ``dominantState(_:_:tokens:lexicon:)``,
    /// for when the alternative is a state only named as a place.
    static func leadingState(ranked: [(key: Int, value: Int)]) -> Int? {
        guard let top = ranked.first, top.value >= 3, ranked.count == 1 || top.value > ranked[1].value else { return nil }
        return top.key
    }

    /// The entities of `type` the mentions name, with how often, most named first (ties by
    /// entity index, so that the order is the same on every run).
    static func mentionCounts(of type: EntityType, _ mentions: [Mention], _ entities: [DocumentEntity]) -> [(key: Int, value: Int)] {
        var counts: [Int: Int] = [:]
        for m in mentions where entities[m.entity].type == type { counts[m.entity, default: 0] += 1 }
        return counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    }

    /// The first of `ranked` (see ``mentionCounts(of:_:_:)``) when it is named at least three
    /// times and at least twice as often as the next: what a text is clearly about.
    static func clearLeader(_ ranked: [(key: Int, value: Int)]) -> Int? {
        guard let top = ranked.first, top.value >= 3, ranked.count == 1 || top.value >= 2 * ranked[1].value else { return nil }
        return top.key
    }

    /// The state an office held by the person of mention `p` belongs to, when the words name
    /// none ("President Jane Doe"): the state the lexicon knows the person serves (through
    /// their ministry or command if need be), if the document names it; otherwise the state
    /// the context is about. A known person of a state the text never names gets none.
    func roleState(person p: Int, sentence s: Int) -> Int? {
        if let known = lexiconState(ofPerson: mentions[p].entity) { return stateNamed(known) }
        return contextState(before: mentions[p].start, sentence: s)
    }

    /// The document's state of that name, if the document names it.
    func stateNamed(_ name: String) -> Int? {
        statesByKey[NameKey.folded(name)]
    }

    /// The document's states, by folded name.
    static func statesByKey(_ entities: [DocumentEntity]) -> [String: Int] {
        var states: [String: Int] = [:]
        for (e, entity) in entities.enumerated() where entity.type == .state && entity.mentions > 0 {
            let key = NameKey.folded(entity.name)
            if states[key] == nil { states[key] = e }
        }
        return states
    }

    func lexiconState(ofPerson e: Int) -> String? {
        guard let i = entities[e].lexiconEntry, entities[e].type == .person else { return nil }
        return lexicon.homeState(of: i)
    }

    /// The state of a possessive before person mention `m`, past its titles: "Togo's Col. X".
    func possessorState(ofPerson m: Int) -> Int? {
        guard mentions[m].start >= 2 else { return nil }
        let k = pastTitlesBackward(mentions[m].start - 1)
        guard k >= 1, tokens[k].kind == .possessive, let state = mentionAt[k - 1], type(state) == .state else { return nil }
        return mentions[state].entity
    }

    /// The document's state that the lexicon says person `e` heads (or headed), if it names it.
    func headedState(by e: Int) -> Int? {
        guard let i = entities[e].lexiconEntry, let heads = lexicon.entries[i].heads else { return nil }
        return stateNamed(heads)
    }

    /// True when the lexicon says person `e` heads (or headed) state `state`.
    func isKnownHead(_ e: Int, of state: Int) -> Bool {
        guard let i = entities[e].lexiconEntry, let heads = lexicon.entries[i].heads, let j = entities[state].lexiconEntry else { return false }
        return lexicon.entryIndex(named: heads) == j
    }

    /// True when the words from `lo` up to `hi` are a plural noun for officials, of whatever
    /// body, opening a list at a dash, colon or comma: "hosted the five heads of state of the
    /// G5 Sahel - X of Mali, …". The people listed are then the verb's objects however long the
    /// noun phrase.
    ///
    /// - Complexity: O(`hi` − `lo`).
    func announcesOfficials(from lo: Int, to hi: Int) -> Bool {
        guard hi - lo >= 2, Self.listOpeners.contains(tokens[hi - 1].text),
              (lo..<(hi - 1)).contains(where: { Self.officialsNouns.contains(tokens[$0]) }) else { return false }
        return (lo..<(hi - 1)).allSatisfy { i in
            isDeterminer(i) || tokens[i].kind == .number || GroupResolver.sizes[tokens[i].key] != nil || Self.officialsNouns.contains(tokens[i])
                || ["of", "state", "government", "the"].contains(tokens[i].key) || (mentionAt[i].map { type($0) != .person } ?? false)
        }
    }

    /// Punctuation after which a list of names opens: "the heads of state - X, Y", "leaders: X".
    static let listOpeners: Set<String> = ["-", ":", ",", "\u{2013}", "\u{2014}"]

    /// The mention introduced by a marker word: "to" in "deployed to Niger", "" for a direct object.
    func marker(before m: Int, notBefore floor: Int) -> String {
        // "sent there": "there" is in the place it stands for.
        if tokens[mentions[m].start].key == "there" { return "in" }
        var i = mentions[m].start - 1
        var pastApposedRole = false
        while true {
            while i >= floor, tokens[i].kind == .word || tokens[i].kind == .number || tokens[i].kind == .possessive,
                  isDeterminer(i) || tokens[i].kind != .word
                    || (mentionAt[i] != nil && mentions[mentionAt[i]!].kind == .demonym)
                    || (!isPreposition(i) && !tokens[i].isCapitalized && i > floor && isModifier(i))
                    // ("into western and southern Tigray": two compass words share the place.)
                    || (tokens[i].key == "and" && i > floor && WordLists.compassWords.contains(tokens[i - 1]) && WordLists.compassWords.contains(tokens[i + 1]))
                    // (A title of several words too: "by Prime Minister Viktor Orbán".)
                    || (tokens[i].isCapitalized && (lexicon.isSingleWordRole(tokens[i]) || (i < mentions[m].start && lexicon.role(in: tokens[i..<mentions[m].start]) != nil))) {
                i -= 1
            }
            // "spoke with his Nigerien counterpart, Mahamadou Issoufou": past a role noun set off
            // before the person, to its marker.
            if !pastApposedRole, i - 1 > floor, tokens[i].text == ",", tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized,
               tokens[i - 1].key == "counterpart" || lexicon.isSingleWordRole(tokens[i - 1]), i + 1 <= mentions[m].start, type(m) == .person {
                pastApposedRole = true
                i -= 2
                continue
            }
            // "belongs to the al-Qaeda-aligned JNIM": past a hyphened adjective of ties.
            if i - 2 > floor, Self.affiliationParticiples.contains(tokens[i]), tokens[i - 1].text == "-", !tokens[i - 1].spaceBefore,
               let patron = mentionAt[i - 2], mentions[patron].end == i - 1, mentions[patron].start > floor {
                i = mentions[patron].start - 1
                continue
            }
            // "retook the northern town of Kidal": the place noun's "of" names the place itself.
            guard i - 1 > floor, tokens[i].key == "of", Self.placeNouns.contains(tokens[i - 1]) else { break }
            i -= 2
        }
        guard i >= floor else { return "" }
        guard isPreposition(i) else { return "" }
        if tokens[i].key == "of", i > floor, tokens[i - 1].key == "out" { return "out" }
        // "killed dozens of Wagner men": the quantity belongs to the object.
        // ("fighting militants of al-Qaeda": the people under arms belong to the object too.)
        // ("ambushed a column of Malian troops": so does the body they move in.)
        // ("founded by the military rulers of Mali": those who act for the states are the states.)
        if tokens[i].key == "of", i > floor, WordLists.quantities.contains(tokens[i - 1]) || tokens[i - 1].kind == .number || WordLists.armedPeople.contains(tokens[i - 1])
            || Self.bodiesOfTroops.contains(tokens[i - 1]) || Self.representatives.contains(tokens[i - 1]) {
            let k = beforePeople(from: i - 1, floor: floor, withBodies: true)
            guard k >= floor else { return "" }
            return isPreposition(k) ? tokens[k].key : ""
        }
        // ("working alongside fighters from the Wagner Group": those one fights beside come from
        // their force. Only there: "troops from Russia arrived" keeps its "from".)
        if tokens[i].key == "from", i > floor, WordLists.armedPeople.contains(tokens[i - 1]) {
            let k = beforePeople(from: i - 1, floor: floor, withBodies: false)
            if k >= floor, Self.companionMarkers.contains(tokens[k]) { return tokens[k].key }
            // (Right after the trigger "alongside" itself, the people are its direct object.)
            if k == floor - 1, k >= 0, Self.companionMarkers.contains(tokens[k]) { return "" }
        }
        // "from a French military base in Chad": the place of an unnamed object stands for it.
        if tokens[i].key == "in" {
            var k = i - 1
            // "to a different air base, in Agadez": a comma may set the place off.
            while k >= floor, i - k <= 7, tokens[k].kind == .word || (tokens[k].text == "," && k == i - 1), !isPreposition(k) || tokens[k].key == "of" { k -= 1 }
            // ("attacked a military camp in Boulkessi": with no preposition back to the verb, the
            // place stands for the direct object.)
            if k >= floor ? ["from", "to", "into"].contains(tokens[k].key) : floor - k == 1,
               tokens[(k + 1)..<i].contains(where: { NominalResolver.baseNouns.contains($0) || Self.unnamedPosts.contains($0) }),
               !tokens[(k + 1)..<i].indices.contains(where: { mentionAt[$0] != nil && mentions[mentionAt[$0]!].kind != .demonym }) {
                return k >= floor ? tokens[k].key : ""
            }
            // ("pulled out of their bases in Faya-Largeau": "out of" leaves the bases' place.)
            if i > floor + 1, let of = (max(floor + 1, i - 5)..<i).last(where: { tokens[$0].key == "of" && tokens[$0 - 1].key == "out" }),
               tokens[(of + 1)..<i].contains(where: { ["bases", "base", "camps", "camp", "positions", "garrisons"].contains($0.key) }),
               ((of + 1)..<i).allSatisfy({ mentionAt[$0] == nil && tokens[$0].kind == .word }) {
                return "out"
            }
        }
        // "fighting groups linked to X": the link words belong to the object.
        if ["to", "with"].contains(tokens[i].key), i > floor, ["linked", "affiliated", "tied", "loyal", "allied", "aligned", "connected"].contains(tokens[i - 1].key) {
            var k = i - 2
            while k >= floor, tokens[k].kind == .word, !isPreposition(k), mentionAt[k] == nil, i - k < 5 { k -= 1 }
            return k >= floor && isPreposition(k) ? tokens[k].key : ""
        }
        return tokens[i].key
    }

    /// Common nouns that a place's own name follows with "of": "the town of Kidal".
    /// ("attacked the outskirts of Bangui": a part of a town names the town.)
    static let placeNouns: WordSet = ["town", "city", "village", "settlement", "locality", "commune", "region", "province", "district", "capital", "port", "outpost", "garrison", "airport", "airports",
                                          "outskirts", "suburbs", "centre", "center", "edge", "heart", "streets",
                                          // "the Savanes region, Togo's northernmost": a superlative of place stands for a region.
                                          "northernmost", "southernmost", "easternmost", "westernmost"]

    /// Words that may stand between a marker and its object: "to the northern town of".
    static let modifiers: WordSet = ["military", "air", "separate", "same", "shared", "drone", "new", "former", "key", "main", "central", "northern", "southern", "eastern", "northeastern", "northwestern", "southeastern", "southwestern",
                                         "western", "capital", "city", "country", "nation", "base", "airbase", "international", "nearby", "neighbouring", "neighboring",
                                         "remaining", "troops", "forces", "all", "remote",
                                         // A company's description before its name: "with the Russian nuclear company Rosatom".
                                         "company", "firm", "conglomerate", "nuclear", "mining", "energy", "oil"]

    /// - Complexity: O(1): a cue bit, looked up once per document.
    func isModifier(_ i: Int) -> Bool { cues[i].contains(.modifier) }

    func isDeterminer(_ i: Int) -> Bool { cues[i].contains(.determiner) }

    func isPreposition(_ i: Int) -> Bool { cues[i].contains(.preposition) }

    /// True when token `i` is a common noun as the text wrote it: no name stands there, or only
    /// the resolver's reading of the noun as one ("the force", "its task force").
    func isCommonNoun(_ i: Int) -> Bool { mentionAt[i].map { mentions[$0].kind == .nominal } ?? true }

    /// True when a demonym starts at `i` and a lower-case common noun follows it before `t`:
    /// "the Chadian capital", "a South African company".
    func isDemonymBeforeCommonNoun(at i: Int, before t: Int) -> Bool {
        guard let m = mentionAt[i], mentions[m].start == i, mentions[m].kind == .demonym, case let next = mentions[m].end, next < t else { return false }
        return tokens[next].kind == .word && !tokens[next].isCapitalized && isCommonNoun(next)
    }

    /// The position of the preposition of a date phrase that ends at `i` ("In September", "On
    /// Monday", "In July 2023"), with no comma after it; nil if none.
    func datePhrase(endingAt i: Int, floor: Int) -> Int? {
        let date = i > floor && tokens[i].kind == .number ? i - 1 : i
        guard date > floor, tokens[date].isCapitalized, WordLists.calendar.contains(tokens[date]), isPreposition(date - 1) else { return nil }
        return date - 1
    }

    /// True when "and" or "or" at `i` goes on to a name within two words: the phrase before it is
    /// an item of a list ("MINUSMA, the Malian army and Operation Barkhane"), not an apposition.
    func isListLink(after i: Int, in sentence: Range<Int>) -> Bool {
        guard i < sentence.upperBound, ["and", "or"].contains(tokens[i].key) else { return false }
        return ((i + 1)..<min(sentence.upperBound, i + 3)).contains { mentionAt[$0] != nil }
    }

    /// True when the mention is the object of a preposition (and so not a subject).
    func isPrepositionalObject(_ m: Int, floor: Int) -> Bool {
        var i = mentions[m].start - 1
        // ("In September Niger, Mali and Burkina Faso set up …": the date is the preposition's object,
        // and the name after it opens the clause.)
        if datePhrase(endingAt: i, floor: floor) != nil { return false }
        // Past determiners and a person's titles ("by Gen. X").
        // (Past modifiers too: "in central Mali", "in neighbouring Niger"; cue bits, no hashing.)
        while i >= floor, (tokens[i].kind == .word && (isDeterminer(i) || (isModifier(i) && !isPreposition(i)))) || (type(m) == .person && (tokens[i].text == "." || isTitle(tokens[i]))) { i -= 1 }
        guard i >= floor else { return false }
        // "a patrol of American and Nigerien soldiers": a later adjective of a list the
        // preposition governs ("of A, B and C" too; not "In Mali, Russia …", which is no list).
        // (Names keep their own reading: "the juntas in Mali, Burkina Faso and Niger, which …".)
        if i > floor, mentions[m].kind == .demonym,
           ["and", "or"].contains(tokens[i].key) || (tokens[i].text == "," && mentions[m].end < tokens.count && ["and", ","].contains(tokens[mentions[m].end].key)),
           let previous = mentionAt[i - 1], mentions[previous].end == i, mentions[previous].kind == .demonym, type(previous) == type(m), previous != m {
            return isPrepositionalObject(previous, floor: floor)
        }
        if tokens[i].key == "of", i > floor, WordLists.quantities.contains(tokens[i - 1]) { return false }
        // "the military governments of Mali and Niger expelled …": the states act.
        if tokens[i].key == "of", i > floor, Self.representatives.contains(tokens[i - 1]) { return false }
        // "instructors from Russia's Africa Corps arrived": whose forces they are.
        // ("withdrew its last soldiers from Niger": those are its soldiers, leaving Niger.)
        if ["from", "of"].contains(tokens[i].key), i > floor, WordLists.armedPeople.contains(tokens[i - 1]) || Self.bodiesOfTroops.contains(tokens[i - 1]),
           i - 1 == floor || !isPreposition(i - 2),
           !(max(floor, i - 4)..<(i - 1)).contains(where: { Self.possessivePronouns.contains(tokens[$0]) || tokens[$0].kind == .possessive }) { return false }
        // "soldiers loyal to Capt. X overthrew …", "forces loyal to the TPLF attacked …": the one
        // they are loyal to acts through them.
        if tokens[i].key == "to", i > floor, tokens[i - 1].key == "loyal", type(m) == .person || (i - 1 > floor && WordLists.armedPeople.contains(tokens[i - 2])) { return false }
        // "with the United States leading …": the subject of an absolute clause.
        if tokens[i].key == "with", mentions[m].end < tokens.count, tokens[mentions[m].end].key.hasSuffix("ing") { return false }
        // "Mali's army, backed by Russian mercenaries, launched …": the agent of an apposed
        // participle is not the clause's subject; nor is a companion ("accompanied by").
        // (A leader named so acts with what he leads: "The junta, led by Col. X, seized power".)
        if tokens[i].key == "by" {
            return isCompanion(byAt: i) || (i - 2 >= floor && tokens[i - 2].text == "," && tokens[i - 1].key.hasSuffix("ed") && !cues[i - 1].contains(.passiveLeader))
        }
        return isPreposition(i) && tokens[i].key != "including"
    }

    /// True when `m` is a name of a list that a preposition of place governs: "units stationed
    /// in Ivory Coast and Chad were flown in", where Chad is no more the subject than Ivory Coast.
    /// (Not "a delegation from Mali and Burkina Faso", whose states send it; not "the juntas in
    /// Mali, Burkina Faso and Niger", who act; not "In Mali, Russia …", which is no list.)
    func isInPrepositionalList(_ m: Int, in candidates: [Int], floor: Int) -> Bool {
        guard mentions[m].kind == .name, mentions[m].start - 1 > floor, tokens[mentions[m].start - 1].key == "and" || tokens[mentions[m].start - 1].text == "," else { return false }
        let whole = list(startingAt: list(endingAt: m, in: candidates).last!, in: candidates)
        guard whole.count > 1, whole.allSatisfy({ type($0) == type(m) && mentions[$0].kind == .name }),
              gap(mentions[whole[whole.count - 2]].end, mentions[whole.last!].start).contains(where: { $0.key == "and" }) else { return false }
        let preposition = tokenBefore(whole[0], pastDeterminersDownTo: floor)
        return preposition > floor && Self.placePrepositions.contains(tokens[preposition]) && !Self.representatives.contains(tokens[preposition - 1])
    }

    static let placePrepositions: WordSet = ["in", "at", "near", "into", "across", "inside", "around", "through"]

    /// The "and" that opens the predicate of the verb at `t` ("… and is also deployed in"), when
    /// only auxiliaries and adverbs stand between them.
    func secondPredicate(before t: Int, floor: Int) -> Int? {
        var i = t - 1
        while i > floor, Self.predicateFillers.contains(tokens[i]) { i -= 1 }
        return i > floor && i < t - 1 && tokens[i].key == "and" ? i : nil
    }

    /// Auxiliaries and adverbs between "and" and a second predicate's verb.
    static let predicateFillers: WordSet = ["is", "was", "are", "were", "has", "have", "had", "been", "being", "also", "now", "later", "then", "still", "since", "already"]

    /// True when the mention is the agent of a passive: "run by Russia", "run by the ministry".
    func byAgent(_ m: Int, floor: Int) -> Bool {
        let i = tokenBefore(m, pastDeterminersDownTo: floor)
        return i >= floor && tokens[i].key == "by"
    }

    /// The token before mention `m`, past its determiners ("by the", "from the"), going no lower
    /// than `floor`; `floor - 1` when only determiners stand between.
    func tokenBefore(_ m: Int, pastDeterminersDownTo floor: Int) -> Int {
        var i = mentions[m].start - 1
        while i >= floor, tokens[i].kind == .word, isDeterminer(i) { i -= 1 }
        return i
    }

    /// The first token from `i` on (before `limit`) that is no determiner or modifier outside a
    /// name: where "of the northern …" or "at the main …" reaches what it introduces.
    func pastDeterminersAndModifiers(from i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, mentionAt[j] == nil, isDeterminer(j) || isModifier(j) { j += 1 }
        return j
    }

    /// "accompanied by X": X goes along with the subject rather than being it.
    func isCompanion(byAt i: Int) -> Bool {
        i > 0 && tokens[i].key == "by" && Self.companionVerbs.contains(tokens[i - 1])
    }

    static let companionVerbs: WordSet = ["accompanied", "joined", "flanked", "escorted"]

    /// Nouns for a body of troops: "a column of Malian troops", "a contingent of Chadian soldiers".
    static let bodiesOfTroops: WordSet = ["column", "convoy", "contingent", "detachment", "battalion", "company", "platoon", "squad", "group", "team", "party"]

    /// Nouns for those who act for states: "the governments of Mali and Niger".
    static let representatives: WordSet = ["government", "governments", "leaders", "juntas", "rulers", "regimes", "authorities", "armies", "militaries"]

    /// Subjects for a trigger at `t`: the nearest fitting mention before it in the clause that is
    /// not a prepositional object, with the mentions coordinated with it.
    func subjects(before t: Int, clause: Range<Int>, types: EntityTypes, in ms: [Int]) -> [Int] {
        // "Having expelled French troops, the junta turned to Russia": the phrase's verb is the
        // main clause's subject's, and the names inside the phrase are not the main verb's subject.
        if let front = FrontedPhrase.end(in: clause, tokens: tokens) {
            guard t > front else { return mainSubject(after: front, types: types, in: ms) }
            return subjects(before: t, clause: (front + 1)..<clause.upperBound, types: types, in: ms)
        }
        // "Niger, which with Mali and Burkina Faso formed the AES": the antecedent and its companions.
        if let group = relativeWithCompanions(before: t, clause: clause, in: ms) {
            return group.allSatisfy { types.contains(type($0)) } ? group : []
        }
        // "the funeral of Idriss Deby, who ruled Chad": the relative pronoun's antecedent.
        // ("Mali, Burkina Faso and Niger, whose juntas formed the AES": the whole list; but "He and
        // Ghazouani, who also chairs the AU": a person's "who" is the last one's.)
        if var relative = relativeAntecedent(before: t, clause: clause, in: ms) {
            // ("Iyad Ag Ghaly, the founder of Ansar Dine, who now leads JNIM": the description's
            // holder, when the name that ends it cannot be the subject.)
            if !types.contains(type(relative)), let holder = holderOfDescription(endingWith: relative, floor: clause.lowerBound) { relative = holder }
            // ("Africa Corps, a force overseen by Russia's Defence Ministry, which remains in
            // Mali": after a description closed by its comma, the relative is the holder's, not
            // the agent's inside it.)
            else if let holder = holderOfAgentDescription(endingWith: relative, floor: clause.lowerBound), types.contains(type(holder)) { relative = holder }
            guard types.contains(type(relative)) else { return [] }
            return type(relative) == .person ? [relative] : list(endingAt: relative, in: ms).filter { type($0) == type(relative) }
        }
        if isRelativeOnUnnamedNoun(before: t, floor: clause.lowerBound) { return [] }
        // "The CNSP, which is headed by General Tiani, took power": past the relative clause.
        // ("Mali, Burkina Faso and Niger, which formed the AES, left ECOWAS": the whole list.)
        if let antecedent = antecedentOfEmbeddedRelative(before: t, clause: clause, in: ms) {
            guard types.contains(type(antecedent)) else { return [] }
            return type(antecedent) == .person ? [antecedent] : list(endingAt: antecedent, in: ms).filter { type($0) == type(antecedent) }
        }
        // "Instructors from Africa Corps, a force overseen by Russia's defence ministry, arrived":
        // what an apposition names is not the subject ("JNIM, al-Qaeda's affiliate, struck").
        var apposed: [Range<Int>] = []
        // (A trigger before the clause, as "ruled respectively by" can give, has no apposition to skip.)
        let scanned = clause.lowerBound..<max(clause.lowerBound, t)
        for c in scanned where tokens[c].text == "," && c + 1 < t && followsMention(c, floor: clause.lowerBound) {
            // ("MINUSCA, the UN's peacekeeping mission in the country, is led by …": past "the" too.)
            let open = tokens[c + 1].key == "the" && c + 2 < t ? c + 2 : c + 1
            if let m = mentionAt[open], mentions[m].start == open, mentions[m].isPossessive, mentions[m].end <= t,
               let close = ((mentions[m].end)..<t).first(where: { tokens[$0].text == "," }) { apposed.append(c..<close) }
        }
        // ("The Malian army, fighting alongside Wagner, recaptured Kidal": so is a participle's.)
        for c in scanned where tokens[c].text == "," && c + 1 < t && followsMention(c, floor: clause.lowerBound)
            && (["a", "an"].contains(tokens[c + 1].key)
                // ("Tiani, the head of Niger's Presidential Guard, seized power": a description.)
                // ("Africa Corps, the force run by Russia's defence ministry, replaced": a common
                // noun the resolver took for the name before it is still a description.)
                || (tokens[c + 1].key == "the" && c + 2 < t && tokens[c + 2].kind == .word && !tokens[c + 2].isCapitalized
                    && isCommonNoun(c + 2))
                // ("JNIM, the al-Qaeda-linked group, attacked": a name inside a hyphened adjective.)
                || (tokens[c + 1].key == "the" && c + 2 < t && isHyphenedModifier(at: c + 2, before: t))
                // ("Tiani, commander of Niger's Presidential Guard, ousted Bazoum": a bare role.)
                || isBareRole(at: c + 1, before: t)
                // ("The MNJTF, headquartered in N'Djamena and overseen by the commission, draws
                // troops": a past participle's phrase.)
                || (tokens[c + 1].kind == .word && !tokens[c + 1].isCapitalized && mentionAt[c + 1] == nil && tokens[c + 1].key.count >= 5
                    && tokens[c + 1].key.hasSuffix("ed") && c + 2 < t
                    // ("Renamo, backed first by Rhodesia and later by South Africa, fought": an
                    // adverb may stand before the preposition.)
                    && ["in", "by", "at", "near", "on", "from", "with", "to"].contains(tokens[isParticipleAdverb(c + 2) && c + 3 < t ? c + 3 : c + 2].key)
                    // (But not a companion: "Yevkurov, accompanied by Gen. X, travelled".)
                    && !["accompanied", "joined", "flanked", "escorted"].contains(tokens[c + 1].key))
                || (["then", "now", "once", "formerly"].contains(tokens[c + 1].key) && c + 2 < t && ["a", "an", "the"].contains(tokens[c + 2].key))
                // ("Barkhane, with its headquarters in N'Djamena, the Chadian capital, and …": a
                // demonym qualifying a common noun after "the".)
                || (tokens[c + 1].key == "the" && c + 3 < t && isDemonymBeforeCommonNoun(at: c + 2, before: t))
                || (tokens[c + 1].kind == .word && !tokens[c + 1].isCapitalized && mentionAt[c + 1] == nil
                && tokens[c + 1].key.hasSuffix("ing") && tokens[c + 1].key.count > 5 && !isPreposition(c + 1)
                && !["according", "following", "during", "concerning", "regarding", "saying", "adding", "citing", "noting"].contains(tokens[c + 1].key))) {
            if let close = ((c + 2)..<t).first(where: { tokens[$0].text == "," }) {
                // ("the AES, the confederation formed by Mali, Burkina Faso and Niger after all
                // three quit": a comma inside a list after the description does not close it.)
                if let next = mentionAt[close - 1], mentions[next].end == close, close + 1 < t, mentionAt[close + 1] != nil { continue }
                apposed.append(c..<close)
            }
        }
        // ("Its personnel, many of them former Wagner contractors, are stationed …": a part of
        // them, named or not: "seven people, five of them French, in a raid".)
        for c in scanned where tokens[c].text == "," && c + 3 < t && (Self.partitiveWords.contains(tokens[c + 1]) || tokens[c + 1].kind == .number)
            && tokens[c + 2].key == "of" && ["them", "whom"].contains(tokens[c + 3].key) {
            if let close = ((c + 4)..<t).first(where: { tokens[$0].text == "," }) { apposed.append(c..<close) }
        }
        // "… after the militants stormed Palma": a subject the text gives as a plain noun phrase
        // that names no one is no one; the names before it are not the subject.
        if hasUnnamedSubject(before: t, floor: clause.lowerBound) { return [] }
        // ("… after army officers seized power and arrested the president": so is a second
        // predicate's, whose subject is the first one's.)
        if t - 1 > clause.lowerBound, let and = secondPredicate(before: t, floor: clause.lowerBound) ?? (tokens[t - 1].key == "and" ? t - 1 : nil),
           let verb = stride(from: and - 1, to: max(clause.lowerBound, and - 8), by: -1).first(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil
               && (tokens[$0].key.hasSuffix("ed") || cues[$0].contains(.frameTrigger) || Self.irregularPastVerbs.contains(tokens[$0])) }),
           hasUnnamedSubject(before: verb, floor: clause.lowerBound) { return [] }
        // "the juntas led by Goïta in Mali, Traoré in Burkina Faso and Tiani in Niger have
        // expelled French forces": the states of the rulers listed.
        if types.contains(.state), let states = statesOfDistributedRulers(before: t, floor: clause.lowerBound) { return states }
        var before = ms.filter { m in mentions[m].end <= t && mentions[m].start >= clause.lowerBound && !apposed.contains { $0.contains(mentions[m].start) } }
        // ("SEVARE, Mali (Newswire) - Suicide attackers struck …, killing …": a dateline's names
        // are no one's subject.)
        if let dash = datelineDash, clause.lowerBound <= dash, dash < t {
            before.removeAll { mentions[$0].end <= dash }
        }
        // "Africa Corps is run by Russia and is deployed in Niger": a second predicate shares the
        // first one's subject, never the agent of its passive.
        if let and = secondPredicate(before: t, floor: clause.lowerBound) {
            before.removeAll { mentions[$0].end <= and && byAgent($0, floor: clause.lowerBound) }
        }
        // "A delegation led by X and including Y and Z flew to Niamey": its leader and members.
        if types.contains(.person), scanned.contains(where: { tokens[$0].key == "including" }) {
            let envoys = leadersOfEnvoys(before: t, clause: clause, in: before)
            if !envoys.isEmpty { return envoys }
        }
        let infinitive = objectOfInfinitiveVerb(t)
        // "French ambassador Jean Dupont left": the office holder acts, not the state of the office;
        // "Turkish-made drones struck": the maker is not the one who struck.
        guard let head = before.last(where: { types.contains(type($0)) && !isPrepositionalObject($0, floor: clause.lowerBound) && !isInPrepositionalList($0, in: before, floor: clause.lowerBound)
            && !isSpeaker($0, before: t)
            && !qualifiesOffice($0) && !isMakerAdjective($0) && (infinitive || !isVerbObject(listStart($0, in: before), floor: clause.lowerBound)) }) else {
            let leaders = types.contains(.person) ? leadersOfEnvoys(before: t, clause: clause, in: before) : []
            return leaders.isEmpty ? sendersOfEnvoys(before: t, clause: clause, types: types, in: before) : leaders
        }
        // ("He and Ghazouani, who was re-elected and also chairs the AU": the relative's verb is
        // the last person's alone.)
        if type(head) == .person, mentions[head].end + 1 < t, tokens[mentions[head].end].text == ",", tokens[mentions[head].end + 1].key == "who" { return [head] }
        var group = [head]
        // "Yevkurov, accompanied by Gen. Averyanov, travelled": the companion travelled too.
        for m in before where mentions[m].start > mentions[head].end && type(m) == type(head) && mentions[m].start >= 2
            && isCompanion(byAt: pastTitlesBackward(mentions[m].start - 1)) {
            group.append(m)
        }
        var current = head
        var currentStart = mentions[head].start
        // Walk left over ", X" and "X and" coordination.
        while let prev = before.last(where: { mentions[$0].end <= currentStart }) {
            // ("Ursula von der Leyen, the president of the European Commission, and Spain's prime
            // minister, Pedro Sánchez, flew": past the appositions between the items.)
            // (Most clauses have none: then the gap is a slice, with nothing copied.)
            let gap = apposed.isEmpty || mentions[prev].end >= currentStart ? self.gap(mentions[prev].end, currentStart)
                : TokenList(tokens[mentions[prev].end..<currentStart].indices.filter { i in !apposed.contains { $0.contains(i) } }.map { tokens[$0] })[...]
            // ("Goïta and the National Committee (CNSP) seized power": an acronym in brackets is
            // its own item's.)
            if mentions[prev].entity == mentions[current].entity, gap.count == 1, gap.first?.text == "(" {
                currentStart = mentions[prev].start
                continue
            }
            // ("Goïta, Burkina Faso's Capt. Ibrahim Traoré and …": the possessor belongs to the item.)
            // ("… and Spain's prime minister, Pedro Sánchez": a role set off by a comma, too.)
            if type(current) == .person, mentions[prev].isPossessive, type(prev) == .state,
               gap.allSatisfy({ $0.kind == .possessive || $0.text == "." || isTitle($0) })
                || (gap.count <= 6 && gap.first?.kind == .possessive && gap.last?.text == "," && gap.dropFirst().dropLast().allSatisfy({ $0.kind == .word && !$0.isCapitalized })
                    && lexicon.role(in: gap.dropFirst()) != nil) {
                currentStart = mentions[prev].start
                continue
            }
            let words = gap.filter { $0.kind == .word && !WordLists.forceNouns.contains($0) && !isTitle($0)
                && !["military", "about", "roughly", "some", "nearly", "around", "approximately", "almost", "over", "more", "than", "the", "its", "their"].contains($0.key) }
            // "Barkhane and the European task force known as Takuba".
            let namedAfterAnd = gap.count <= 10 && gap.first?.key == "and" && gap.allSatisfy({ $0.kind == .word && !$0.isCapitalized })
                && (gap.suffix(2).map(\.key) == ["known", "as"] || ["called", "dubbed", "named"].contains(gap.last?.key ?? ""))
            // "General Tiani and his CNSP overthrew Bazoum": a person and his own body act together.
            let joined = (gap.contains { $0.key == "and" || $0.text == "," } && words.allSatisfy { $0.key == "and" }) || namedAfterAnd || isOwnBody(current, of: prev)
            // ("stationed in Mali and Burkina Faso, and Russian troops arrived": a list that opens
            // with a preposition is no part of the subject.)
            guard joined, type(prev) == type(current) || types.contains(type(prev)), !isPrepositionalObject(prev, floor: clause.lowerBound),
                  !isPrepositionalObject(listStart(prev, in: before), floor: clause.lowerBound) else { break }
            group.append(prev)
            current = prev
            currentStart = mentions[prev].start
        }
        return group
    }

    /// True when name `m` only qualifies a description that the resolver read as another body:
    /// "the United Nations peacekeeping mission in Mali" is MINUSMA, not the UN.
    func modifiesDescription(_ m: Int) -> Bool {
        let start = mentions[m].start, end = mentions[m].end
        guard mentions[m].kind == .name, start > 0, tokens[start - 1].key == "the" else { return false }
        var j = end
        while j < min(tokens.count, end + 3), mentionAt[j] == nil, tokens[j].kind == .word, !tokens[j].isCapitalized { j += 1 }
        guard j > end, j < tokens.count, let described = mentionAt[j], mentions[described].kind == .nominal, mentions[described].start == j,
              mentions[described].entity != mentions[m].entity else { return false }
        // Only when the body read is the qualifier's own, by the lexicon's parent or by its name
        // ("United Nations Mission in …"): "the G5 international force" read as another command
        // says nothing against the G5.
        let owner = entities[mentions[m].entity].name
        let body = entities[mentions[described].entity]
        return body.lexiconEntry.flatMap({ lexicon.entries[$0].parent }) == owner || body.name.hasPrefix(owner + " ")
    }

    /// Words that open ", many of them …": a part of what was just named.
    static let partitiveWords: WordSet = ["many", "most", "some", "all", "both", "several", "half", "none", "few",
                                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"]

    /// Bodies a person can own in "X and his Y": his junta, his force, his movement.
    static let ownedBodies: EntityTypes = [.organization, .militaryUnit, .armedGroup]

    /// True when `body` is named right after "`person` and his" (or "her"): "General Tiani and his
    /// CNSP". The person leads it (``findBodiesHeaded(_:_:_:)``) and both are one subject.
    func isOwnBody(_ body: Int, of person: Int) -> Bool {
        let and = mentions[person].end
        return type(person) == .person && mentions[body].start == and + 2 && mentions[body].kind == .name && Self.ownedBodies.contains(type(body))
            && tokens[and].key == "and" && ["his", "her"].contains(tokens[and + 1].key)
    }

    /// The subject that follows a fronted phrase's comma, past a determiner and lower-case
    /// modifiers ("…, the military government turned"), with the names listed with it.
    func mainSubject(after comma: Int, types: EntityTypes, in ms: [Int]) -> [Int] {
        guard let m = ms.first(where: { mentions[$0].start > comma }), mentions[m].start <= comma + 4,
              // (Past a title too: "…, Captain Ibrahim Traoré recruited".)
              ((comma + 1)..<mentions[m].start).allSatisfy({ (tokens[$0].kind == .word && !tokens[$0].isCapitalized && !isPreposition($0)) || isTitle(tokens[$0]) || tokens[$0].text == "." }),
              types.contains(type(m)) else { return [] }
        return type(m) == .person ? [m] : list(startingAt: m, in: ms).filter { type($0) == type(m) }
    }

    /// True when a role without a determiner starts at `i`, lower-case, past a word of office:
    /// "commander of the Presidential Guard", "former head of the army".
    func isBareRole(at i: Int, before t: Int) -> Bool {
        var j = i
        if j < t, Self.officeModifiers.contains(tokens[j]) { j += 1 }
        guard j < t, tokens[j].kind == .word, !tokens[j].isCapitalized, mentionAt[j] == nil else { return false }
        return lexicon.role(in: tokens[j..<t]) != nil
    }

    /// "A mediation team led by Abdulsalami Abubakar, a former head of state, flew to Niamey":
    /// the people who lead an unnamed delegation act for it.
    func leadersOfEnvoys(before t: Int, clause: Range<Int>, in before: [Int]) -> [Int] {
        guard let by = (clause.lowerBound..<t).first(where: { cues[$0].contains(.preposition) && $0 >= clause.lowerBound + 2 && cues[$0 - 1].contains(.passiveLeader) && tokens[$0].key == "by" && ["led", "headed"].contains(tokens[$0 - 1].key) }),
              tokens[clause.lowerBound..<(by - 1)].contains(where: { RelationFinder.envoyNouns.contains($0) || ["team", "mission", "group"].contains($0.key) }),
              !(clause.lowerBound..<(by - 1)).contains(where: { mentionAt[$0] != nil && mentions[mentionAt[$0]!].kind != .demonym }) else { return [] }
        var leaders: [Int] = []
        for m in before where mentions[m].start > by && type(m) == .person {
            let between = gap(leaders.last.map { mentions[$0].end } ?? (by + 1), mentions[m].start)
            // The first leader, then those joined to it with "and" (past their appositions).
            // ("led by Foreign Minister X": capitalized words of a title, too.)
            guard leaders.isEmpty ? between.allSatisfy({ isTitle($0) || $0.text == "." || ($0.kind == .word && $0.isCapitalized) }) : between.contains(where: { $0.key == "and" }) else { continue }
            leaders.append(m)
        }
        return leaders
    }

    /// "A joint delegation from Mali and Burkina Faso flew to Niamey": the states or bodies that
    /// sent an unnamed delegation act through it, when their list ends the subject. (Where a
    /// person may act, as in travelling, the delegation's senders may.)
    func sendersOfEnvoys(before t: Int, clause: Range<Int>, types: EntityTypes, in before: [Int]) -> [Int] {
        let types = types.contains(.person) ? types.union([.state, .organization, .alliance]) : types
        let j = pastAuxiliariesBackward(from: t - 1, floor: clause.lowerBound, adverbs: true)
        guard j > clause.lowerBound, let last = mentionAt[j], mentions[last].end == j + 1, before.contains(last) else { return [] }
        let senders = list(endingAt: last, in: before)
        let first = mentions[senders.last!].start
        guard first >= clause.lowerBound + 2, ["from", "of"].contains(tokens[first - 1].key), Self.envoyBodies.contains(tokens[first - 2]) else { return [] }
        return senders.reversed().filter { types.contains(type($0)) && mentions[$0].kind != .demonym }
    }

    /// Unnamed groups of envoys: "a delegation from …", "a team of mediators from …".
    static let envoyBodies: WordSet = ["delegation", "delegations", "team", "envoys", "emissaries", "mediators"]

    /// "UN-recognised", "Russian-backed": the name is part of an adjective.
    func isCompoundModifier(_ m: Int) -> Bool {
        let e = mentions[m].end
        return e + 1 < tokens.count && tokens[e].text == "-" && !tokens[e].spaceBefore && tokens[e + 1].kind == .word && !tokens[e + 1].isCapitalized
    }

    /// True when a mention ends just before token `i` ("Africa Corps,", "the Malian army,").
    func followsMention(_ i: Int, floor: Int) -> Bool {
        guard i > floor else { return false }
        // ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), …": past the acronym's parenthesis too.)
        return mentionAt[i - 1] != nil || (i - 1 > floor && mentionAt[i - 2] != nil && (WordLists.forceNouns.contains(tokens[i - 1]) || tokens[i - 1].text == ")"))
    }

    /// True when a mention at `i` opens a hyphened adjective before a lower-case noun:
    /// "al-Qaeda-linked", "Russian-backed".
    func isHyphenedModifier(at i: Int, before t: Int) -> Bool {
        guard let m = mentionAt[i], mentions[m].start == i, mentions[m].end + 1 < t, tokens[mentions[m].end].text == "-" else { return false }
        let word = tokens[mentions[m].end + 1]
        return word.kind == .word && !word.isCapitalized
    }

    /// The first mention of the list `m` ends: "a Malian and Wagner convoy" starts at "Malian".
    func listStart(_ m: Int, in candidates: [Int]) -> Int {
        list(endingAt: m, in: candidates).last!
    }

    /// The mentions of the list `m` ends, from `m` back to the first: "Mali, Burkina Faso and
    /// Niger" ending at "Niger".
    func list(endingAt m: Int, in candidates: [Int]) -> [Int] {
        var items = [m]
        while let prev = candidates.last(where: { mentions[$0].end <= mentions[items.last!].start }) {
            let between = gap(mentions[prev].end, mentions[items.last!].start)
            guard !between.isEmpty, between.count <= 2, between.allSatisfy({ $0.key == "and" || $0.text == "," }) else { break }
            items.append(prev)
        }
        return items
    }

    /// The mentions of the list `m` starts, from `m` on: "Burkina Faso and Niger" from "Burkina Faso".
    func list(startingAt m: Int, in candidates: [Int]) -> [Int] {
        var items = [m]
        while let next = candidates.first(where: { mentions[$0].start >= mentions[items.last!].end }) {
            let between = gap(mentions[items.last!].end, mentions[next].start)
            guard !between.isEmpty, between.count <= 2, between.allSatisfy({ $0.key == "and" || $0.text == "," }) else { break }
            items.append(next)
        }
        return items
    }

    /// "It expelled French forces and retook Kidal": a mention straight after a past-tense verb
    /// is that verb's object, so it is no subject of a later one.
    func isVerbObject(_ m: Int, floor: Int) -> Bool {
        var i = mentions[m].start - 1
        // ("announced that the US would …": a "that" after the verb opens a clause.)
        // ("killed the Wagner founder Yevgeny Prigozhin, and met Haftar": past the person's role
        // and the body it names.)
        while i > floor, tokens[i].kind == .word || tokens[i].kind == .possessive, tokens[i].key != "that",
              isDeterminer(i) || isModifier(i) || tokens[i].kind == .possessive
                || (type(m) == .person && (mentionAt[i].map { mentions[$0].kind != .pronoun && type($0) != .person } ?? (lexicon.isSingleWordRole(tokens[i]) || tokens[i].text == "."))) { i -= 1 }
        guard i > floor, tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i - 1].text != "-" else { return false }
        let word = tokens[i].key
        // "the ousted president" is an adjective; "the Guard, ousted President X" a verb, after its subject.
        let afterSubject = mentionAt[i - 1] != nil || (tokens[i - 1].text == "," && i - 2 > floor && mentionAt[i - 2] != nil)
        guard afterSubject || !Self.adjectivalParticiples.contains(word), !["been", "was", "were", "is", "are", "be"].contains(tokens[i - 1].key) else { return false }
        return (word.count > 4 && word.hasSuffix("ed")) || Self.irregularPastVerbs.contains(word)
    }

    /// "ordered US troops to leave": the object of the main verb is the subject of the infinitive.
    func objectOfInfinitiveVerb(_ t: Int) -> Bool {
        t > 0 && tokens[t - 1].key == "to"
    }

    /// Past participles that work as adjectives before a name: "armed Tuareg groups".
    static let adjectivalParticiples: WordSet = ["armed", "united", "based", "named", "called", "alleged", "suspected", "reported", "so-called", "self-proclaimed", "proclaimed", "renamed", "combined", "unnamed", "unidentified", "detained", "deposed", "ousted", "elected", "toppled", "jailed", "exiled", "isolated", "neighboured", "landlocked", "embattled", "beleaguered"]

    static let irregularPastVerbs: WordSet = ["sent", "left", "met", "took", "struck", "hit", "drove", "threw", "kept", "held", "fought", "won", "told", "made", "gave", "brought"]

    /// "the U.S. deputy secretary of state", "Mali's defence minister": a state named as the
    /// holder of an office, whoever holds it is the actor.
    func qualifiesOffice(_ m: Int) -> Bool {
        type(m) == .state && officeEnd(after: m) != nil
    }

    /// The token just past the office that mention `m` qualifies ("Mali's interim defence
    /// minister" → past "minister"), or nil when no office follows it.
    func officeEnd(after m: Int) -> Int? {
        var i = mentions[m].end
        while i < tokens.count, tokens[i].kind == .possessive || Self.officeModifiers.contains(tokens[i]) { i += 1 }
        guard i < tokens.count, mentionAt[i] == nil, let (_, length) = lexicon.role(in: tokens[i..<tokens.count]) else { return nil }
        return i + length
    }

    /// "Turkish-made", "Chinese-built", "Chinese-run": a demonym that says where a thing was made
    /// or who owns it.
    func isMakerAdjective(_ m: Int) -> Bool {
        let e = mentions[m].end
        return mentions[m].kind == .demonym && e + 1 < tokens.count && tokens[e].text == "-"
            && ["made", "built", "supplied", "designed", "manufactured", "produced", "owned", "run", "funded", "trained", "backed", "brokered"].contains(tokens[e + 1].key)
    }

    /// The mention a "who" or "which" just before `t` stands for: "X, who (has long) led Y".
    func relativeAntecedent(before t: Int, clause: Range<Int>, in ms: [Int]) -> Int? {
        // ("Doumbouya, who had ousted Condé in 2021 and heads the junta": the relative clause's
        // second verb has its first one's subject, not the object in between.)
        // ("… and now chairs": past an adverb.)
        // (The "and" is tested first: this runs for every verb's subjects.)
        let conjunction = tokens[t - 1].key == "and" ? t - 1 : t - 2
        if conjunction - 1 > clause.lowerBound, tokens[conjunction].key == "and",
           conjunction == t - 1 || (tokens[t - 1].kind == .word && (Self.secondVerbAdverbs.contains(tokens[t - 1]) || tokens[t - 1].key.hasSuffix("ly"))),
           let k = (max(clause.lowerBound + 2, conjunction - 15)..<conjunction).last(where: { tokens[$0].key == "who" }), tokens[k - 1].text == ",",
           !((k + 1)..<conjunction).contains(where: { tokens[$0].kind == .punctuation }),
           let antecedent = mentionAt[k - 2], type(antecedent) == .person, ms.contains(antecedent) {
            return antecedent
        }
        let from = max(clause.lowerBound + 2, t - 4)
        guard from < t, let k = (from..<t).last(where: { ["who", "which", "whose"].contains(tokens[$0].key) }),
              ((k + 1)..<t).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) else { return nil }
        if tokens[k - 1].text == ",", let antecedent = mentionAt[k - 2] {
            // ("JNIM, al-Qaeda's affiliate in the Sahel, which is led by X": past a description
            // whose last name is a place it is in.)
            if FrameTable.places.contains(type(antecedent)), isPrepositionalObject(antecedent, floor: clause.lowerBound),
               let holder = nameSetOff(beforePossessedDescriptionEndingAt: k - 1, floor: clause.lowerBound), ms.contains(holder) { return holder }
            return ms.contains(antecedent) ? antecedent : nil
        }
        // "Africa Corps, a force controlled by Russia's Defence Ministry whose troops are …": the
        // description's possessor is the name it is set off from, not the name inside it.
        if tokens[k].key == "whose" {
            guard let open = (max(clause.lowerBound + 2, k - 10)..<k).last(where: { ["a", "an", "the"].contains(tokens[$0].key) && tokens[$0 - 1].text == "," }),
                  !((open + 1)..<k).contains(where: { tokens[$0].text == "," }), !tokens[open + 1].isCapitalized, mentionAt[open + 1] == nil,
                  let antecedent = mentionAt[open - 2], ms.contains(antecedent) else { return nil }
            return antecedent
        }
        // "Diallo, the former prime minister who leads the UFDG", "France, the former colonial
        // power, which still had …": the name the description is set off from.
        guard let antecedent = nameSetOff(beforeDescriptionEndingAt: tokens[k - 1].text == "," ? k - 1 : k, floor: clause.lowerBound), ms.contains(antecedent) else { return nil }
        return antecedent
    }

    /// Adverbs between a relative clause's "and" and its second verb: "who … and now chairs".
    static let secondVerbAdverbs: WordSet = ["now", "also", "later", "then", "still"]

    /// "Niger, which with Mali and Burkina Faso formed the AES", "Burkina Faso, together with
    /// Mali and Niger, now forms the AES": the antecedent and the list after its "with", when
    /// the list runs up to the verb at `t`.
    func relativeWithCompanions(before t: Int, clause: Range<Int>, in ms: [Int]) -> [Int]? {
        let from = max(clause.lowerBound + 2, t - 12)
        // "Burkina Faso, together with Mali and Niger, now forms the AES": companions set off
        // between commas, past an adverb or two.
        // (Token kinds are tested first: this runs for every verb's subjects.)
        var close = t - 1
        if close > from, tokens[close].kind == .word, t - 2 > from, tokens[t - 2].kind == .punctuation || tokens[t - 3].kind == .punctuation {
            while close > from, tokens[close].kind == .word, !tokens[close].isCapitalized, mentionAt[close] == nil, t - close <= 2,
                  tokens[close].key.hasSuffix("ly") || ["now", "also", "then", "all"].contains(tokens[close].key) { close -= 1 }
        }
        if close > from, tokens[close].kind == .punctuation, tokens[close].text == ",", let k = (from..<close).last(where: { tokens[$0].key == "together" || tokens[$0].key == "along" }),
           tokens[k - 1].text == ",", k + 2 < close, tokens[k + 1].key == "with", let antecedent = mentionAt[k - 2], ms.contains(antecedent),
           let first = mentionAt[k + 2], mentions[first].start == k + 2, ms.contains(first) {
            let companions = list(startingAt: first, in: ms)
            if let last = companions.last, mentions[last].end == close, companions.allSatisfy({ type($0) == type(antecedent) }) {
                return list(endingAt: antecedent, in: ms).filter { type($0) == type(antecedent) } + companions
            }
        }
        guard from < t, let k = (from..<t).last(where: { ["which", "who"].contains(tokens[$0].key) }),
              k + 2 < t, tokens[k + 1].key == "with", tokens[k - 1].text == ",", let antecedent = mentionAt[k - 2], ms.contains(antecedent),
              let first = mentionAt[k + 2], mentions[first].start == k + 2, ms.contains(first) else { return nil }
        let companions = list(startingAt: first, in: ms)
        guard let last = companions.last, mentions[last].end == t || (mentions[last].end + 1 == t && tokens[mentions[last].end].text == ","),
              companions.allSatisfy({ type($0) == type(antecedent) }) else { return nil }
        return [antecedent] + companions
    }

    /// True when a plain noun phrase that names no one stands just before the verb at `t`, past
    /// auxiliaries and adverbs: "the militants stormed", "when jihadist fighters overran".
    func hasUnnamedSubject(before t: Int, floor: Int) -> Bool {
        let j = pastAuxiliariesBackward(from: t - 1, floor: floor, adverbs: true)
        // "… while its rival has killed scores of soldiers": the other side, whom no name here
        // stands for (not the owner of "its").
        if j > floor, Self.rivalNouns.contains(tokens[j]), mentionAt[j] == nil, ["its", "their", "his", "her", "the", "a"].contains(tokens[j - 1].key) { return true }
        // "Kenyan officers retook roads, but the coalition still holds the port": a new subject
        // after a contrast, which names no one the text has named, is not the first clause's.
        if j - 2 > floor, tokens[j].kind == .word, !tokens[j].isCapitalized, mentionAt[j] == nil, tokens[j - 1].key == "the",
           Self.contrastWords.contains(tokens[j - 2]), tokens[j - 3].text == "," { return true }
        // ("NIAMEY, Niger (Newswire) - Suicide bombers struck": the words after a dateline's dash
        // open the report, capitalized or not; the dateline's place is no subject.)
        let afterDateline = { (i: Int) in i - 1 > floor && self.isDatelineDash(i - 1) }
        guard j > floor, tokens[j].kind == .word, !tokens[j].isCapitalized || afterDateline(j), mentionAt[j] == nil, Self.unnamedActors.contains(tokens[j]) else { return false }
        // "… when jihadist fighters overran": a bare plural after a conjunction, with or without
        // a describing word, names no one either.
        // ("…, and rebels entered Timbuktu": after a comma and "and" or "but", too.)
        let opens = { (i: Int) in
            i < floor || Self.clauseOpeners.contains(self.tokens[i]) || (i > floor && ["and", "but"].contains(self.tokens[i].key) && self.tokens[i - 1].text == ",")
                || (i > floor && self.isDatelineDash(i))
        }
        let describing = tokens[j - 1].kind == .word && (!tokens[j - 1].isCapitalized || afterDateline(j - 1)) && mentionAt[j - 1] == nil && !isPreposition(j - 1)
        if opens(j - 1) || (describing && (opens(j - 2) || ["the", "a"].contains(tokens[j - 2].key))) { return true }
        guard tokens[j - 1].key == "the" else { return false }
        // ("… when the group's fighters struck": a possessor names them; not this case.)
        return j - 2 < floor || tokens[j - 2].kind != .possessive
    }

    /// The states of a list of "PERSON in STATE" pairs (two or more) that ends just before the
    /// verb at `t` and follows "led by", "ruled by" or "headed by": the bodies led are those states'.
    func statesOfDistributedRulers(before t: Int, floor: Int) -> [Int]? {
        var j = pastAuxiliariesBackward(from: t - 1, floor: floor, adverbs: false)
        var states: [Int] = []
        while j > floor, let state = mentionAt[j], type(state) == .state, mentions[state].kind == .name {
            let inWord = mentions[state].start - 1
            guard inWord > floor, tokens[inWord].key == "in", let person = mentionAt[inWord - 1], type(person) == .person else { break }
            states.insert(state, at: 0)
            // Back past the person's titles and the comma or "and" before the pair.
            var k = pastTitlesBackward(mentions[person].start - 1)
            guard k > floor else { break }
            if tokens[k].key == "by" {
                return states.count >= 2 && ["led", "ruled", "headed", "run"].contains(tokens[k - 1].key) ? states : nil
            }
            guard tokens[k].text == "," || tokens[k].key == "and" else { break }
            k -= 1
            if k > floor, tokens[k].text == "," || tokens[k].key == "and" { k -= 1 }
            j = k
        }
        return nil
    }

    /// The last token at or before `i`, above `floor`, that is not an auxiliary (nor, with
    /// `adverbs`, an "-ly" adverb): where a subject before a verb ends ("the militants had
    /// reportedly stormed").
    func pastAuxiliariesBackward(from i: Int, floor: Int, adverbs: Bool) -> Int {
        var j = i
        while j > floor, tokens[j].kind == .word, mentionAt[j] == nil,
              Self.auxiliaries.contains(tokens[j]) || (adverbs && tokens[j].key.hasSuffix("ly")) { j -= 1 }
        return j
    }

    /// Words between a subject and its verb: "had", "also", "have since".
    static let auxiliaries: WordSet = ["has", "have", "had", "was", "were", "is", "are", "also", "then", "later", "since", "again", "still", "reportedly", "allegedly"]

    /// The other side of a contest: "its rival", "their enemies".
    static let rivalNouns: WordSet = ["rival", "rivals", "enemy", "enemies", "foe", "foes", "opponent", "opponents", "adversary", "adversaries"]

    /// True when the verb at `t` opens a relative clause on a plural noun that names no one:
    /// "the three military-ruled states that walked out of ECOWAS" has no named subject.
    func isRelativeOnUnnamedNoun(before t: Int, floor: Int) -> Bool {
        let pronoun = pastAuxiliariesBackward(from: t - 1, floor: floor, adverbs: true)
        return pronoun > floor && Self.relativePronouns.contains(tokens[pronoun]) && mentionAt[pronoun - 1] == nil
            && tokens[pronoun - 1].kind == .word && Self.unnamedHeads.contains(tokens[pronoun - 1])
    }

    /// Pronouns that open a relative clause.
    static let relativePronouns: WordSet = ["that", "which", "who", "whom"]

    /// Plural nouns for actors left unnamed: "the three states that walked out".
    /// (Not forces: "most of them special forces who train Chadian units" are the troops named before.)
    static let unnamedHeads: WordSet = ["states", "countries", "nations", "governments", "juntas", "regimes", "groups", "members", "neighbours", "neighbors",
                                        "allies", "partners", "powers", "party", "parties"]

    /// Conjunctions that open a clause: "… were killed when fighters overran".
    static let clauseOpeners: WordSet = ["when", "after", "as", "while", "before", "until", "because", "where", "once"]

    static let contrastWords: WordSet = ["but", "while", "whereas", "although", "though", "yet"]

    /// Plural nouns for actors a text may leave unnamed: "the militants", "the insurgents".
    static let unnamedActors: WordSet = ["militants", "insurgents", "jihadists", "gunmen", "attackers", "assailants", "fighters", "rebels", "soldiers", "troops", "mercenaries", "mutineers", "putschists", "plotters",
                                         "bombers"]

    /// True when the dash at `i` ends a dateline: "NIAMEY, Niger (Newswire) -", "BAMAKO -",
    /// "COTONOU, April 25 —".
    func isDatelineDash(_ i: Int) -> Bool { Self.isDatelineDash(i, in: tokens) }

    static func isDatelineDash(_ i: Int, in tokens: TokenList) -> Bool {
        guard i >= 1, ["-", "—", "–"].contains(tokens[i].text) else { return false }
        return tokens[i - 1].text == ")" || tokens[i - 1].isAllCaps
            || (i >= 2 && tokens[i - 1].kind == .number && WordLists.calendar.contains(tokens[i - 2]))
    }

    /// The dash that ends the document's dateline, if it has one: among the first dozen words of
    /// its first three sentences (a headline may come first).
    static func datelineDash(tokens: TokenList, sentences: [Range<Int>]) -> Int? {
        for sentence in sentences.prefix(3) {
            if let dash = sentence.prefix(12).first(where: { tokens[$0].kind == .punctuation && isDatelineDash($0, in: tokens) }) { return dash }
        }
        return nil
    }

    /// "Iyad Ag Ghaly, the founder of Ansar Dine": the name a description that ends with the
    /// mention `m` is set off from (the description opens with "the", "a" or "an" after a comma
    /// and holds lower-case words before `m`).
    func holderOfDescription(endingWith m: Int, floor: Int) -> Int? {
        nameSetOff(beforeDescriptionEndingAt: mentions[m].start, floor: floor)
    }

    /// The name set off before a description that ends with its agent: "Africa Corps, a force
    /// overseen by Russia's Defence Ministry" for the ministry (a participle and "by" before the
    /// agent, past its state's possessive; only lower-case words after the article).
    func holderOfAgentDescription(endingWith m: Int, floor: Int) -> Int? {
        var by = mentions[m].start - 1
        if by > floor, tokens[by].kind == .possessive { by -= 1 }
        if by > floor, let owner = mentionAt[by], type(owner) == .state, mentions[owner].end == by + 1 || tokens[by + 1].kind == .possessive { by = mentions[owner].start - 1 }
        if by > floor, tokens[by].key == "the" { by -= 1 }
        guard by > floor + 3, tokens[by].key == "by", tokens[by - 1].key.hasSuffix("ed") || tokens[by - 1].key.hasSuffix("en") || tokens[by - 1].key == "run" else { return nil }
        return nameSetOff(beforeDescriptionEndingAt: by, floor: floor)
    }

    /// The mention a description ending just before `end` is set off from: "France, the former
    /// colonial power" (the description opens with "the", "a" or "an" after a comma, and holds
    /// only lower-case words). Nil when no such description ends there.
    func nameSetOff(beforeDescriptionEndingAt end: Int, floor: Int) -> Int? {
        guard let open = (max(floor + 1, end - 6)..<end).last(where: { ["the", "a", "an"].contains(tokens[$0].key) }), open >= floor + 2,
              tokens[open - 1].text == ",", ((open + 1)..<end).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil })
        else { return nil }
        return mentionAt[open - 2]
    }

    /// The mention a description opening with a body's possessive and ending just before `end`
    /// is set off from: "JNIM, al-Qaeda's affiliate in the Sahel" (past the holder's bracketed
    /// acronym). Nil when no such description ends there.
    func nameSetOff(beforePossessedDescriptionEndingAt end: Int, floor: Int) -> Int? {
        guard let open = (max(floor + 1, end - 12)..<end).last(where: { tokens[$0].text == "," }), open + 1 < end,
              let owner = mentionAt[open + 1], mentions[owner].start == open + 1, mentions[owner].isPossessive, Self.bodies.contains(type(owner)) else { return nil }
        return body(endingAt: open - 1, floor: floor)
    }

    /// The token before a one-word acronym in brackets that ends at `i` ("the Dyck Advisory Group
    /// (DAG)" → "Group"), or `i` itself when no bracket ends there.
    func pastBracketedAcronym(_ i: Int, floor: Int) -> Int {
        i - 2 > floor && tokens[i].text == ")" && tokens[i - 2].text == "(" ? i - 3 : i
    }

    /// Whether mention `m` is the acronym in brackets straight after its own name, and that
    /// name follows the word `word` ("the Justice and Equality Movement (JEM)").
    func isBracketedAcronym(_ m: Int, openedAfter word: String) -> Bool {
        let start = mentions[m].start
        guard start >= 2, tokens[start - 1].text == "(", let name = mentionAt[start - 2], mentions[name].entity == mentions[m].entity,
              mentions[name].start > 0 else { return false }
        return tokens[mentions[name].start - 1].key == word
    }

    /// The body whose name ends at `i`, past its bracketed acronym ("the Dyck Advisory Group
    /// (DAG)"); nil when no body's mention ends there.
    func body(endingAt i: Int, floor: Int) -> Int? {
        let last = pastBracketedAcronym(i, floor: floor)
        guard last >= floor, let body = mentionAt[last], mentions[body].end == last + 1, Self.bodies.contains(type(body)) else { return nil }
        return body
    }

    /// The position before a phrase of people that ends at `k`, walking back over numbers,
    /// quantities, determiners, modifiers and people under arms ("dozens of Malian soldiers");
    /// `withBodies` walks over the bodies they move in and those who act for states too ("a
    /// column of", "the military rulers of").
    func beforePeople(from k: Int, floor: Int, withBodies: Bool) -> Int {
        var k = k
        while k >= floor, tokens[k].kind == .number || WordLists.quantities.contains(tokens[k]) || Self.determiners.contains(tokens[k])
                || WordLists.armedPeople.contains(tokens[k]) || (withBodies && (Self.bodiesOfTroops.contains(tokens[k]) || Self.representatives.contains(tokens[k])))
                || (isModifier(k) && !isPreposition(k)) { k -= 1 }
        return k
    }

    /// The mention before ", which/who …," when that relative clause ends just before `t`:
    /// "X, which is headed by Y, took power" (X took power, not Y).
    func antecedentOfEmbeddedRelative(before t: Int, clause: Range<Int>, in ms: [Int]) -> Int? {
        var close = t - 1
        while close > clause.lowerBound, tokens[close].kind == .word, tokens[close].key.hasSuffix("ly") || ["also", "then", "later", "has", "have", "had"].contains(tokens[close].key) { close -= 1 }
        guard close > clause.lowerBound, tokens[close].text == "," else { return nil }
        // ("The group, which rivals JNIM, al-Qaeda's affiliate in the region, also operates": one
        // apposition of a name inside the relative clause keeps it open.)
        guard let open = (max(clause.lowerBound + 1, close - 20)..<close).last(where: { ["which", "who", "where", "whose"].contains(tokens[$0].key) && tokens[$0 - 1].text == "," }) else { return nil }
        let innerCommas = ((open + 1)..<close).filter { tokens[$0].text == "," }
        guard innerCommas.count <= 1, innerCommas.allSatisfy({ c in
            c + 2 < close && mentionAt[c - 1] != nil && (tokens[c + 1].key == "the" || mentionAt[c + 1].map({ mentions[$0].isPossessive }) == true) }) else { return nil }
        // "the National Committee … (CNRDR), which he heads, had taken power": past the acronym.
        var k = open - 2
        if k > clause.lowerBound, tokens[k].text == ")", let paren = (max(clause.lowerBound, k - 4)..<k).last(where: { tokens[$0].text == "(" }) { k = paren - 1 }
        guard k >= clause.lowerBound, let antecedent = mentionAt[k], ms.contains(antecedent) else { return nil }
        return antecedent
    }

    /// "the French ambassador", "Danish diplomats": a state's envoys stand for it as the object
    /// of an expulsion or a meeting.
    func namesEnvoys(_ m: Int) -> Bool {
        mentions[m].end < tokens.count && ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "embassy", "delegation"].contains(tokens[mentions[m].end].key)
    }

    /// "left Malian territory", "on Nigerien soil": a state's ground is the state as a place.
    func namesTerritory(_ m: Int) -> Bool {
        mentions[m].end < tokens.count && ["territory", "soil"].contains(tokens[mentions[m].end].key)
    }

    /// The last token at or before `i` that is not part of a title ("by Gen. X" → "by").
    func pastTitlesBackward(_ i: Int) -> Int {
        var j = i
        while j > 0, isTitle(tokens[j]) || tokens[j].text == "." { j -= 1 }
        return j
    }

    /// The first token from `i` that is not part of a title before a name ("Col.", "Gen.").
    func pastTitles(from i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, mentionAt[j] == nil, isTitle(tokens[j]) || tokens[j].text == "." { j += 1 }
        return j
    }

    /// A capitalized title before a name in a list: "Colonel X and Captain Y".
    func isTitle(_ token: Token) -> Bool {
        token.isCapitalized && lexicon.isSingleWordRole(token)
    }

    /// "which Mali's government says is …": a verb of saying followed straight by a copula opens
    /// a clause about something else, so the speaker is not the subject of what follows. ("Niger
    /// announced its decision to withdraw" keeps Niger as the subject: the copula is what tells.)
    func isSpeaker(_ m: Int, before t: Int) -> Bool {
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

    /// The marker lists the rules pass to ``objects(after:clause:types:markers:excluding:in:)``,
    /// built once: a ``WordSet`` literal in a rule's body would be built at every call.
    enum Markers {
        /// A direct object, introduced by no preposition.
        static let direct: WordSet = [""]
        static let by: WordSet = ["by"]
        static let from: WordSet = ["from"]
        static let with: WordSet = ["with"]
        static let against: WordSet = ["against"]
        static let inOrAt: WordSet = ["in", "at"]
        static let atInOrNear: WordSet = ["at", "in", "near"]
        static let directOrOf: WordSet = ["", "of"]
        static let fromOrDirect: WordSet = ["from", ""]
        static let ofToOrFor: WordSet = ["of", "to", "for"]
        static let toWithOrFrom: WordSet = ["to", "with", "from"]
        static let toForFromOrWith: WordSet = ["to", "for", "from", "with"]
        /// Who expels, in the passive: "expelled by the junta", "expelled from Niger".
        static let expulsionAgent: WordSet = ["by", "from", "out"]
    }

    static let personRelatives: WordSet = ["who", "whose"]

    /// Participles that make a name before a hyphen an adjective of ties: "al-Qaeda-aligned",
    /// "IS-linked", "Qaeda-affiliated".
    static let affiliationParticiples: WordSet = ["linked", "aligned", "affiliated", "allied", "inspired"]

    /// Prepositions of fighting side by side: "alongside fighters from the Wagner Group".
    static let companionMarkers: WordSet = ["alongside", "with", "beside"]

    /// Adverbs that order the items of a list of places: "to Moscow, then to Tehran, and on to
    /// Ankara", "into Cameroon and then across into Nigeria".
    static let sequenceAdverbs: WordSet = ["then", "on", "later", "finally", "next", "afterwards", "across", "back"]

    /// Objects after a trigger: the first fitting mention introduced by an allowed marker, with
    /// the mentions coordinated with it.
    /// - Parameter excluded: a marker of `markers` that does not introduce an object here (a
    ///   noun frame's agent marker).
    func objects(after t: Int, clause: Range<Int>, types: EntityTypes, markers: WordSet, excluding excluded: String? = nil, in ms: [Int]) -> [Int] {
        // Most calls have no mention of the wanted types after the trigger in the clause, and so
        // no object: said before any list is built.
        guard ms.contains(where: { mentions[$0].start > t && mentions[$0].start < clause.upperBound && types.contains(type($0)) }) else { return [] }
        func isMarker(_ m: String) -> Bool { m != excluded && markers.contains(m) }
        var end = clause.upperBound
        // ("supported Haftar, whose forces control Libya's east": a person's relative clause says
        // its own thing; a state named in it is no object of the verb.)
        if !types.contains(.person),
           let close = ((t + 2)..<max(t + 2, clause.upperBound - 1)).first(where: { tokens[$0].kind == .punctuation && tokens[$0].text == "," && Self.personRelatives.contains(tokens[$0 + 1]) }),
           let holder = mentionAt[close - 1], type(holder) == .person {
            end = close
        }
        for i in (t + 1)..<max(t + 1, end) where tokens[i].kind == .punctuation && tokens[i].text == "," && i + 1 < clause.upperBound
            && ["and", "but", "while", "whereas", "although"].contains(tokens[i + 1].key) {
            // ("met Mali's leader, Colonel Assimi Goïta, and Burkina Faso's …": the comma closes an
            // apposition of the list's last item, and the list goes on.)
            // (Only when another person follows: "…, and Niger expelled France" is a new clause.)
            if tokens[i + 1].key == "and", let holder = mentionAt[i - 1], type(holder) == .person, mentions[holder].end == i,
               mentions[holder].start > t + 1, tokens[pastTitlesBackward(mentions[holder].start - 1)].text == ",", i + 2 < clause.upperBound,
               let next = mentionAt[pastTitles(from: i + 2, limit: clause.upperBound)],
               type(next) == .person || (mentions[next].isPossessive && (officeHolder(after: next, in: ms) ?? personAfterPossessive(next)) != nil) { continue }
            // ("posts in Kayes, the main city of the west, and in Nioro": the same marker again
            // after an apposition of the last item.)
            if tokens[i + 1].key == "and", i + 2 < clause.upperBound, markers.contains(tokens[i + 2]), closesApposition(at: i, after: t) { continue }
            // (", and on to Ankara", ", and then to Tehran": the marker again, past an adverb of sequence.)
            if tokens[i + 1].key == "and", Self.sequenceAdverbs.contains(tokens[i + 2]) {
                var j = i + 2
                while Self.sequenceAdverbs.contains(tokens[j]) { j += 1 }
                if j < clause.upperBound, markers.contains(tokens[j]) { continue }
            }
            end = min(end, i)
            break
        }
        // "withdrew its troops from Mali": the owner's "its" is not the object.
        // ("heads the Tripoli-based Government of National Unity": nor a name inside an adjective.)
        let after = ms.filter { mentions[$0].start > t && mentions[$0].start < end
            && !(mentions[$0].kind != .name && ["its", "their"].contains(tokens[mentions[$0].start].key))
            && !modifiesDescription($0)
            && !(mentions[$0].kind == .seat && isCompoundModifier($0))
            // ("fought the Wagner-backed RSF", "ran the HTS-backed administration": the backer is
            // not the object, whether or not a name follows; nor is the patron of "belongs to the
            // al-Qaeda-aligned JNIM".)
            && !(mentions[$0].end + 1 < end && tokens[mentions[$0].end].text == "-" && !tokens[mentions[$0].end].spaceBefore
                 && (Self.backingWords[tokens[mentions[$0].end + 1].key] != nil || Self.affiliationParticiples.contains(tokens[mentions[$0].end + 1]))) }
        // ("leaving the G5 Sahel, the grouping that Mali had quit": a name right after a relative
        // pronoun is that clause's subject.)
        let thatMarks = markers.contains("that")
        let opensRelative = { (m: Int) in !thatMarks && self.mentions[m].start > t + 1 && Self.relativePronouns.contains(self.tokens[self.mentions[m].start - 1]) }
        guard var first = after.first(where: { types.contains(type($0)) && (mentions[$0].kind != .demonym || mentions[$0].isForces || namesEnvoys($0) || namesTerritory($0))
            && isMarker(markerThroughIncluding($0, notBefore: t + 1)) && !continuesList($0, after: t) && !opensRelative($0) }) else { return [] }
        // Too far from the trigger: another verb phrase has begun. ("sent about 1,000 soldiers of
        // the Rwanda Defence Force (RDF) and police officers to Mozambique": a long list of the
        // forces sent, the state's own forces among them, is still the verb's.)
        let firstMarker = markerThroughIncluding(first, notBefore: t + 1)
        // (A list after ", including" is as near as the noun it names, and so is a list that a
        // plural noun for officials announces.)
        if mentions[first].start - t > 9, marker(before: first, notBefore: t + 1) != "including", !announcesOfficials(from: t + 1, to: mentions[first].start) {
            guard mentions[first].start - t <= 18, firstMarker == "to",
                  !after.contains(where: { mentions[$0].start < mentions[first].start && types.contains(type($0)) && !mentions[$0].isForces }),
                  !((t + 1)..<mentions[first].start).contains(where: { (cues[$0].contains(.clauseBoundary) && !["(", ")"].contains(tokens[$0].text)) || (cues[$0].contains(.frameTrigger) && !cues[$0].contains(.determiner)) }),
                  tokens[(t + 1)..<mentions[first].start].contains(where: { WordLists.armedPeople.contains($0) })
            else { return [] }
        }
        // ("while Embaló was chairing a cabinet meeting, ECOWAS deployed …": a verb whose object
        // came before a comma; the name after it is the next clause's subject.)
        if firstMarker == "", mentions[first].start > t + 2, tokens[mentions[first].start - 1].text == ",", opensClause(after: first),
           ((t + 1)..<(mentions[first].start - 1)).contains(where: { tokens[$0].kind == .word && !isDeterminer($0) }) {
            return []
        }
        // "alongside Russian mercenaries from the Wagner Group": the force the people belong to.
        if mentions[first].kind == .demonym, mentions[first].isForces, let owner = after.first(where: { mentions[$0].start > mentions[first].end && mentions[$0].start <= mentions[first].end + 4 }),
           types.contains(type(owner)), type(owner) != .state,
           gap(mentions[first].end, mentions[owner].start).contains(where: { WordLists.armedPeople.contains($0) }),
           ["from", "of"].contains(tokens[mentions[owner].start - 1].key) || (tokens[mentions[owner].start - 1].key == "the" && ["from", "of"].contains(tokens[mentions[owner].start - 2].key)) {
            first = owner
        }
        // "deployed to Mali's central Mopti region", "attacked villages in Nigeria's Borno State":
        // the town or region the possessive owns, when the frame takes one. (A base keeps its
        // owner: "the raid on Kenya's Manda Bay base" attacks Kenya.)
        if mentions[first].isPossessive, [.state, .city, .region].contains(type(first)),
           let owned = after.first(where: { mentions[$0].start >= mentions[first].end }), mentions[owned].kind == .name, mentions[owned].start - mentions[first].end <= 4,
           [.region, .city].contains(type(owned)), types.contains(type(owned)),
           (mentions[first].end..<mentions[owned].start).allSatisfy({ tokens[$0].kind == .possessive || tokens[$0].text == "-" || isModifier($0) || WordLists.compassWords.contains(tokens[$0]) }) {
            first = owned
        }
        // "sanctions on Mali's defence minister, Ali Traore": the object is the office holder,
        // not the state that only qualifies the office.
        if let holder = officeHolder(after: first, in: after) {
            guard types.contains(type(holder)) else { return [] }
            first = holder
        } else if mentions[first].isPossessive, let person = personAfterPossessive(first), types.contains(type(person)) {
            // "met Burkina Faso's Ibrahim Traoré": the person, not the state.
            first = person
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
            // ("fought Jama'at Nusrat al-Islam wal-Muslimin (JNIM) and the Islamic State": the
            // acronym in brackets is the last item's own, and the list goes on past it.)
            if mentions[next].entity == mentions[current].entity, isBracketed(next), mentions[next].start == mentions[current].end + 1 {
                current = next
                continue
            }
            var gap = gap(mentions[current].end, mentions[next].start)
            if isBracketed(current) { gap = gap.dropFirst() }
            // "Claire Martin of Le Monde and Paul Petit of Libération", "X of Mali and Y of Chad":
            // whom each works for qualifies the person and does not end the list.
            if type(current) == .person, !types.contains(type(next)) || type(next) == .state, gap.count == 1, gap.first?.key == "of" {
                current = next
                continue
            }
            // ("Malian troops and Wagner Group fighters": the people of a force's name go with it.)
            let forcesAnd = mentions[current].isForces && gap.count == 2 && WordLists.forceNouns.contains(gap.first!) && gap.last!.key == "and"
            // ("Capt. X and Gen. Y": an abbreviated title's period too.)
            // ("at the al-Jufra air base and the al-Khadim air base": "the" after the "and".)
            let bare = gap.last?.key == "the" && gap.count >= 2 && [",", "and", "or"].contains(gap[gap.endIndex - 2].key) ? gap.dropLast() : gap
            var joined = forcesAnd || !bare.isEmpty && bare.allSatisfy { $0.key == "and" || $0.text == "," || $0.key == "or" || $0.kind == .possessive || isTitle($0) || $0.text == "." }
                && bare.contains { $0.key == "and" || $0.text == "," }
            // ("ousted President Bah Ndaw and Prime Minister Moctar Ouane": a title of several
            // words before the next person.)
            if !joined, type(next) == .person, type(current) == .person, gap.first?.key == "and" || gap.first?.text == "," {
                let title = gap.dropFirst().drop { $0.key == "and" }
                if let word = title.first, word.isCapitalized, let (_, length) = lexicon.role(in: title) {
                    joined = title.dropFirst(length).allSatisfy { $0.text == "." }
                }
            }
            // "met Tiani and the defence minister, General Salifou Mody": a role set off before
            // the next person.
            if !joined, type(next) == .person, type(current) == .person, gap.first?.key == "and", gap.last?.text == "," || isTitle(gap.last!) {
                var k = gap.startIndex + 1
                while k < gap.endIndex, gap[k].kind == .word, isDeterminer(k) || Self.officeModifiers.contains(gap[k]) { k += 1 }
                if k < gap.endIndex, let (_, length) = lexicon.role(in: gap[k...]) {
                    let rest = gap[(k + length)...]
                    joined = rest.allSatisfy { $0.text == "," || $0.text == "." || isTitle($0) } && rest.contains { $0.text == "," }
                }
            }
            // "arrived in Burkina Faso in January and in Niger in April": the marker said again
            // after "and", past a date.
            // ("and by the French military": a determiner may follow the marker.)
            var said = gap[...]
            while let last = said.last, ["the", "a", "an"].contains(last.key) { said = said.dropLast() }
            // ("… in Kayes, the main city of the west, and in Nioro", "…, as well as in Niono": an
            // apposition of the last item before it, or "as well as" for "and".)
            // ("travelled to Moscow, then to Tehran, and on to Ankara": an adverb of sequence before
            // the marker, after "and" or a bare comma.)
            if !joined, !firstMarker.isEmpty, said.count >= 2, said.last?.key == firstMarker {
                var before = said.dropLast()
                let sequenced = before.last.map { Self.sequenceAdverbs.contains($0) } ?? false
                while let last = before.last, Self.sequenceAdverbs.contains(last) { before = before.dropLast() }
                let rest = before.last?.key == "and" ? before.dropLast() : before.suffix(3).map(\.key) == ["as", "well", "as"] ? before.dropLast(3)
                    : sequenced && before.last?.text == "," ? before.dropLast() : nil
                if let rest, rest.count >= 4, rest.count <= 12, rest.first?.text == ",", rest.last?.text == ",", ["the", "a", "an"].contains(rest[rest.startIndex + 1].key) {
                    joined = rest.dropFirst().dropLast().allSatisfy { $0.kind == .word && !$0.isCapitalized }
                } else if let rest, rest.count <= 5 {
                    joined = rest.allSatisfy { isDateWord($0) || $0.text == "," || $0.key == "from" }
                }
            }
            // ("at the al-Jufra air base in central Libya and the al-Khadim air base": a place that
            // locates the last item qualifies it, and the list goes on past it.)
            // ("left Air Base 101 in Niamey in July and Air Base 201": a base's town too, and a
            // date before the "and".)
            if !joined, [.base, .city].contains(type(current)), [.state, .region].contains(type(next)) || (type(current) == .base && type(next) == .city),
               ["in", "near", "outside"].contains(gap.first?.key ?? ""), gap.count <= 3,
               gap.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
               let follow = after.first(where: { mentions[$0].start > mentions[next].end }), type(follow) == type(current),
               case let rest = self.gap(mentions[next].end, mentions[follow].start).drop(while: { isDateWord($0) }), rest.first?.key == "and",
               rest.dropFirst().allSatisfy({ ["the", "a", "an"].contains($0.key) }) {
                current = next
                continue
            }
            // ("took Goma in January and Bukavu in February": a date after an item of a list.)
            if !joined, firstMarker.isEmpty, let and = gap.lastIndex(where: { $0.key == "and" }), and > gap.startIndex,
               ["in", "on"].contains(gap.first!.key), gap[..<and].allSatisfy({ isDateWord($0) }),
               gap[(and + 1)...].allSatisfy({ ["the", "a", "an"].contains($0.key) }) {
                joined = true
            }
            guard joined else { break }
            // "… and Ethiopian Prime Minister Abiy Ahmed", "… and Burkina Faso's Captain Ibrahim
            // Traoré": the office holder or the person, not the state.
            if let holder = officeHolder(after: next, in: after) ?? (mentions[next].isPossessive ? personAfterPossessive(next) : nil), types.contains(type(holder)) {
                group.append(holder)
                current = holder
                continue
            }
            // "sanctions on Niger, Nigeria cut off …": a name after a bare comma that a verb follows
            // opens a clause of its own.
            if !gap.contains(where: { $0.key == "and" || $0.key == "or" }), mentions[next].end < end, opensClause(after: next) { break }
            // "fighting ISSP and JNIM, al-Qaeda's Sahel affiliate": a possessive after a bare
            // comma opens an apposition of the last item, which ends the list.
            if mentions[next].isPossessive, !mentions[next].isForces, !gap.contains(where: { $0.key == "and" || $0.key == "or" }) { break }
            guard types.contains(type(next)) else { break }
            group.append(next)
            current = next
        }
        return group
    }

    /// A word of a date: "broke out in April 2023 between", "on May 13", "in late 2021".
    func isDateWord(_ i: Int) -> Bool { isDateWord(tokens[i]) }

    func isDateWord(_ token: Token) -> Bool {
        token.kind == .number || WordLists.calendar.contains(token) || Self.datePrepositions.contains(token)
    }

    static let datePrepositions: WordSet = ["in", "on", "late", "early", "mid"]

    /// The position of the word after a date that opens at `position` ("since 2014", "from
    /// March 2017", "in 2019"), or `position` itself: "Al-Shabaab, led since 2014 by X" puts the
    /// date between the participle and its agent.
    func afterDate(from position: Int, in sentence: Range<Int>) -> Int {
        guard position < sentence.upperBound, Self.dateOpeners.contains(tokens[position]) else { return position }
        var k = position + 1
        while k < min(position + 4, sentence.upperBound), isDateWord(k) { k += 1 }
        return k > position + 1 ? k : position
    }

    static let dateOpeners: WordSet = ["since", "from", "in", "until"]

    /// Where mention `m` ends, past the acronym in brackets that its name defines: "the Front
    /// for Change and Concord in Chad (FACT)", "his Libyan National Army (LNA)".
    func endPastAcronym(of m: Int, limit: Int) -> Int {
        let end = mentions[m].end
        return end + 2 < limit && tokens[end].text == "(" && tokens[end + 2].text == ")" ? end + 3 : end
    }

    /// The position after the comma that closes an apposition opened by the comma at `comma`
    /// ("Kidal, the rebels' last bastion, fell"), when that comma stands before `comma + reach`
    /// and `limit`; nil otherwise.
    func endOfApposition(openedAt comma: Int, reach: Int, limit: Int) -> Int? {
        ((comma + 1)..<max(comma + 1, min(limit, comma + reach))).first { tokens[$0].text == "," }.map { $0 + 1 }
    }

    /// True when token `i` is an adverb that may stand between a participle and its agent:
    /// "backed first by", "supported largely by". (Not "ruled respectively by X and Y", whose
    /// agents pair off with the names before.)
    func isParticipleAdverb(_ i: Int) -> Bool {
        tokens[i].kind == .word && !tokens[i].isCapitalized && (Self.participleAdverbs.contains(tokens[i]) || (tokens[i].key.hasSuffix("ly") && tokens[i].key.count > 4 && tokens[i].key != "respectively"))
    }

    static let participleAdverbs: WordSet = ["first", "later", "also", "then", "initially", "once", "since", "long", "still"]

    /// Whether mention `m` stands alone in brackets: the "(JNIM)" of a name's acronym.
    func isBracketed(_ m: Int) -> Bool {
        let mention = mentions[m]
        return mention.start > 0 && mention.end < tokens.count && tokens[mention.start - 1].text == "(" && tokens[mention.end].text == ")"
    }

    /// The marker of mention `m`, read through ", including": "at several LNA-held sites,
    /// including al-Khadim" gives "at", the marker of the common noun the names belong to.
    /// Read through an apposed capital too: "to the Malian capital, Bamako" gives "to".
    func markerThroughIncluding(_ m: Int, notBefore floor: Int) -> String {
        let said = marker(before: m, notBefore: floor)
        if said != "including", let described = demonymPlaceApposed(to: m, floor: floor) { return marker(before: described, notBefore: floor) }
        guard said == "including" else { return said }
        var k = mentions[m].start - 1
        while k > floor, tokens[k].key != "including" { k -= 1 }
        k -= 1
        if k >= floor, tokens[k].text == "," { k -= 1 }
        // Back over the noun phrase, to its preposition: lower-case words, numbers, and names
        // inside a hyphened adjective ("LNA-held").
        let stop = max(floor, k - 7)
        while k >= stop {
            if let n = mentionAt[k], mentions[n].end < tokens.count, tokens[mentions[n].end].text == "-" { k = mentions[n].start - 1; continue }
            guard tokens[k].text == "-" || (mentionAt[k] == nil && (tokens[k].kind == .number || (tokens[k].kind == .word && !tokens[k].isCapitalized))) else { break }
            if tokens[k].kind == .word, isPreposition(k) { return tokens[k].key }
            k -= 1
        }
        return said
    }

    /// The demonym of "the Chadian capital, N'Djamena", "the Malian town, Gao" when city `m` is
    /// the name set off after it; nil otherwise.
    func demonymPlaceApposed(to m: Int, floor: Int) -> Int? {
        let comma = mentions[m].start - 1
        guard type(m) == .city, comma - 3 >= floor, tokens[comma].text == ",", tokens[comma - 1].key == "capital" || WordLists.settlementNouns.contains(tokens[comma - 1]),
              let d = mentionAt[comma - 2], mentions[d].end == comma - 1, mentions[d].kind == .demonym, type(d) == .state,
              mentions[d].start - 1 >= floor, tokens[mentions[d].start - 1].key == "the" else { return nil }
        return d
    }

    /// True when a finite verb follows mention `m`: "…, Nigeria cut off the electricity".
    func opensClause(after m: Int) -> Bool {
        let next = tokens[mentions[m].end]
        guard next.kind == .word, !next.isCapitalized, mentionAt[mentions[m].end] == nil else { return false }
        return Self.irregularPastVerbs.contains(next) || Self.finiteVerbs.contains(next) || WordLists.speechVerbs.contains(next)
            || (next.key.count > 4 && next.key.hasSuffix("ed"))
    }

    /// Finite verbs a clause's subject is often followed by.
    static let finiteVerbs: WordSet = ["cut", "has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "put", "set", "shut", "quit"]

    /// True when the comma at `i` closes a description set off after a name: "Kayes, the main
    /// city of the west,".
    func closesApposition(at i: Int, after t: Int) -> Bool {
        guard let open = ((t + 1)..<i).last(where: { tokens[$0].text == "," }), open + 3 <= i, ["the", "a", "an"].contains(tokens[open + 1].key),
              let named = mentionAt[open - 1], mentions[named].end == open else { return false }
        return ((open + 2)..<i).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }

    /// Posts named by a common noun before the place they are in: "army positions in Bourem".
    static let unnamedPosts: WordSet = ["facility", "camp", "camps", "compound", "installation", "positions", "position", "posts", "post",
                                            "barracks", "garrison", "checkpoint", "checkpoints", "convoy", "convoys", "outpost", "outposts"]

    /// "support from Russia and Iran": a mention after "and", "or" or a comma that follows another
    /// mention continues that one's list, and so takes its marker, not none.
    func continuesList(_ m: Int, after t: Int) -> Bool {
        let i = tokenBefore(m, pastDeterminersDownTo: t + 1)
        guard i > t + 1, ["and", "or"].contains(tokens[i].key) || tokens[i].text == "," else { return false }
        return mentionAt[i - 1] != nil
    }

    /// The person the sentences before were about, for a pronoun object ("declared him persona
    /// non grata", "gave him 72 hours to go"): the last person named in the two sentences before.
    func personBefore(sentence s: Int) -> Int? {
        (max(0, s - 2)..<s).reversed().lazy.compactMap { self.bySentence[$0].last(where: { self.type($0) == .person }) }.first
    }

    /// "ordered Olivier Salgado, the spokesman of the UN mission, to leave": for a person named
    /// right after the verb at `t` and set off by a comma, the comma that closes the apposition.
    func pastApposedPerson(after t: Int, clause: Range<Int>) -> Int? {
        guard t + 1 < clause.upperBound, let person = mentionAt[t + 1], mentions[person].start == t + 1, type(person) == .person,
              mentions[person].end < clause.upperBound, tokens[mentions[person].end].text == "," else { return nil }
        return ((mentions[person].end + 2)..<min(clause.upperBound, mentions[person].end + 25)).first { tokens[$0].text == "," }
    }

    /// The person an office held by `m` names: "Mali's defence minister, Ali Traore", "the
    /// Nigerien junta's spokesman Amadou Diallo". Nil when `m` does not qualify an office.
    func officeHolder(after m: Int, in candidates: [Int]) -> Int? {
        // "Mali's defence minister, X", "the Malian minister X", "Wagner Group chief X".
        guard mentions[m].isPossessive || mentions[m].kind == .demonym || mentions[m].kind == .name, var i = officeEnd(after: m) else { return nil }
        if i < tokens.count, tokens[i].text == "," { i += 1 }
        // "…, Col. Assimi Goita": the holder's own title.
        i = pastTitles(from: i, limit: tokens.count)
        guard i < tokens.count, let holder = mentionAt[i], candidates.contains(holder), type(holder) == .person else { return nil }
        return holder
    }

    /// Words between a state and the office it qualifies: "Mali's interim military leader".
    static let officeModifiers: WordSet = ["acting", "interim", "transitional", "former", "deputy", "senior", "top", "military", "new", "then", "ruling"]

    /// Bodies a person can lead, speak for or serve.
    static let bodies: EntityTypes = [.state, .organization, .militaryUnit, .alliance, .armedGroup]

    /// The token after mention `m` and its 's, if it has one: what a possessive owns starts there.
    func afterPossessive(_ m: Int) -> Int {
        var i = mentions[m].end
        while i < tokens.count, tokens[i].kind == .possessive { i += 1 }
        return i
    }

    /// The mention a possessive names right after its 's, past words of age or rank when
    /// `pastModifiers` ("France's new Command for Africa").
    func possessed(by m: Int, pastModifiers: Bool = false) -> Int? {
        var i = afterPossessive(m)
        while pastModifiers, i < tokens.count, tokens[i].kind == .word, !tokens[i].isCapitalized, Self.officeModifiers.contains(tokens[i]) { i += 1 }
        return i < tokens.count ? mentionAt[i] : nil
    }

    /// "Burkina Faso's Ibrahim Traoré": the person named right after a possessive.
    func personAfterPossessive(_ m: Int) -> Int? {
        possessed(by: m).flatMap { type($0) == .person ? $0 : nil }
    }

    /// "Colonel Assimi Goïta's Mali", "Putin's Russia": the state named right after a person's
    /// possessive, which that person rules.
    func stateRuled(byPossessive p: Int) -> Int? {
        guard type(p) == .person, mentions[p].isPossessive, let state = possessed(by: p), type(state) == .state, mentions[state].kind == .name else { return nil }
        return state
    }

    /// "Russia's Defense Ministry", "heads France's new Command for Africa": the organ a
    /// possessive state names, when one follows.
    func officeOrOrgan(after m: Int) -> Int? {
        if let organ = possessed(by: m, pastModifiers: true) { return [.organization, .militaryUnit].contains(type(organ)) ? organ : nil }
        return describedOrgan(after: m)
    }

    /// The lower-case words (at most `limit`, none of them part of a mention) right after the
    /// possessive mention `m` and its `'s`: "Turkey's intelligence agency" → "intelligence agency".
    func lowerCaseWords(afterPossessive m: Int, limit: Int) -> Range<Int> {
        var i = afterPossessive(m)
        let start = i
        while i < tokens.count, i - start < limit, tokens[i].kind == .word, !tokens[i].isCapitalized, mentionAt[i] == nil { i += 1 }
        return start..<i
    }

    /// "Turkey's intelligence agency": lower-case words after a possessive that end in an organ's
    /// noun, whether or not a name follows.
    /// ("France's command for Africa": the head noun stands before a preposition.)
    func describesUnnamedOrgan(after m: Int) -> Bool {
        let words = lowerCaseWords(afterPossessive: m, limit: 4)
        let head = words.first(where: { Self.organQualifiers.contains(tokens[$0]) }) ?? words.upperBound
        return head > words.lowerBound && Self.organNouns.contains(tokens[head - 1])
    }

    /// Prepositions that open what an organ is for or of: "command for Africa".
    static let organQualifiers: WordSet = ["for", "of", "in", "on"]

    /// "Ukraine's military intelligence agency, known as the HUR", "Mali's media regulator, the
    /// High Authority for Communication":
    /// an organ described in lower case after a possessive, then named.
    func describedOrgan(after m: Int) -> Int? {
        let words = lowerCaseWords(afterPossessive: m, limit: 5)
        guard !words.isEmpty, words.upperBound < tokens.count, Self.organNouns.contains(tokens[words.upperBound - 1]) else { return nil }
        var j = words.upperBound
        if tokens[j].text == "(" { j += 1 } else if tokens[j].text == ",", j + 2 < tokens.count, tokens[j + 1].key == "known", tokens[j + 2].key == "as" { j += 3 }
        else if tokens[j].text == ",", j + 1 < tokens.count, tokens[j + 1].key == "the" { j += 1 } else { return nil }
        if j < tokens.count, tokens[j].key == "the" { j += 1 }
        guard j < tokens.count, let organ = mentionAt[j], mentions[organ].start == j, [.organization, .militaryUnit].contains(type(organ)) else { return nil }
        return organ
    }

    /// Head nouns of a described organ of state ("the chief of the French defence staff").
    static let organNouns: WordSet = ["agency", "ministry", "regulator", "service", "directorate", "council", "office", "command", "authority", "commission", "unit", "force", "guard",
                                      "intelligence", "staff", "mission"]
}
