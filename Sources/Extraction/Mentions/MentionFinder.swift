import NewsGraph

/// Finds the named mentions of one document and builds its entity table.
///
/// Order of preference at each token: a title before a name ("General Michael Langley"), a
/// lexicon form (longest first), an unknown capitalized name typed by its form and context.
/// A capitalized run that goes past a lexicon form and ends in a name head is one unknown
/// name ("Niger Air Force"), not the lexicon form plus leftovers.
struct MentionFinder {
    let lexicon: Lexicon
    let tokens: TokenList
    let sentences: [Range<Int>]
    /// The tokens' lexicon key numbers (``WordCodes``).
    private let keyNumbers: [Int32]

    private(set) var entities: [DocumentEntity] = []
    private(set) var mentions: [Mention] = []
    private var entityByKey: [String: Int] = [:]
    /// People by folded full name and by folded last name (the first person with it).
    private var personByName: [String: Int] = [:]
    private var personBySurname: [String: Int] = [:]
    /// People by a first name that is no common given name ("Abiy" for Abiy Ahmed), when only one person of the text has it.
    private var personByFirstName: [String: Int] = [:]
    private var entityByLexicon: [Int: Int] = [:]
    /// Acronyms the text defined ("National Council for Renewal and Unity (CNRU)", "Rapid
    /// Support Forces (RSF)"), by key: in this text they name that body, whatever else the
    /// lexicon knows by the same letters.
    private var acronyms: [String: Int] = [:]
    /// Names a text gives an entity with "known as" ("the Special Deterrence Force, better known
    /// as Radaa"), by folded name: later mentions of the name are that entity.
    private var namesGiven: [String: Int] = [:]
    /// The first words of the names in `namesGiven` and of the places and bodies typed from
    /// their form or context: a cheap test before a run's name is folded and looked up.
    private var reusableFirstWords: Set<String> = []

    init(lexicon: Lexicon, tokens: TokenList, keyNumbers: [Int32], sentences: [Range<Int>]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.sentences = sentences
        self.keyNumbers = keyNumbers
    }

    /// The longest lexicon form at `start` (see ``NameIndex/longestMatch(_:keys:from:limit:)``).
    private func lexiconMatch(from start: Int, limit: Int) -> (form: NameIndex.Form, end: Int)? {
        lexicon.index.longestMatch(tokens, keys: keyNumbers, from: start, limit: limit)
    }

    mutating func run() {
        for sentence in sentences { scan(sentence) }
        resolveShortForms()
        mentions.sort { $0.start < $1.start }
    }

    // MARK: Entities

    /// The document's entity of that name and type, if the text mentions it. (A name can stand
    /// for two entities of different types, Djibouti the state and the city: the table keeps
    /// the first, so the others are looked for one by one.)
    func mentionedEntity(named name: String, type: EntityType) -> Int? {
        let key = NameKey.folded(name)
        if let i = entityByKey[key], entities[i].type == type { return entities[i].mentions > 0 ? i : nil }
        return entities.indices.first { entities[$0].type == type && entities[$0].mentions > 0 && NameKey.folded(entities[$0].name) == key }
    }

    mutating func entity(named name: String, type: EntityType, lexiconEntry: Int? = nil) -> Int {
        if let entry = lexiconEntry, let i = entityByLexicon[entry] { return i }
        // (Every caller with an entry names the entity by the entry's name, folded once by the lexicon.)
        let key = lexiconEntry.map { lexicon.foldedNames[$0] } ?? NameKey.folded(name)
        if let i = entityByKey[key], lexiconEntry == nil || entities[i].lexiconEntry == nil { return i }
        entities.append(DocumentEntity(name: name, type: type, lexiconEntry: lexiconEntry))
        let i = entities.count - 1
        entityByKey[key] = i
        if type == .person {
            personByName[key] = personByName[key] ?? i
            let words = key.split(separator: " ")
            if words.count > 1, let last = words.last { personBySurname[String(last), default: i] = personBySurname[String(last)] ?? i }
            if words.count == 2, let first = words.first.map(String.init), !lexicon.isGivenName(first) {
                personByFirstName[first] = personByFirstName[first] == nil ? i : -1
            }
            // "Déby" for Mahamat Idriss Déby Itno: the surnames of the names the lexicon knows too.
            if let entry = lexiconEntry {
                for last in lexicon.otherSurnames[entry] ?? [] { personBySurname[last] = personBySurname[last] ?? i }
            }
        }
        if let entry = lexiconEntry { entityByLexicon[entry] = i }
        return i
    }

    private mutating func record(_ range: Range<Int>, entity: Int, kind: Mention.Kind, surface: String, role: RoleEntry? = nil) {
        var mention = Mention(range: range, entity: entity, kind: kind, role: role)
        if range.upperBound < tokens.count, tokens[range.upperBound].kind == .possessive { mention.isPossessive = true }
        mentions.append(mention)
        entities[entity].mentions += 1
        if kind == .name || kind == .demonym || kind == .seat { entities[entity].addAlias(surface) }
    }

    func surface(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            if i > range.lowerBound, tokens[i].spaceBefore { out += " " }
            out += tokens[i].text
        }
        return out
    }

    // MARK: Scanning

    /// "Boni Yayi": a place the lexicon marks as also a name ("Boni", a Malian town and a
    /// surname), run on by a capitalized word no entry knows, is a person's or a body's name.
    private func isAmbiguousPlaceInName(_ form: NameIndex.Form, matchEnd: Int, run: Range<Int>, limit: Int) -> Bool {
        guard run.upperBound > matchEnd, [.city, .region].contains(form.type), lexicon.entries[form.entry].ambiguous != nil,
              tokens[matchEnd].kind == .word, lexicon.head(tokens[matchEnd]) == nil else { return false }
        return lexiconMatch(from: matchEnd, limit: limit) == nil
    }

    private mutating func scan(_ sentence: Range<Int>) {
        var i = sentence.lowerBound
        let end = sentence.upperBound
        while i < end {
            let t = tokens[i]
            guard t.kind == .word || t.kind == .number else { i += 1; continue }
            // (Looked up once: both rules below read the role a capitalized word opens.)
            let capitalizedRole = t.isCapitalized ? lexicon.role(in: tokens[i..<end]) : nil
            // Title + name: "President Vladimir Putin", "Gen. Michael Langley", "Colonel Amadou Abdramane".
            if let (role, length) = capitalizedRole,
               role.position != .role, let (nameStart, nameEnd) = nameAfterTitle(i + length, end), nameEnd > nameStart,
               // ("the General National Congress": a title word opening a body's name is part of it.)
               !runEndsInHead(nameStart..<nameEnd) {
                let person = resolvePerson(nameStart..<nameEnd)
                record(nameStart..<nameEnd, entity: person, kind: .name, surface: surface(nameStart..<nameEnd), role: role)
                entities[person].addAlias(surface(i..<nameEnd))
                i = nameEnd
                continue
            }
            // "the Inspector-General of the Sierra Leone Police": a capitalized role before "of"
            // is no part of the name after it.
            if let (_, length) = capitalizedRole, i + length + 1 < end, tokens[i + length].key == "of",
               lexiconMatch(from: i, limit: end).map({ $0.end <= i + length }) ?? true {
                i += length
                continue
            }
            // "Supplies for the Africa Corps arrive …": a sentence's capitalized first word before
            // "for"/"of" and a known name is a common noun, not the name's first word.
            if i == sentence.lowerBound, t.isCapitalized, i + 2 < end, ["of", "for"].contains(tokens[i + 1].key), lexicon.head(t) == nil,
               !lexicon.isGivenName(t), lexiconMatch(from: i, limit: end) == nil,
               let rest = lexiconMatch(from: tokens[i + 2].key == "the" ? i + 3 : i + 2, limit: end),
               ![.city, .region, .state].contains(rest.form.type) {
                i += 1
                continue
            }
            // "the army's 6th Infantry Division", "the 444 Brigade": an ordinal, or a number
            // right before a unit's head word, opens a unit's name.
            if case let ordinal = Self.isOrdinal(t), ordinal || t.kind == .number, i + 1 < end, tokens[i + 1].isCapitalized, lexiconMatch(from: i + 1, limit: end) == nil {
                let inner = capitalizedRun(from: i + 1, end: end)
                let numbered = !ordinal && t.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && t.text.utf8.count <= 3 && inner.count <= 2
                    && lexicon.head(tokens[inner.upperBound - 1]).map({ $0.position == .last && $0.type == .militaryUnit }) == true
                if numbered || (ordinal && inner.count >= 2), runEndsInHead(inner),
                   let type = numbered ? .militaryUnit : classifyUnknown(inner, sentence: sentence), [.militaryUnit, .armedGroup, .organization].contains(type) {
                    // ("the February 17 Martyrs Brigade": a date that names a unit is part of its name.)
                    let opener = !ordinal && i > sentence.lowerBound && tokens[i - 1].isCapitalized && WordLists.calendar.contains(tokens[i - 1]) ? i - 1 : i
                    let e = entity(named: surface(opener..<inner.upperBound), type: type)
                    record(opener..<inner.upperBound, entity: e, kind: .name, surface: surface(opener..<inner.upperBound))
                    i = inner.upperBound
                    continue
                }
            }
            // "-- The Wagner Group said": a capitalized "The" before a known name, wherever the
            // sentence really starts, is no part of the name. (Not before a longer unknown name
            // that opens with a known one: "The Syrian Observatory for Human Rights".)
            // (Nor before a state's forces: "The Ghana Armed Forces (GAF)".)
            if t.key == "the", i + 1 < end, let known = lexiconMatch(from: i + 1, limit: end),
               case let runEnd = capitalizedRun(from: i + 1, end: end).upperBound,
               known.end >= runEnd || (known.form.type == .state && namesStateForces(known.end..<runEnd)) {
                i += 1
                continue
            }
            let run = capitalizedRun(from: i, end: end)
            if run.count == 1, t.isAllCaps, let e = acronyms[t.key] {
                record(run, entity: e, kind: .name, surface: t.text)
                // ("RDF soldiers": a state's forces, named by their acronym, are no place.)
                if entities[e].type == .state { mentions[mentions.count - 1].isForces = true }
                i = run.upperBound
                continue
            }
            let match = lexiconMatch(from: i, limit: end)
            // "the Special Deterrence Force, better known as Radaa … Radaa, led by …": a name the
            // text gave an entity, there and from then on.
            // ("Troops marched into Adan Yabaal … pulled out of Adan Yabaal": a name this text has
            // already typed is that entity wherever it stands.)
            if match == nil, !run.isEmpty, run.count <= 4,
               reusableFirstWords.contains(tokens[nameStart(run)].key) || (run.lowerBound > sentence.lowerBound && Self.namingWords.contains(tokens[run.lowerBound - 1])),
               case let key = NameKey.folded(surface(run)),
               let e = namesGiven[key] ?? knownAsAntecedent(of: run, sentence: sentence) ?? typedBefore(run) {
                record(run, entity: e, kind: .name, surface: surface(run))
                namesGiven[key] = e
                reusableFirstWords.insert(tokens[nameStart(run)].key)
                i = run.upperBound
                continue
            }
            // "Syria's Latakia province", "the Tahoua region": a town with an area noun after it
            // names the area around the town, unless the lexicon knows that area by this form.
            if let (form, matchEnd) = match, form.type == .city, run.upperBound == matchEnd, matchEnd < end,
               tokens[matchEnd].kind == .word, !tokens[matchEnd].isCapitalized, Self.namedAreaNouns.contains(tokens[matchEnd]) {
                let e = entity(named: surface(i..<matchEnd) + " " + tokens[matchEnd].text, type: .region)
                record(i..<matchEnd + 1, entity: e, kind: .name, surface: surface(i..<matchEnd + 1))
                i = matchEnd + 1
                continue
            }
            // "the Pretoria agreement", "the Rome Statute": a town that names a treaty is neither
            // the town nor its state here (named treaties are no entities).
            if let (form, matchEnd) = match, form.type == .city, matchEnd < end, WordLists.townTreatyNouns.contains(tokens[matchEnd]) {
                i = matchEnd + 1
                continue
            }
            // "the Merowe air base": a town the lexicon knows, before a lower-case base head, names
            // the base (a base the lexicon knows by such a form has matched already, being longer).
            if let (form, matchEnd) = match, form.type == .city, form.kind != .demonym, run.upperBound == matchEnd,
               let baseEnd = lowercaseBaseEnd(from: matchEnd, limit: end) {
                recordBase(named: i..<matchEnd, headEnd: baseEnd)
                i = baseEnd
                continue
            }
            // "Mahamadou Sana … Sana said": a one-word place name that is the surname of a person
            // the document has named is that person (not Yemen's capital).
            // (Not where the sentence uses it as a place: "attacked Gao", "in Gao".)
            if let (form, matchEnd) = match, matchEnd == i + 1, run.count == 1, [.city, .region].contains(form.type), personBySurname[t.key] != nil,
               !isPlaceUse(i..<matchEnd, sentence: sentence) {
                let person = resolvePerson(i..<matchEnd)
                record(i..<matchEnd, entity: person, kind: .name, surface: t.text)
                i = matchEnd
                continue
            }
            if let (form, matchEnd) = match, run.upperBound > matchEnd, form.type == .state,
               namesStateForces(matchEnd..<run.upperBound) {
                // "Nigerien Army", "Malian Armed Forces", "Rwanda Defence Force": a state's forces
                // as a whole are the state.
                i = recordStateForces(state: form.entry, words: i..<run.upperBound, limit: end)
                continue
            }
            // "the Armed Forces of the Democratic Republic of the Congo (FARDC)": the same, named
            // the other way round.
            if t.isCapitalized, let (state, formEnd) = forcesOfState(from: i, limit: end) {
                i = recordStateForces(state: state, words: i..<formEnd, limit: end)
                continue
            }
            // "the German air force", "the Ukrainian foreign ministry": a state's organ in lower case.
            if let (form, matchEnd) = match, form.type == .state, form.kind == .demonym, run.upperBound == matchEnd,
               let organEnd = lowercaseOrganEnd(from: matchEnd, limit: end) {
                recordOrgan(of: form.entry, words: matchEnd..<organEnd, mention: i..<organEnd)
                i = organEnd
                continue
            }
            // ("the African Party for the Independence of Guinea": a demonym opening a body's name,
            // whose head stands before "for" or "of".)
            if let (form, matchEnd) = match, !(run.upperBound > matchEnd && !hasTitle(in: matchEnd..<run.upperBound)
                                                && ((runEndsInHead(run) && !endsInKnownName(from: matchEnd, run: run, pastDemonym: form.kind == .demonym)) || (form.kind == .demonym && headsBody(before: run, from: matchEnd)))),
               !isAmbiguousPlaceInName(form, matchEnd: matchEnd, run: run, limit: end) {
                recordLexicon(form: form, range: i..<matchEnd, sentence: sentence)
                // "the Rapid Support Forces (RSF)": the letters name this body from here on.
                if matchEnd + 2 < end, tokens[matchEnd].text == "(", tokens[matchEnd + 2].text == ")", tokens[matchEnd + 1].isAllCaps,
                   tokens[matchEnd + 1].key.count >= 2, form.type != .state, form.kind != .demonym {
                    acronyms[tokens[matchEnd + 1].key] = mentions[mentions.count - 1].entity
                }
                i = matchEnd
                if form.type == .state, form.kind != .demonym, let next = recordPossessiveOrgan(state: form.entry, from: matchEnd, sentence: sentence) {
                    i = next
                }
                continue
            }
            // "Wunstorf air base", "the Hmeimim airbase": an unknown name before a lower-case base head.
            if !run.isEmpty, match == nil, let baseEnd = lowercaseBaseEnd(from: run.upperBound, limit: end, unknown: run) {
                recordBase(named: run, headEnd: baseEnd)
                i = baseEnd
                continue
            }
            // "the National Council for Renewal and Unity (CNRU)": a body the lexicon does not
            // know, defined with its acronym; the acronym names it from then on.
            // ("the ECOWAS Mission in Guinea-Bissau (ECOMIB)": a known name may open it.)
            if !run.isEmpty, match.map({ run.upperBound > $0.1 }) ?? true, let (nameEnd, acronym) = acronymDefinition(from: i, limit: end) {
                recordAcronymDefinition(name: i..<nameEnd, acronym: acronym, sentence: sentence)
                i = acronym + 2
                continue
            }
            if !run.isEmpty, let type = classifyUnknown(run, sentence: sentence) {
                let name = canonicalUnknownName(run)
                let e = type == .person ? resolvePerson(run) : entity(named: name, type: type)
                record(run, entity: e, kind: .name, surface: surface(run))
                if type != .person { reusableFirstWords.insert(tokens[nameStart(run)].key) }
                // "Soum province": the name with its area noun is a form of it too.
                if type == .region, run.upperBound < end, tokens[run.upperBound].kind == .word, !tokens[run.upperBound].isCapitalized,
                   WordLists.areaNouns.contains(tokens[run.upperBound]) {
                    entities[e].addAlias(surface(run) + " " + tokens[run.upperBound].text)
                }
                i = run.upperBound
                continue
            }
            // "ACT-Wazalendo": an unknown acronym hyphened to a word makes one name, so the word
            // is not read alone (Wazalendo, a Congolese militia).
            if t.isAllCaps, i + 2 < end, tokens[i + 1].text == "-", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore {
                i += 3
                continue
            }
            i += 1
        }
    }

    /// A place or body of this name that an earlier sentence typed, if any (people have their
    /// own surname and first-name resolution).
    private func typedBefore(_ run: Range<Int>) -> Int? {
        guard let e = entityByKey[NameKey.folded(canonicalUnknownName(run))], entities[e].type != .person, entities[e].lexiconEntry == nil, entities[e].mentions > 0 else { return nil }
        return e
    }

    /// Where a run's name starts: past a leading "The".
    private func nameStart(_ run: Range<Int>) -> Int {
        tokens[run.lowerBound].key == "the" && run.count > 1 ? run.lowerBound + 1 : run.lowerBound
    }

    /// The last word before a name given to an entity: "known as", "called".
    static let namingWords: WordSet = ["as", "called", "dubbed", "nicknamed"]

    /// The entity a name is given to: "X, (better) known as NAME", "X (known as NAME)", "X,
    /// also called NAME". `nil` when the words before the name are not such an apposition.
    private func knownAsAntecedent(of run: Range<Int>, sentence: Range<Int>) -> Int? {
        var k = run.lowerBound - 1
        guard k - 2 >= sentence.lowerBound else { return nil }
        guard Self.namingWords.contains(tokens[k]) else { return nil }
        if tokens[k].key == "as" { guard tokens[k - 1].key == "known" else { return nil }; k -= 1 }
        k -= 1
        if ["better", "also", "locally", "widely", "commonly", "popularly", "more"].contains(tokens[k].key) { k -= 1 }
        // ("X, the armed group better known as NAME": past a short description of X.)
        if k > sentence.lowerBound, tokens[k].kind == .word, !tokens[k].isCapitalized {
            var d = k
            while d > sentence.lowerBound, k - d < 4, tokens[d].kind == .word, !tokens[d].isCapitalized, !["the", "a", "an"].contains(tokens[d].key) { d -= 1 }
            if ["the", "a", "an"].contains(tokens[d].key) { k = d - 1 }
        }
        guard k >= sentence.lowerBound, [",", "("].contains(tokens[k].text), let last = mentions.last, last.end == k,
              [.armedGroup, .militaryUnit, .organization, .alliance, .media, .person, .base].contains(entities[last.entity].type) else { return nil }
        return last.entity
    }

    /// A name of capitalized words and connectors from `start` followed by "(ACRONYM)" whose first
    /// letter is the name's: the end of the name and the acronym's index, or nil.
    private func acronymDefinition(from start: Int, limit: Int) -> (nameEnd: Int, acronym: Int)? {
        var j = start
        var words = 0
        while j < limit, j - start < 14 {
            let t = tokens[j]
            if t.kind == .word, t.isCapitalized { words += 1; j += 1; continue }
            if t.kind == .word, WordLists.nameConnectors.contains(t) || t.key == "and" || t.key == "the" { j += 1; continue }
            // ("the ECOWAS Stabilisation Support Mission in Guinea-Bissau (SSMGB)": a mission's
            // name goes on over "in" and its country; the initials below must still match.)
            if t.key == "in", words >= 2, j + 1 < limit, tokens[j + 1].isCapitalized { j += 1; continue }
            if t.text == "-", !t.spaceBefore { j += 1; continue }
            if t.kind == .possessive, j > start, Self.possessiveNameWords.contains(tokens[j - 1]) { j += 1; continue }
            break
        }
        guard words >= 2, j + 2 < limit, tokens[j].text == "(", tokens[j + 2].text == ")", tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized else { return nil }
        let acronym = tokens[j + 1]
        guard acronym.kind == .word, acronym.isAllCaps, (2...8).contains(acronym.text.count), acronym.text.count <= words + 2 else { return nil }
        // The initials, in any order (French acronyms of English names: "National Council for
        // the Safeguard of the Homeland (CNSP)"): all of the acronym's letters but one, and its
        // first among the name's first two.
        let initials = (start..<j).compactMap { tokens[$0].kind == .word && tokens[$0].isCapitalized && tokens[$0].key != "the" ? tokens[$0].text.first : nil }
        let letters = Array(acronym.text)
        guard (initials.prefix(2).contains(letters[0]) && letters.filter({ initials.contains($0) }).count >= letters.count - 1)
                || spellsInOrder(letters[...], words: tokens[start..<j].filter { $0.kind == .word && $0.key != "the" }[...], skips: 1) else { return nil }
        return (j, j + 1)
    }

    /// Whether an acronym spells its name's words in order, each word giving the start of its
    /// letters (an all-caps word any part of it, a capitalized one up to three letters, a
    /// lower-case connector its first letter or nothing), with at most `skips` capitalized words
    /// giving nothing: "ECOWAS Mission in Guinea-Bissau (ECOMIB)", "ECOWAS Monitoring Group
    /// (ECOMOG)". The first word must give the first letter.
    ///
    /// - Complexity: O(*w* × *a*) branches at most per call in practice (*w* ≤ 14 words, *a* ≤ 8 letters).
    private func spellsInOrder(_ letters: ArraySlice<Character>, words: ArraySlice<Token>, skips: Int) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        if letters.isEmpty { return false }
        let text = Array(word.text.uppercased())
        let longest = word.isAllCaps ? text.count : (word.isCapitalized ? min(3, text.count) : 1)
        let rest = words.dropFirst()
        for n in stride(from: min(longest, letters.count), through: 1, by: -1) where letters.prefix(n).elementsEqual(text.prefix(n)) {
            if spellsInOrder(letters.dropFirst(n), words: rest, skips: skips) { return true }
        }
        // The first word always gives a letter; a connector may give none, and so may a
        // capitalized word while skips remain.
        guard words.startIndex > 0 || letters.startIndex > 0 else { return false }
        if !word.isCapitalized { return spellsInOrder(letters, words: rest, skips: skips) }
        return skips > 0 && spellsInOrder(letters, words: rest, skips: skips - 1)
    }

    /// Records a name defined with its acronym, and the acronym, as one entity: the lexicon's
    /// when it knows the name (else the acronym), else a body typed by the name's head (an
    /// organization by default).
    private mutating func recordAcronymDefinition(name: Range<Int>, acronym: Int, sentence: Range<Int>) {
        let e: Int
        let nameStart = tokens[name.lowerBound].key == "the" ? name.lowerBound + 1 : name.lowerBound
        if let known = lexiconMatch(from: nameStart, limit: name.upperBound), known.end == name.upperBound {
            let entry = lexicon.entries[known.form.entry]
            e = entity(named: entry.name, type: entry.type, lexiconEntry: known.form.entry)
        } else if let known = lexiconMatch(from: acronym, limit: acronym + 1), known.end == acronym + 1,
                  sharesWord(name, with: lexicon.entries[known.form.entry]) {
            let entry = lexicon.entries[known.form.entry]
            e = entity(named: entry.name, type: entry.type, lexiconEntry: known.form.entry)
        } else {
            let bodies: EntityTypes = [.organization, .alliance, .armedGroup, .militaryUnit, .media]
            let type = classifyUnknown(name, sentence: sentence).flatMap { bodies.contains($0) ? $0 : nil } ?? .organization
            e = entity(named: canonicalUnknownName(name), type: type)
        }
        record(name, entity: e, kind: .name, surface: surface(name))
        record(acronym..<(acronym + 1), entity: e, kind: .name, surface: tokens[acronym].text)
        acronyms[tokens[acronym].key] = e
    }

    /// True when a name the text defines shares a word of four letters or more with a lexicon
    /// entry's forms: "the Rapid Support Force (RSF)" is the lexicon's RSF, "the Alliance for
    /// National Integrity (ANI)" is no news agency that also goes by "ANI".
    ///
    /// - Complexity: O(*w* × *f*) in the name's words and the entry's forms.
    private func sharesWord(_ name: Range<Int>, with entry: LexiconEntry) -> Bool {
        let words = Set(tokens[name].lazy.filter { $0.kind == .word && $0.key.count >= 4 }.map { NameKey.folded($0.text) })
        guard !words.isEmpty else { return false }
        return ([entry.name] + (entry.aliases ?? [])).contains { form in
            form.split(whereSeparator: { !$0.isLetter }).contains { words.contains(NameKey.folded(String($0))) }
        }
    }

    /// "6th", "21st", "3rd".
    static func isOrdinal(_ t: Token) -> Bool {
        guard let first = t.text.utf8.first, first >= 0x30, first <= 0x39, t.text.utf8.count >= 3 else { return false }
        let text = t.text.lowercased()
        return ["st", "nd", "rd", "th"].contains(String(text.suffix(2))) && text.dropLast(2).allSatisfy(\.isNumber)
    }

    /// True when the words after a state's name make its forces as a whole: "Army", "Armed
    /// Forces", "People's Defence Force" (a people's army is the state's).
    func namesStateForces(_ words: Range<Int>) -> Bool {
        words.allSatisfy { k in
            Self.foldingHeads.contains(tokens[k])
                || (k + 1 < words.upperBound && tokens[k + 1].kind == .possessive && Self.possessiveNameWords.contains(tokens[k]))
                || (tokens[k].kind == .possessive && k > words.lowerBound && Self.possessiveNameWords.contains(tokens[k - 1]))
        } && !words.isEmpty && Self.foldingHeads.contains(tokens[words.upperBound - 1])
    }

    /// Words after a state's name or demonym that mean the state itself ("National Defence
    /// Force": the names armies give themselves).
    static let foldingHeads: WordSet = ["army", "military", "armed", "forces", "government", "junta", "authorities", "troops",
                                        "defence", "defense", "force", "national"]

    /// Records a state's forces as a whole as the state, and the acronym defined after them
    /// ("Rwanda Defence Force (RDF)") as the state from then on. Returns the index after them.
    private mutating func recordStateForces(state: Int, words: Range<Int>, limit: Int) -> Int {
        let entry = lexicon.entries[state]
        let e = entity(named: entry.name, type: .state, lexiconEntry: state)
        record(words, entity: e, kind: .demonym, surface: surface(words))
        mentions[mentions.count - 1].isForces = true
        let end = words.upperBound
        guard end + 2 < limit, tokens[end].text == "(", tokens[end + 2].text == ")", tokens[end + 1].isAllCaps || tokens[end + 1].isCapitalized,
              tokens[end + 1].kind == .word, (2...8).contains(tokens[end + 1].text.count),
              lexiconMatch(from: end + 1, limit: end + 2).map({ $0.form.entry == state }) ?? true
                || initialsSpell(tokens[end + 1], words: words) else { return end }
        // (The acronym in brackets is no mention of its own: a second mention of the state there
        // would stand as a place between a verb and its object.)
        acronyms[tokens[end + 1].key] = e
        entities[e].addAlias(tokens[end + 1].text)
        return end + 3
    }

    /// "Somali National Army (SNA)": the acronym is the words' initials, so it names them here
    /// whatever else the lexicon knows by it (the Syrian National Army).
    private func initialsSpell(_ acronym: Token, words: Range<Int>) -> Bool {
        let initials = words.compactMap { tokens[$0].kind == .word && tokens[$0].isCapitalized ? tokens[$0].text.first : nil }
        return initials.count >= 2 && String(initials) == acronym.text
    }

    /// "Armed Forces of Mali", "Defence Forces of the Democratic Republic of the Congo": the
    /// state's lexicon entry and the end of the phrase, or nil.
    private func forcesOfState(from start: Int, limit: Int) -> (state: Int, end: Int)? {
        var k = start
        while k < limit, k - start < 3, tokens[k].isCapitalized, Self.foldingHeads.contains(tokens[k]), tokens[k].key != "national" { k += 1 }
        guard k - start >= 2, ["forces", "army"].contains(tokens[k - 1].key), k + 1 < limit, tokens[k].key == "of" else { return nil }
        var stateStart = k + 1
        if tokens[stateStart].key == "the", stateStart + 1 < limit { stateStart += 1 }
        guard let (form, formEnd) = lexiconMatch(from: stateStart, limit: limit), form.type == .state, form.kind != .demonym else { return nil }
        return (form.entry, formEnd)
    }

    /// "Russia's Defense Ministry" → "Russian Defense Ministry": an organ named by its state's
    /// possessive takes the adjective form, as analysts and lexicons write it.
    private mutating func recordPossessiveOrgan(state: Int, from start: Int, sentence: Range<Int>) -> Int? {
        guard start < sentence.upperBound, tokens[start].kind == .possessive else { return nil }
        let run = capitalizedRun(from: start + 1, end: sentence.upperBound)
        // "Russia's defence ministry": the organ in lower case, as wire copy writes it.
        if run.isEmpty, let organEnd = lowercaseOrganEnd(from: start + 1, limit: sentence.upperBound) {
            recordOrgan(of: state, words: (start + 1)..<organEnd, mention: (start + 1)..<organEnd)
            entities[mentions[mentions.count - 1].entity].addAlias(surface((start - 1)..<organEnd))
            return organEnd
        }
        let stateName = lexicon.entries[state].name
        // "France's Africa Command" is not the lexicon's US Africa Command: a known organ of
        // another state, named with this state's possessive, is this state's own organ.
        let known = lexiconMatch(from: run.lowerBound, limit: sentence.upperBound)
        let anotherStates = known.map { match in
            match.end == run.upperBound && [.organization, .militaryUnit].contains(match.form.type)
                && lexicon.homeState(of: match.form.entry).map { $0 != stateName } == true
        } ?? false
        guard !run.isEmpty, known == nil || anotherStates, let head = bodyHead(of: run), [.organization, .militaryUnit].contains(head.type) else { return nil }
        let e = organEntity(of: state, named: surface(run), type: head.type)
        record(run, entity: e, kind: .name, surface: surface((start - 1)..<run.upperBound))
        // The organ's own words are a form of its name too: "Presidential Guard".
        entities[e].addAlias(surface(run))
        return run.upperBound
    }

    /// Lower-case organs that a state's name or demonym turns into a proper name: "defence
    /// ministry", "air force", "presidential guard". Each is two words; the second is the head.
    static let lowercaseOrgans: [String: (qualifiers: WordSet, type: EntityType)] = [
        "ministry": (["defence", "defense", "foreign", "interior", "justice", "finance", "security"], .organization),
        "force": (["air"], .militaryUnit),
        "guard": (["presidential", "republican", "national"], .militaryUnit),
    ]

    /// The end of a lower-case organ starting at `k` ("defence ministry"), or nil.
    func lowercaseOrganEnd(from k: Int, limit: Int) -> Int? {
        guard k + 1 < limit, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k + 1].isCapitalized,
              let organ = Self.lowercaseOrgans[tokens[k + 1].key], organ.qualifiers.contains(tokens[k]) else { return nil }
        return k + 2
    }

    /// Records the base that a name and the lower-case head after it name.
    /// ("the Wilberforce military barracks" is "Wilberforce Barracks": the qualifier of a barracks,
    /// camp or prison is no part of its name; an air base keeps its "air".)
    private mutating func recordBase(named name: Range<Int>, headEnd: Int) {
        let qualified = headEnd - name.upperBound == 2 && ["camp", "barracks", "prison"].contains(tokens[headEnd - 1].key)
        let e = entity(named: canonicalUnknownName(name) + " " + titleCased((qualified ? headEnd - 1 : name.upperBound)..<headEnd), type: .base)
        record(name.lowerBound..<headEnd, entity: e, kind: .name, surface: surface(name.lowerBound..<headEnd))
    }

    /// The end of a lower-case base head at `k` ("air base", "airbase", "naval base", "military
    /// barracks", "prison"), or nil. (A bare "camp" only after an unknown name that "the"
    /// opens: "Kakuma refugee camp" and "camps for the displaced" are no bases.)
    func lowercaseBaseEnd(from k: Int, limit: Int, unknown: Range<Int>? = nil) -> Int? {
        guard k < limit, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
        if ["airbase", "airfield", "airstrip", "barracks", "prison"].contains(tokens[k].key) { return k + 1 }
        // ("took the Satunjira camp": a camp named by an unknown word after "the"; not "the
        // MINUSMA camp", a known owner's.)
        if let unknown, tokens[k].key == "camp", unknown.count <= 2, unknown.lowerBound > 0, tokens[unknown.lowerBound - 1].key == "the" { return k + 1 }
        guard k + 1 < limit, ["air", "naval", "military", "army"].contains(tokens[k].key) else { return nil }
        if ["base", "field"].contains(tokens[k + 1].key) { return k + 2 }
        if ["military", "army"].contains(tokens[k].key), ["camp", "barracks", "prison"].contains(tokens[k + 1].key) { return k + 2 }
        return nil
    }

    /// Records a state's organ named by lower-case words: "Russia's defence ministry" →
    /// "Russian Defence Ministry", the lexicon's entry when it has one under either spelling.
    private mutating func recordOrgan(of state: Int, words: Range<Int>, mention: Range<Int>) {
        let e = organEntity(of: state, named: titleCased(words), type: Self.lowercaseOrgans[tokens[words.upperBound - 1].key]?.type ?? .organization)
        record(mention, entity: e, kind: .name, surface: surface(mention))
    }

    /// Lower-case words written as a name: "air base" → "Air Base".
    private func titleCased(_ words: Range<Int>) -> String {
        words.map { tokens[$0].text.prefix(1).uppercased() + tokens[$0].text.dropFirst() }.joined(separator: " ")
    }

    /// The entity for a state's organ: the state's adjective before the organ's words ("Russian
    /// Defence Ministry"), the lexicon's entry when it has one under either spelling.
    private mutating func organEntity(of state: Int, named words: String, type: EntityType) -> Int {
        let stateEntry = lexicon.entries[state]
        let name = (stateEntry.demonyms?.first ?? stateEntry.name) + " " + words
        // British and American spellings name the same ministry.
        let entry = lexicon.organEntryIndex(named: name)
            ?? lexicon.organEntryIndex(named: name.replacingOccurrences(of: "Defence", with: "Defense"))
            ?? lexicon.organEntryIndex(named: name.replacingOccurrences(of: "Defense", with: "Defence"))
        let e = entity(named: entry.map { lexicon.entries[$0].name } ?? name, type: entry.map { lexicon.entries[$0].type } ?? type, lexiconEntry: entry)
        // The spelling the text used is a form of the name too ("Russian Defence Ministry").
        entities[e].addAlias(name)
        return e
    }

    private mutating func recordLexicon(form: NameIndex.Form, range: Range<Int>, sentence: Range<Int>) {
        // One sense per document: "Congo" after "the Democratic Republic of Congo" is that Congo.
        let chosen = entityByLexicon[form.entry] == nil ? form.alternatives.first(where: { entityByLexicon[$0] != nil }) ?? form.entry : form.entry
        // (The entry's fields are read in place: copying a whole entry, with its lists of
        // names, for every name in the text was a measurable share of extraction.)
        let type = lexicon.entries[chosen].type
        // A capital used for its government folds into the state, unless it is a place here.
        if type == .city, let state = lexicon.capitalOf[chosen], !isPlaceUse(range, sentence: sentence) {
            let e = entity(named: lexicon.entries[state].name, type: .state, lexiconEntry: state)
            record(range, entity: e, kind: .seat, surface: surface(range))
            return
        }
        let e = entity(named: lexicon.entries[chosen].name, type: type, lexiconEntry: chosen)
        let kind: Mention.Kind = form.kind == .demonym ? .demonym : .name
        record(range, entity: e, kind: kind, surface: surface(range))
        if form.kind == .demonym, tokens[range.upperBound - 1].key.hasSuffix("s"), type == .state {
            mentions[mentions.count - 1].isForces = true // "the Russians", "Ukrainians"
        }
        // "the Russian-backed junta": the backer's adjective names no forces of its own.
        let compound = range.upperBound < sentence.upperBound && tokens[range.upperBound].text == "-" && !tokens[range.upperBound].spaceBefore
        if form.kind == .demonym || type == .state, range.upperBound < sentence.upperBound, !compound {
            var k = range.upperBound
            if tokens[k].kind == .possessive { k += 1 }
            // "Russian military personnel", "US troops", "Nigerien junta".
            var scanned = 0
            while k < sentence.upperBound, scanned < 3, tokens[k].kind == .word, !tokens[k].isCapitalized || tokens[k].isAllCaps == false {
                if WordLists.forceNouns.contains(tokens[k]) {
                    let next = k + 1 < sentence.upperBound ? tokens[k + 1].key : ""
                    // ("Russian military instructors": the people the modifier qualifies are forces.)
                    if ["trainers", "instructors"].contains(next) { k += 1; scanned += 1; continue }
                    if !WordLists.notForcesAfter.contains(next) || ["trainers", "instructors"].contains(tokens[k].key) { mentions[mentions.count - 1].isForces = true }
                    break
                }
                // ("Malian and Burkinabe troops": another state's adjective shares the noun; so
                // does a force's name: "a Malian and Wagner convoy".)
                if tokens[k].isCapitalized, k > range.upperBound, tokens[k - 1].key == "and", let shared = lexiconMatch(from: k, limit: sentence.upperBound),
                   shared.form.kind == .demonym ? shared.end == k + 1 : [.armedGroup, .militaryUnit].contains(shared.form.type) {
                    k = shared.end; scanned += 1
                    continue
                }
                // ("a Malian reconnaissance drone": what the craft is for.)
                if !Self.forceQualifiers.contains(tokens[k]) { break }
                k += 1; scanned += 1
            }
        }
    }

    /// Participles whose "by" names a leader: "headed by", "led by", "run by".
    static let leadingParticiples: WordSet = ["led", "headed", "run", "commanded", "chaired", "founded"]

    /// People of a body, named before "of" ("Soldiers of the …", "Leaders of the …"): no first
    /// word of the body's name. One set, probed once for each capitalized word.
    static let peopleOfBodies: WordSet = WordLists.armedPeople.union(WordLists.officialPlurals).union(["delegates"])

    /// Words between a state's adjective and its forces' noun: "Russian military instructors",
    /// "French armoured units", "a Malian reconnaissance drone" (what the craft is for),
    /// "Ethiopian federal forces", "Somali national army".
    static let forceQualifiers: WordSet = ["new", "military", "senior", "top", "elite", "special", "armed", "regular", "civilian", "diplomatic", "and", "own", "federal", "national",
                                           "reconnaissance", "surveillance", "combat", "cargo", "transport", "armoured", "armored", "mechanised", "mechanized",
                                           "motorised", "motorized", "airborne", "infantry", "artillery", "ground", "naval", "air"]

    /// Verbs whose object is a place under attack: a capital after one is the town.
    static let assaultVerbs: WordSet = ["attacked", "attacking", "struck", "striking", "shelled", "shelling", "bombed", "bombing", "raided", "stormed", "besieged",
                                        "besieging", "blockaded", "blockading", "overran", "encircled", "encircling", "targeted", "targeting"]

    /// Verbs of holding ground, whose object is a place: "the RSF controls Khartoum".
    static let holdingVerbs: WordSet = ["control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding"]

    /// Words for a share of a town, which make it ground: "most of Khartoum", "control of Tripoli".
    static let shareNouns: WordSet = ["most", "much", "parts", "half", "rest", "control", "swathes", "swaths"]

    /// Nouns of an assault whose object is a place: "an offensive on Tripoli", "the siege of Bamako".
    static let assaultNouns: WordSet = ["attack", "attacks", "offensive", "assault", "raid", "raids", "siege", "strikes", "airstrikes", "bombardment",
                                        "shelling", "blockade", "march", "advance", "push"]

    /// A capital after a locative preposition, or in a dateline, is a place.
    private func isPlaceUse(_ range: Range<Int>, sentence: Range<Int>) -> Bool {
        let first = range.lowerBound
        // "instructors from Moscow's Africa Corps": a capital that owns a body the lexicon knows
        // stands for its government, whatever preposition comes before it.
        if range.upperBound + 1 < sentence.upperBound, tokens[range.upperBound].kind == .possessive,
           let owned = lexiconMatch(from: range.upperBound + 1, limit: sentence.upperBound), [.militaryUnit, .organization].contains(owned.form.type) {
            return false
        }
        if first > sentence.lowerBound {
            let previous = tokens[first - 1]
            if WordLists.locatives.contains(previous) && previous.key != "of" { return true }
            // "in eastern Tripoli", "in central Bamako": a part of the town.
            if first >= 2, WordLists.compassWords.contains(previous) || ["central", "downtown", "greater"].contains(previous.key),
               WordLists.locatives.contains(tokens[first - 2]), tokens[first - 2].key != "of" { return true }
            // "visited both Bamako and Ouagadougou", "flew to Niamey and Bamako".
            // ("Ugandan commandos entered Juba", "the rebels seized Goma": a town moved into or taken.)
            // ("the Courts had taken Mogadishu": so is a capital taken; not "took Bamako's side".)
            if ["visited", "visit", "visiting", "visits", "reached", "both", "toured", "entered", "entering", "enters", "captured", "seized", "recaptured",
                "retook", "retaken", "occupied", "occupying", "overran", "overrun"].contains(previous.key) { return true }
            if ["took", "taken"].contains(previous.key), range.upperBound >= sentence.upperBound || tokens[range.upperBound].kind != .possessive { return true }
            // "JNIM struck Bamako", "blockaded Bamako": what is attacked is the town; so is the
            // object of an attack noun ("the LNA's offensive on Tripoli", "the siege of Bamako").
            if Self.assaultVerbs.contains(previous) { return true }
            // "the RSF controls Khartoum", "fighters hold most of Tripoli": a town held is ground.
            // (Not "held Moscow responsible": the government blamed.)
            if Self.holdingVerbs.contains(previous),
               range.upperBound >= sentence.upperBound || !["responsible", "accountable", "liable"].contains(tokens[range.upperBound].key) { return true }
            if previous.key == "of", first >= 2, Self.shareNouns.contains(tokens[first - 2]) { return true }
            // ("left for Addis Ababa": where one leaves for.)
            if previous.key == "for", first >= 2, WordLists.departureVerbs.contains(tokens[first - 2]) || tokens[first - 2].key == "bound" { return true }
            if ["on", "against", "of", "towards", "toward"].contains(previous.key), first >= 2, Self.assaultNouns.contains(tokens[first - 2]) { return true }
            if ["and", ","].contains(previous.text.lowercased()), let last = mentions.last, last.end == first - 1,
               entities[last.entity].type == .city { return true }
            // "Niger's capital, Niamey" / "capital of Niger, Niamey"
            if previous.text == ",", first >= 2, tokens[first - 2].key == "capital" { return true }
            if previous.text == "," && first >= 2 && tokens[first - 2].kind == .word && !tokens[first - 2].isCapitalized { return false }
            if previous.key == "capital" || previous.key == "city" { return true }
            // "the capital city of Niamey", "the town of Agadez".
            if previous.key == "of", first >= 2, tokens[first - 2].key == "capital" || Self.cityParts.contains(tokens[first - 2])
                || WordLists.settlementNouns.contains(tokens[first - 2]) { return true }
            // "struck Bamako, the Malian capital": a capital set off as the capital is the city.
            if range.upperBound + 3 < sentence.upperBound, tokens[range.upperBound].text == ",", tokens[range.upperBound + 1].key == "the",
               (range.upperBound + 2..<min(sentence.upperBound, range.upperBound + 5)).contains(where: { tokens[$0].key == "capital" }) { return true }
            // "Dakar in Senegal": a capital placed in a state is a place.
            if range.upperBound + 1 < sentence.upperBound, tokens[range.upperBound].key == "in",
               let m = lexiconMatch(from: range.upperBound + 1, limit: sentence.upperBound), m.form.type == .state, m.form.kind != .demonym { return true }
        }
        // "N'Djamena hosted the headquarters of Operation Barkhane": a town that hosts a post.
        if range.upperBound + 2 < sentence.upperBound, WordLists.postHostingVerbs.contains(tokens[range.upperBound]),
           ((range.upperBound + 1)..<min(sentence.upperBound, range.upperBound + 5)).contains(where: { WordLists.hostedPosts.contains(tokens[$0]) }) {
            return true
        }
        // "on Ouagadougou's northern edge", "Bamako's airport": a part of the city is a place.
        if range.upperBound + 1 < sentence.upperBound, tokens[range.upperBound].kind == .possessive {
            var k = range.upperBound + 1
            while k < sentence.upperBound, WordLists.compassWords.contains(tokens[k]) { k += 1 }
            if k < sentence.upperBound, Self.cityParts.contains(tokens[k]) { return true }
            // "Tripoli's Abu Salim district": a named part.
            let part = capitalizedRun(from: k, end: sentence.upperBound)
            if !part.isEmpty, part.count <= 4, part.upperBound < sentence.upperBound, Self.cityParts.contains(tokens[part.upperBound]) { return true }
        }
        // A dateline: an all-capital word at the start of the text followed by "(" or ":" or "—".
        if tokens[first].isAllCaps, first == sentence.lowerBound, range.upperBound < tokens.count {
            let next = tokens[range.upperBound]
            if next.text == "(" || next.text == ":" || next.text == "," || next.text == "\u{2014}" || next.text == "-" { return true }
        }
        if range.upperBound < sentence.upperBound, tokens[range.upperBound].text == ",",
           range.upperBound + 1 < sentence.upperBound, let m = lexiconMatch(from: range.upperBound + 1, limit: sentence.upperBound),
           m.form.type == .state || m.form.type == .region, m.form.kind != .demonym {
            return true // "Niamey, Niger"
        }
        return false
    }

    /// Nouns a name is given to ("militias known as Macawisley"), by the type they give it.
    static let namedNounTypes: [String: EntityType] = [
        "militia": .armedGroup, "militias": .armedGroup, "gang": .armedGroup, "gangs": .armedGroup, "rebels": .armedGroup, "insurgents": .armedGroup,
        "faction": .armedGroup, "unit": .militaryUnit, "units": .militaryUnit, "brigade": .militaryUnit, "battalion": .militaryUnit,
        "coalition": .alliance, "alliance": .alliance, "bloc": .alliance, "company": .organization, "firm": .organization,
        "camp": .base, "town": .city, "village": .city, "district": .region, "area": .region,
    ]

    /// The type a description set off before a name gives it: "the largest opposition party,
    /// Chadema," (a determiner, lower-case words, a noun of ``describedNounTypes``, a comma, and
    /// the name closed by a comma or the sentence's end).
    private func describedBefore(_ run: Range<Int>, sentence: Range<Int>) -> EntityType? {
        let comma = run.lowerBound - 1
        guard comma >= sentence.lowerBound + 2, tokens[comma].text == ",",
              let type = Self.describedNounTypes[tokens[comma - 1].key] ?? (WordLists.mediaNouns.contains(tokens[comma - 1]) ? .media : nil),
              run.upperBound == sentence.upperBound || [",", "."].contains(tokens[run.upperBound].text) else { return nil }
        var i = comma - 2
        while i >= sentence.lowerBound, comma - i <= 5, tokens[i].kind == .word, !tokens[i].isCapitalized || i == sentence.lowerBound {
            if ["the", "a", "an", "its", "their"].contains(tokens[i].key) { return type }
            i -= 1
        }
        return nil
    }

    /// Titles whose "of" names a portfolio, not a body: "Minister of Territorial Administration".
    static let portfolioTitles: WordSet = ["minister", "ministers", "secretary", "commissioner"]

    /// Nouns of a description that types the name set off after it (and the outlets'
    /// ``WordLists/mediaNouns``).
    static let describedNounTypes: [String: EntityType] = [
        "party": .organization, "militia": .armedGroup, "town": .city, "village": .city, "province": .region, "district": .region,
    ]

    /// Lower-case nouns after a name that make it an area's: "the Abu Salim district".
    static let namedAreaNouns: WordSet = ["region", "province", "prefecture", "district", "county", "commune", "neighbourhood", "neighborhood"]

    /// Area nouns that may follow a region's name ("Hiran region").
    static let areaSuffixes: Set<String> = ["region", "province", "district", "state", "prefecture", "county", "governorate"]

    /// The Arabic article, which may open a name in lower case ("al-Khadim air base").
    static let arabicArticles: WordSet = ["al", "el", "ad", "ar", "as", "ash", "an", "at"]

    /// Lower-case particles of Arabic names and places ("Souq al-Jumaa", "Abdulghani al-Kikli").
    static let arabicParticles: WordSet = arabicArticles.union(["ibn", "bin", "bint", "abu"])

    /// Words for "son of" inside Saharan names: "Ag" (Tamasheq), "Ould" (Hassaniya).
    static let filiationParticles: WordSet = ["ag", "ould"]

    /// Parts of a city: "Ouagadougou's northern edge", "the outskirts of Bamako".
    static let cityParts: WordSet = ["outskirts", "streets", "suburbs", "suburb", "centre", "center", "airport", "edge", "heart", "outskirt", "port", "districts", "district", "neighbourhoods", "neighborhoods",
                                     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]

    private func hasTitle(in range: Range<Int>) -> Bool {
        for i in range where lexicon.role(in: tokens[i..<range.upperBound]) != nil { return true }
        return false
    }

    /// The name after a title: capitalized words, skipping the period of an abbreviation.
    private func nameAfterTitle(_ start: Int, _ end: Int) -> (Int, Int)? {
        var s = start
        if s < end, tokens[s].text == "." { s += 1 }
        if s < end, tokens[s].text == "," { return nil }
        // Further title words ("Defense Secretary", "Deputy Press Secretary").
        while s < end, let (_, len) = lexicon.role(in: tokens[s..<end]), tokens[s].isCapitalized { s += len; if s < end, tokens[s].text == "." { s += 1 } }
        var e = s
        while e < end, tokens[e].kind == .word, tokens[e].isCapitalized, !WordLists.calendar.contains(tokens[e]),
              lexiconMatch(from: e, limit: end).map({ m in
                  e == s && ![.person, .city, .region, .base].contains(m.form.type) && !(e + 1 < end && tokens[e + 1].isCapitalized && tokens[e + 1].kind == .word)
              }) != true {
            e += 1
            if e < end, tokens[e].text == "-", e + 1 < end, tokens[e + 1].isCapitalized, !tokens[e + 1].spaceBefore { e += 1 }
            // "Bashar al-Assad", "Iyad ag Ghaly": a lower-case particle inside the name.
            if e + 1 < end, tokens[e].kind == .word, !tokens[e].isCapitalized, WordLists.nameConnectors.contains(tokens[e]), tokens[e].key != "of", tokens[e].key != "for" {
                if tokens[e + 1].text == "-", e + 2 < end, tokens[e + 2].isCapitalized { e += 2 } else if tokens[e + 1].isCapitalized, tokens[e + 1].kind == .word { e += 1 }
            }
        }
        // ("Secretary-General Ban Ki-moon": a known person's name may go on in lower case.)
        if e > s, let known = lexiconMatch(from: s, limit: end), known.form.type == .person, known.end > e { e = known.end }
        return e > s ? (s, e) : nil
    }

    /// The maximal run of capitalized words (with name connectors, hyphens and trailing numbers)
    /// that starts at `start`; empty when `start` does not begin a name.
    private func capitalizedRun(from start: Int, end: Int) -> Range<Int> {
        guard start < end else { return start..<start }   // nothing after a final "'s" (fuzz crash)
        // (Tokens are read in place, tokens[start] and tokens[e], not copied out: a copy retains
        // and releases its two strings, and this runs for every word.)
        guard tokens[start].kind == .word else { return start..<start }
        // "al-Khadim", "el-Fasher": a lower-case article hyphened to a capitalized word opens a name.
        // (Tested cheapest first: this runs for every lower-case word.)
        if !tokens[start].isCapitalized {
            guard start + 2 < end, tokens[start + 1].kind == .punctuation, !tokens[start + 1].spaceBefore, tokens[start + 2].isCapitalized,
                  !tokens[start + 2].spaceBefore, tokens[start + 1].text == "-", Self.arabicArticles.contains(tokens[start]) else { return start..<start }
        }
        // ("Jan-Christian Gordon Kricke": a month's abbreviation hyphened to a capitalized word
        // that is no month is a given name.)
        guard !WordLists.calendar.contains(tokens[start]) || isHyphenedGivenName(at: start, end: end) else { return start..<start }
        // "Soldiers of the Republican Guard": people under arms, capitalized only to open a
        // sentence, are not the first word of the body they belong to.
        // (Nor are officials: "Leaders of the Sahel States Alliance (AES) met in Niamey".)
        if Self.peopleOfBodies.contains(tokens[start]), start + 1 < end, tokens[start + 1].key == "of" { return start..<start }
        var e = start + 1
        var lastGood = e
        while e < end {
            if tokens[e].lineBreakBefore { break }
            if tokens[e].kind == .word && tokens[e].isCapitalized { e += 1; lastGood = e; continue }
            if tokens[e].kind == .number, tokens[e - 1].isCapitalized { e += 1; lastGood = e; continue }
            // "All People's Congress", "Tigray People's Liberation Front": a party's name goes on
            // past "People's" ("Workers'", "Women's") to the capitalized word after it.
            if tokens[e].kind == .possessive, e + 1 < end, tokens[e + 1].kind == .word, tokens[e + 1].isCapitalized, Self.possessiveNameWords.contains(tokens[e - 1]) { e += 1; continue }
            if tokens[e].text == "-", !tokens[e].spaceBefore, e + 1 < end, tokens[e + 1].kind == .word, !tokens[e + 1].spaceBefore { e += 1; continue }
            if tokens[e].kind == .word, WordLists.nameConnectors.contains(tokens[e]), e + 1 < end,
               tokens[e + 1].isCapitalized || tokens[e + 1].text == "-" || (tokens[e + 1].key == "the" && e + 2 < end && tokens[e + 2].isCapitalized) {
                // "Sophie Martin of Le Monde": a person's name ends before the body they work for.
                // ("Hussein Mwinyi of the CCM": an acronym is a body too.)
                if tokens[e].key == "of", lexicon.isGivenName(tokens[start]), case let next = tokens[e + 1].key == "the" ? e + 2 : e + 1,
                   (next < end && tokens[next].isAllCaps && tokens[next].key.count >= 2) || lexiconMatch(from: next, limit: end).map({ $0.form.type != .person }) == true { break }
                // ("the Alliance for Change of Jean-Pierre Fabre": a body's name ends before the
                // person it is of.)
                if tokens[e].key == "of", e + 2 < end, lexicon.isGivenName(tokens[e + 1]), tokens[e + 2].isCapitalized || (tokens[e + 2].text == "-" && !tokens[e + 2].spaceBefore),
                   !lexicon.isGivenName(tokens[start]) { break }
                e += 1; continue
            }
            if tokens[e].kind == .word, tokens[e].key == "the", e > start, WordLists.nameConnectors.contains(tokens[e - 1]) { e += 1; continue }
            break
        }
        return start..<lastGood
    }

    /// True when the word at `i` is hyphened, with no spaces, to a capitalized word that is no
    /// calendar word: "Jan-Christian", not "Jan-Feb".
    private func isHyphenedGivenName(at i: Int, end: Int) -> Bool {
        i + 2 < end && tokens[i + 1].text == "-" && !tokens[i + 1].spaceBefore && !tokens[i + 2].spaceBefore
            && tokens[i + 2].kind == .word && tokens[i + 2].isCapitalized && !WordLists.calendar.contains(tokens[i + 2])
    }

    /// "Mali of the Wagner Group": past a known name, "of (the)" and another known name that
    /// ends the run; two names, not one unknown body. "the Russian Wagner Group": past a
    /// demonym, a known name that ends the run (the demonym qualifies it).
    private func endsInKnownName(from matchEnd: Int, run: Range<Int>, pastDemonym: Bool) -> Bool {
        if pastDemonym, lexiconMatch(from: matchEnd, limit: run.upperBound)?.end == run.upperBound { return true }
        guard tokens[matchEnd].key == "of" else { return false }
        let next = matchEnd + 1 < run.upperBound && tokens[matchEnd + 1].key == "the" ? matchEnd + 2 : matchEnd + 1
        return lexiconMatch(from: next, limit: run.upperBound)?.end == run.upperBound
    }

    /// True when the word of `run` (from `start`) before its first "for" or "of" is a body's
    /// head: "Party" in "African Party for the Independence of Guinea".
    private func headsBody(before run: Range<Int>, from start: Int) -> Bool {
        guard let of = (start..<run.upperBound).first(where: { ["for", "of"].contains(tokens[$0].key) }), of > start,
              let head = lexicon.head(tokens[of - 1]) else { return false }
        return head.position == .last && [.organization, .alliance, .armedGroup, .militaryUnit].contains(head.type)
    }

    /// The head word that makes a capitalized run a body's name: its last word ("Defence Ministry",
    /// "Presidential Guard") or a word before "of" or "for" ("Ministry of Foreign Affairs").
    private func bodyHead(of run: Range<Int>) -> NameHeadEntry? {
        if runEndsInHead(run), let last = run.reversed().first(where: { tokens[$0].kind == .word }) { return lexicon.head(tokens[last]) }
        return firstHeadBeforeOfOrFor(in: run, from: run.lowerBound) { _ in true }
    }

    /// The first head of a body that stands before a "for" or "of" inside `run`, from token
    /// `start` on, and satisfies `accept`: "Ministry" in "Ministry of Foreign Affairs",
    /// "Committee" in "National Committee for Reconciliation". A capitalized word whose lexicon
    /// head goes last in a name. (A plain loop: a lazy sequence's closures would copy the whole
    /// finder, with every array it holds, on each call.)
    private func firstHeadBeforeOfOrFor(in run: Range<Int>, from start: Int, where accept: (NameHeadEntry) -> Bool) -> NameHeadEntry? {
        for i in start..<max(start, run.upperBound - 1) where tokens[i].kind == .word && tokens[i].isCapitalized && ["for", "of"].contains(tokens[i + 1].key) {
            if let head = lexicon.head(tokens[i]), head.position == .last, accept(head) { return head }
        }
        return nil
    }

    private func runEndsInHead(_ run: Range<Int>) -> Bool {
        guard let last = run.reversed().first(where: { tokens[$0].kind == .word }) else { return false }
        return lexicon.head(tokens[last]).map { $0.position == .last } ?? false
    }

    /// Plural nouns a party's or a front's name puts in the possessive inside itself.
    static let possessiveNameWords: WordSet = ["people", "peoples", "workers", "women", "farmers", "patriots"]

    /// A canonical name for an unknown run: its surface, without a leading "the".
    private func canonicalUnknownName(_ run: Range<Int>) -> String {
        var r = run
        if tokens[r.lowerBound].key == "the", r.count > 1 { r = (r.lowerBound + 1)..<r.upperBound }
        return surface(r)
    }

    /// The type of an unknown capitalized run from its form and context, or `nil` to leave it.
    private func classifyUnknown(_ run: Range<Int>, sentence: Range<Int>) -> EntityType? {
        let first = tokens[run.lowerBound]
        let atStart = run.lowerBound == sentence.lowerBound
            || (run.lowerBound > sentence.lowerBound && ["\"", "'", "("].contains(tokens[run.lowerBound - 1].text)
                && run.lowerBound - 1 == sentence.lowerBound)
        if WordLists.sentenceStarters.contains(first) && (atStart || run.count == 1) { return nil }
        if first.isAllCaps && run.count == 1 && first.key.count > 5 && atStart { return nil }
        // Heads: "Operation Barkhane", "Diori Hamani International Airport", "Air Base 101".
        if let head = lexicon.head(first), head.position == .first, run.count > 1 { return head.type }
        // ("the Minister of Territorial Administration": a portfolio, not the body its last word heads.)
        let office = (run.count > 2 && Self.portfolioTitles.contains(first) && tokens[run.lowerBound + 1].key == "of")
            || (run.lowerBound >= sentence.lowerBound + 2 && tokens[run.lowerBound - 1].key == "of" && Self.portfolioTitles.contains(tokens[run.lowerBound - 2]))
        if !office, let last = run.reversed().first(where: { tokens[$0].kind == .word }), let head = lexicon.head(tokens[last]),
           head.position == .last, run.count > 1 || tokens[run.upperBound - 1].kind == .number {
            return head.type
        }
        if run.count == 2, tokens[run.upperBound - 1].kind == .number, let head = lexicon.head(first) { return head.type }
        // "National Committee for Reconciliation and Development": a body's head word before "for"/"of".
        // (Not when "and the State" goes on: the acronym after it names the whole.)
        // (Nor from a leading "The": the scan goes on from the next word, which the lexicon may know;
        // nor a sentence's first word: "Rebels of the CSP".)
        let goesOn = run.upperBound + 1 < sentence.upperBound && tokens[run.upperBound].key == "and"
        if !goesOn, first.key != "the",
           let head = firstHeadBeforeOfOrFor(in: run, from: atStart ? run.lowerBound + 1 : run.lowerBound, where: { [.organization, .alliance, .armedGroup, .militaryUnit].contains($0.type) }) {
            return head.type
        }
        // "clan militias known as Macawisley", "a town called Fada": the noun the name is given to.
        if run.lowerBound - 3 >= sentence.lowerBound, tokens[run.lowerBound - 1].key == "as" && tokens[run.lowerBound - 2].key == "known" || tokens[run.lowerBound - 1].key == "called",
           case let nounAt = tokens[run.lowerBound - 1].key == "called" ? run.lowerBound - 2 : run.lowerBound - 3,
           let type = Self.namedNounTypes[tokens[nounAt].key] { return type }
        // People: a known given name, or a speaker.
        let words = run.filter { tokens[$0].kind == .word }
        // ("Souq al-Jumaa": a particle and its hyphen are part of a short name.)
        let nameWords = words.filter { tokens[$0].isCapitalized }
        let withParticles = run.allSatisfy { tokens[$0].isCapitalized || tokens[$0].text == "-" || Self.arabicParticles.contains(tokens[$0]) }
        // (Not before an area noun: "Tripoli's Abu Salim district".)
        if words.count <= 3, !first.isAllCaps, run.upperBound + 1 < sentence.upperBound, !tokens[run.upperBound].isCapitalized, withParticles,
           Self.namedAreaNouns.contains(tokens[run.upperBound]), tokens[run.upperBound + 1].kind != .possessive { return .region }
        // "al-Khadim and al-Jufra air base": a base head after a second name serves the first.
        if words.count <= 3, run.upperBound + 2 < sentence.upperBound, tokens[run.upperBound].key == "and", case let next = capitalizedRun(from: run.upperBound + 1, end: sentence.upperBound),
           !next.isEmpty, next.count <= 4, lowercaseBaseEnd(from: next.upperBound, limit: sentence.upperBound) != nil { return .base }
        if words.count >= 2, lexicon.isGivenName(first) {
            // ("Abu Grein, a checkpoint town": an apposition that makes the name a place outweighs
            // a first word that is also a given name.)
            if run.upperBound + 1 < sentence.upperBound, tokens[run.upperBound].text == ",", tokens[run.upperBound + 1].key != "in",
               let type = typeFromContext(run, sentence: sentence), [.city, .region, .base].contains(type) { return type }
            return .person
        }
        // "Ambery Ag Rhissa", "Sidi Brahim Ould Sidati": the Tuareg "Ag" and the Moorish "Ould"
        // ("son of") stand only between a person's names.
        if words.count >= 3, words.dropFirst().dropLast().contains(where: { Self.filiationParticles.contains(tokens[$0]) && tokens[$0].isCapitalized }) { return .person }
        // "the RFC, headed by Timane Erdimi": a name of two or three words straight after a
        // leading verb's "by" is its leader's.
        if (2...3).contains(words.count), words.count == run.count, !first.isAllCaps, run.lowerBound >= sentence.lowerBound + 2,
           tokens[run.lowerBound - 1].key == "by", Self.leadingParticiples.contains(tokens[run.lowerBound - 2]) { return .person }
        if let i = words.last.map({ $0 + 1 }), i < sentence.upperBound, WordLists.speechVerbs.contains(tokens[i]),
           words.count >= 2 || knownSurname(first.key) { return .person }
        if words.count == 1, knownSurname(first.key) { return .person }
        // "its ambassador, Luc Hallade": a name set off after a role is the role's holder.
        // ("Kristóf Szalay-Bobrovniczky": a hyphen may join two words of the name.)
        if (2...4).contains(words.count), run.allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "-" }), run.lowerBound >= 2, tokens[run.lowerBound - 1].text == ",", followsRole(run.lowerBound - 1) { return .person }
        // "the home of senior minister Vital Kamerhe": so is one named straight after a role in
        // lower case (a capitalized title is read with the name), when every word is a name's.
        if (2...4).contains(words.count), words.count == nameWords.count, !first.isAllCaps, run.lowerBound > sentence.lowerBound,
           case let before = tokens[run.lowerBound - 1], before.kind == .word, !before.isCapitalized,
           lexicon.role(in: tokens[run.lowerBound..<run.upperBound]) == nil, followsRole(run.lowerBound) { return .person }
        // (An unknown acronym is typed only as what an apposition says it is: "SORAZ, a CNPC subsidiary".)
        if (words.count <= 3 && words.count == run.count) || (nameWords.count <= 3 && withParticles),
           let type = typeFromContext(run, sentence: sentence), !first.isAllCaps || type == .organization { return type }
        // "Cellou Dalein Diallo, the former prime minister": a name set off before a role is its holder.
        if (2...4).contains(words.count), run.allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "-" }), !first.isAllCaps,
           rolePrecededByComma(after: run.upperBound, limit: sentence.upperBound) { return .person }
        // "Nyesom Wike, who is now minister": a name of two or three words that "who" takes up.
        if (2...3).contains(words.count), words.count == run.count, !first.isAllCaps, run.upperBound + 1 < sentence.upperBound,
           tokens[run.upperBound].text == ",", tokens[run.upperBound + 1].key == "who" { return .person }
        // "Boni Yayi and Nicéphore Soglo", "Nicéphore Soglo and Boni Yayi": a name of two or three
        // words paired with a person's name is a person's too.
        if (2...3).contains(words.count), words.count == run.count, !first.isAllCaps, isPairedWithPerson(run, sentence: sentence) { return .person }
        // "The largest opposition party, Chadema,": a name set off after what it is.
        if (words.count <= 3 && words.count == run.count) || (nameWords.count <= 3 && withParticles), let type = describedBefore(run, sentence: sentence) { return type }
        if atStart { return nil }
        // "Dar es Salaam, Arusha and Mwanza": a short name listed after a town is a town.
        // (Not "In Ouagadougou, Mr Lavrov met …": an honorific opens a person's name.)
        if run.lowerBound >= sentence.lowerBound + 2, words.count <= 2, words.count == run.count, !first.isAllCaps, !WordLists.honorifics.contains(first),
           tokens[run.lowerBound - 1].key == "and" || tokens[run.lowerBound - 1].text == ",",
           let previous = mentions.last, previous.end == run.lowerBound - 1, previous.kind == .name, entities[previous.entity].type == .city,
           run.upperBound == sentence.upperBound || !tokens[run.upperBound].isCapitalized {
            return .city
        }
        // "the state mining company Sopamin": a name right after a lower-case company noun.
        if run.lowerBound > sentence.lowerBound, WordLists.companyNouns.contains(tokens[run.lowerBound - 1]), !tokens[run.lowerBound - 1].isCapitalized, words.count <= 3 {
            return .organization
        }
        // "the northern region of Kagera", "the town of Barkaram", "the district capital of Macomia".
        if run.lowerBound >= sentence.lowerBound + 2, tokens[run.lowerBound - 1].key == "of", words.count <= 3, !first.isAllCaps {
            let noun = tokens[run.lowerBound - 2].key
            if WordLists.areaNouns.contains(noun) { return .region }
            // ("the district capital of Macomia": a qualified capital shares its town's name; "the
            // capital of Hiran" is a region's, the lexicon knowing every state.)
            if noun == "capital", run.lowerBound >= sentence.lowerBound + 3, ["the", "a"].contains(tokens[run.lowerBound - 3].key) { return .region }
            if WordLists.settlementNouns.contains(noun) || noun == "capital" { return .city }
        }
        // A lone capitalized word after a locative preposition is a place.
        // (So is one that forces overran or retook: "the militants overran Moqokori".)
        if run.lowerBound > sentence.lowerBound, ["in", "at", "near", "to", "from", "into", "outside", "towards", "toward",
                                                   "overran", "overrun", "retook", "retaken", "recaptured", "stormed"].contains(tokens[run.lowerBound - 1].key),
           nameWords.count <= 2, words.count == run.count && words.count <= 2 || withParticles, !first.isAllCaps {
            return .city
        }
        // An acronym introduced in parentheses or by "known as" is resolved later.
        return nil
    }

    /// A place or a firm told by what follows its name: an area noun ("the Hodh Ech Chargui
    /// region"), a known place it lies in ("Bougouni in southern Mali"), or an apposition with a
    /// settlement, area or company noun, past any further names listed with it ("Arlit, a mining
    /// town", "Nondin and Soro, two villages", "SORAZ, a CNPC subsidiary"). `nil` when nothing
    /// after the name says so.
    private func typeFromContext(_ run: Range<Int>, sentence: Range<Int>) -> EntityType? {
        let end = sentence.upperBound
        let i = run.upperBound
        guard i + 1 < end, tokens[i].kind == .word || tokens[i].text == "," else { return nil }
        if WordLists.areaNouns.contains(tokens[i]), !tokens[i].isCapitalized, tokens[i + 1].kind != .possessive { return .region }
        // "the Yelema party".
        if tokens[i].key == "party", tokens[i + 1].kind != .possessive, run.lowerBound > sentence.lowerBound, tokens[run.lowerBound - 1].key == "the" { return .organization }
        // ("an attack on Mera, in Kebbi": one word set off before "in" and a known place, too.)
        let commaIn = tokens[i].text == "," && tokens[i + 1].key == "in" && run.count == 1 && i + 2 < end
        if tokens[i].key == "in" || commaIn {
            let i = commaIn ? i + 1 : i
            // Not a sentence's first word ("Diplomats in Bamako"), a speaker ("said Diallo in
            // Bamako"), a people ("the Tuareg in northern Mali") or the tail of a longer name.
            guard run.lowerBound > sentence.lowerBound else { return nil }
            let before = tokens[run.lowerBound - 1]
            if WordLists.speechVerbs.contains(before) || before.key == "the" || WordLists.nameConnectors.contains(before) || before.text == "-" || before.isCapitalized { return nil }
            // "Peace and Reconciliation in Mali": the end of a name, unless a place came first.
            if before.key == "and", run.lowerBound - 2 >= sentence.lowerBound, tokens[run.lowerBound - 2].isCapitalized,
               mentions.last.map({ $0.end == run.lowerBound - 1 && entities[$0.entity].type == .city }) != true { return nil }
            var j = i + 1
            while j < end, tokens[j].key == "the" || WordLists.compassWords.contains(tokens[j]) { j += 1 }
            guard let outer = lexiconMatch(from: j, limit: end), [.state, .region, .city].contains(outer.form.type), outer.form.kind != .demonym else { return nil }
            return .city
        }
        // Past further names of the same list: "Nondin and Soro, two villages".
        var k = i
        for _ in 0..<4 {
            guard k + 1 < end, tokens[k].key == "and" || tokens[k].text == ",", tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized else { break }
            let next = capitalizedRun(from: k + 1, end: end)
            guard !next.isEmpty, next.count <= 3 else { break }
            k = next.upperBound
        }
        // ("the Bay, Bakool and Gedo regions": a plural area noun after the list's last name.)
        if k > i, k < end, tokens[k].kind == .word, !tokens[k].isCapitalized, WordLists.pluralAreaNouns.contains(tokens[k]) { return .region }
        guard k + 2 < end, tokens[k].text == ",", WordLists.opensPlaceApposition(tokens[k + 1]) else { return nil }
        for w in (k + 2)..<min(end, k + 7) {
            let t = tokens[w]
            // ("ACTED, a Paris-based aid organisation": past a hyphened adjective.)
            if t.text == "-", !t.spaceBefore { continue }
            guard t.kind == .word, !["and", "or", "which", "who", "that", "of", "in"].contains(t.key) else { return nil }
            let possessed = w + 1 < end && tokens[w + 1].kind == .possessive
            if WordLists.settlementNouns.contains(t) || t.key == "capital" { return possessed ? nil : .city }
            if WordLists.areaNouns.contains(t) { return possessed ? nil : .region }
            // ("Lusa, the Portuguese news agency": news before the agency makes it an outlet.)
            if WordLists.mediaNouns.contains(t) || (t.key == "news" && w + 1 < end && ["agency", "service", "site"].contains(tokens[w + 1].key)) { return possessed ? nil : .media }
            if WordLists.companyNouns.contains(t) || WordLists.nonprofitNouns.contains(t) { return possessed ? nil : .organization }
            // ("al-Khadim, an air base in eastern Libya".)
            if NominalResolver.baseNouns.contains(t) || ["camp", "garrison", "barracks"].contains(t.key) { return possessed ? nil : .base }
        }
        return nil
    }

    /// True when ", (the|a|an) [up to three describing words] ROLE" starts at `i`.
    private func rolePrecededByComma(after i: Int, limit: Int) -> Bool {
        guard i + 2 < limit, tokens[i].text == "," else { return false }
        var j = i + 1
        if ["the", "a", "an"].contains(tokens[j].key) {
            j += 1
        } else if let owner = lexiconMatch(from: j, limit: limit), [.state, .organization, .alliance, .armedGroup, .militaryUnit].contains(owner.form.type),
                  owner.form.kind != .demonym, owner.end < limit, tokens[owner.end].kind == .possessive {
            // (", Chad's government spokesman,": a body's possessive instead of the article.)
            j = owner.end + 1
        } else if tokens[j].kind == .word, !tokens[j].isCapitalized, let (role, length) = lexicon.role(in: tokens[j..<limit]), length > 0, role.position != .title,
                  j + length < limit, tokens[j + length].key == "of" {
            // (", commander of the Libyan Air Force,": a bare role and the body it is held in.)
            return true
        } else {
            return false
        }
        // (", the Burkinabe government's spokesman,": a demonym before that noun.)
        if j + 2 < limit, tokens[j].isCapitalized, tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized, tokens[j + 2].kind == .possessive,
           lexiconMatch(from: j, limit: j + 1)?.form.kind == .demonym { j += 1 }
        // (", the government's spokesman,": a possessive noun before the role.)
        if j + 1 < limit, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j + 1].kind == .possessive { j += 2 }
        for _ in 0..<4 {
            // ("the Hungarian defence minister": a demonym may qualify the role.)
            guard j < limit, tokens[j].kind == .word, !tokens[j].isCapitalized || lexiconMatch(from: j, limit: j + 1)?.form.kind == .demonym else { return false }
            if let (role, length) = lexicon.role(in: tokens[j..<limit]), length > 0, role.position != .title { return true }
            j += 1
        }
        return false
    }

    /// True when "and" joins the name `run` to a person's name: a known person just before, or
    /// a name of two or more words opening with a given name just after.
    private func isPairedWithPerson(_ run: Range<Int>, sentence: Range<Int>) -> Bool {
        let after = run.upperBound
        if after + 2 < sentence.upperBound, tokens[after].key == "and", lexicon.isGivenName(tokens[after + 1]),
           tokens[after + 1].isCapitalized, tokens[after + 2].isCapitalized, tokens[after + 2].kind == .word {
            return true
        }
        if run.lowerBound >= sentence.lowerBound + 2, tokens[run.lowerBound - 1].key == "and", let last = mentions.last,
           last.end == run.lowerBound - 1, entities[last.entity].type == .person {
            return true
        }
        return false
    }

    /// True when a role ("ambassador", "defence minister") ends just before token `i`, or
    /// one and the place it serves ("ambassador to Niger").
    private func followsRole(_ i: Int) -> Bool {
        func roleEnds(at end: Int) -> Bool {
            lexicon.role(endingAt: end, in: tokens, notBefore: 0, lengths: 1...3) != nil
        }
        if roleEnds(at: i) { return true }
        guard let place = mentions.last, place.end == i, place.start >= 2, ["to", "in"].contains(tokens[place.start - 1].key) else { return false }
        return roleEnds(at: place.start - 1)
    }

    private func knownSurname(_ key: String) -> Bool { personBySurname[key] != nil || personByName[key] != nil || (personByFirstName[key] ?? -1) >= 0 }

    /// The person a name means: a longer known name that ends with it ("Austin" → "Lloyd
    /// Austin"), or a new person.
    private mutating func resolvePerson(_ range: Range<Int>) -> Int {
        let name = surface(range)
        let key = NameKey.folded(name)
        // (A byte test for the space: `contains(" ")` is Foundation's string search here.)
        if let i = personByName[key] ?? (key.utf8.contains(0x20) ? nil : personBySurname[key] ?? personByFirstName[key].flatMap({ $0 >= 0 ? $0 : nil })) { return i }
        // A person the lexicon knows, met after a title ("President Jane Doe"): the same entity
        // as the bare name, and linked to what the lexicon knows of them.
        if let match = lexiconMatch(from: range.lowerBound, limit: range.upperBound),
           match.end == range.upperBound, match.form.type == .person {
            return entity(named: lexicon.entries[match.form.entry].name, type: .person, lexiconEntry: match.form.entry)
        }
        // A longer name seen later replaces a surname-only entity in resolveShortForms().
        return entity(named: name, type: .person)
    }

    /// Folds surname-only people into the full name that ends with it ("Melly" → "Paul Melly"),
    /// whichever came first.
    private mutating func resolveShortForms() {
        var replacement: [Int: Int] = [:]
        for (i, e) in entities.enumerated() where e.type == .person && !e.name.contains(" ") {
            if let full = personBySurname[NameKey.folded(e.name)], full != i { replacement[i] = full }
        }
        // "General Brice Clotaire Oligui Nguema … Oligui Nguema": a person the lexicon knows by a
        // shorter form of the full name the text gave (same first name, same last words) is the
        // text's person, who keeps the lexicon's knowledge.
        // (Full names of three words or more that the lexicon does not know are few: folded once.)
        let fullNames: [(entity: Int, words: [Substring])] = entities.indices.compactMap { j in
            guard entities[j].type == .person, entities[j].lexiconEntry == nil, entities[j].mentions > 0,
                  entities[j].name.utf8.lazy.filter({ $0 == 0x20 }).count >= 2 else { return nil }
            return (j, NameKey.folded(entities[j].name).split(separator: " "))
        }
        if !fullNames.isEmpty {
            for (i, e) in entities.enumerated() where e.type == .person && e.mentions > 0 && replacement[i] == nil {
                guard let entry = e.lexiconEntry else { continue }
                let known = NameKey.folded(e.name).split(separator: " ")
                guard known.count >= 2, let full = fullNames.first(where: { $0.words.count > known.count && $0.words.first == known.first && $0.words.suffix(2).elementsEqual(known.suffix(2)) }) else { continue }
                replacement[i] = full.entity
                entities[full.entity].lexiconEntry = entry
            }
        }
        // "Ahmad al-Faqi al-Mahdi … Al-Mahdi, a religious scholar from a village near Timbuktu": a
        // name of two or three words that no lexicon knows and the context typed otherwise, and
        // that ends the full name of a person the text gave, is that person.
        let people = entities.indices.filter { entities[$0].type == .person && entities[$0].mentions > 0 && entities[$0].name.contains(" ") }
        if !people.isEmpty {
            let peopleWords = people.map { NameKey.folded(entities[$0].name).split(separator: " ") }
            for (i, e) in entities.enumerated() where e.lexiconEntry == nil && e.type != .person && e.mentions > 0 && replacement[i] == nil && e.name.contains(where: { $0 == " " || $0 == "-" }) {
                let words = NameKey.folded(e.name).split(separator: " ")
                guard (2...3).contains(words.count),
                      let k = peopleWords.firstIndex(where: { $0.count > words.count && $0.suffix(words.count).elementsEqual(words) }) else { continue }
                replacement[i] = people[k]
            }
        }
        // "the neighbouring Hiran region … In Hiran": a name the lexicon does not know, which
        // this text also gives a region with an area noun after it, is that region.
        var regionsByBareName: [String: Int] = [:]
        for (j, e) in entities.enumerated() where e.type == .region && e.mentions > 0 {
            for form in e.aliases + [e.name] {
                guard let space = form.lastIndex(of: " "), Self.areaSuffixes.contains(form[form.index(after: space)...].lowercased()) else { continue }
                regionsByBareName[NameKey.folded(String(form[..<space]))] = j
            }
        }
        if !regionsByBareName.isEmpty {
            for (i, e) in entities.enumerated() where e.lexiconEntry == nil && [.city, .region].contains(e.type) && e.mentions > 0 && replacement[i] == nil {
                if let region = regionsByBareName[NameKey.folded(e.name)], region != i { replacement[i] = region }
            }
        }
        guard !replacement.isEmpty else { return }
        for (from, to) in replacement {
            entities[to].mentions += entities[from].mentions
            entities[to].addAlias(entities[from].name)
            for alias in entities[from].aliases { entities[to].addAlias(alias) }
            entities[from].mentions = 0
        }
        for k in mentions.indices { if let to = replacement[mentions[k].entity] { mentions[k].entity = to } }
    }

    /// Adds a mention found by a later stage (nominals, pronouns).
    mutating func addResolved(_ range: Range<Int>, entity: Int, kind: Mention.Kind) {
        var mention = Mention(range: range, entity: entity, kind: kind)
        // "the junta's leader": a resolved phrase is possessive like a name.
        mention.isPossessive = range.upperBound < tokens.count && tokens[range.upperBound].kind == .possessive
        mentions.append(mention)
        entities[entity].mentions += 1
    }

    mutating func sortMentions() { mentions.sort { $0.start < $1.start } }

    /// True for the possessor inside a description set off after a name of its type: al-Qaeda in
    /// "Al-Shabaab, al-Qaeda's affiliate in East Africa". The text speaks of the name, so a later
    /// "the group" means al-Shabaab.
    func isApposedPossessor(_ m: Mention) -> Bool {
        guard m.isPossessive, m.start >= 2, tokens[m.start - 1].text == "," else { return false }
        return namesSameType(as: m, endingAt: m.start - 1)
    }

    /// True when a mention of `m`'s entity type ends at token `end` (the comma an apposition
    /// after it opens with).
    private func namesSameType(as m: Mention, endingAt end: Int) -> Bool {
        mentions.contains { $0.end == end && entities[$0.entity].type == entities[m.entity].type }
    }

    /// True when `m` only qualifies a description set off after a name of its type: "the Islamic
    /// State group" in "The Islamic State in the Sahel, the regional branch of the Islamic State
    /// group, claimed it". The name before the comma is the one a later "the group" takes up.
    func isInsideApposition(_ m: Mention) -> Bool {
        var i = m.start - 1
        while i > 0, m.start - i <= 8, tokens[i].kind == .word, !tokens[i].isCapitalized { i -= 1 }
        guard i > 0, i < m.start - 1, tokens[i].text == ",", ["the", "a", "an"].contains(tokens[i + 1].key) else { return false }
        return namesSameType(as: m, endingAt: i)
    }

    /// Which tokens a mention covers, one flag per token (and one past the end, so that a
    /// resolver may probe the token after a mention without a bounds check).
    /// - Complexity: O(tokens + mentioned tokens).
    func coveredTokens() -> [Bool] {
        var covered = Array(repeating: false, count: tokens.count + 1)
        for m in mentions { for i in m.range where i < tokens.count { covered[i] = true } }
        return covered
    }

    mutating func setForces(_ index: Int) { mentions[index].isForces = true }

    mutating func setCompanions(_ entities: [Int], at index: Int) {
        mentions[index].companions = entities
        for e in entities { self.entities[e].mentions += 1 }
    }
}
