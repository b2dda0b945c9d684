import NewsGraph

/// Bodies and states among themselves: organs and components, subordination, allies, states acting as one, forces operating together, orders to leave, claimed attacks.
extension RelationFinder {
    /// "to leave", "to depart": what an order to go asks.
    static let leaving: WordSet = ["leave", "depart", "quit", "exit", "go", "withdraw"]

    /// Verbs that report violence done, with no attacker named: "Gunmen opened fire on …, killing five".
    static let reportedViolence: WordSet = violentVerbs.union(["killing", "shooting", "ambushed", "attacking", "storming", "fire", "exploded", "detonated", "raided"])

    static let attackNouns: WordSet = ["attack", "attacks", "assault", "raid", "raids", "ambush", "bombing", "bombings", "massacre", "killings", "strike", "strikes", "offensive"]

    /// Words that make two forces named together adversaries rather than partners.
    static let conflictWords: WordSet = ["against", "between", "clash", "clashes", "clashed", "fight", "fighting", "fought", "attack", "attacked", "attacks", "target", "targeted", "targets", "targeting", "struck", "strike", "strikes", "killed", "ambush", "ambushed", "versus", "vs", "battle", "rivals", "enemy", "enemies", "expelled", "replaced", "replace", "instead"]

    static let jointJoiners: WordSet = ["and", "accompanied", "alongside", "together", "with", "by", "joined", "backed", "supported", ","]

    /// "JNIM, al-Qaida's affiliate", "MINUSMA, the UN mission": nouns that make one body part of another.
    static let componentNouns: WordSet = ["affiliate", "branch", "wing", "arm", "coalition", "franchise", "offshoot", "faction", "component",
                                              "mission", "agency", "office", "body", "organ", "force", "operation", "command"]

    static let componentParts: EntityTypes = [.armedGroup, .organization, .militaryUnit]

    /// Nouns for a firm's or a body's part that a pronoun or "whose" ties to its owner.
    static let ownedComponentNouns: WordSet = componentNouns.union(["subsidiary", "subsidiaries", "unit", "division", "affiliates"])

    /// Verbs whose subject is a whole and whose object its components: "JNIM includes the Katiba
    /// Macina". (Not "including", which after a comma lists examples of a plural noun.)
    static let inclusionVerbs: WordSet = ["includes", "included", "comprises", "comprised", "encompasses", "unites"]
    static let bringingVerbs: WordSet = ["brings", "brought", "bringing"]

    /// Words that head a party's name: "Rally of the Guinean People", "Union for the Republic".
    static let partyHeads: Set<String> = ["Party", "Rally", "Union", "Front", "Congress", "Convention", "Movement", "Alliance"]

    /// Nouns for a body made of others: "a coalition dominated by …".
    static let unionNouns: WordSet = ["coalition", "alliance", "umbrella", "grouping", "federation", "coordination"]
    /// Participles that name what a union is made of: "dominated by", "made up of", "composed of".
    static let compositionVerbs: WordSet = ["dominated", "formed", "composed", "made", "comprising", "uniting", "grouping"]

    static let componentWholes: EntityTypes = [.armedGroup, .organization, .militaryUnit, .alliance, .state]

    static let subordinateWholes: EntityTypes = [.organization, .state, .militaryUnit, .alliance]

    static let attackTargets: EntityTypes = [.city, .base, .militaryUnit, .state]

    /// "Russia's Defense Ministry" → the ministry is part of Russia; "al-Qaeda affiliate JNIM".
    func findPossessiveOrgans(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where k + 1 < ms.count {
            let n = ms[k + 1]
            let gap = gap(mentions[m].end, mentions[n].start)
            // "Russia's Defense Ministry", "the African Union's Peace and Security Council".
            // ("Moscow's new Africa Corps", "Niger's ruling CNSP": a word of age or rank may stand between.)
            if [.state, .alliance, .organization].contains(type(m)), [.organization, .militaryUnit].contains(type(n)), mentions[m].entity != mentions[n].entity,
               mentions[m].isPossessive || (mentions[m].kind == .demonym && type(m) == .state),
               gap.count <= 2 && gap.enumerated().allSatisfy({ $0.element.kind == .possessive || ($0.offset == 1 && ["new", "elite", "own", "ruling"].contains($0.element.key)) })
                // ("the Guinean army's Special Forces Group": the state's army owns it.)
                || (type(m) == .state && gap.count == 2 && Self.ownForcesWords.contains(gap.first!) && gap.last!.kind == .possessive) {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "possessive-organ", span: span(m, n))
            }
            // "Russia's state nuclear corporation Rosatom": a possessive state, then what the body is.
            if type(m) == .state, mentions[m].isPossessive, type(n) == .organization, (3...5).contains(gap.count), gap.first?.kind == .possessive,
               gap.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }), WordLists.companyNouns.contains(gap.last!) {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "possessive-company", span: span(m, n))
            }
            // "the French state-owned nuclear group Orano": a state's company, named after what it is.
            if type(m) == .state, mentions[m].kind == .demonym, type(n) == .organization, (2...6).contains(gap.count),
               gap.allSatisfy({ ($0.kind == .word && !$0.isCapitalized) || $0.text == "-" }), gap.contains(where: { Self.publicOwnerWords.contains($0) }),
               WordLists.companyNouns.contains(gap.last!) || gap.last!.key == "group" {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "state-owned-company", span: span(m, n))
            }
            // "Operation Barkhane, France's counter-terrorism force in the Sahel": a unit set off
            // as a state's force belongs to it.
            // ("CNPC, China's state-owned energy giant": a state's company too.)
            // ("Operation Barkhane, the French counter-insurgency mission": a demonym after "the" too.)
            let apposedDemonym = mentions[n].kind == .demonym && gap.last?.key == "the" && gap.dropLast().last?.text == ","
            if [.militaryUnit, .organization].contains(type(m)), type(n) == .state, mentions[n].isPossessive || apposedDemonym,
               gap.last?.text == "," || apposedDemonym,
               gap.count == (apposedDemonym ? 2 : 1) || (gap.count == (apposedDemonym ? 3 : 2) && gap.first?.text == ")"),
               // ("France's 4,000-strong regional counter-terrorism force": a strength may qualify it.)
               let noun = (mentions[n].end..<min(sentence.upperBound, mentions[n].end + 10)).first(where: {
                   Self.stateBodyNouns.contains(tokens[$0]) || (type(m) == .organization && (WordLists.companyNouns.contains(tokens[$0]) || tokens[$0].key == "group")
                       && tokens[mentions[n].end..<$0].contains { Self.publicOwnerWords.contains($0) })
               }),
               ((mentions[n].end)..<noun).allSatisfy({ tokens[$0].kind == .possessive || tokens[$0].text == "-" || tokens[$0].kind == .number
                   || (tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil) }),
               // (Not a list: "targeted MINUSMA, the Malian army and Operation Barkhane".)
               !isListLink(after: noun + 1, in: sentence) {
                emit(mentions[m].entity, .partOf, mentions[n].entity, sentence: s, rule: "apposed-state-body", span: ordered(mentions[m].start, (noun + 1)))
            }
            // "French troops of Operation Barkhane", "French special forces of Operation Sabre": the
            // unit whose people a demonym names is that state's.
            if type(m) == .state, mentions[m].kind == .demonym, type(n) == .militaryUnit, (2...4).contains(gap.count),
               let of = gap.lastIndex(where: { $0.key == "of" }), gap[gap.startIndex..<of].contains(where: { WordLists.armedPeople.contains($0) || WordLists.forceNouns.contains($0) }),
               gap[gap.startIndex..<of].allSatisfy({ $0.kind == .word && !$0.isCapitalized }), gap[(of + 1)...].allSatisfy({ $0.key == "the" }),
               // (Not a force the lexicon gives to another body: "Chadian troops of the MNJTF".)
               entities[mentions[n].entity].lexiconEntry.flatMap({ lexicon.entries[$0].parent }).map({ stateNamed($0) == mentions[m].entity }) ?? true {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "demonym-forces-of-unit", span: span(m, n))
            }
            // "Operation Mirador, which Benin launched in 2022", "Operation Mirador, launched by
            // Benin": a state that launches or sets up a unit or a body owns it.
            if [.militaryUnit, .organization].contains(type(m)), type(n) == .state, mentions[n].kind != .demonym, !mentions[n].isPossessive,
               let first = gap.first, first.text == ",", gap.count >= 2, gap.count <= 4,
               (gap.count == 2 && gap.last?.key == "which" && mentions[n].end < sentence.upperBound && Self.foundingVerbs.contains(tokens[mentions[n].end]))
                || (Self.foundingVerbs.contains(gap[gap.startIndex + 1]) && gap.last?.key == "by" && gap.count == 3) {
                emit(mentions[m].entity, .partOf, mentions[n].entity, sentence: s, rule: "founded-by-state", span: span(m, n))
            }
            // "Khalifa Haftar's Libyan National Army", "Hemedti's RSF": a person's force is the one
            // he leads.
            if type(m) == .person, mentions[m].isPossessive, [.armedGroup, .militaryUnit].contains(type(n)),
               gap.count <= 2, gap.first?.kind == .possessive, gap.count == 1 || ["own", "new", "elite"].contains(gap.last!.key) {
                emit(mentions[m].entity, .leads, mentions[n].entity, sentence: s, rule: "possessive-force", span: span(m, n))
            }
            // "Condé's Rally of the Guinean People", "Masra's Transformers party": a person's party
            // is the one he leads.
            if type(m) == .person, mentions[m].isPossessive, type(n) == .organization, gap.count == 1, gap.first?.kind == .possessive,
               (mentions[n].end < sentence.upperBound && tokens[mentions[n].end].key == "party")
                || entities[mentions[n].entity].name.split(separator: " ").contains(where: { Self.partyHeads.contains(String($0)) }) {
                emit(mentions[m].entity, .leads, mentions[n].entity, sentence: s, rule: "possessive-party", span: span(m, n))
            }
            // "the Sudan Liberation Movement of Minni Minawi", "the army of General Burhan": the
            // force of a person is the one he leads, as with the possessive.
            // ("the Justice and Equality Movement (JEM) of Gibril Ibrahim": past the acronym the name defines.)
            // ("the Katiba Macina of the Fulani preacher Amadou Koufa": past what the person is.)
            let ofPerson = gap.first?.key == "of" ? 1 : (gap.count >= 2 && gap.first?.text == ")" && gap[gap.startIndex + 1].key == "of" ? 2 : 0)
            if type(n) == .person, ofPerson > 0, mentions[m].start > sentence.lowerBound, isForcesMention(m) || type(m) == .organization,
               gap.dropFirst(ofPerson).allSatisfy({ ["the", "a"].contains($0.key) || Self.creedOrPeopleWords.contains($0) || Self.personDescriptors.contains($0)
                   || isTitle($0) || lexicon.isSingleWordRole($0) }),
               gap.count - ofPerson <= 4,
               (ofPerson == 1 && tokens[mentions[m].start - 1].key == "the") || (ofPerson == 2 && isBracketedAcronym(m, openedAfter: "the")) {
                emit(mentions[n].entity, .leads, mentions[m].entity, sentence: s, rule: "force-of-person", span: span(m, n))
            }
            // "Tiani's junta, known as the CNSP": a person's body, named after what it is.
            if type(m) == .person, mentions[m].isPossessive, [.armedGroup, .militaryUnit, .organization].contains(type(n)),
               (3...6).contains(gap.count), gap.first?.kind == .possessive, Self.ledBodyNouns.contains(gap[gap.startIndex + 1]) {
                // What joins the noun to the name: "(,) known as (the)", "(,) called", ", the".
                let rest = gap.dropFirst(2).map(\.key)
                let joiner = rest.first == "," ? Array(rest.dropFirst()) : rest
                if [["known", "as"], ["known", "as", "the"], ["called"]].contains(joiner) || rest == [",", "the"] {
                    emit(mentions[m].entity, .leads, mentions[n].entity, sentence: s, rule: "possessive-named-body", span: span(m, n))
                }
            }
            // "Ukraine's military intelligence agency, known as the HUR".
            // ("The African Union's peacekeeping force, known as AMISOM": a bloc's too.)
            if [.state, .alliance, .organization].contains(type(m)), mentions[m].isPossessive, describedOrgan(after: m) == n {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "possessive-described-organ", span: span(m, n))
            }
            if type(m) == .state, [.organization, .militaryUnit].contains(type(n)), gap.count == 2, gap.first?.text == ",", gap.last?.key == "whose" {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "whose-organ", span: span(m, n))
            }
            // "JNIM, the Sahel branch of al-Qaeda": a place named on the way is a qualifier.
            if [.armedGroup, .organization, .militaryUnit].contains(type(m)), let whole = ms[(k + 1)...].first(where: { ![.region, .city, .state].contains(type($0)) }),
               type(whole) == type(m), mentions[whole].start - mentions[m].end <= 8, tokens[mentions[m].end].text == ",",
               let noun = (mentions[m].end..<mentions[whole].start).first(where: { ["branch", "affiliate", "wing", "arm", "offshoot", "franchise", "faction", "unit", "division"].contains(tokens[$0].key) }),
               tokens[noun + 1].key == "of" {
                emit(mentions[m].entity, .partOf, mentions[whole].entity, sentence: s, rule: "branch-of", span: span(m, whole))
            }
            // "JNIM, al-Qaida's affiliate in the Sahel", "MINUSMA, the UN peacekeeping mission".
            let components = Self.componentNouns
            let parts = Self.componentParts
            let wholes = Self.componentWholes
            // ("… in Somalia (AUSSOM), the African Union's new force": past the acronym's bracket.)
            let apposed = gap.first?.text == ")" ? gap.dropFirst() : gap
            if parts.contains(type(m)), wholes.contains(type(n)), apposed.first?.text == ",", apposed.count <= 2,
               apposed.dropFirst().allSatisfy({ ["the", "a", "an"].contains($0.key) }) {
                let tail = tokens[mentions[n].end..<min(mentions[n].end + 5, sentence.upperBound)]
                if let noun = tail.firstIndex(where: { components.contains($0) }),
                   (mentions[n].end..<noun).allSatisfy({ k in tokens[k].kind == .possessive || (tokens[k].kind == .word && !tokens[k].isCapitalized && mentionAt[k] == nil)
                       || mentionAt[k].map { type($0) == .region } == true }),
                   // ("the Tunisian affiliate of AQIM": the adjective says where, "of" names the whole.)
                   !(mentions[n].kind == .demonym && noun + 1 < sentence.upperBound && tokens[noun + 1].key == "of") {
                    emit(mentions[m].entity, .partOf, mentions[n].entity, sentence: s, rule: "apposed-component", span: ordered(mentions[m].start, (noun + 1)))
                }
            }
            // "the UN peacekeeping mission, MINUSMA": the same, the description first; the name
            // set off after it is closed by punctuation (an apposition, not a new clause's subject).
            if wholes.contains(type(m)), parts.contains(type(n)), mentions[n].kind == .name, mentions[m].kind == .name, !mentions[m].isPossessive,
               mentions[m].start > sentence.lowerBound, ["the", "a", "an"].contains(tokens[mentions[m].start - 1].key),
               (2...5).contains(gap.count), gap.last?.text == ",", components.contains(gap[gap.endIndex - 2]),
               gap.dropLast().allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
               mentions[n].end >= sentence.upperBound || [",", ".", ";", ")", "("].contains(tokens[mentions[n].end].text) {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "described-component", span: span(m, n))
            }
            // "the UN peacekeeping mission in Mali, known as MINUSMA": the description's place
            // first, the name given after it; the body named is part of the whole. (Where it is,
            // writers code as stationed there or deployed there alike: it is left unread.)
            if wholes.contains(type(m)), [.state, .city].contains(type(n)), mentions[n].kind == .name, !mentions[m].isPossessive, k + 2 < ms.count,
               case let named = ms[k + 2], parts.contains(type(named)), mentions[named].kind == .name,
               mentions[m].start > sentence.lowerBound, ["the", "a", "an"].contains(tokens[mentions[m].start - 1].key),
               (2...4).contains(gap.count), gap.last?.key == "in", components.contains(gap[gap.endIndex - 2]),
               gap.dropLast().allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
               self.gap(mentions[n].end, mentions[named].start).map { $0.key } == [",", "known", "as"] {
                emit(mentions[named].entity, .partOf, mentions[m].entity, sentence: s, rule: "described-component-known-as", span: span(m, named))
            }
            // "the al-Qaida-linked JNIM": a group tied to another by a hyphenated adjective.
            if type(m) == .armedGroup, type(n) == .armedGroup, gap.count == 2, gap.first?.text == "-",
               ["linked", "affiliated", "aligned", "allied"].contains(gap.last?.key ?? "") {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "linked-group", span: span(m, n))
            }
            if type(m) == .armedGroup, type(n) == .armedGroup, gap.contains(where: { ["affiliate", "branch", "offshoot", "wing", "franchise", "affiliated"].contains($0.key) }), gap.count <= 3 {
                emit(mentions[n].entity, .partOf, mentions[m].entity, sentence: s, rule: "affiliate", span: span(m, n))
            }
        }
    }

    /// "WAPCO, a CNPC subsidiary", "ISMP, an affiliate of the Islamic State", "the refugee agency
    /// of the United Nations, UNHCR", "M23 serves as the armed wing of the AFC": a body described
    /// as a component of another is part of it. "Benin, one of the bloc's members", "SADC, of
    /// which Mozambique is a member": a state or body described as a member belongs to it.
    func findDescribedMemberships(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // "the three members of the AES": a group of states named as members of an alliance.
        for m in ms where type(m) == .state && mentions[m].kind == .nominal && tokens[mentions[m].end - 1].key == "members" {
            // ("Kenya and Uganda are both IGAD members": the alliance named inside the phrase;
            // not "both former ECOWAS members", whose membership ended.)
            if let whole = ms.first(where: { mentions[$0].start > mentions[m].start && mentions[$0].end < mentions[m].end && type($0) == .alliance }) {
                if (mentions[m].start..<mentions[m].end).contains(where: { Self.formerWords.contains(tokens[$0]) }) { continue }
                emit(mentions[m].entity, .memberOf, mentions[whole].entity, sentence: s, rule: "group-members-of", span: span(m, whole))
                continue
            }
            var j = mentions[m].end
            guard j + 1 < sentence.upperBound, tokens[j].key == "of" else { continue }
            j += 1
            if tokens[j].key == "the" { j += 1 }
            if j < sentence.upperBound, let whole = mentionAt[j], mentions[whole].start == j, type(whole) == .alliance {
                emit(mentions[m].entity, .memberOf, mentions[whole].entity, sentence: s, rule: "group-members-of", span: span(m, whole))
            }
        }
        for t in sentence where cues[t].contains(.componentNoun) && mentionAt[t] == nil && !tokens[t].isCapitalized {
            let isMember = Self.memberNouns.contains(tokens[t])
            // ("He was a member of Ansar Dine": a person belongs to a group or a body.)
            let partTypes: EntityTypes = isMember ? [.state, .organization, .armedGroup, .person] : Self.componentParts
            let wholeTypes: EntityTypes = isMember ? [.alliance, .organization, .militaryUnit, .armedGroup] : Self.componentWholes
            // The whole: "… of (the) Y" after the noun, or "Y's …"/"a Y …" inside the description.
            var whole: Int?
            if t + 1 < sentence.upperBound, tokens[t + 1].key == "of" {
                let j = pastDeterminersAndModifiers(from: t + 2, limit: sentence.upperBound)
                if j < sentence.upperBound, let y = mentionAt[j], mentions[y].start == j, wholeTypes.contains(type(y)) { whole = y }
            }
            // The description's start: back over modifiers, a possessive and the whole named
            // inside, to its determiner ("a", "the", "one of the", "another").
            var d = t - 1
            while d > sentence.lowerBound {
                if let m = mentionAt[d] {
                    if whole == nil, wholeTypes.contains(type(m)), mentions[m].kind != .demonym { whole = m; d = mentions[m].start - 1; continue }
                    if type(m) == .region { d = mentions[m].start - 1; continue }
                    break
                }
                guard tokens[d].kind == .possessive || (tokens[d].text == "-" && !tokens[d].spaceBefore)
                        || (tokens[d].kind == .word && !tokens[d].isCapitalized && !Self.clauseWords.contains(tokens[d])) else { break }
                // ("Ethiopia and Somalia are both AU members", "… are AU members": a plural
                // description after a copula opens at "both" or at the copula.)
                if isMember, tokens[t].key.hasSuffix("s") {
                    if Self.copulas.contains(tokens[d]) { break }
                    if Self.pluralDescriptionOpeners.contains(tokens[d]) { d -= 1; break }
                }
                if Self.descriptionOpeners.contains(tokens[d]) {
                    if d - 2 >= sentence.lowerBound, tokens[d - 1].key == "of", tokens[d - 2].key == "one" { d -= 2 }
                    d -= 1
                    break
                }
                d -= 1
            }
            // ("one of the bloc's members": the whole's mention may hold its determiner.)
            if d - 2 >= sentence.lowerBound, tokens[d].key == "of", tokens[d - 1].key == "one" { d -= 2 }
            let opener = d + 1
            // ("JNIM, al-Qaeda's Sahel branch": the whole's possessive may open it.)
            // ("France, Germany and Italy, all EU members": a plural description of the list before it.)
            let plural = isMember && tokens[t].key.hasSuffix("s") && Self.pluralDescriptionOpeners.contains(tokens[opener])
            // ("all former EU members": membership that ended.)
            if isMember, (opener..<t).contains(where: { Self.formerWords.contains(tokens[$0]) }) { continue }
            let afterCopula = isMember && tokens[t].key.hasSuffix("s") && d >= sentence.lowerBound && Self.copulas.contains(tokens[d])
            if afterCopula, (opener..<t).contains(where: { ["not", "no", "never"].contains(tokens[$0].key) }) { continue }
            guard opener < t, plural || afterCopula || Self.descriptionOpeners.contains(tokens[opener]) || tokens[opener].key == "one" || (whole.map { mentions[$0].start == opener && mentions[$0].isPossessive } ?? false) else { continue }
            // "South Africa, another member, provided …": of the bloc the text was just about.
            if whole == nil, isMember, tokens[opener].key == "another" {
                let earlier = (s > 0 ? bySentence[s - 1] : []) + ms.filter { mentions[$0].end <= opener }
                whole = earlier.last(where: { type($0) == .alliance && mentions[$0].kind != .demonym })
            }
            var parts: [Int] = []
            // Before the comma, the body described ("Islamic State Mozambique Province (ISMP),").
            // (The description may open the text, the opener its first word: then nothing stands before it.)
            let described = d >= sentence.lowerBound && tokens[d].text == "," ? mention(beforeComma: d, floor: sentence.lowerBound) : nil
            if let x = described, partTypes.contains(type(x)), whole != nil {
                // "X, a Y subsidiary", "X, one of the bloc's members".
                parts = plural && type(x) == .state ? list(endingAt: x, in: ms.filter { type($0) == .state && mentions[$0].kind != .demonym }) : [x]
            } else if d > sentence.lowerBound, Self.copulas.contains(tokens[d]) || (tokens[d].key == "as" && (Self.servingVerbs.contains(tokens[d - 1]) || isFoundedAs(d, in: sentence))) {
                // "M23 serves as the armed wing of the AFC", "Mozambique is a member of SADC",
                // "JNIM was formed in 2017 as al-Qaeda's Sahel branch".
                parts = subjects(before: d, clause: clause(around: d, in: sentence), types: partTypes, in: ms)
                // "SADC, of which Mozambique is a member".
                if isMember, whole == nil, let x = parts.first, mentions[x].start >= sentence.lowerBound + 4, tokens[mentions[x].start - 1].key == "which", tokens[mentions[x].start - 2].key == "of",
                   tokens[mentions[x].start - 3].text == ",", let body = mention(beforeComma: mentions[x].start - 3, floor: sentence.lowerBound), wholeTypes.contains(type(body)) {
                    whole = body
                }
            } else if !isMember, let end = whole.map({ mentions[$0].end }), end + 1 < sentence.upperBound, tokens[end].text == ",",
                      let x = mentionAt[end + 1], mentions[x].start == end + 1, partTypes.contains(type(x)) {
                // "the refugee agency of the United Nations, UNHCR".
                parts = [x]
            }
            guard let w = whole else { continue }
            // "Burkina Faso, a member of the G5 Sahel force with Mali, Niger, Mauritania and Chad":
            // the states listed with it are members too.
            if isMember, !parts.isEmpty, mentions[w].end < sentence.upperBound, tokens[mentions[w].end].key == "with" {
                parts += states(listedAfter: mentions[w].end, limit: sentence.upperBound, in: ms)
            }
            for x in parts where mentions[x].entity != mentions[w].entity {
                emit(mentions[x].entity, isMember ? .memberOf : .partOf, mentions[w].entity, sentence: s, rule: isMember ? "described-member" : "described-part",
                     span: ordered(min(mentions[x].start, opener), max(mentions[x].end, mentions[w].end)))
            }
        }
    }

    /// True when the "as" at `asWord` closes a founding participle's phrase: "was formed in
    /// March 2017 under Iyad Ag Ghaly as …" (what a body was founded as, it is).
    func isFoundedAs(_ asWord: Int, in sentence: Range<Int>) -> Bool {
        let floor = max(sentence.lowerBound, asWord - 10)
        guard let verb = (floor..<asWord).last(where: { Self.foundingVerbs.contains(tokens[$0]) && (tokens[$0].key.hasSuffix("ed") || tokens[$0].key == "set") }) else { return false }
        return !((verb + 1)..<asWord).contains { cues[$0].contains(.clauseBoundary) }
    }

    /// The mention that ends just before the comma at `comma`, past an acronym in parentheses:
    /// "Islamic State Mozambique Province (ISMP),".
    func mention(beforeComma comma: Int, floor: Int) -> Int? {
        guard comma > floor else { return nil }
        return tokens[comma - 1].text == ")" && comma - 2 >= floor ? mentionAt[comma - 2] : mentionAt[comma - 1]
    }

    /// Nouns that make one body a component of the body named with them.
    static let describedParts: WordSet = WordSet(componentNouns.filter { !["coalition", "force", "operation", "command"].contains($0) } + ["subsidiary", "unit", "division", "executive", "secretariat"])

    /// What a person's own body is called before its name: "Tiani's junta, known as the CNSP".
    static let ledBodyNouns: WordSet = ["junta", "movement", "party", "militia", "group", "council", "committee", "coalition", "faction", "force", "forces"]

    /// Words that make a company a state's: "China's state-owned energy giant".
    static let publicOwnerWords: WordSet = ["state", "state-owned", "national", "public", "government-owned"]

    /// Nouns for a state's own forces and bodies: "France's counter-terrorism force".
    static let stateBodyNouns: WordSet = ["force", "forces", "operation", "mission", "campaign", "unit", "brigade", "command", "agency", "ministry", "service",
                                              "legislature", "parliament", "assembly"]

    /// Nouns that make a state or body a member of the body named with them.
    static let memberNouns: WordSet = ["member", "members"]

    /// Verbs that say what a subject is: "Mozambique is a member of SADC".
    static let copulas: WordSet = ["is", "was", "are", "were", "remains", "remained", "became", "becomes"]

    /// Verbs before "as" that say what a subject is: "M23 serves as the armed wing of the AFC".
    static let servingVerbs: WordSet = ["serves", "served", "serving", "acts", "acted", "acting", "functions", "functioned", "operates", "operated"]

    /// Words that open a description: "a CNPC subsidiary", "another member".
    static let descriptionOpeners: WordSet = ["a", "an", "the", "another", "its", "their"]
    /// Words that open a description of several: "all EU members", "both members of ECOWAS",
    /// "fellow AU members".
    static let pluralDescriptionOpeners: WordSet = ["all", "both", "fellow", "two", "three", "four", "five"]

    /// Words that open a clause of their own, where a description stops.
    static let clauseWords: WordSet = ["and", "or", "but", "which", "who", "that", "where", "said", "says", "is", "was", "as", "remains", "became", "becomes", "of"]

    /// "West African leaders suspended Guinea from ECOWAS", "the suspension of Mali from the
    /// bloc": the state suspended is a member of the body, which sanctions it unless the
    /// sentence names another agent (the frame "sanction" reports that one).
    func findSuspensions(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.suspension) && mentionAt[t] == nil {
            let clause = clause(around: t, in: sentence)
            var suspended = objects(after: t, clause: clause, types: FrameTable.states, markers: Markers.directOrOf, in: ms)
            let agents: [Int]
            let body: Int
            if let last = suspended.last {
                guard let named = bodyNamed(from: mentions[last].end, clause: clause) else { continue }
                body = named
                agents = subjects(before: t, clause: clause, types: [.alliance, .organization, .state], in: ms)
            } else {
                // "Mali remains suspended from ECOWAS", "three members remain suspended from ECOWAS:
                // Goïta's Mali, …": the passive's subject, or the states a colon lists after the body.
                guard let named = bodyNamed(from: t + 1, clause: clause) else { continue }
                body = named
                agents = []
                suspended = subjects(before: t, clause: clause, types: FrameTable.states, in: ms)
                if suspended.isEmpty, mentions[body].end < sentence.upperBound, tokens[mentions[body].end].text == ":" {
                    suspended = statesListed(after: mentions[body].end, in: ms)
                }
            }
            for state in suspended {
                let span = span(state, body)
                emit(mentions[state].entity, .memberOf, mentions[body].entity, sentence: s, rule: "suspended-from", span: span)
                if agents.isEmpty {
                    emit(mentions[body].entity, .sanctions, mentions[state].entity, sentence: s, rule: "suspended-from", span: ordered(min(t, span.lowerBound), span.upperBound))
                }
            }
        }
    }

    /// "The Arab League, to which Somalia belongs", "the AFC, the coalition to which it belongs":
    /// the states a relative clause puts in the body before it are its members; a group is a part.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions.
    func findRelativeMemberships(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where t >= sentence.lowerBound + 5 && Self.belongVerbs.contains(tokens[t]) {
            guard let last = mentionAt[t - 1], mentions[last].end == t, [.state, .armedGroup].contains(type(last)), mentions[last].kind != .demonym else { continue }
            let members = list(endingAt: last, in: ms.filter { type($0) == type(last) && mentions[$0].kind != .demonym })
            let first = mentions[members[0]].start
            guard first >= sentence.lowerBound + 4, tokens[first - 1].key == "which", tokens[first - 2].key == "to" else { continue }
            // The body: right before the comma, or the head of an apposition set off before it
            // ("the AFC, the coalition to which it belongs").
            guard let body = mention(beforeComma: first - 3, floor: sentence.lowerBound) ?? ms.last(where: { mentions[$0].end < first - 2 && tokens[mentions[$0].end].text == "," }),
                  tokens[first - 3].text == "," || ((mentions[body].end + 1)..<(first - 2)).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }),
                  [.alliance, .organization, .armedGroup].contains(type(body)) else { continue }
            for m in members where mentions[m].entity != mentions[body].entity {
                emit(mentions[m].entity, type(m) == .state ? .memberOf : .partOf, mentions[body].entity, sentence: s, rule: "to-which-belongs", span: ordered(mentions[body].start, t + 1))
            }
        }
    }

    /// Verbs of belonging: "to which Somalia belongs".
    static let belongVerbs: WordSet = ["belong", "belongs", "belonged"]

    /// "from (all) the bloc('s activities)": the alliance or organization named right after "from"
    /// at token `k`, or nil.
    private func bodyNamed(from k: Int, clause: Range<Int>) -> Int? {
        guard k < clause.upperBound, tokens[k].key == "from" else { return nil }
        var k = k + 1
        while k < clause.upperBound, mentionAt[k] == nil, ["the", "all", "its", "their"].contains(tokens[k].key) || tokens[k].kind == .number || tokens[k].text == "-" { k += 1 }
        guard k < clause.upperBound, let body = mentionAt[k], [.alliance, .organization].contains(type(body)) else { return nil }
        return body
    }

    /// The states a colon at token `colon` lists: "…: Mali, Colonel Doumbouya's Guinea and Niger".
    /// A ruler's possessive may qualify an item.
    ///
    /// - Complexity: O(*m*) in the sentence's mentions.
    func statesListed(after colon: Int, in ms: [Int]) -> [Int] {
        var states: [Int] = []
        var itemsEnd = colon + 1
        for m in ms where mentions[m].start >= itemsEnd {
            // Each item opens right after the colon, a comma or "and", past a title.
            let before = pastTitlesBackward(mentions[m].start - 1)
            guard before == colon || [",", "and"].contains(tokens[before].key) else { break }
            guard let state = stateRuled(byPossessive: m) ?? (type(m) == .state && mentions[m].kind == .name && !mentions[m].isPossessive ? m : nil) else { break }
            states.append(state)
            itemsEnd = mentions[state].end
        }
        return states
    }

    /// "Algeria closed its airspace to all flights to and from Mali", "Benin shut its border with
    /// Niger": a state closing its borders to another sanctions it.
    func findClosures(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.closing) && mentionAt[t] == nil {
            guard let noun = ((t + 1)..<min(sentence.upperBound, t + 5)).first(where: { Self.closedThings.contains(tokens[$0]) }),
                  // ("close to the borders with Chad": an adjective, not a closing.)
                  ((t + 1)..<noun).allSatisfy({ (tokens[$0].kind == .word && mentionAt[$0] == nil && !isPreposition($0)) || tokens[$0].kind == .possessive }) else { continue }
            let clause = clause(around: t, in: sentence)
            // ("shut its airspace to Algerian aircraft": the state's planes stand for it.)
            let targets = statesAfter(noun, clause: clause, markers: Markers.toWithOrFrom, forcesToo: tokens[noun].key == "airspace", in: ms)
            guard !targets.isEmpty else { continue }
            for closer in subjects(before: t, clause: clause, types: [.state, .alliance], in: ms) { for target in targets where mentions[target].entity != mentions[closer].entity {
                emit(mentions[closer].entity, .sanctions, mentions[target].entity, sentence: s, rule: "closed-border", span: span(closer, target))
            } }
        }
    }

    /// "The UN mission in Mali, MINUSMA", "UNESCO, the UN's cultural agency", "MINUSMA, which
    /// operates under the United Nations": a body the lexicon places in a bloc or an organization
    /// (the UN's agencies and missions) is part of it where the sentence names both, or where the
    /// body's own name carries the parent's ("the UN mission in Mali") and the document names the
    /// parent. Writers code it so whenever the two are named together; not for a bloc's organs
    /// (the Security Council, the ECOWAS Commission), which act as the bloc, unless the name
    /// itself gives the owner in the possessive ("Sudan's Sovereignty Council").
    ///
    /// - Complexity: O(*m* × *e*) in the sentence's mentions and, for a body with a parent, the
    ///   document's entities.
    func findBodiesNamedWithTheirParent(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where type(m) == .organization && mentions[m].kind == .name {
            guard let entry = entities[mentions[m].entity].lexiconEntry, let parentName = lexicon.entries[entry].parent else { continue }
            // ("Sudan's Sovereignty Council" read as one name: its owner is named in the possessive,
            // organ or not.)
            let range = mentions[m].range
            let ownerInName = range.first(where: { tokens[$0].kind == .possessive }).map { tokens[range.lowerBound..<$0].map(\.text).joined(separator: " ") == parentName } ?? false
            let parentTypes: EntityTypes = ownerInName ? [.alliance, .organization, .state] : [.alliance, .organization]
            guard ownerInName || !Self.organWords.contains(String(lexicon.entries[entry].name.split(separator: " ").last ?? "")),
                  let parent = entities.indices.first(where: { entities[$0].mentions > 0 && parentTypes.contains(entities[$0].type) && entities[$0].name == parentName }),
                  parent != mentions[m].entity else { continue }
            let ownName = tokens[range].map(\.text).joined(separator: " ")
            let namesParent = ownerInName || ms.contains { mentions[$0].entity == parent } || ownName.contains(parentName)
                || (parentName == "United Nations" && tokens[range].contains { $0.text == "UN" })
            guard namesParent else { continue }
            emit(mentions[m].entity, .partOf, parent, sentence: s, rule: "named-with-parent", span: range)
        }
    }

    /// Words that say what a person is, before the name: "the Fulani preacher Amadou Koufa".
    /// (Roles of one word, "warlord", "commander", are the lexicon's: `isSingleWordRole`.)
    static let personDescriptors: WordSet = ["preacher", "cleric", "businessman", "veteran", "rebel", "militia", "late", "radical", "hardline", "charismatic"]

    /// Last words of the names of a bloc's organs.
    static let organWords: Set<String> = ["Council", "Assembly", "Commission", "Secretariat", "Parliament"]

    /// "Chad, Nigeria, Cameroon and Niger supply most of the troops of the MNJTF", "Kenya
    /// contributes soldiers to the AU mission": the states that man a force are its members.
    /// "Both countries, with Nigeria and Benin, contribute to the MNJTF", "… alongside Chad and
    /// Cameroon": the states the sentence sets beside the subject man the force too.
    func findTroopContributions(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.contribution) && mentionAt[t] == nil {
            // The troops, or a force right after "contribute to".
            let troops = ((t + 1)..<min(sentence.upperBound, t + 6)).first(where: { WordLists.armedPeople.contains(tokens[$0]) || tokens[$0].key == "peacekeepers" })
            if let troops {
                guard ((t + 1)..<troops).allSatisfy({ mentionAt[$0] == nil && (tokens[$0].kind == .word || tokens[$0].kind == .number || tokens[$0].text == ",") }) else { continue }
            } else {
                guard t + 2 < sentence.upperBound, tokens[t].key.hasPrefix("contribut"), tokens[t + 1].key == "to" else { continue }
            }
            let clause = clause(around: t, in: sentence)
            let from = troops ?? t
            let forces = objects(after: from, clause: clause, types: [.militaryUnit, .alliance, .organization], markers: Markers.ofToOrFor, in: ms)
            guard let force = forces.first.flatMap({ mentions[$0].start - from <= 6 ? $0 : nil }) ?? troops.flatMap({ forceNamedBefore(troopsEndingClauseAt: $0, sentence: s) })
            else { continue }
            let contributors = subjects(before: t, clause: clause, types: [.state], in: ms)
            for state in contributors + statesBeside(contributors, clause: clause, in: ms) where mentions[state].entity != mentions[force].entity {
                emit(mentions[state].entity, .memberOf, mentions[force].entity, sentence: s, rule: "contributes-troops", span: span(state, force))
            }
        }
    }

    /// "The AU endorsed a revived MNJTF. Nigeria, Chad and Niger contribute troops;": troops
    /// that end their clause man the one force the sentence before names. Nil when the clause
    /// goes on, or the sentence before names no force or several.
    func forceNamedBefore(troopsEndingClauseAt troops: Int, sentence s: Int) -> Int? {
        guard s > 0, troops + 1 < tokens.count, [";", ".", ":"].contains(tokens[troops + 1].text) || troops + 1 == sentences[s].upperBound else { return nil }
        let named = bySentence[s - 1].filter { type($0) == .militaryUnit && mentions[$0].kind == .name }
        guard let first = named.first, named.allSatisfy({ mentions[$0].entity == mentions[first].entity }) else { return nil }
        return first
    }

    /// The states a clause sets beside its subjects: "X, with A and B, …", "… alongside A and B".
    func statesBeside(_ subjects: [Int], clause: Range<Int>, in ms: [Int]) -> [Int] {
        var beside: [Int] = []
        for w in clause where ["with", "alongside"].contains(tokens[w].key) && w > clause.lowerBound
            && (tokens[w - 1].text == "," || tokens[w].key == "alongside") {
            beside += states(listedAfter: w, limit: clause.upperBound, in: ms).filter { !subjects.contains($0) }
        }
        return beside
    }

    /// The list of states (by name, not demonym) that starts right after token `k`, past a
    /// determiner: "with Mali, Niger and Chad"; empty if no state opens there.
    func states(listedAfter k: Int, limit: Int, in ms: [Int]) -> [Int] {
        var i = k + 1
        while i < limit, mentionAt[i] == nil, isDeterminer(i) { i += 1 }
        guard i < limit, let first = mentionAt[i], mentions[first].start == i, type(first) == .state, mentions[first].kind != .demonym else { return [] }
        return list(startingAt: first, in: ms).filter { type($0) == .state && mentions[$0].kind != .demonym }
    }

    /// "The MNJTF draws troops from Nigeria, Chad and Cameroon", "a force made up of soldiers
    /// from Kenya and Uganda": the states a force is manned from are its members.
    func findDrawnTroops(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for f in sentence where cues[f].contains(.preposition) && tokens[f].key == "from" && f - 2 > sentence.lowerBound {
            // ("has 22,000 troops in Somalia, from Uganda, Kenya and Burundi": the troops' place
            // may come first, set off before "from".)
            var people = f - 1
            var stationedIn: Int?
            if tokens[people].text == ",", let place = mentionAt[people - 1], type(place) == .state {
                // (Past "the": "in the Central African Republic".)
                var preposition = mentions[place].start - 1
                if preposition > sentence.lowerBound, isDeterminer(preposition) { preposition -= 1 }
                if preposition - 1 > sentence.lowerBound, tokens[preposition].key == "in" {
                    stationedIn = place
                    people = preposition - 1
                }
            }
            guard WordLists.armedPeople.contains(tokens[people]) || tokens[people].key == "peacekeepers" else { continue }
            // The verb of manning, within three words before the troops: "draws", "made up of",
            // "has around 22,000 troops".
            guard let verb = (max(sentence.lowerBound, people - 4)..<people).last(where: { Self.drawingWords.contains(tokens[$0]) }),
                  ((verb + 1)..<people).allSatisfy({ mentionAt[$0] == nil && (tokens[$0].kind == .word || tokens[$0].kind == .number) }) else { continue }
            let clause = clause(around: verb, in: sentence)
            // ("The African Union mission, made up of …": a name that only qualifies the force is not it.)
            // (A mission named as an organization has troops too: "AMISOM has 22,000 troops".)
            let holders: EntityTypes = Self.possessionWords.contains(tokens[verb]) ? [.militaryUnit, .alliance, .organization] : [.militaryUnit, .alliance]
            guard let force = subjects(before: verb, clause: clause, types: holders, in: ms).first,
                  !(mentions[force].end < verb && Self.missionNouns.contains(tokens[mentions[force].end])) else { continue }
            let states = objects(after: f, clause: clause, types: [.state], markers: Markers.fromOrDirect, in: ms).filter { mentions[$0].kind != .demonym }
            guard let first = states.first, mentions[first].start - f <= 2 else { continue }
            for state in states where mentions[state].entity != mentions[force].entity {
                emit(mentions[state].entity, .memberOf, mentions[force].entity, sentence: s, rule: "troops-drawn-from", span: span(force, state))
                if let stationedIn, mentions[stationedIn].entity != mentions[state].entity {
                    emit(mentions[state].entity, .deployedTo, mentions[stationedIn].entity, sentence: s, rule: "troops-drawn-from", span: span(force, state))
                }
            }
        }
    }

    /// Verbs that say where a force's troops come from: "draws troops from", "made up of soldiers from".
    static let drawingWords: WordSet = possessionWords.union(["draws", "drew", "draw", "drawn", "includes", "included", "include", "comprises", "comprised", "comprising", "of", "brings", "pulls", "pooling", "pools"])

    /// Verbs of having troops, for a force or a mission: "AMISOM has 22,000 troops from …".
    static let possessionWords: WordSet = ["has", "had", "have", "fields", "fielded"]

    /// The states a marker introduces within ten tokens after `noun`, in its clause: whom a border
    /// is closed "to", whom aid is cut "for". A demonym counts only as forces, and only if
    /// `forcesToo` ("assistance to Malian forces").
    func statesAfter(_ noun: Int, clause: Range<Int>, markers: WordSet, forcesToo: Bool, in ms: [Int]) -> [Int] {
        ms.filter { mentions[$0].start > noun && mentions[$0].start <= noun + 10 && mentions[$0].start < clause.upperBound && type($0) == .state
            && (mentions[$0].kind != .demonym || (forcesToo && mentions[$0].isForces)) && markers.contains(marker(before: $0, notBefore: noun + 1)) }
    }

    /// Verbs for manning a force: "supply", "contribute", "provide" (troops).
    static let contributionVerbs: WordSet = ["supply", "supplies", "supplied", "contribute", "contributes", "contributed", "provide", "provides", "provided"]

    /// Verbs that close a border or an airspace.
    static let closingVerbs: WordSet = ["closed", "close", "closes", "closing", "shut", "shuts", "shutting", "sealed", "seals"]

    /// What a state closes to another.
    static let closedThings: WordSet = ["airspace", "border", "borders", "frontier", "frontiers", "crossings", "ports"]

    /// "The AES, which groups Mali, Burkina Faso and Niger", "a bloc that brings together …":
    /// the states an alliance is said to be made of are its members.
    func findCompositions(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.composition) && mentionAt[t] == nil {
            var verbEnd = t + 1
            if tokens[t].key.hasPrefix("bring") || tokens[t].key == "brought" {
                guard verbEnd < sentence.upperBound, tokens[verbEnd].key == "together" else { continue }
                verbEnd += 1
            }
            let clause = clause(around: t, in: sentence)
            // ("the Multinational Joint Task Force, which brings together Nigeria, Niger, Chad …":
            // a joint force is made of its states too.)
            guard let alliance = subjects(before: t, clause: clause, types: [.alliance, .militaryUnit], in: ms).first else { continue }
            let members = objects(after: verbEnd - 1, clause: clause, types: FrameTable.states, markers: Markers.direct, in: ms)
            for m in members where mentions[m].start - verbEnd <= 3 || members.count > 1 {
                emit(mentions[m].entity, .memberOf, mentions[alliance].entity, sentence: s, rule: "groups-members", span: span(alliance, m))
            }
        }
    }

    /// "The Alliance of Sahel States (AES), the confederation of Mali, Burkina Faso and Niger":
    /// an alliance set off by a bloc noun "of" a list of states has them as members.
    func findBlocsOfStates(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.descriptionHead) && DefiniteDescriptionResolver.allianceNouns.contains(tokens[t]) && mentionAt[t] == nil {
            guard t + 2 < sentence.upperBound, tokens[t + 1].key == "of", let first = mentionAt[t + 2], mentions[first].start == t + 2, type(first) == .state else { continue }
            // Back over the determiner and modifiers ("the three-nation") to the comma.
            var k = t - 1
            while k > sentence.lowerBound, mentionAt[k] == nil, tokens[k].kind == .word || tokens[k].text == "-", !tokens[k].isCapitalized, tokens[k].text != "," { k -= 1 }
            guard k > sentence.lowerBound, k < t, tokens[k].text == ",", isDeterminer(k + 1) else { continue }
            // The alliance before the comma, past its acronym in parentheses.
            var end = k
            if end - 2 > sentence.lowerBound, tokens[end - 1].text == ")", let acronym = mentionAt[end - 2],
               mentions[acronym].start > sentence.lowerBound, tokens[mentions[acronym].start - 1].text == "(" {
                end = mentions[acronym].start - 1
            }
            guard let alliance = mentionAt[end - 1], mentions[alliance].end == end, type(alliance) == .alliance else { continue }
            let states = ms.filter { type($0) == .state && mentions[$0].kind != .demonym }
            let members = list(startingAt: first, in: states)
            guard members.count > 1 else { continue }
            for m in members {
                emit(mentions[m].entity, .memberOf, mentions[alliance].entity, sentence: s, rule: "bloc-of-states", span: span(alliance, m))
            }
        }
    }

    /// "Burkina Faso and Niger, Mali's partners in the AES", "Niger, … together with Mali and
    /// Burkina Faso, its partners in the AES": the owner of the partners and the states the
    /// phrase describes are all members of the body. Returns whether the phrase was one.
    func findPartnersIn(_ s: Int, _ t: Int, _ sentence: Range<Int>, _ ms: [Int]) -> Bool {
        guard tokens[t].key.hasPrefix("partner") || tokens[t].key == "allies", t + 1 < sentence.upperBound, tokens[t + 1].key == "in" else { return false }
        var j = t + 2
        while j < sentence.upperBound, mentionAt[j] == nil, isDeterminer(j) { j += 1 }
        guard j < sentence.upperBound, let body = mentionAt[j], mentions[body].start == j, type(body) == .alliance else { return false }
        // The owner: "Mali's" or "its" right before, past a word such as "fellow" or "closest".
        var k = t - 1
        while k > sentence.lowerBound, tokens[k].kind == .word, mentionAt[k] == nil, isModifier(k) { k -= 1 }
        let clause = clause(around: t, in: sentence)
        var owners: [Int] = []
        var ownerStart = k
        if k > sentence.lowerBound, tokens[k].kind == .possessive, let o = mentionAt[k - 1], type(o) == .state {
            owners = [o]; ownerStart = mentions[o].start
        } else if ["its", "their"].contains(tokens[k].key) {
            // ("Niger has drawn closer to Mali and Burkina Faso, its partners": not a list a
            // preposition governs.)
            let before = ms.filter { mentions[$0].end <= k && mentions[$0].start >= clause.lowerBound }
            owners = before.last(where: { type($0) == .state && mentions[$0].kind != .demonym
                && !isPrepositionalObject(listStart($0, in: before), floor: clause.lowerBound) }).map { [$0] } ?? []
        } else {
            return false
        }
        // The states set off before it: "Burkina Faso and Niger, Mali's partners".
        var described: [Int] = []
        if ownerStart - 1 > sentence.lowerBound, tokens[ownerStart - 1].text == ",", let last = mentionAt[ownerStart - 2], type(last) == .state, mentions[last].kind != .demonym {
            described = list(endingAt: last, in: ms.filter { type($0) == .state && mentions[$0].kind != .demonym })
        }
        // ("Niger's partners in ECOWAS": the owner alone, when no states are set off before.)
        guard !described.isEmpty || !owners.isEmpty else { return false }
        for m in owners + described where mentions[m].entity != mentions[body].entity {
            emit(mentions[m].entity, .memberOf, mentions[body].entity, sentence: s, rule: "partners-in", span: ordered(min(mentions[m].start, t), mentions[body].end))
        }
        return true
    }

    /// Words that say a state is one of another's partners: "is", "has become", "counts among".
    static let allyCopulas: WordSet = ["is", "are", "was", "were", "become", "became", "remains", "remained", "been", "one", "among", "counts", "counted"]

    static let compositionWords: WordSet = ["groups", "grouped", "grouping", "comprises", "comprised", "comprising", "unites", "united", "uniting",
                                                "brings", "brought", "bringing", "bring"]

    static let suspensionWords: WordSet = ["suspended", "suspend", "suspends", "suspending", "suspension"]

    /// "Egypt, one of the army's closest backers": who backs a state supports it.
    static let backerWords: WordSet = ["backer", "backers", "supporter", "supporters", "sponsor", "sponsors", "patron", "patrons"]

    /// What a partner word says of the partner: an ally is allied, a backer supports, a partner
    /// cooperates.
    func partnerRelation(_ t: Int) -> RelationType {
        if tokens[t].key.hasPrefix("all") { return .alliedWith }
        return Self.backerWords.contains(tokens[t]) ? .supports : .cooperatesWith
    }

    /// "Mali has become one of Russia's closest allies": the ally is the possessor;
    /// "the African Sahel region": a region inside another.
    func findAllies(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.ally) {
            // "Mali's Russian partners", "the army and its Russian allies": the adjective's state
            // partners the owner.
            if t > sentence.lowerBound, let partner = mentionAt[t - 1], mentions[partner].kind == .demonym, type(partner) == .state {
                let k = mentions[partner].start - 1
                var owner: Int?
                if k >= sentence.lowerBound, tokens[k].kind == .possessive, let m = mentionAt[k - 1], FrameTable.forces.contains(type(m)) {
                    owner = mentions[m].entity
                } else if k >= sentence.lowerBound, ["its", "their"].contains(tokens[k].key) {
                    owner = subjects(before: k, clause: clause(around: k, in: sentence), types: FrameTable.forces, in: ms).first.map { mentions[$0].entity }
                }
                if let owner, owner != mentions[partner].entity {
                    // ("Mali's Russian backers": the backer supports the owner.)
                    let relation = partnerRelation(t)
                    let (source, target) = relation == .supports ? (mentions[partner].entity, owner) : (owner, mentions[partner].entity)
                    emit(source, relation, target, sentence: s, rule: "adjective-partner", span: ordered((k - 1), (t + 1)))
                }
                continue
            }
            if findPartnersIn(s, t, sentence, ms) { continue }
            // "Uganda, South Sudan's closest ally", "Kampala, Kiir's main ally": an apposition.
            // (A person's ally is the ally of the state the lexicon says the person heads.)
            if let owner = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 4 && mentions[$0].isPossessive && [.state, .person].contains(type($0)) }),
               mentions[owner].start >= sentence.lowerBound + 2, tokens[mentions[owner].start - 1].text == ",",
               let described = mentionAt[mentions[owner].start - 2], type(described) == .state, mentions[described].kind != .demonym,
               (mentions[owner].end..<t).allSatisfy({ tokens[$0].kind == .possessive || (tokens[$0].kind == .word && !tokens[$0].isCapitalized) }),
               let ownerState = type(owner) == .state ? mentions[owner].entity : headedState(by: mentions[owner].entity),
               ownerState != mentions[described].entity {
                emit(mentions[described].entity, partnerRelation(t), ownerState, sentence: s, rule: "apposed-ally", span: ordered(mentions[described].start, (t + 1)))
                continue
            }
            // ("Algeria is the Polisario's main backer": an armed group has backers too.)
            let backed = Self.backerWords.contains(tokens[t])
            let possessor = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 4 && mentions[$0].isPossessive
                                             && (type($0) == .state || backed && type($0) == .armedGroup) })
            // ("Egypt is the main backer of the Sudanese army": or the one named after "of".)
            var afterOf: Int?
            if backed, possessor == nil, t + 2 < sentence.upperBound, tokens[t + 1].key == "of",
               case let j = pastDeterminersAndModifiers(from: t + 2, limit: sentence.upperBound), j < sentence.upperBound,
               let backedOne = mentionAt[j], mentions[backedOne].start == j, [.state, .armedGroup].contains(type(backedOne)) {
                afterOf = backedOne
            }
            guard let owner = possessor ?? afterOf else { continue }
            let clause = clause(around: t, in: sentence)
            for subject in subjects(before: mentions[owner].start, clause: clause, types: FrameTable.states, in: ms) where mentions[subject].entity != mentions[owner].entity
                // Only "X is / has become / remains one of Y's allies" ("counts among") says that X is one.
                && gap(mentions[subject].end, mentions[owner].start).contains(where: { Self.allyCopulas.contains($0) }) {
                emit(mentions[subject].entity, partnerRelation(t), mentions[owner].entity, sentence: s, rule: "possessive-ally", span: ordered(mentions[subject].start, (t + 1)))
            }
        }
        for (k, m) in ms.enumerated() where k + 1 < ms.count && mentions[m].kind == .demonym && type(m) == .region {
            let n = ms[k + 1]
            if mentions[n].start == mentions[m].end, type(n) == .region {
                emit(mentions[n].entity, .locatedIn, mentions[m].entity, sentence: s, rule: "regional-adjective", span: span(m, n))
            }
        }
    }

    /// "the junta ordered the ambassador Jean Dupont to leave the country": an order to leave
    /// expels a person, and demands the withdrawal of forces ("told French troops to go",
    /// "ordered out French troops", "ordered the French troops out").
    func findOrdersToLeave(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.order) {
            let clause = clause(around: t, in: sentence)
            let window = (t + 1)..<min(clause.upperBound, t + 12)
            let to: Int
            if let leave = window.first(where: { tokens[$0].key == "to" && $0 + 1 < clause.upperBound && Self.leaving.contains(tokens[$0 + 1]) }) {
                to = leave
            } else if let leave = pastApposedPerson(after: t, clause: clause).flatMap({ close in
                close + 2 < clause.upperBound && tokens[close + 1].key == "to" && Self.leaving.contains(tokens[close + 2]) ? close + 1 : nil }) {
                // "ordered Olivier Salgado, the spokesman of the UN mission (MINUSMA), to leave":
                // past a long apposition.
                to = leave
            } else if t + 1 < clause.upperBound, tokens[t + 1].key == "out" {
                // "ordered out French troops": the patient follows, up to the next verb or mention list's end.
                to = ms.first(where: { mentions[$0].start > t + 1 && mentions[$0].start - t <= 5 }).map { m in
                    var end = mentions[m].end
                    while end < clause.upperBound, WordLists.forceNouns.contains(tokens[end]) || ["military", "special"].contains(tokens[end].key) { end += 1 }
                    return end
                } ?? t
                guard to > t else { continue }
            } else if let out = window.first(where: { tokens[$0].key == "out" && $0 > t + 2 && (($0 + 1) >= clause.upperBound || !["of", "to"].contains(tokens[$0 + 1].key)) }) {
                to = out
            } else { continue }
            let between = ms.filter { mentions[$0].start > t && mentions[$0].end <= to }
            // Forces, a person, or a mission ("asked MINUSMA to leave"); after "gave", a state by
            // name ("gave Paris a month to withdraw": "asked" and "told" are the frames').
            let given = ["gave", "gives"].contains(tokens[t].key)
            // ("gave him 72 hours to go": the person the sentences before were about.)
            let pronoun = t + 1 < to && ["him", "her"].contains(tokens[t + 1].key)
            guard let patient = between.first(where: { type($0) == .person || FrameTable.forces.contains(type($0)) && mentions[$0].isForces })
                    ?? between.first(where: { type($0) == .person || (type($0) == .organization && mentions[$0].kind == .name) })
                    ?? between.first(where: { given && type($0) == .state && [.name, .seat].contains(mentions[$0].kind) })
                    ?? (pronoun ? personBefore(sentence: s) : nil),
                  let patient2 = Optional(officeHolder(after: patient, in: between) ?? patient) else { continue }
            let relation: RelationType = type(patient2) == .person ? .expels : .demandsWithdrawalOf
            // "… a month to withdraw Operation Sabre": the unit to be withdrawn, named after the verb.
            let withdrawn = tokens[to].key == "to" && to + 1 < clause.upperBound && tokens[to + 1].key == "withdraw"
                ? ms.first(where: { mentions[$0].start == to + 2 && [.militaryUnit, .organization].contains(type($0)) && mentions[$0].kind == .name }) : nil
            for agent in subjects(before: t, clause: clause, types: FrameTable.states, in: ms) {
                emit(mentions[agent].entity, relation, mentions[patient2].entity, sentence: s, rule: "order-to-leave", span: ordered(mentions[agent].start, (to + 2)))
                if let withdrawn, relation == .demandsWithdrawalOf {
                    emit(mentions[agent].entity, .demandsWithdrawalOf, mentions[withdrawn].entity, sentence: s, rule: "order-to-leave", span: span(agent, withdrawn))
                }
            }
        }
    }

    /// States named together as one actor: "Mali, Burkina Faso and Niger signed a defence pact"
    /// (each signs with each), "the leaders of A, B and C … their alliance" (each is a member).
    func findGroupActs(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let states = ms.filter { type($0) == .state && mentions[$0].kind != .demonym }
        guard states.count >= 2 || states.contains(where: { !mentions[$0].companions.isEmpty }) else { return }
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
        let listed = group.count >= 2 && gap(mentions[group[group.count - 2]].end, mentions[group[group.count - 1]].start).contains(where: { $0.key == "and" })
        if !listed {
            // Or one phrase that stands for the list: "the three neighbours".
            guard let phrase = ms.first(where: { !mentions[$0].companions.isEmpty }) else { return }
            group = [phrase]
        }
        let first = mentions[group[0]].start
        // The list is the subject: at the start of its clause, or governed by "the leaders of".
        var i = first - 1
        while i >= sentence.lowerBound, ["the", "military", "of", "leaders", "heads", "presidents", "juntas", "governments", "rulers", "ministers", "foreign", "defence", "defense", "three", "neighbours", "neighbors", "both"].contains(tokens[i].key) { i -= 1 }
        // ("In September Niger, Mali and Burkina Faso set up …": past a date that opens the clause.)
        if let preposition = datePhrase(endingAt: i, floor: sentence.lowerBound) { i = preposition - 1 }
        guard i < sentence.lowerBound || tokens[i].text == "," || cues[i].contains(.clauseBoundary) || ["that", "which"].contains(tokens[i].key) else { return }
        let entities = group.flatMap { [mentions[$0].entity] + mentions[$0].companions }
        let end = mentions[group.last!].end
        let clause = clause(around: end - 1, in: sentence)
        let rest = end..<clause.upperBound
        // "the defence pact that A, B and C signed": the treaty named before the list.
        let before = tokens[max(sentence.lowerBound, first - 8)..<first]
        let treatyBefore = before.suffix(2).contains { ["that", "which"].contains($0.key) } && before.contains { Self.treatyNouns.contains($0) }
        // "signed a pact", or a participle further on: "formed the alliance, signing a pact".
        let sign = rest.prefix(12).first { Self.signingVerbs.contains(tokens[$0]) || (tokens[$0].key == "signing" && $0 > rest.lowerBound && tokens[$0 - 1].text == ",") }
        let signed = sign.map { k in
            (k - rest.lowerBound < 4 || tokens[k].key == "signing")
                && (treatyBefore || tokens[k..<min(rest.upperBound, k + 8)].contains { Self.treatyNouns.contains($0) })
                && !tokens[rest].prefix(12).contains { $0.key == "with" }
        } ?? false
        if signed, let sign {
            let treatyWords = treatyBefore ? Array(before) : Array(tokens[sign..<min(rest.upperBound, sign + 8)])
            // A mutual defence pact makes its signatories allies.
            // ("a mutual defence pact", "a defence treaty"; not "agreements covering defence".)
            let defence = treatyWords.contains { $0.key == "mutual" } || zip(treatyWords, treatyWords.dropFirst()).contains { pair in
                ["defence", "defense", "security", "military"].contains(pair.0.key) && Self.treatyNouns.contains(pair.1)
            }
            for a in 0..<entities.count { for b in (a + 1)..<entities.count {
                emit(entities[a], .signsAgreementWith, entities[b], sentence: s, rule: "group-treaty", span: ordered(first, min(rest.upperBound, end + 10)))
                if defence { emit(entities[a], .alliedWith, entities[b], sentence: s, rule: "group-defence-pact", span: ordered(first, min(rest.upperBound, end + 10))) }
            } }
        }
        // "… signed to create the Alliance of Sahel States", "the three neighbours formed the
        // alliance": its founding members.
        if let create = rest.prefix(signed ? 12 : 2).first(where: { Self.foundingVerbs.contains(tokens[$0]) }),
           let alliance = ms.first(where: { mentions[$0].start > create && mentions[$0].start <= create + 3 && type($0) == .alliance }) {
            for e in entities { emit(e, .memberOf, mentions[alliance].entity, sentence: s, rule: "group-founds-alliance", span: ordered(first, mentions[alliance].end)) }
        }
        for k in rest where tokens[k].key == "their" && k + 1 < sentence.upperBound {
            guard let m = mentionAt[k + 1], type(m) == .alliance else { continue }
            for e in entities { emit(e, .memberOf, mentions[m].entity, sentence: s, rule: "group-their-alliance", span: ordered(first, mentions[m].end)) }
        }
    }

    /// Verbs that found a body; those named with the founder ("formed the AES with Mali") found it too.
    /// "the confederation (that) Mali, Burkina Faso and Niger founded", "the AES, which Mali
    /// formed with Burkina Faso and Niger": a body named (or described) before the states that
    /// founded it, in a relative clause with no pronoun, "that" or ", which"; the states, and
    /// those it was formed "with", are its members.
    func findFoundedBodies(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, body) in ms.enumerated() where [.alliance, .organization].contains(type(body)) && k + 1 < ms.count {
            var i = mentions[body].end
            if i + 1 < sentence.upperBound, tokens[i].text == ",", tokens[i + 1].key == "which" { i += 1 }
            if i < sentence.upperBound, ["that", "which"].contains(tokens[i].key) { i += 1 }
            guard i < sentence.upperBound, let first = mentionAt[i], mentions[first].start == i, type(first) == .state, mentions[first].kind == .name else { continue }
            let founders = list(startingAt: first, in: ms)
            guard founders.allSatisfy({ type($0) == .state }), let last = founders.last else { continue }
            let verb = mentions[last].end
            // The verb straight after the list, with no object of its own ("… founded after their coups").
            guard verb < sentence.upperBound, Self.foundingVerbs.contains(tokens[verb]), tokens[verb].key.hasSuffix("ed"),
                  verb + 1 >= sentence.upperBound || mentionAt[verb + 1] == nil && !["the", "a", "an"].contains(tokens[verb + 1].key) else { continue }
            var members = founders
            if verb + 2 < sentence.upperBound, tokens[verb + 1].key == "with", let partner = mentionAt[verb + 2], mentions[partner].start == verb + 2, type(partner) == .state {
                members += list(startingAt: partner, in: ms).filter { type($0) == .state }
            }
            for m in members where mentions[m].entity != mentions[body].entity {
                emit(mentions[m].entity, .memberOf, mentions[body].entity, sentence: s, rule: "founded-body", span: ordered(mentions[body].start, (verb + 1)))
            }
        }
    }

    /// Verbs for starting a body: "the confederation Mali formed", "the operation Benin set up".
    static let foundingVerbs: WordSet = ["create", "created", "creating", "form", "formed", "forming", "found", "founded", "establish", "established", "launch", "launched", "set"]

    /// "an attack on Niger would be treated as a declaration of war against them": a pledge of
    /// mutual defence makes the pledging states allies of the one they would defend.
    func findDefencePledges(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        guard let attack = sentence.first(where: { cues[$0].contains(.aggression) && $0 + 1 < sentence.upperBound && ["on", "against"].contains(tokens[$0 + 1].key) }),
              let defended = ms.first(where: { mentions[$0].start >= attack + 2 && mentions[$0].start <= attack + 3 && [.state, .city].contains(type($0)) }),
              let them = ((mentions[defended].end)..<sentence.upperBound).first(where: { ["them", "us", "all", "each"].contains(tokens[$0].key) }),
              tokens[mentions[defended].end..<them].contains(where: { ["attack", "war", "aggression"].contains($0.key) }) else { return }
        // A capital stands for its state here: "any attack on Niamey".
        let target = type(defended) == .state ? mentions[defended].entity : countryNamed(for: mentions[defended].entity, locations: [])
        guard let target else { return }
        var pledgers = subjects(before: attack, clause: sentences[s].lowerBound..<attack, types: FrameTable.states, in: ms)
        if pledgers.isEmpty, let phrase = ms.first(where: { !mentions[$0].companions.isEmpty && mentions[$0].end <= attack }) { pledgers = [phrase] }
        for p in pledgers {
            for e in [mentions[p].entity] + mentions[p].companions where e != target {
                emit(e, .alliedWith, target, sentence: s, rule: "defence-pledge", span: ordered(mentions[p].start, (them + 1)))
            }
        }
    }

    /// "the al-Qaeda-linked JNIM", "JNIM, which is affiliated with al-Qaeda": the group is part
    /// of the one it is linked to.
    /// "linked", "affiliated" (to): a group tied to another.
    static let linkWords: WordSet = ["linked", "affiliated", "aligned", "tied", "allied", "loyal"]
    static let signingVerbs: WordSet = ["signed", "sign", "signs", "concluded", "inked", "sealed"]
    static let treatyNouns: WordSet = ["treaty", "treaties", "pact", "pacts", "agreement", "agreements", "accord", "accords", "charter", "deal", "deals",
                                       "memorandum", "declaration", "protocol", "protocols", "convention"]

    func findAffiliations(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for (k, m) in ms.enumerated() where type(m) == .armedGroup {
            let end = mentions[m].end
            // "al-Qaeda-linked group JNIM": the next group named within four words.
            if end + 1 < sentence.upperBound, tokens[end].text == "-", Self.linkWords.contains(tokens[end + 1]),
               let head = ms[(k + 1)...].first(where: { mentions[$0].start > end + 1 && mentions[$0].start <= end + 5 }), type(head) == .armedGroup {
                emit(mentions[head].entity, .partOf, mentions[m].entity, sentence: s, rule: "linked-adjective", span: span(m, head))
                continue
            }
            // "JNIM, (which is) linked to al-Qaeda".
            var i = end
            if i < sentence.upperBound, tokens[i].text == "," { i += 1 }
            while i < min(sentence.upperBound, end + 4), ["which", "that", "is", "was", "are", "a", "an", "group", "closely"].contains(tokens[i].key) { i += 1 }
            guard i + 2 < sentence.upperBound, Self.linkWords.contains(tokens[i]), ["to", "with"].contains(tokens[i + 1].key),
                  let parent = mentionAt[i + 2], type(parent) == .armedGroup, parent != m else { continue }
            emit(mentions[m].entity, .partOf, mentions[parent].entity, sentence: s, rule: "linked-to", span: span(m, parent))
        }
    }

    /// Words between "junta" and the name it is given: "the junta known as X", "a junta calling
    /// itself X", "the ruling junta, the X".
    static let juntaNamingWords: WordSet = [",", "the", "known", "as", "calling", "calls", "called", "itself", "which", "named"]
    static let juntaLeadWords: WordSet = ["led", "leads", "heads", "headed", "chaired", "chairs"]

    /// "Doumbouya's junta, the National Committee for Reconciliation and Development (CNRD)",
    /// "a junta calling itself the MPSR": a body named as a junta seized power in its state, and
    /// the person whose junta it is (``juntaLeader(named:sentence:_:)``) leads it. (Not
    /// ``contextState(before:sentence:)`` for the state: "junta" is a coup word, which would
    /// make it look no further than the sentence.)
    func findNamedJuntas(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where [.organization, .armedGroup, .militaryUnit].contains(type(m)) && mentions[m].start - 2 >= sentence.lowerBound {
            var i = mentions[m].start - 1
            while i > sentence.lowerBound, mentions[m].start - i <= 4, mentionAt[i] == nil, Self.juntaNamingWords.contains(tokens[i]) { i -= 1 }
            guard i < mentions[m].start - 1, tokens[i].key == "junta" else { continue }
            let leader = juntaLeader(named: i, sentence: sentence, ms)
            // The state: one the sentence names before it, else the leader's, before the one the
            // resolver read "the junta" as or the document ties to a junta (a report may tell of
            // more than one).
            let resolved = mentionAt[i].flatMap { type($0) == .state ? mentions[$0].entity : nil }
            let states = ms.filter { mentions[$0].end <= i && type($0) == .state }
            let named = (states.first { !isPrepositionalObject($0, floor: sentence.lowerBound) } ?? states.first).map { mentions[$0].entity }
            let leaders = leader.flatMap { lexiconState(ofPerson: mentions[$0].entity) }.flatMap(stateNamed)
            guard let state = named ?? leaders ?? resolved ?? juntaState ?? subjectState(before: i, sentence: s) else { continue }
            emit(mentions[m].entity, .seizedPowerIn, state, sentence: s, rule: "named-junta", span: ordered(i, mentions[m].end))
            if let p = leader {
                emit(mentions[p].entity, .leads, mentions[m].entity, sentence: s, rule: "named-junta", span: span(p, m))
            }
        }
    }

    /// The person whose junta the word "junta" at `i` is: "Doumbouya's junta", "Camara then led
    /// the junta known as …", "X named himself head of a junta calling itself …" (not one a verb
    /// acts on: "Traore ousted Damiba, at the head of a junta").
    func juntaLeader(named i: Int, sentence: Range<Int>, _ ms: [Int]) -> Int? {
        if i - 2 >= sentence.lowerBound, tokens[i - 1].kind == .possessive, let p = mentionAt[i - 2], type(p) == .person { return p }
        var j = i - 1
        while j > sentence.lowerBound, ["the", "a", "ruling", "military", "new"].contains(tokens[j].key) { j -= 1 }
        guard j > sentence.lowerBound, Self.juntaLeadWords.contains(tokens[j]) || (tokens[j].key == "of" && ["head", "leader", "chief"].contains(tokens[j - 1].key)) else { return nil }
        return ms.last { mentions[$0].end <= j && type($0) == .person && !isVerbObject($0, floor: sentence.lowerBound) && !isPrepositionalObject($0, floor: sentence.lowerBound) }
    }

    /// Hyphened participles of backing, and the relation each states: "Wagner-backed",
    /// "US-trained".
    static let backingWords: [String: RelationType] = ["backed": .supports, "supported": .supports, "funded": .supports, "sponsored": .supports,
                                                       "armed": .supports, "trained": .trains]
    /// Words that may stand between such an adjective and the name it qualifies: "the
    /// Wagner-backed paramilitary RSF".
    static let backedNouns: WordSet = ["paramilitary", "rebel", "rebels", "militia", "militias", "group", "movement", "forces", "force", "army", "commando", "unit", "brigade", "coalition", "alliance", "government"]

    /// The mention that the hyphened adjective opened by mention `m` qualifies ("Wagner-backed
    /// RSF", "the Iran-backed Houthis"), and what the adjective says, or nil.
    func backedBody(by m: Int) -> (body: Int, relation: RelationType)? {
        let end = mentions[m].end
        guard end + 2 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, let relation = Self.backingWords[tokens[end + 1].key] else { return nil }
        var i = end + 2
        while i < tokens.count, i - end <= 4, mentionAt[i] == nil, Self.backedNouns.contains(tokens[i]) { i += 1 }
        guard i < tokens.count, let body = mentionAt[i], mentions[body].start == i, mentions[body].entity != mentions[m].entity,
              [.armedGroup, .militaryUnit, .organization, .state].contains(type(body)) else { return nil }
        return (body, relation)
    }

    /// "the Wagner-backed RSF" (the backer supports it), "Danab, the US-trained commando unit"
    /// is not read here: only a name the adjective stands before.
    func findHyphenedBackers(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for m in ms where mentions[m].end < sentence.upperBound && tokens[mentions[m].end].text == "-" && [.state, .organization, .armedGroup, .militaryUnit, .alliance].contains(type(m)) {
            guard let (body, relation) = backedBody(by: m) else { continue }
            emit(mentions[m].entity, relation, mentions[body].entity, sentence: s, rule: "hyphened-backer", span: span(m, body))
        }
    }

    /// "The attack was claimed by JNIM", "JNIM claimed the ambush near Djibo": the claimant
    /// attacks the place or the forces the attack hit, named in the sentence or the one before.
    func findClaimedAttacks(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        guard let c = sentence.first(where: { cues[$0].contains(.claim) }), c + 1 < sentence.upperBound else { return }
        // ("claimed responsibility." names no attack: the claim is of the one just reported.)
        let responsibility = tokens[c].key == "claimed" && tokens[c + 1].key == "responsibility"
        let isAttackNoun = { (i: Int) in Self.attackNouns.contains(self.tokens[i]) && self.mentionAt[i] == nil }
        let claimant: Int?
        let noun: Int
        if c + 2 < sentence.upperBound, tokens[c + 1].key == "by" || (tokens[c + 1].key == "out" && tokens[c + 2].key == "by") {
            guard let before = sentence.first(where: isAttackNoun), before < c else { return }
            noun = before
            let by = tokens[c + 1].key == "by" ? c + 1 : c + 2
            claimant = ms.first { mentions[$0].start > by && mentions[$0].start <= by + 2 && type($0) == .armedGroup }
        } else {
            // "claimed the attack", "claimed responsibility", and a claim in its own words: "MUJAO
            // said it had carried out both attacks".
            let saidCarriedOut = tokens[c].key == "carried" && tokens[c + 1].key == "out"
                && (max(sentence.lowerBound, c - 5)..<c).contains(where: { WordLists.speechVerbs.contains(tokens[$0]) })
            // (The attack claimed, not one named before: "pushed out by a French-led offensive, said it had carried out both attacks".)
            guard tokens[c].key == "claimed" || saidCarriedOut,
                  let after = ((c + 1)..<min(sentence.upperBound, c + 6)).first(where: isAttackNoun) ?? (responsibility ? c + 1 : nil) else { return }
            noun = after
            // The subject, past any apposition: "JNIM, al-Qaeda's affiliate in the Sahel, claimed".
            let clause = clause(around: c, in: sentence)
            claimant = ms.first { mentions[$0].end <= c && mentions[$0].start >= clause.lowerBound && type($0) == .armedGroup
                && !mentions[$0].isPossessive && !isPrepositionalObject($0, floor: clause.lowerBound) }
        }
        guard let claimant else { return }
        let targets = { (k: Int, floor: Int) in self.claimedTargets(in: k, after: floor, claimant: claimant) }
        // (The claim's own clause: not "…, and Ugandan officials blamed the ADF".)
        let clauseEnd = ((noun + 1)..<sentence.upperBound).first(where: { tokens[$0].text == ";"
            || (tokens[$0].text == "," && $0 + 1 < sentence.upperBound && ["and", "but", "while", "whereas"].contains(tokens[$0 + 1].key)) }) ?? sentence.upperBound
        var hit = targets(s, noun).filter { mentions[$0].start < clauseEnd }
        // "Fighters killed dozens outside Barsalogho. The assault was carried out by JNIM, which
        // targeted soldiers": the place comes from the sentence before when this one names none.
        if s > 0, !hit.contains(where: { [.city, .base].contains(type($0)) }) {
            // (Other targets only from a sentence of violence, and not people named by a plural
            // demonym: "The victims included Ivorians".)
            let violent = sentences[s - 1].contains { Self.reportedViolence.contains(tokens[$0]) }
            hit += targets(s - 1, sentences[s - 1].lowerBound - 1).filter { [.city, .base].contains(type($0)) || (hit.isEmpty && violent && !namesPeopleByDemonym($0)) }
        }
        if hit.isEmpty, s > 1 { hit = townsOfLastViolence(before: s - 1, claimant: claimant) }
        // ("in the Malian capital, Bamako": the town, not the adjective that describes it.)
        hit = hit.map { m in
            let e = mentions[m].end
            guard mentions[m].kind == .demonym, e + 2 < tokens.count, ["capital", "city", "town"].contains(tokens[e].key), tokens[e + 1].text == ",",
                  let town = mentionAt[e + 2], type(town) == .city else { return m }
            return town
        }
        for m in hit {
            emit(mentions[claimant].entity, .attacks, mentions[m].entity, sentence: s, rule: "claimed-attack", span: ordered(min(noun, mentions[claimant].start), max(c + 1, mentions[claimant].end)))
        }
    }

    /// True when `m` is a demonym standing for people, as a plural noun with no forces' noun after
    /// it: "Ivorians", not "Malian soldiers" or "the Malian capital".
    func namesPeopleByDemonym(_ m: Int) -> Bool {
        guard mentions[m].kind == .demonym, tokens[mentions[m].end - 1].key.hasSuffix("s") else { return false }
        let next = mentions[m].end
        return next >= tokens.count || !(WordLists.forceNouns.contains(tokens[next]) || WordLists.armedPeople.contains(tokens[next]))
    }

    /// The places of sentence `k` (after token `floor`) that a claim by `claimant` reaches: a
    /// target named after "on", "in", "at", "near", "against" or "outside", or forces.
    func claimedTargets(in k: Int, after floor: Int, claimant: Int) -> [Int] {
        bySentence[k].filter { m in
            mentions[m].start > floor && mentions[m].entity != mentions[claimant].entity && Self.attackTargets.contains(type(m))
                && (mentions[m].isForces || isForcesOf(m) || ["on", "in", "near", "at", "against", "outside"].contains(marker(before: m, notBefore: max(floor, sentences[k].lowerBound))))
        }
    }

    /// "Suicide bombers struck a camp in Agadez and a mine at Arlit. … MUJAO said it had carried
    /// out both attacks": the towns and bases of the last sentence before sentence `end` whose
    /// verb is one of violence. Not a sentence that only names the attack ("In Paris, Macron
    /// condemned the attack"). A town that opens a passive of violence counts ("Seytenga, a
    /// market town near the border, was attacked").
    ///
    /// - Complexity: O(*w*) in the words of the sentences before `end`, at worst.
    func townsOfLastViolence(before end: Int, claimant: Int) -> [Int] {
        let towns = { (k: Int) in
            self.claimedTargets(in: k, after: self.sentences[k].lowerBound - 1, claimant: claimant).filter { [.city, .base].contains(self.type($0)) } + self.attackedSubject(of: k)
        }
        // (Newest first; each sentence's towns are found once.)
        for k in stride(from: end - 1, through: 0, by: -1) where sentences[k].contains(where: { Self.reportedViolence.contains(tokens[$0]) }) {
            let here = towns(k)
            if !here.isEmpty { return here }
        }
        return []
    }

    /// The town or base that opens sentence `k` as the subject of a passive of violence
    /// ("Seytenga, a market town, was attacked"), if any.
    func attackedSubject(of k: Int) -> [Int] {
        guard let first = bySentence[k].first, [.city, .base].contains(type(first)), mentions[first].start == sentences[k].lowerBound,
              let aux = (mentions[first].end..<sentences[k].upperBound).first(where: { Self.passiveAuxiliaries.contains(tokens[$0]) }),
              aux + 1 < sentences[k].upperBound, Self.violentVerbs.contains(tokens[aux + 1]) || tokens[aux + 1].key == "raided",
              // (Not a dateline's town: "COTONOU, Benin (AP) — Fifty-four soldiers were killed".)
              !(mentions[first].end..<aux).contains(where: { isDatelineDash($0) }) else { return [] }
        return [first]
    }

    /// "members of the VDP", "positions of the Malian army": people or posts of a named force.
    func isForcesOf(_ m: Int) -> Bool {
        let i = mentions[m].start - 1
        guard i > 0, tokens[i].key == "of" || (tokens[i].key == "the" && i > 1 && tokens[i - 1].key == "of") else { return false }
        let of = tokens[i].key == "of" ? i : i - 1
        return WordLists.armedPeople.contains(tokens[of - 1]) || ["members", "positions", "convoy", "convoys", "camp", "camps", "base", "bases", "posts", "column"].contains(tokens[of - 1].key)
    }

    /// "Africa Corps, a force overseen by Russia's Defense Ministry", "a unit that answers to the
    /// ministry", "the brigade, under the command of the army": the unit is part of its master.
    func findSubordination(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let parts = Self.componentParts
        let wholes = Self.subordinateWholes
        for t in sentence where cues[t].contains(.subordination) {
            let k = tokens[t].key
            var objectStart: Int
            if Cue.subordinationByWords.contains(k), t + 1 < sentence.upperBound, tokens[t + 1].key == "by" {
                objectStart = t + 2
            } else if Cue.subordinationToWords.contains(k), t + 1 < sentence.upperBound, tokens[t + 1].key == "to" {
                objectStart = t + 2
            } else if k == "under", t + 3 < sentence.upperBound,
                      // "being brought under the control of": a change under way, not yet a fact.
                      !isPendingSubordination(before: t, floor: sentence.lowerBound), tokens[t + 1].key == "the", ["command", "control", "authority", "aegis"].contains(tokens[t + 2].key), tokens[t + 3].key == "of" {
                objectStart = t + 4
            } else if k == "under", t + 3 < sentence.upperBound, let owner = mentionAt[t + 1], mentions[owner].start == t + 1, mentions[owner].isPossessive,
                      mentions[owner].end + 1 < sentence.upperBound, tokens[mentions[owner].end].kind == .possessive,
                      ["command", "control", "authority"].contains(tokens[mentions[owner].end + 1].key), !isPendingSubordination(before: t, floor: sentence.lowerBound) {
                // "a task force placed under Barkhane's command".
                objectStart = t + 1
            } else { continue }
            while objectStart < sentence.upperBound, Self.determiners.contains(tokens[objectStart]) { objectStart += 1 }
            guard objectStart < sentence.upperBound, let whole = mentionAt[objectStart], wholes.contains(type(whole)) else { continue }
            // The part: the body the clause is about, close before the verb, not a prepositional object.
            // ("belong to the Africa Corps, a force run by …": an apposition's head may be a prepositional object.)
            guard let part = ms.last(where: { mentions[$0].end <= t && t - mentions[$0].end <= 8 && parts.contains(type($0))
                    && (!isPrepositionalObject($0, floor: sentence.lowerBound) || (tokens[mentions[$0].end].text == "," && ["a", "an", "the"].contains(tokens[min(mentions[$0].end + 1, t)].key))) }),
                  mentions[part].entity != mentions[whole].entity,
                  !(mentions[part].end..<t).contains(where: { mentionAt[$0] != nil || tokens[$0].kind == .punctuation && tokens[$0].text != "," })
            else { continue }
            let target = mentions[whole].isPossessive ? officeOrOrgan(after: whole) ?? whole : whole
            emit(mentions[part].entity, .partOf, mentions[target].entity, sentence: s, rule: "answers-to", span: span(part, target))
        }
    }

    /// "Malian troops and Wagner fighters", "Malian soldiers, accompanied by Wagner fighters",
    /// "Wagner fighters operate alongside the army against groups linked to al-Qaeda and Islamic
    /// State": the forces of the clause, and those they fight beside, fight what comes after "against".
    func findFightsAgainst(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.against) && t > sentence.lowerBound {
            let clause = clause(around: t, in: sentence)
            // A verb of fighting or operating between the subject and "against".
            // (As a verb: "the US's fight against ISIL" names only its own agent, a noun frame's job.)
            guard let verb = (max(clause.lowerBound, t - 10)..<t).last(where: { Self.combatVerbs.contains(tokens[$0]) }),
                  verb > clause.lowerBound, tokens[verb - 1].kind != .possessive, !isDeterminer(verb - 1) else { continue }
            var fighters = subjects(before: verb, clause: clause, types: FrameTable.forces, in: ms)
            // ("Boko Haram has waged an insurgency against the Nigerian state": an armed group's
            // enemy may be a state.)
            let enemyTypes: EntityTypes = fighters.contains { type($0) == .armedGroup } ? [.armedGroup, .state] : [.armedGroup]
            let enemies = objects(after: t - 1, clause: clause, types: enemyTypes, markers: Markers.against, in: ms) + describedEnemies(from: t + 1, clause: clause, in: ms)
            guard !enemies.isEmpty else { continue }
            // "… alongside Nigerien units", "… with the army".
            fighters += ms.filter { m in
                mentions[m].start > verb && mentions[m].end <= t && FrameTable.forces.contains(type(m))
                    && ["alongside", "with", "beside"].contains(marker(before: m, notBefore: verb + 1))
            }
            for f in fighters { for e in enemies where mentions[f].entity != mentions[e].entity {
                emit(mentions[f].entity, .fights, mentions[e].entity, sentence: s, rule: "fight-against", span: ordered(min(mentions[f].start, t), mentions[e].end))
            } }
        }
    }

    /// Verbs between a word of war and "between": "fighting broke out between".
    static let outbreakWords: WordSet = ["broke", "out", "erupted", "flared", "resumed", "raged", "continued", "intensified"]

    /// "the war between the army and the RSF", "clashes between Malian troops and CSP rebels",
    /// "the RSF, the paramilitary group at war with Sudan's army": the two sides fight.
    func findWars(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.war) && mentionAt[t] == nil && t + 2 < sentence.upperBound {
            let clause = clause(around: t, in: sentence)
            var sides: [(Int, Int)] = []
            // ("fighting broke out between …", "clashes erupted between …": past the verb.)
            let between = tokens[t + 1].key == "between" ? t + 1
                : ((t + 2)..<min(clause.upperBound, t + 9)).first { tokens[$0].key == "between" && ((t + 1)..<$0).allSatisfy { Self.outbreakWords.contains(tokens[$0]) || isDateWord($0) } }
            if let between {
                // The first force after "between", and the first after the "and" that follows it
                // (past any apposition of the first: "the SAF, commanded by General X, and the RSF").
                // (Inside the clause: "the war between (the SAF and the RSF)" opens another at the
                // parenthesis, and a side past it would make the search below run backwards.)
                guard let first = ms.first(where: { mentions[$0].start > between && mentions[$0].start <= between + 4 && mentions[$0].end <= clause.upperBound
                                                    && FrameTable.forces.contains(type($0)) && (mentions[$0].kind != .demonym || mentions[$0].isForces) }),
                      let and = (mentions[first].end..<min(clause.upperBound, mentions[first].end + 14)).first(where: { tokens[$0].key == "and" }),
                      let second = ms.first(where: { mentions[$0].start > and && mentions[$0].start <= and + 4 && FrameTable.forces.contains(type($0)) && (mentions[$0].kind != .demonym || mentions[$0].isForces) })
                else { continue }
                sides = [(first, second)]
            } else if tokens[t].key == "war", t > sentence.lowerBound, tokens[t - 1].key == "at", tokens[t + 1].key == "with" {
                let enemies = objects(after: t, clause: clause, types: FrameTable.forces, markers: Markers.with, in: ms)
                let parties = subjects(before: t - 1, clause: clause, types: FrameTable.forces, in: ms)
                    + (t >= sentence.lowerBound + 3 ? ms.filter { mentions[$0].end == t - 3 && tokens[t - 3].text != "," && FrameTable.forces.contains(type($0)) } : [])
                // "the RSF, the paramilitary group at war with …": the name the description is set off from.
                let described = nameSetOff(beforeDescriptionEndingAt: t - 1, floor: sentence.lowerBound).map { [$0] } ?? []
                let named = described.filter { FrameTable.forces.contains(type($0)) && mentions[$0].kind == .name }
                for a in Set(named.isEmpty ? parties : named) { for e in enemies { sides.append((a, e)) } }
            }
            // (An armed group or a unit on one side: "the war between Russia and Ukraine" is left
            // to the verbs.)
            for (a, b) in sides where mentions[a].entity != mentions[b].entity && [type(a), type(b)].contains(where: { [.armedGroup, .militaryUnit].contains($0) }) {
                emit(mentions[a].entity, .fights, mentions[b].entity, sentence: s, rule: "war-between", span: ordered(min(mentions[a].start, t), max(mentions[a].end, mentions[b].end)))
            }
        }
    }

    /// "All three are fighting insurgencies led by JNIM and Islamic State Sahel Province": the
    /// subject fights the groups the description names.
    func findFightsDescribedEnemies(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for v in sentence where cues[v].contains(.combat) && mentionAt[v] == nil && v > sentence.lowerBound
            && tokens[v - 1].kind != .possessive && !["the", "a", "an", "its", "their", "his", "her", "this", "that"].contains(tokens[v - 1].key) {
            let clause = clause(around: v, in: sentence)
            let enemies = describedEnemies(from: v + 1, clause: clause, in: ms)
            guard !enemies.isEmpty else { continue }
            for f in subjects(before: v, clause: clause, types: FrameTable.forces, in: ms) { for e in enemies where mentions[f].entity != mentions[e].entity {
                emit(mentions[f].entity, .fights, mentions[e].entity, sentence: s, rule: "fights-described", span: span(f, e))
            } }
        }
    }

    /// "The force's main enemies are JNIM and Islamic State Sahel Province": the groups named
    /// as a force's enemies fight it.
    func findNamedEnemies(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.foe) && mentionAt[t] == nil && t + 2 < sentence.upperBound {
            // Back over describing words to the possessive owner: "the force's main enemies".
            var i = t - 1
            while i > sentence.lowerBound, tokens[i].kind == .word, !tokens[i].isCapitalized, mentionAt[i] == nil, !isDeterminer(i) { i -= 1 }
            guard i > sentence.lowerBound, tokens[i].kind == .possessive, let owner = mentionAt[i - 1], FrameTable.forces.contains(type(owner)) else { continue }
            guard ["are", "were", "is", "was", "include", "includes", "included", "remain", "remains"].contains(tokens[t + 1].key) else { continue }
            let clause = clause(around: t + 1, in: sentence)
            for e in objects(after: t + 1, clause: clause, types: FrameTable.forces, markers: Markers.direct, in: ms) where mentions[e].entity != mentions[owner].entity {
                emit(mentions[e].entity, .fights, mentions[owner].entity, sentence: s, rule: "named-enemies", span: span(owner, e))
            }
        }
    }

    /// Nouns for the side a force fights.
    static let foeNouns: WordSet = ["enemy", "enemies", "foe", "foes", "adversary", "adversaries"]

    /// Nouns for fighting between two sides.
    static let warNouns: WordSet = ["war", "conflict", "fighting", "clashes", "battles", "hostilities"]

    /// "fighting insurgencies led by JNIM", "against jihadist groups linked to al-Qaeda": the
    /// groups a description of the enemy names, from the token `i` on.
    func describedEnemies(from i: Int, clause: Range<Int>, in ms: [Int]) -> [Int] {
        var j = i
        while j < clause.upperBound, j < i + 4, mentionAt[j] == nil, tokens[j].kind == .word, !tokens[j].isCapitalized, !Self.enemyNouns.contains(tokens[j]) { j += 1 }
        guard j + 2 < clause.upperBound, Self.enemyNouns.contains(tokens[j]), let linker = Self.enemyLinkers[tokens[j + 1].key], tokens[j + 2].key == linker else { return [] }
        var groups = objects(after: j + 2, clause: clause, types: [.armedGroup], markers: Markers.direct, in: ms)
        // "led by JNIM, al-Qaeda's affiliate, and by Islamic State Sahel Province": the linker again.
        if let last = groups.last, let again = (mentions[last].end..<min(clause.upperBound, mentions[last].end + 12)).first(where: { tokens[$0].key == linker }),
           again > clause.lowerBound, tokens[again - 1].key == "and" {
            groups += objects(after: again, clause: clause, types: [.armedGroup], markers: Markers.direct, in: ms)
        }
        return groups
    }

    /// Plural nouns for an enemy described rather than named.
    static let enemyNouns: WordSet = ["insurgencies", "insurgency", "insurgents", "groups", "militants", "jihadists", "rebels", "factions", "fighters", "militias"]

    /// "led by", "linked to", "tied to", "affiliated with", "loyal to".
    static let enemyLinkers: [String: String] = ["led": "by", "linked": "to", "tied": "to", "affiliated": "with", "loyal": "to", "allied": "to", "aligned": "with", "connected": "to"]

    /// Verbs that put forces in a fight: "operate (alongside the army) against", "fought against".
    static let combatVerbs: WordSet = ["fight", "fights", "fought", "fighting", "operate", "operates", "operated", "operating", "battle", "battled", "battling",
                                           "campaign", "campaigned", "campaigning", "combat", "combating", "combatting", "deployed", "waged", "wage", "wages", "waging"]

    /// True when mention `m` opens examples drawn from a list: "among them X", "including X",
    /// "such as X".
    func namedAsExamples(_ m: Int, floor: Int) -> Bool {
        var i = mentions[m].start - 1
        while i > floor, isDeterminer(i) { i -= 1 }
        guard i > floor else { return false }
        return tokens[i].key == "including" || (["them", "whom"].contains(tokens[i].key) && tokens[i - 1].key == "among") || (tokens[i].key == "as" && tokens[i - 1].key == "such")
    }

    /// "French troops fought alongside Nigerien units": forces operating together cooperate.
    /// Not where the clause speaks of fighting between them ("clashes between X and Y troops").
    func findJointForces(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        func isForce(_ m: Int) -> Bool {
            guard FrameTable.forces.contains(type(m)) else { return false }
            if mentions[m].isForces || type(m) == .militaryUnit { return true }
            // "Wagner fighters", "fighters of the Wagner Group".
            var i = mentions[m].start - 1
            if i > sentence.lowerBound, tokens[i].key == "the" { i -= 1 }
            let namedForces = i > sentence.lowerBound && tokens[i].key == "of" && WordLists.forceNouns.contains(tokens[i - 1])
            return type(m) == .armedGroup && (namedForces || (mentions[m].end < sentence.upperBound && WordLists.forceNouns.contains(tokens[mentions[m].end])))
        }
        for (k, a) in ms.enumerated() where k + 1 < ms.count && isForce(a) {
            let b = ms[k + 1]
            guard isForce(b), mentions[a].entity != mentions[b].entity else { continue }
            let between = gap(mentions[a].end, mentions[b].start).filter { !WordLists.forceNouns.contains($0) && !Self.determiners.contains($0) && !["of", "the"].contains($0.key) }
            guard !between.isEmpty, between.count <= 3, between.allSatisfy({ Self.jointJoiners.contains($0) || $0.text == "," }),
                  between.contains(where: { ["and", "accompanied", "alongside", "together"].contains($0.key) }) else { continue }
            let clause = clause(around: mentions[a].start, in: sentence)
            // "with" alone ("clashes with") is conflict as often as company; two adjectives
            // sharing one noun ("U.S. and German forces leave") say nothing of working together.
            if between.allSatisfy({ $0.key == "with" || $0.text == "," }) { continue }
            if type(a) == .state, mentions[b].kind == .demonym, mentions[b].start == mentions[a].end + 1 { continue }
            // ("allied brigades, among them X and Y, formed …": examples named from a list.)
            if namedAsExamples(a, floor: clause.lowerBound) { continue }
            guard !tokens[clause].contains(where: { Self.conflictWords.contains($0) && !($0.key == "fought" && between.contains { $0.key == "alongside" }) }) else { continue }
            emit(mentions[a].entity, .cooperatesWith, mentions[b].entity, sentence: s, rule: "joint-forces", span: span(a, b))
        }
    }
}

extension RelationFinder {
    /// "Orano controls SOMAIR, its Nigerien subsidiary", "Eramet, whose subsidiary Comilog", "JNIM
    /// includes the Katiba Macina", "the CSP brings together the CMA and …": a body's own parts.
    func findOwnedComponents(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        let parts = Self.componentParts
        let wholes = Self.componentWholes
        /// The component noun after modifiers from `i`: "Nigerien subsidiary".
        func componentNoun(from i: Int) -> Int? {
            var j = i
            while j < min(sentence.upperBound, i + 5) {
                // (A noun the resolver took for a name is still the noun: "its task force".)
                if Self.ownedComponentNouns.contains(tokens[j]) && isCommonNoun(j) { return j }
                // ("whose best-known component": a hyphened modifier.)
                let hyphen = tokens[j].text == "-" && !tokens[j].spaceBefore && j > i
                guard hyphen || tokens[j].kind == .word, !tokens[j].isCapitalized || mentionAt[j].map({ mentions[$0].kind == .demonym }) == true else { return nil }
                j += 1
            }
            return nil
        }
        for (k, m) in ms.enumerated() {
            let e = mentions[m].end
            // "The group's local arm, the Katiba Macina, …": the owner's part, named after it.
            if mentions[m].isPossessive, [.armedGroup, .organization, .alliance].contains(type(m)), e + 1 < sentence.upperBound, tokens[e].kind == .possessive,
               let noun = componentNoun(from: e + 1), noun + 2 < sentence.upperBound, tokens[noun + 1].text == "," {
                let nameStart = tokens[noun + 2].key == "the" ? noun + 3 : noun + 2
                if nameStart < sentence.upperBound, let part = ms[(k + 1)...].first(where: { mentions[$0].start == nameStart }), parts.contains(type(part)),
                   mentions[part].entity != mentions[m].entity {
                    emit(mentions[part].entity, .partOf, mentions[m].entity, sentence: s, rule: "possessive-component", span: span(m, part))
                }
            }
            guard e + 2 < sentence.upperBound, tokens[e].text == "," else { continue }
            if ["its", "their"].contains(tokens[e + 1].key), parts.contains(type(m)), let noun = componentNoun(from: e + 2),
               noun + 1 >= sentence.upperBound || [",", ".", ";", ")"].contains(tokens[noun + 1].text) || tokens[noun + 1].key == "in",
               // ("Operation Sabre, its special forces task force": a unit's owner may be a state.)
               let whole = ms[..<k].last(where: { wholes.contains(type($0)) && !mentions[$0].isPossessive
                   && ([.organization, .armedGroup, .alliance].contains(type($0)) || (type($0) == .state && type(m) == .militaryUnit && mentions[$0].kind != .demonym)) }) {
                emit(mentions[m].entity, .partOf, mentions[whole].entity, sentence: s, rule: "its-component", span: ordered(mentions[whole].start, (noun + 1)))
            } else if tokens[e + 1].key == "whose", wholes.contains(type(m)), let noun = componentNoun(from: e + 2), noun + 1 < sentence.upperBound {
                // ("whose best-known component is the GATIA": past the copula.)
                var named = noun + 1
                while named < min(sentence.upperBound, noun + 3), ["is", "are", "was", "were", "the"].contains(tokens[named].key) { named += 1 }
                if let part = mentionAt[named], mentions[part].start == named, parts.contains(type(part)) {
                    emit(mentions[part].entity, .partOf, mentions[m].entity, sentence: s, rule: "whose-component", span: span(m, part))
                }
            } else if ["a", "an", "the"].contains(tokens[e + 1].key), [.armedGroup, .alliance, .organization].contains(type(m)),
                      let noun = ((e + 2)..<min(sentence.upperBound, e + 5)).first(where: { Self.unionNouns.contains(tokens[$0]) }),
                      ((e + 2)..<noun).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && mentionAt[$0] == nil }),
                      noun + 2 < sentence.upperBound, Self.compositionVerbs.contains(tokens[noun + 1]) {
                // "The CMA, a coalition dominated by the MNLA and the HCUA": the bodies that make
                // up the one described are its parts.
                let clause = clause(around: noun, in: sentence)
                for part in objects(after: noun + 1, clause: clause, types: type(m) == .alliance ? .armedGroup : EntityTypes(type(m)), markers: ["by", "of", ""], in: ms)
                where mentions[part].entity != mentions[m].entity {
                    emit(mentions[part].entity, .partOf, mentions[m].entity, sentence: s, rule: "coalition-of", span: span(m, part))
                }
            }
        }
        for v in sentence where cues[v].contains(.inclusion) && mentionAt[v] == nil {
            // "includes", or "brings together" (the objects after "together").
            let bringsTogether = Self.bringingVerbs.contains(tokens[v]) && v + 1 < sentence.upperBound && tokens[v + 1].key == "together"
            // ("IGAD, the bloc whose members include Kenya and Uganda": the plural verb after
            // "members" only; "its partners include Russia" names no components.)
            let membersInclude = tokens[v].key == "include" && v > sentence.lowerBound && Self.memberNouns.contains(tokens[v - 1])
            guard Self.inclusionVerbs.contains(tokens[v]) || bringsTogether || membersInclude else { continue }
            let clause = clause(around: v, in: sentence)
            let start = bringsTogether ? v + 1 : v
            // ("JNIM, formed as al-Qaeda's Sahel branch, bringing together …": a possessor
            // qualifies a noun; the body the phrase is about brings the others together.)
            guard var whole = subjects(before: v, clause: clause, types: [.armedGroup, .alliance, .organization], in: ms).last else { continue }
            if mentions[whole].isPossessive {
                guard let body = ms.first(where: { mentions[$0].start >= clause.lowerBound && mentions[$0].end <= mentions[whole].start && !mentions[$0].isPossessive
                    && [.armedGroup, .alliance, .organization].contains(type($0)) }) else { continue }
                whole = body
            }
            for part in objects(after: start, clause: clause, types: [.armedGroup, .organization, .militaryUnit, .state], markers: Markers.direct, in: ms)
            where mentions[part].entity != mentions[whole].entity {
                if type(part) == .state {
                    if type(whole) == .alliance { emit(mentions[part].entity, .memberOf, mentions[whole].entity, sentence: s, rule: "includes-member", span: span(whole, part)) }
                } else if type(part) == type(whole) || (type(whole) == .organization && type(part) == .militaryUnit) {
                    emit(mentions[part].entity, .partOf, mentions[whole].entity, sentence: s, rule: "includes-component", span: span(whole, part))
                }
            }
        }
    }

    /// True when the words just before "under" at `t` put the subordination still to come:
    /// "being brought under the control of", "will come under Barkhane's command".
    func isPendingSubordination(before t: Int, floor: Int) -> Bool {
        tokens[max(floor, t - 3)..<t].contains { Self.pendingChangeWords.contains($0) }
    }

    static let pendingChangeWords: WordSet = ["being", "brought", "bring", "will", "would", "to"]

    /// "Mali made Russia its main security partner", "embraced Russia as its partner": the state
    /// named before the subject's "its … partner" cooperates with the subject. "Bamako's
    /// international partners, notably France", "the president courted new partners, including
    /// the UAE and Hungary": the states the partners' list names cooperate with their owner.
    ///
    /// - Complexity: O(*t* + *m*) in the sentence's tokens and mentions, per "partner".
    func findNamedPartners(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.frameTrigger) && mentionAt[t] == nil && Self.partnerNouns.contains(tokens[t]) {
            let clause = clause(around: t, in: sentence)
            var i = t - 1
            while i > clause.lowerBound, mentionAt[i] == nil, tokens[i].kind == .word, Self.partnerModifiers.contains(tokens[i]) { i -= 1 }
            guard i >= clause.lowerBound else { continue }
            if tokens[i].key == "its" || tokens[i].key == "their", i > clause.lowerBound {
                // "made Russia (as) its main security partner".
                let j = tokens[i - 1].key == "as" ? i - 2 : i - 1
                guard j >= clause.lowerBound, let partner = mentionAt[j], mentions[partner].end == j + 1, type(partner) == .state, !mentions[partner].isPossessive else { continue }
                for owner in subjects(before: mentions[partner].start, clause: clause, types: [.state], in: ms) where mentions[owner].entity != mentions[partner].entity {
                    emit(mentions[owner].entity, .cooperatesWith, mentions[partner].entity, sentence: s, rule: "made-partner", span: span(owner, partner))
                }
                continue
            }
            // "… partners, notably France", "partners, including the UAE and Hungary".
            guard tokens[t].key == "partners", t + 3 < clause.upperBound, tokens[t + 1].text == ",", Self.exampleMarkers.contains(tokens[t + 2]) else { continue }
            var first = tokens[t + 2].key == "such" && tokens[t + 3].key == "as" ? t + 4 : t + 3
            if first < clause.upperBound, tokens[first].key == "the" { first += 1 }
            guard first < clause.upperBound, let named = mentionAt[first], mentions[named].start == first, type(named) == .state else { continue }
            // The owner: a possessive state, or the subject of the verb that seeks them (a head of
            // state standing for the state he leads: "the president courted new partners").
            var owners: [Int] = []
            var span0 = t
            if tokens[i].kind == .possessive, i > clause.lowerBound, let o = mentionAt[i - 1], type(o) == .state {
                owners = [mentions[o].entity]
                span0 = mentions[o].start
            } else if tokens[i].key.hasSuffix("ed") || ["has", "have", "had", "found", "sought"].contains(tokens[i].key) {
                for o in subjects(before: i, clause: clause, types: [.state, .person], in: ms) {
                    if type(o) == .state { owners.append(mentions[o].entity) } else if let state = headedState(by: mentions[o].entity) { owners.append(state) }
                    span0 = min(span0, mentions[o].start)
                }
            }
            for owner in owners { for partner in list(startingAt: named, in: ms) where type(partner) == .state && mentions[partner].entity != owner {
                emit(owner, .cooperatesWith, mentions[partner].entity, sentence: s, rule: "named-partners", span: ordered(span0, mentions[partner].end))
            } }
        }
    }

    static let partnerNouns: WordSet = ["partner", "partners"]
    /// Words between an owner and its partner: "its main security partner", "new partners".
    static let partnerModifiers: WordSet = ["main", "closest", "close", "chief", "principal", "key", "new", "international", "foreign", "security", "military",
                                            "strategic", "preferred", "most", "important", "dependable", "reliable", "trusted", "western", "outside", "economic"]
    /// Words that open examples of a plural: "partners, notably France".
    static let exampleMarkers: WordSet = ["notably", "including", "such", "especially", "chiefly", "mainly"]

    /// "Russia and Niger signed documents to deepen military cooperation", "Mali, Burkina Faso and
    /// Niger have put into service a joint military force": states that together deepen their
    /// cooperation or field a joint force cooperate, each with each.
    func findSharedCooperation(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        // Two states at least, or nothing to pair.
        var states = 0
        for m in ms where type(m) == .state { states += 1; if states == 2 { break } }
        guard states == 2 else { return }
        for t in sentence where cues[t].contains(.cooperation) && mentionAt[t] == nil {
            let cue: Int
            if Self.jointWord.contains(tokens[t]) {
                guard t + 2 < sentence.upperBound else { continue }
                // "a joint (military) force", "joint patrols".
                guard let noun = ((t + 1)..<min(sentence.upperBound, t + 3)).first(where: { Self.jointBodies.contains(tokens[$0]) }),
                      ((t + 1)..<noun).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) else { continue }
                cue = t
            } else {
                // "to deepen (their) military cooperation".
                guard let v = (max(sentence.lowerBound, t - 4)..<t).last(where: { Self.deepeningVerbs.contains(tokens[$0]) }),
                      ((v + 1)..<t).allSatisfy({ tokens[$0].kind == .word && mentionAt[$0] == nil }) else { continue }
                cue = v
            }
            // ("deepened security cooperation with Russia": each with the partner named, which the
            // frames read; "ended their joint patrols": cooperation that stops.)
            if t + 1 < sentence.upperBound, ["with", "between"].contains(tokens[t + 1].key) { continue }
            let clause = clause(around: cue, in: sentence)
            if tokens[clause.lowerBound..<cue].contains(where: { Self.agreementEnders.contains($0) || ["suspended", "halted", "dissolved", "disbanded"].contains($0.key) }) { continue }
            let states = subjects(before: cue, clause: clause, types: [.state], in: ms).filter { mentions[$0].kind == .name || mentions[$0].kind == .demonym }
            let distinct = Array(Set(states.map { mentions[$0].entity })).sorted()
            guard distinct.count >= 2, distinct.count <= 5 else { continue }
            for (i, a) in distinct.enumerated() { for b in distinct[(i + 1)...] {
                emit(a, .cooperatesWith, b, sentence: s, rule: "shared-cooperation", span: ordered(mentions[states[0]].start, (t + 1)))
            } }
        }
    }

    static let cooperationNouns: WordSet = ["cooperation", "co-operation", "partnership", "ties"]
    static let deepeningVerbs: WordSet = ["deepen", "deepened", "deepening", "strengthen", "strengthened", "strengthening", "expand", "expanded", "expanding",
                                          "boost", "boosted", "boosting", "bolster", "bolstered", "bolstering", "reinforce", "reinforced", "reinforcing", "broaden", "broadened"]
    static let jointWord: WordSet = ["joint"]
    static let jointBodies: WordSet = ["force", "forces", "patrols", "operations", "operation", "command", "battalion", "brigade", "unit"]

    /// "Burkina Faso has joined Mali and Niger in the Alliance of Sahel States": the joiner and
    /// those it joined are members of the body named after "in".
    func findJoinedIn(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.frameTrigger) && ["joined", "joins", "join", "joining"].contains(tokens[t].key) {
            let clause = clause(around: t, in: sentence)
            guard let first = ms.first(where: { mentions[$0].start > t }), mentions[first].start == t + 1, type(first) == .state else { continue }
            let joined = objects(after: t, clause: clause, types: [.state], markers: Markers.direct, in: ms)
            guard let last = joined.last,
                  let body = ms.first(where: { mentions[$0].start > mentions[last].end && type($0) == .alliance && !mentions[$0].isPossessive }),
                  mentions[body].start - mentions[last].end <= 12,
                  let marker = (mentions[last].end..<mentions[body].start).last(where: { !["the", ","].contains(tokens[$0].key) && tokens[$0].kind == .word }),
                  tokens[marker].key == "in", marker == mentions[body].start - 1 || tokens[marker + 1].key == "the" else { continue }
            let joiners = subjects(before: t, clause: clause, types: [.state], in: ms)
            guard !joiners.isEmpty else { continue }
            for m in joiners + joined {
                emit(mentions[m].entity, .memberOf, mentions[body].entity, sentence: s, rule: "joined-in", span: span(m, body))
            }
        }
    }
}

extension RelationFinder {
    /// What a state withholds from another to punish it.
    static let withheldThings: WordSet = ["aid", "assistance", "support", "backing", "weapons", "electricity", "power", "funding", "loans", "disbursements", "budget"]

    /// "France suspended all development aid and budget support", "Nigeria cut off the electricity
    /// it sells to Niger": withholding aid or supplies from a state sanctions it. The state is the
    /// one named after "to"/"for"/"from", else, in a report on a coup, the junta's.
    func findWithheldAid(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.withholding) && mentionAt[t] == nil {
            guard let noun = ((t + 1)..<min(sentence.upperBound, t + 7)).first(where: { Self.withheldThings.contains(tokens[$0]) }),
                  ((t + 1)..<noun).allSatisfy({ mentionAt[$0] == nil && (tokens[$0].kind == .word || tokens[$0].kind == .possessive) }) else { continue }
            // ("the power it sells", "power cuts": only "cut (off) the power" is the withholding.)
            if tokens[noun].key == "power", !["cut", "cutting"].contains(tokens[t].key) { continue }
            let clause = clause(around: t, in: sentence)
            let named = statesAfter(noun, clause: clause, markers: Markers.toForFromOrWith, forcesToo: true, in: ms)
            let givers = subjects(before: t, clause: clause, types: [.state, .alliance], in: ms)
            let targets = named.isEmpty ? (juntaState.map { [$0] } ?? []) : named.map { mentions[$0].entity }
            for giver in givers { for target in targets where target != mentions[giver].entity {
                emit(mentions[giver].entity, .sanctions, target, sentence: s, rule: "withheld-aid", span: ordered(mentions[giver].start, (noun + 1)))
            } }
        }
    }

    /// "He has been under United Nations sanctions since 2014", "a firm under US sanctions": the
    /// state or body named before "sanctions" sanctions the clause's subject.
    func findSanctionsBorne(_ s: Int, _ sentence: Range<Int>, _ ms: [Int]) {
        for t in sentence where cues[t].contains(.frameTrigger) && tokens[t].key == "sanctions" {
            guard let imposer = mentionAt[t - 1], mentions[imposer].end == t, [.state, .alliance, .organization].contains(type(imposer)) else { continue }
            var under = mentions[imposer].start - 1
            if tokens[under].key == "the" { under -= 1 }
            guard under > sentence.lowerBound, tokens[under].key == "under" else { continue }
            let clause = clause(around: under, in: sentence)
            for target in subjects(before: under, clause: clause, types: [.person, .state, .organization, .armedGroup], in: ms) where mentions[target].entity != mentions[imposer].entity {
                emit(mentions[imposer].entity, .sanctions, mentions[target].entity, sentence: s, rule: "under-sanctions", span: span(target, imposer))
            }
        }
    }
}
