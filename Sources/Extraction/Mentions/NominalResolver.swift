import NewsGraph

/// Resolves common-noun and pronoun mentions to named entities of the same document, only
/// where the antecedent is unambiguous enough to stake a relation on.
///
/// - "the base", "an air base" → the document's most mentioned named base, unless the phrase
///   sets it apart ("a different air base", "a drone base").
/// - "the junta", "the military government", "military leaders" → the state the document
///   ties to a junta or a coup.
/// - "the country", "the nation" → the most recent state named as a place before it.
/// - "They" opening a sentence → the forces that were the previous sentence's subject.
struct NominalResolver {
    static let baseNouns: WordSet = ["base", "airbase", "airfield", "airport"]
    /// Every word a rule below starts from: one probe per token decides whether any rule applies.
    static let cueWords: WordSet = baseNouns.union(WordLists.governmentNouns).union(["army", "military", "capital", "group", "leaders", "rulers", "officers", "country", "nation", "they", "its", "their", "it", "he", "him", "she", "there"])
        .union(jihadistNouns).union(bodyHeads).union(townNouns)
    /// "Troops entered the town": the one town just named.
    static let townNouns: WordSet = ["town", "city"]
    /// Words before "of" that make the town after it a bearing: "north of Gao" ("south-east of"
    /// ends in "east": hyphens are tokens of their own).
    static let bearingWords: WordSet = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                                        "kilometres", "kilometers", "km", "miles", "outside"]
    /// "the militants", "the jihadists": the armed group a report is about, when it is about one.
    static let jihadistNouns: WordSet = ["militants", "jihadists", "insurgents", "extremists", "islamists"]
    /// Words between "its" and its troops that keep them the actor's: "its last soldiers".
    static let forceOrderWords: WordSet = ["last", "remaining", "own", "first", "final", "few"]
    static let distinguishing: WordSet = ["different", "another", "other", "second", "drone", "french", "american", "us", "new", "two", "several", "own"]

    /// Last words of bodies' names that "the N's" may stand for: "the brigade's commander".
    static let bodyHeads: WordSet = ["brigade", "battalion", "regiment", "movement", "front", "coalition", "council", "apparatus", "mission", "commission"]

    /// Words that open a subordinate clause whose "it" is the main clause's subject.
    static let subordinators: WordSet = ["after", "before", "when", "because", "since", "as", "while", "although", "though", "until", "once", "and", "but"]

    static func resolve(_ finder: inout MentionFinder, tokens: TokenList, cues: [Cue], sentences: [Range<Int>]) {
        let added = resolutions(in: finder, tokens: tokens, cues: cues, sentences: sentences)
        for (range, entity) in added {
            finder.addResolved(range, entity: entity, kind: .nominal)
            if finder.entities[entity].type == .state, range.count == 1 || tokens[range.upperBound - 1].key != "country" {
                // Nominals for a state's government or forces act as its forces.
                finder.markForces(at: finder.mentions.count - 1, tokens: tokens)
            }
        }
        finder.sortMentions()
    }

    /// The phrases to resolve and their entities, read from the mentions found so far. (A
    /// read-only pass over a borrowed finder: the helpers it calls take the finder without
    /// copying it, which an `inout` one would force.)
    private static func resolutions(in finder: MentionFinder, tokens: TokenList, cues: [Cue], sentences: [Range<Int>]) -> [(Range<Int>, Int)] {
        // Which tokens a mention already covers: a bit array, probed for every token.
        let covered = finder.coveredTokens()
        // Named bases first: "the base" means a base, not an airport named beside it.
        let bases = finder.entities.indices.filter { finder.entities[$0].type == .base }
        let salientBase = bases.max { a, b in
            let ka = NameKey.folded(finder.entities[a].name).contains("base") ? 1 : 0
            let kb = NameKey.folded(finder.entities[b].name).contains("base") ? 1 : 0
            return (ka, finder.entities[a].mentions, -a) < (kb, finder.entities[b].mentions, -b)
        }
        let juntaState = juntaState(finder, tokens: tokens, cues: cues)
        let dominantState = RelationFinder.dominantState(finder.mentions, finder.entities, tokens: tokens, lexicon: finder.lexicon)
        // The armed group a report is clearly about, if there is one.
        let dominantGroup = RelationFinder.clearLeader(RelationFinder.mentionCounts(of: .armedGroup, finder.mentions, finder.entities))
        let bySentence = MentionsBySentence.group(finder.mentions, sentences)
        var knownPlaces: [Int: Set<Int>] = [:]
        let namedStates = Set(finder.mentions.filter { $0.kind == .name && finder.entities[$0.entity].type == .state }.map(\.entity))

        var added: [(Range<Int>, Int)] = []
        for (s, sentence) in sentences.enumerated() {
            for i in sentence where !covered[i] && cues[i].contains(.nominal) {
                let key = tokens[i].key
                // (The word lists below are probed with the token, whose hash the tokenizer
                // computed; the key string would be hashed again for each list.)
                // "had been sent there", "deployed there in 2021": the place last named, in this
                // sentence or the one before, after a verb that puts forces somewhere.
                // A town or base before a state: the sentence's own last one, else the first the
                // sentence before names (its topic, not a border mentioned in passing).
                if key == "there" {
                    guard i > sentence.lowerBound, Self.placingVerbs.contains(tokens[i - 1]) else { continue }
                    func places(_ back: Int) -> [Mention] {
                        bySentence[back].map { finder.mentions[$0] }.filter { $0.end <= i && $0.kind != .demonym && [.city, .base].contains(finder.entities[$0.entity].type) }
                    }
                    if let place = places(s).last ?? (s > 0 ? places(s - 1).first : nil) { added.append((i..<(i + 1), place.entity)) }
                    continue
                }
                // A determiner-led base phrase.
                if Self.baseNouns.contains(tokens[i]), let base = salientBase {
                    var j = i - 1
                    var modifiers: [String] = []
                    while j >= sentence.lowerBound, tokens[j].kind == .word, !covered[j],
                          !["a", "an", "the", "this", "that"].contains(tokens[j].key), i - j <= 3 {
                        modifiers.append(tokens[j].key); j -= 1
                    }
                    // "Al-Khadim, an air base in eastern Libya": an apposition names the base before it.
                    if j > sentence.lowerBound, ["a", "an"].contains(tokens[j].key), tokens[j - 1].text == "," {
                        if let named = finder.mentions.last(where: { $0.end == j - 1 }), finder.entities[named.entity].type == .base {
                            added.append((j..<(i + 1), named.entity))
                        }
                        continue
                    }
                    if j >= sentence.lowerBound, ["a", "an", "the", "this", "that"].contains(tokens[j].key),
                       !modifiers.contains(where: Self.distinguishing.contains), key != "airport",
                       placeAgrees(after: i, base: base, indefinite: ["a", "an"].contains(tokens[j].key), finder: finder, tokens: tokens, sentence: sentence, known: &knownPlaces) {
                        added.append((j..<(i + 1), base))
                    }
                    continue
                }
                // "MINUSMA pulled out of Kidal, and Malian troops entered the town": the one town
                // this sentence names before it, else the one the sentence before names ("the town
                // of Ber" names its own; two towns named leave it open).
                if Self.townNouns.contains(tokens[i]), i > sentence.lowerBound, tokens[i - 1].key == "the",
                   !(i + 1 < sentence.upperBound && (tokens[i + 1].key == "of" || tokens[i + 1].isCapitalized || covered[i + 1])) {
                    // The one town a sentence names before `i`: nil for none, -1 for several.
                    // (Not a town that only gives a bearing: "170 kilometres south-east of Khartoum".)
                    func town(_ back: Int) -> Int? {
                        var found: Int?
                        for k in bySentence[back] {
                            let m = finder.mentions[k]
                            guard m.end < i, m.kind == .name, finder.entities[m.entity].type == .city,
                                  !(m.start >= 2 && Self.bearingWords.contains(tokens[m.start - 2]) && tokens[m.start - 1].key == "of") else { continue }
                            if let f = found, f != m.entity { return -1 }
                            found = m.entity
                        }
                        return found
                    }
                    // (The sentence before may speak of a town it does not name: "the streets of the
                    // city, which lies south-east of Khartoum".)
                    let named = town(s) ?? (s > 0 && !sentences[s - 1].contains { Self.townNouns.contains(tokens[$0]) && !covered[$0] } ? town(s - 1) : nil)
                    if let named, named >= 0 { added.append(((i - 1)..<(i + 1), named)) }
                    continue
                }
                // "Niger, whose junta …": the state just named.
                if WordLists.governmentNouns.contains(tokens[i]), i >= 3, tokens[i - 1].key == "whose", tokens[i - 2].text == ",",
                   let named = finder.mentions.last(where: { $0.end == i - 2 }), finder.entities[named.entity].type == .state {
                    added.append(((i - 1)..<(i + 1), named.entity))
                    continue
                }
                // "the group's founder": the armed group or organization just named.
                if key == "group", i > sentence.lowerBound, tokens[i - 1].key == "the", i + 1 < sentence.upperBound, tokens[i + 1].kind == .possessive {
                    // An armed group (or a body called a group) before any other organization:
                    // "Wagner's units answer to the ministry since the group's founder died".
                    let isGroup: (Mention) -> Bool = { m in
                        let e = finder.entities[m.entity]
                        return (e.type == .armedGroup || (e.type == .organization && e.name.hasSuffix("Group"))) && !finder.isApposedPossessor(m)
                    }
                    let window = stride(from: s, through: max(0, s - 2), by: -1).flatMap { back in
                        bySentence[back].map { finder.mentions[$0] }.filter { $0.end <= i }.reversed()
                    }
                    if let g = window.first(where: isGroup) ?? window.first(where: { finder.entities[$0.entity].type == .organization }) {
                        added.append(((i - 1)..<(i + 1), g.entity))
                    }
                    continue
                }
                // "the brigade's commander", "the movement's leader": the body just named whose
                // name ends in that noun ("the 444 Brigade", "the M23 Movement").
                if Self.bodyHeads.contains(tokens[i]), i > sentence.lowerBound, tokens[i - 1].key == "the", i + 1 < sentence.upperBound, tokens[i + 1].kind == .possessive {
                    search: for back in stride(from: s, through: max(0, s - 2), by: -1) {
                        for k in bySentence[back].reversed() where finder.mentions[k].end <= i && finder.mentions[k].kind == .name
                            && NameKey.folded(finder.entities[finder.mentions[k].entity].name).hasSuffix(" " + key) {
                            added.append(((i - 1)..<(i + 1), finder.mentions[k].entity))
                            break search
                        }
                    }
                    continue
                }
                // "Col. Assimi Goita's government": the state of the person who leads it.
                if WordLists.governmentNouns.contains(tokens[i]), i >= 2, tokens[i - 1].kind == .possessive,
                   let person = finder.mentions.last(where: { $0.end == i - 1 }), finder.entities[person.entity].type == .person,
                   let state = personState(person.entity, finder: finder) ?? juntaState ?? dominantState {
                    added.append(((i - 1)..<(i + 1), state))
                    continue
                }
                // "He said his government ended …": the state of the person the pronoun means,
                // the last person named in this sentence or the one before. ("His junta turned to
                // Moscow", "her administration".)
                if ["government", "junta", "regime", "administration"].contains(key), i > sentence.lowerBound, ["his", "her"].contains(tokens[i - 1].key) {
                    let person = bySentence[s].map { finder.mentions[$0] }.last(where: { $0.end <= i && finder.entities[$0.entity].type == .person })
                        ?? (s > 0 ? bySentence[s - 1].map { finder.mentions[$0] }.last(where: { finder.entities[$0.entity].type == .person }) : nil)
                    if let person, let state = personState(person.entity, finder: finder) {
                        added.append(((i - 1)..<(i + 1), state))
                    }
                    continue
                }
                // "Chad's foreign minister announced that the government …": with no junta in the
                // text, the state whose officer speaks.
                if key == "government", juntaState == nil, i > sentence.lowerBound, tokens[i - 1].key == "the",
                   let owner = bySentence[s].map({ finder.mentions[$0] }).first(where: { $0.end < i && $0.isPossessive && finder.entities[$0.entity].type == .state }) {
                    added.append(((i - 1)..<(i + 1), owner.entity))
                    continue
                }
                // ("Mali, Burkina Faso and Niger, whose military rulers expelled …": the relation
                // rules read the list before "whose".)
                if i >= sentence.lowerBound + 2, tokens[i - 1].key == "whose" || (tokens[i - 2].key == "whose" && Self.governmentModifiers.contains(tokens[i - 1])) { continue }
                // The government of the junta state.
                if WordLists.governmentNouns.contains(tokens[i]) || (["leaders", "rulers", "officers"].contains(key) && i > sentence.lowerBound && ["military", "junta"].contains(tokens[i - 1].key)),
                   i > sentence.lowerBound,
                   // ("Tiani's junta … the military government": with no state named with the junta
                   // words, the state the report is about.)
                   // (Only as a subject that acts: not "the junta in Niamey", nor one that names
                   // itself, "The junta, which called itself the CNSP".)
                   let state = juntaState ?? ((key == "junta" || tokens[i - 1].key == "military") && i + 1 < sentence.upperBound && Self.verbLike(tokens[i + 1])
                       && !["and", "which", "that", "who"].contains(tokens[i + 1].key) ? dominantState : nil) {
                    let previous = tokens[i - 1]
                    // "Burkina Faso's military government", "the Malian transitional government":
                    // a state named before the modifiers owns it, whatever the junta state is.
                    var k = i - 1
                    while k > sentence.lowerBound, Self.governmentModifiers.contains(tokens[k]) { k -= 1 }
                    let ownerEnd = tokens[k].kind == .possessive ? k : k + 1
                    if k < i - 1, let owner = finder.mentions.last(where: { $0.end == ownerEnd }), finder.entities[owner.entity].type == .state {
                        added.append(((k + 1)..<(i + 1), owner.entity))
                        continue
                    }
                    // "Its junta, led by …": the state the text is about, this sentence's subject or the previous one's.
                    if ["its", "their"].contains(previous.key) {
                        let here = bySentence[s].map { finder.mentions[$0] }.filter { $0.end < i && finder.entities[$0.entity].type == .state }
                        let antecedent = here.first(where: { Self.isClauseSubject($0, tokens: tokens, sentence: sentence) })
                            ?? (s > 0 && here.isEmpty ? Self.subject(of: s - 1, among: [.state], bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences) : nil)
                        if let antecedent { added.append(((i - 1)..<(i + 1), antecedent.entity)) }
                        continue
                    }
                    // The phrase: "the (new) military junta".
                    var start = i
                    while start > sentence.lowerBound, ["the", "military", "new", "junta"].contains(tokens[start - 1].key) { start -= 1 }
                    // "In Mali, where General Goïta has led the junta since 2020": the state the
                    // sentence sets the scene in.
                    if let scene = bySentence[s].map({ finder.mentions[$0] }).last(where: { $0.end < i && finder.entities[$0.entity].type == .state && $0.kind != .demonym }),
                       (scene.end + 1 < i && tokens[scene.end].text == "," && tokens[scene.end + 1].key == "where")
                        || (scene.start == sentence.lowerBound + 1 && tokens[sentence.lowerBound].key == "in") {
                        added.append((start..<(i + 1), scene.entity))
                        continue
                    }
                    // "the junta in Burkina Faso": the state named right after it.
                    if i + 2 < sentence.upperBound, ["in", "of"].contains(tokens[i + 1].key),
                       let named = finder.mentions.first(where: { $0.start == i + 2 }), finder.entities[named.entity].type == .state {
                        added.append((start..<(i + 1), named.entity))
                        continue
                    }
                    let attached = covered[i - 1] || (previous.kind == .possessive) || (i >= 2 && covered[i - 2] && previous.key == "military")
                    if !attached, key != "government" || ["military", "new", "the"].contains(previous.key) {
                        added.append((start..<(i + 1), state))
                    }
                    continue
                }
                // "the militants overran Moqokori": the one armed group the report is about.
                if Self.jihadistNouns.contains(tokens[i]), let group = dominantGroup, i > sentence.lowerBound, tokens[i - 1].key == "the" {
                    added.append(((i - 1)..<(i + 1), group))
                    continue
                }
                // "the army", "the military": the forces of the country the report is about.
                // ("Nigeria's response has been military. The army said …": of the state whose
                // doing the sentence before is about, when this one opens with them. Not of a
                // state the sentence before merely names first: "Britain, Germany and Italy
                // issued advice. The army …".)
                // ("fight alongside the army against JNIM": a preposition may follow, not a noun:
                // "the army chief".)
                if ["army", "military"].contains(key), i > sentence.lowerBound, tokens[i - 1].key == "the",
                   !(i + 1 < sentence.upperBound && (tokens[i + 1].kind == .word && !Self.verbLike(tokens[i + 1]) && !Self.prepositionsAfterForces.contains(tokens[i + 1]))),
                   let state = (i == sentence.lowerBound + 1 ? Self.possessiveSubjectState(of: s - 1, bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences) : nil)
                                ?? Self.frontedState(of: sentence, among: bySentence[s], finder: finder, tokens: tokens)
                                ?? dominantState ?? juntaState {
                    added.append(((i - 1)..<(i + 1), state))
                    continue
                }
                // "Mali's capital", "the Chadian capital": the capital the document names; "arrived
                // in the capital": the capital of the country the report is about, if it names it.
                if key == "capital", i > sentence.lowerBound,
                   !(i + 1 < sentence.upperBound && (covered[i + 1] || tokens[i + 1].isCapitalized || (tokens[i + 1].text == "," && i + 2 < sentence.upperBound && tokens[i + 2].isCapitalized))) {
                    let inThe = tokens[i - 1].key == "the" && i >= sentence.lowerBound + 2 && WordLists.locatives.contains(tokens[i - 2])
                    if let city = capitalNamed(before: i, finder: finder, tokens: tokens) {
                        added.append((i..<(i + 1), city))
                    } else if inThe, let named = bySentence[s].last(where: { m in
                        let mention = finder.mentions[m], entity = finder.entities[mention.entity]
                        return mention.end < i && mention.kind == .name && entity.type == .city && entity.lexiconEntry.map { finder.lexicon.capitalOf[$0] != nil } == true
                    }).map({ finder.mentions[$0] }) {
                        // ("gunmen attacked the palace in Bissau …; its troops are still based in the
                        // capital": a capital the sentence has just named.)
                        added.append(((i - 1)..<(i + 1), named.entity))
                    } else if inThe, let state = juntaState ?? dominantState, let entry = finder.entities[state].lexiconEntry,
                              let capital = finder.lexicon.entries[entry].capital, let city = finder.mentionedEntity(named: capital, type: .city) {
                        added.append(((i - 1)..<(i + 1), city))
                    }
                    continue
                }
                // "the country", "the nation".
                if ["country", "nation"].contains(key), i > sentence.lowerBound, tokens[i - 1].key == "the" {
                    // A sentence about the junta means the junta's country.
                    if let state = juntaState, tokens[sentence].contains(where: { ["junta", "coup"].contains($0.key) }) {
                        added.append(((i - 1)..<(i + 1), state))
                        continue
                    }
                    // Otherwise the state the latest sentence is about: the first it names.
                    // (Not the companions of the forces: "operated alongside Malian troops". Forces
                    // named after it are in it: "in the country, where they supported Nigerien forces".)
                    let forcesHere = Set(bySentence[s].map { finder.mentions[$0] }.filter { m in
                        m.isForces && m.end <= i && !(max(sentence.lowerBound, m.start - 2)..<m.start).contains { ["alongside", "beside", "with"].contains(tokens[$0].key) }
                            // (Nor a government: "Niger's junta revoked the accord that kept American
                            // troops in the country".)
                            && !(m.end..<min(sentence.upperBound, m.end + 3)).contains { WordLists.governmentNouns.contains(tokens[$0]) }
                    }.map(\.entity))
                    // ("Rwanda keeps a contingent in the country", "France, which had 1,500 soldiers
                    // in the country": a state whose forces this sentence places in the country is
                    // not the country.)
                    // The report's main state is the better guess then.
                    let placesForces = i >= sentence.lowerBound + 2 && tokens[i - 2].key == "in"
                    // A mention of this sentence with forces named between it and "in".
                    func forcesPlaced(after m: Mention) -> Bool {
                        placesForces && m.end < i - 2 && tokens[m.end..<(i - 2)].contains { WordLists.armedPeople.contains($0) }
                    }
                    // ("Some 1,000 American personnel were based in the country": a demonym's forces too.)
                    func placesGuest(_ m: Mention) -> Bool {
                        guard finder.entities[m.entity].type == .state, m.entity != dominantState else { return false }
                        return m.kind == .demonym ? placesForces && m.isForces && m.end < i - 2 : forcesPlaced(after: m)
                    }
                    if placesForces, let state = dominantState,
                       bySentence[s].contains(where: { placesGuest(finder.mentions[$0]) }),
                       !bySentence[s].contains(where: { finder.mentions[$0].entity == state && finder.mentions[$0].end <= i }) {
                        added.append(((i - 1)..<(i + 1), state))
                        continue
                    }
                    // The latest of the last few sentences that names a state: its first such state.
                    // (A capital standing for a government counts only for a state the text also
                    // names: "Brussels" may mean the EU, never named Belgium.)
                    for back in stride(from: s, through: max(0, s - 6), by: -1) {
                        let candidates = bySentence[back].map { finder.mentions[$0] }.filter {
                            $0.end <= i && finder.entities[$0.entity].type == .state && !forcesHere.contains($0.entity) && $0.kind != .demonym && ($0.kind != .seat || namedStates.contains($0.entity))
                                && !(back == s && forcesPlaced(after: $0))
                        }
                        if let first = candidates.first {
                            added.append(((i - 1)..<(i + 1), first.entity))
                            break
                        }
                    }
                    continue
                }
                // "its fighters", "their troops": the forces of the actor the text is about, the
                // subject of this sentence so far or else of the previous one.
                // ("Its last soldiers", "their remaining troops": past a word or two of order.)
                if ["its", "their"].contains(key), let people = ((i + 1)..<min(sentence.upperBound, i + 4)).first(where: { WordLists.armedPeople.contains(tokens[$0]) }),
                   ((i + 1)..<people).allSatisfy({ Self.forceOrderWords.contains(tokens[$0]) }) {
                    let actors: EntityTypes = [.state, .armedGroup, .militaryUnit]
                    let here = bySentence[s].map { finder.mentions[$0] }.filter { $0.end <= i }
                    let antecedent = here.first(where: { actors.contains(finder.entities[$0.entity].type) && Self.isClauseSubject($0, tokens: tokens, sentence: sentence) })
                        ?? (s > 0 && here.isEmpty ? Self.subject(of: s - 1, among: actors, bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences)
                            ?? Self.passiveAgent(of: s - 1, among: actors, bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences) : nil)
                    if let antecedent { added.append((i..<(i + 1), antecedent.entity)) }
                    continue
                }
                // "HRW said it had verified the videos, and it accused …": a second "it" after "and"
                // is the first one's.
                if key == "it", i > sentence.lowerBound, tokens[i - 1].key == "and", i + 1 < sentence.upperBound, tokens[i + 1].kind == .word,
                   let earlier = added.last(where: { $0.0.count == 1 && $0.0.lowerBound >= sentence.lowerBound && $0.0.lowerBound < i && tokens[$0.0.lowerBound].key == "it" }) {
                    added.append((i..<(i + 1), earlier.1))
                    continue
                }
                // "Germany has said it will withdraw": the speaker.
                if ["it", "they"].contains(key), i >= sentence.lowerBound + 2, let speaker = speaker(before: i, plural: key == "they", finder: finder, tokens: tokens, sentence: sentence) {
                    added.append((i..<(i + 1), speaker))
                    continue
                }
                // "…, after it twice suspended Mali": the subject of the sentence's main clause.
                if key == "it", i > sentence.lowerBound, Self.subordinators.contains(tokens[i - 1]), i + 1 < sentence.upperBound, tokens[i + 1].kind == .word {
                    let types: EntityTypes = [.state, .organization, .alliance, .armedGroup, .militaryUnit]
                    // The first mention, with no verb before it: "ECOWAS punished Guinea, after it …".
                    if let first = bySentence[s].map({ finder.mentions[$0] }).first(where: { $0.end <= i }), types.contains(finder.entities[first.entity].type),
                       (sentence.lowerBound..<first.start).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isCapitalized || ["the", "a", "an", "its", "their", "this"].contains(tokens[$0].key) }),
                       !first.isPossessive {
                        added.append((i..<(i + 1), first.entity))
                    }
                    continue
                }
                // "In January he travelled to Moscow", "…, and she met": a clause's "he" or "she"
                // after an opening phrase is the person the text is about.
                if ["he", "she"].contains(key), i > sentence.lowerBound, i + 1 < sentence.upperBound {
                    // ("Raised near Timbuktu, he became a spokesman": a copula too.)
                    let verbFollows = verbLike(tokens[i + 1]) || tokens[i + 1].key.hasSuffix("ed") || WordLists.roleCopulas.contains(tokens[i + 1])
                    // A second "he" of the sentence is the first one's person ("… and in Niamey he met").
                    if verbFollows || cues[i + 1].contains(.frameTrigger),
                       let earlier = added.last(where: { $0.0.count == 1 && $0.0.lowerBound >= sentence.lowerBound && $0.0.lowerBound < i && [key, "he", "she"].contains(tokens[$0.0.lowerBound].key) }),
                       finder.entities[earlier.1].type == .person {
                        added.append((i..<(i + 1), earlier.1))
                        continue
                    }
                    // "In Ouagadougou he was received by …": after an opening place phrase that names
                    // no person, the previous sentence's subject.
                    if verbFollows, tokens[sentence.lowerBound].key == "in", i - sentence.lowerBound <= 5,
                       !bySentence[s].contains(where: { finder.mentions[$0].start < i && finder.entities[finder.mentions[$0].entity].type == .person }),
                       s > 0, let antecedent = Self.subject(of: s - 1, among: [.person], bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences) {
                        added.append((i..<(i + 1), antecedent.entity))
                        continue
                    }
                    // Otherwise the last person named in this sentence, else the previous sentence's
                    // subject, else its only person.
                    let opening = sentence.lowerBound..<i
                    if verbFollows && (tokens[i - 1].text == "," || ["and", "but", "when", "where", "after", "before", "as", "then", "while"].contains(tokens[i - 1].key)
                        || (opening.allSatisfy { tokens[$0].kind != .word || !covered[$0] } && opening.contains { WordLists.calendar.contains(tokens[$0]) || tokens[$0].kind == .number }))
                        // ("During that trip he met", "Last year he travelled": a short opening phrase
                        // with no name and no verb, before a verb or a relation's trigger.)
                        || ((verbFollows || cues[i + 1].contains(.frameTrigger)) && opening.count <= 5 && Self.adverbialOpeners.contains(tokens[sentence.lowerBound])
                            && opening.allSatisfy { tokens[$0].kind == .word && !covered[$0] && (!verbLike(tokens[$0]) || ($0 > sentence.lowerBound && tokens[$0].key == "that")) }) {
                        let people = bySentence[s].map { finder.mentions[$0] }.filter { $0.end <= i && finder.entities[$0.entity].type == .person }
                        let previous = s > 0 ? bySentence[s - 1].map { finder.mentions[$0] }.filter { finder.entities[$0.entity].type == .person } : []
                        if let antecedent = people.last ?? (s > 0 ? Self.subject(of: s - 1, among: [.person], bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences) : nil)
                            ?? (Set(previous.map(\.entity)).count == 1 ? previous.first : nil) {
                            added.append((i..<(i + 1), antecedent.entity))
                        }
                        continue
                    }
                }
                // "He is wanted by the ICC, which has charged him": the object "him" after the
                // sentence's "he" is the same person.
                if key == "him", let earlier = added.last(where: { $0.0.count == 1 && $0.0.lowerBound >= sentence.lowerBound && $0.0.lowerBound < i && tokens[$0.0.lowerBound].key == "he" }) {
                    added.append((i..<(i + 1), earlier.1))
                    continue
                }
                // "In January it left ECOWAS": after a short opening phrase of time that names no
                // one, the previous sentence's subject, as at the start of a sentence.
                // (Not before an auxiliary: "Since 2018, it has been used" may be anything's.)
                if key == "it", i > sentence.lowerBound, i - sentence.lowerBound <= 4, s > 0, i + 1 < sentence.upperBound,
                   verbLike(tokens[i + 1]) || cues[i + 1].contains(.frameTrigger) || RelationFinder.irregularPastVerbs.contains(tokens[i + 1]),
                   !Self.auxiliaries.contains(tokens[i + 1]), Self.adverbialOpeners.contains(tokens[sentence.lowerBound]),
                   (sentence.lowerBound..<i).allSatisfy({ tokens[$0].kind != .word || !covered[$0] }),
                   (sentence.lowerBound..<i).contains(where: { WordLists.calendar.contains(tokens[$0]) || Self.timeNouns.contains(tokens[$0]) || tokens[$0].kind == .number }) {
                    if let antecedent = Self.subject(of: s - 1, among: [.state, .armedGroup, .organization, .alliance, .militaryUnit], bySentence: bySentence,
                                                     finder: finder, tokens: tokens, sentences: sentences) {
                        added.append((i..<(i + 1), antecedent.entity))
                    }
                    continue
                }
                // Sentence-initial "It", "He", "She": the previous sentence's subject.
                if ["it", "he", "she"].contains(key), i == sentence.lowerBound, s > 0, i + 1 < sentence.upperBound, tokens[i + 1].kind == .word {
                    let types: EntityTypes = key == "it" ? [.state, .armedGroup, .organization, .alliance, .militaryUnit] : [.person]
                    // ("Mali's prime minister, X, spoke. He accused …": the one person named before.)
                    let people = key == "it" ? [] : bySentence[s - 1].map { finder.mentions[$0] }.filter { finder.entities[$0.entity].type == .person }
                    if let antecedent = Self.subject(of: s - 1, among: types, bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences)
                        ?? (Set(people.map(\.entity)).count == 1 ? people.first : nil) {
                        added.append((i..<(i + 1), antecedent.entity))
                    }
                    continue
                }
                // Sentence-initial "They" continues the previous sentence's forces, as does a
                // "they" that is the first actor of its sentence ("Until the coup they fought").
                if key == "they", s > 0, i == sentence.lowerBound || (i + 1 < sentence.upperBound && verbLike(tokens[i + 1])
                    && !bySentence[s].contains { finder.mentions[$0].start < i } && !Self.governingWords.contains(tokens[i - 1])) {
                    // ("CPC fighters attacked Bangui. They were beaten back": an armed group or
                    // unit that was the subject, too.)
                    // (Forces the sentence acted on are no subject: "… have expelled French forces.
                    // In January they completed their exit".)
                    if let subject = bySentence[s - 1].map({ finder.mentions[$0] }).first(where: {
                        ($0.isForces || [.armedGroup, .militaryUnit].contains(finder.entities[$0.entity].type)) && Self.isClauseSubject($0, tokens: tokens, sentence: sentences[s - 1])
                            && !($0.start > sentences[s - 1].lowerBound && (tokens[$0.start - 1].key.hasSuffix("ed") || cues[$0.start - 1].contains(.frameTrigger))) }) {
                        added.append((i..<(i + 1), subject.entity))
                    }
                }
            }
        }
        return added
    }

    /// Verbs that only help another: after "it", they do not show what "it" is.
    static let auxiliaries: WordSet = ["has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "may", "might", "should", "must", "been", "be"]

    /// Nouns of time that make an opening phrase one of time: "Later that month".
    static let timeNouns: WordSet = ["day", "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"]

    /// Words that open a sentence's adverbial phrase before its subject: "During that trip he …".
    static let adverbialOpeners: WordSet = ["during", "on", "at", "in", "last", "this", "that", "since", "later", "earlier", "days", "weeks", "months", "years", "soon", "shortly"]

    /// Verbs after which "there" is a place forces were put: "sent there", "deployed there".
    static let placingVerbs: WordSet = ["sent", "deployed", "stationed", "based", "arrived", "moved", "posted", "dispatched", "redeployed", "remain", "remained", "operate", "operated", "operating"]

    /// Words between a state and its government: "Mali's military transitional government".
    static let governmentModifiers: WordSet = ["military", "new", "transitional", "interim", "civilian", "current", "former"]

    /// Words after which a pronoun is an object, not a subject: "in them", "than they".
    static let governingWords: WordSet = ["in", "at", "of", "from", "to", "with", "by", "for", "on", "against", "than", "that", "as"]

    /// The subject of the verb of saying just before a pronoun: "Niger said (that) it would …".
    static func speaker(before i: Int, plural: Bool, finder: MentionFinder, tokens: TokenList, sentence: Range<Int>) -> Int? {
        var v = i - 1
        if tokens[v].key == "that" {
            v -= 1
            // "said in a statement that it …": a short phrase between the verb and "that".
            // ("announced in June 2025 that it …": a date too.)
            if let verb = stride(from: v, through: max(sentence.lowerBound + 1, v - 4), by: -1).first(where: { WordLists.speechVerbs.contains(tokens[$0]) }),
               ((verb + 1)..<(v + 1)).allSatisfy({ (tokens[$0].kind == .word && !tokens[$0].isCapitalized) || tokens[$0].kind == .number || WordLists.calendar.contains(tokens[$0]) }) { v = verb }
        }
        guard v > sentence.lowerBound, WordLists.speechVerbs.contains(tokens[v]) else { return nil }
        // "has said", "has since said": auxiliaries and adverbs stand between.
        var s = v - 1
        while s >= sentence.lowerBound, v - s <= 3, ["has", "had", "have", "also", "later", "since", "already", "now", "repeatedly", "previously", "then"].contains(tokens[s].key) { s -= 1 }
        // "JNIM, which said …", "(JNIM), which said": the relative pronoun's antecedent speaks.
        if s > sentence.lowerBound, ["which", "who"].contains(tokens[s].key) {
            s -= 1
            while s > sentence.lowerBound, [",", ")"].contains(tokens[s].text) { s -= 1 }
        }
        guard s >= sentence.lowerBound, let subject = finder.mentions.last(where: { $0.end == s + 1 }) else { return nil }
        let types: EntityTypes = plural ? [.state, .armedGroup] : [.state, .organization, .alliance, .armedGroup, .militaryUnit]
        guard types.contains(finder.entities[subject.entity].type), !subject.isPossessive, plural == false || subject.isForces || finder.entities[subject.entity].type == .armedGroup
        else { return nil }
        return subject.entity
    }

    /// The city named elsewhere in the document that is the capital of the state named just
    /// before `i` ("Mali's capital", "the Chadian capital").
    static func capitalNamed(before i: Int, finder: MentionFinder, tokens: TokenList) -> Int? {
        var k = i - 1
        if tokens[k].kind == .possessive { k -= 1 }
        guard k >= 0, let state = finder.mentions.last(where: { $0.end == k + 1 }), finder.entities[state.entity].type == .state,
              state.kind == .demonym || tokens[k + 1].kind == .possessive,
              let entry = finder.entities[state.entity].lexiconEntry, let capital = finder.lexicon.entries[entry].capital else { return nil }
        return finder.mentionedEntity(named: capital, type: .city)
    }

    /// The state a person serves, as the lexicon knows it, when the document names that state.
    static func personState(_ person: Int, finder: MentionFinder) -> Int? {
        guard let entry = finder.entities[person].lexiconEntry, let home = finder.lexicon.homeState(of: entry) else { return nil }
        return finder.mentionedEntity(named: home, type: .state)
    }

    /// The state a sentence opens on as its setting: "In Mali, where …, Wagner fighters operate
    /// alongside the army": the army there is Mali's.
    /// - Parameter ms: the sentence's mentions (indices into `finder.mentions`).
    static func frontedState(of sentence: Range<Int>, among ms: [Int], finder: MentionFinder, tokens: TokenList) -> Int? {
        guard sentence.count > 3, tokens[sentence.lowerBound].key == "in",
              let m = ms.lazy.map({ finder.mentions[$0] }).first(where: { $0.start == sentence.lowerBound + 1 }), finder.entities[m.entity].type == .state,
              m.end < sentence.upperBound, tokens[m.end].text == "," else { return nil }
        return m.entity
    }

    /// Prepositions that may follow "the army" when it stands for the state's forces.
    /// (Not "to": "urged the army to let the count finish" asks the army, not the state.)
    static let prepositionsAfterForces: WordSet = ["against", "in", "on", "at", "from", "with", "alongside", "into", "across", "since", "during", "over", "around", "near"]

    /// A word after "the army" that makes it the clause's subject doing something ("the army
    /// recaptured", "the army has"), not a modifier ("the army chief").
    static func verbLike(_ t: Token) -> Bool {
        t.key.hasSuffix("ed") || ["has", "had", "have", "is", "was", "were", "are", "said", "says", "took", "retook", "began", "will", "would",
                                   "and", "also", "then", "later", "now", "still", "which", "that", "who"].contains(t.key)
    }

    /// The subject of sentence `s` when it is a mention of one of `types`: its first mention,
    /// standing at the start of the sentence (after at most a dateline or a short adverbial).
    static func subject(of s: Int, among types: EntityTypes, bySentence: [[Int]], finder: MentionFinder, tokens: TokenList, sentences: [Range<Int>]) -> Mention? {
        // ("Having expelled French troops, the junta …": past a fronted participle phrase.)
        let front = FrontedPhrase.end(in: sentences[s], tokens: tokens) ?? sentences[s].lowerBound - 1
        guard let first = bySentence[s].lazy.map({ finder.mentions[$0] }).first(where: { $0.start > front }), types.contains(finder.entities[first.entity].type),
              isClauseSubject(first, tokens: tokens, sentence: sentences[s]) else { return nil }
        return first
    }

    /// The agent that a sentence with no named subject gives after a passive verb: "Their place
    /// has been taken by Africa Corps, …" is about Africa Corps.
    static func passiveAgent(of s: Int, among types: EntityTypes, bySentence: [[Int]], finder: MentionFinder, tokens: TokenList, sentences: [Range<Int>]) -> Mention? {
        guard let first = bySentence[s].first.map({ finder.mentions[$0] }), types.contains(finder.entities[first.entity].type),
              first.start >= sentences[s].lowerBound + 3, tokens[first.start - 1].key == "by", tokens[first.start - 2].key.hasSuffix("en") || tokens[first.start - 2].key.hasSuffix("ed"),
              tokens[sentences[s].lowerBound..<(first.start - 2)].contains(where: { WordLists.passiveBe.contains($0) }) else { return nil }
        return first
    }

    /// The state whose doing sentence `s` is about: its subject, a state named in the possessive
    /// ("Nigeria's response has been military"); nil for none, or a state merely named first.
    static func possessiveSubjectState(of s: Int, bySentence: [[Int]], finder: MentionFinder, tokens: TokenList, sentences: [Range<Int>]) -> Int? {
        guard s >= 0, let m = subject(of: s, among: [.state], bySentence: bySentence, finder: finder, tokens: tokens, sentences: sentences),
              m.kind == .name, m.isPossessive else { return nil }
        return m.entity
    }

    /// No preposition introduces the mention: "Mali said" or "Mali's army", not "in Mali".
    static func isClauseSubject(_ m: Mention, tokens: TokenList, sentence: Range<Int>) -> Bool {
        var i = m.start - 1
        while i >= sentence.lowerBound, ["the", "a", "an"].contains(tokens[i].key) { i -= 1 }
        guard i >= sentence.lowerBound else { return true }
        // ("On Nov 27, fighters of HTS launched …": the people under arms of a group that open
        // the clause stand for it.)
        if tokens[i].key == "of", i > sentence.lowerBound, WordLists.armedPeople.contains(tokens[i - 1]) {
            var k = i - 2
            if k >= sentence.lowerBound, tokens[k].key == "the" { k -= 1 }
            return k < sentence.lowerBound || tokens[k].text == ","
        }
        return !["in", "at", "of", "from", "to", "into", "near", "with", "by", "for", "on", "against", "between", "than", "about", "over"].contains(tokens[i].key)
    }

    /// "the base in N'Djamena" is not the salient base when that one is only ever said to be
    /// somewhere else. "a base in Senegal" (indefinite) is the salient base only when the text or
    /// the lexicon puts that base there. "a base near Gossi" is not the lexicon's base of
    /// another town.
    static func placeAgrees(after i: Int, base: Int, indefinite: Bool, finder: MentionFinder, tokens: TokenList, sentence: Range<Int>,
                            known cache: inout [Int: Set<Int>]) -> Bool {
        let mentions = finder.mentions
        func mention(after token: Int, within distance: Int) -> Mention? {
            let k = MentionsBySentence.firstIndex(startingAtOrAfter: token + 1, in: mentions)
            return k < mentions.count && mentions[k].start <= token + distance ? mentions[k] : nil
        }
        guard i + 1 < sentence.upperBound, ["in", "at", "near"].contains(tokens[i + 1].key),
              let place = mention(after: i + 1, within: 2) else { return true }
        // ("an airbase near the international airport": by a landmark, which says nothing.)
        let near = tokens[i + 1].key == "near"
        if near, finder.entities[place.entity].type != .city { return true }
        if cache[base] == nil {
            var places = Set<Int>()
            for m in mentions where m.entity == base {
                if m.end + 1 < tokens.count, ["in", "at", "near"].contains(tokens[m.end].key), let p = mention(after: m.end, within: 3) { places.insert(p.entity) }
            }
            cache[base] = places
        }
        let known = cache[base]!
        if !known.isEmpty { return known.contains(place.entity) }
        // Failing the text, the lexicon: where the base is known to be.
        if let entry = finder.entities[base].lexiconEntry {
            let lexicon = finder.lexicon.entries[entry]
            let homes = [lexicon.country, lexicon.city].compactMap { $0 }.map(NameKey.folded)
            let stated = finder.entities[place.entity]
            if !homes.isEmpty, [.city, .state].contains(stated.type) {
                let statedNames = ([stated.name] + stated.aliases).map(NameKey.folded)
                let statedCountry = stated.lexiconEntry.flatMap { finder.lexicon.entries[$0].country }.map(NameKey.folded)
                // (Near a town other than the one the lexicon gives the base: another base.)
                if near, let city = lexicon.city, !statedNames.contains(NameKey.folded(city)) { return false }
                return statedNames.contains(where: homes.contains) || statedCountry.map(homes.contains) == true
            }
        }
        return !indefinite
    }

    /// Words that may stand between a state and its junta word: "Niger's new military rulers".
    static let juntaModifiers: WordSet = ["military", "new", "ruling", "transitional", "interim", "army", "military-led", "junta"]
    static let juntaWords: WordSet = ["junta", "coup", "rulers", "putsch", "government", "regime", "leaders"]

    /// The state the document ties to a junta, coup or military government, if any.
    static func juntaState(_ finder: MentionFinder, tokens: TokenList, cues: [Cue]) -> Int? {
        // "Niger's junta", "the Nigerien military government", "the coup in Niger", "Niger's
        // military rulers": the state attached to the junta words, not any state near them.
        // Runs on every document: indices and key comparisons, no token copies or literals.
        var score: [Int: Int] = [:]
        for m in finder.mentions where finder.entities[m.entity].type == .state {
            var k = m.end
            // "the Russian-backed junta" is not Russia's.
            if k < tokens.count, tokens[k].text == "-" { continue }
            if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
            let after = k..<min(tokens.count, k + 3)
            // (Only modifiers may stand between: "the United States condemned the coup" is no
            // American coup.)
            // (The word tests come last: most states have no junta word after them.)
            if let at = after.first(where: { cues[$0].contains(.juntaWord) }),
               (k..<at).allSatisfy({ Self.juntaModifiers.contains(tokens[$0]) }),
               case let first = tokens[at].key, first == "junta" || first == "coup" || first == "putsch" || first == "rulers"
                || after.contains(where: { tokens[$0].key == "military" || tokens[$0].key == "junta" }) {
                score[m.entity, default: 0] += 2
            }
            if m.start >= 2 {
                let preposition = tokens[m.start - 1].key, noun = tokens[m.start - 2].key
                if preposition == "in" || preposition == "of", noun == "coup" || noun == "junta" || noun == "putsch" {
                    score[m.entity, default: 0] += 2
                }
            }
        }
        // "Tiani's junta", "Goïta's military government": the state the lexicon knows the person
        // serves, if the text names it.
        for m in finder.mentions where m.isPossessive && m.end + 1 < tokens.count && finder.entities[m.entity].type == .person {
            let after = (m.end + 1)..<min(tokens.count, m.end + 4)
            guard let at = after.first(where: { cues[$0].contains(.juntaWord) }), (m.end + 1..<at).allSatisfy({ Self.juntaModifiers.contains(tokens[$0]) }),
                  tokens[at].key == "junta" || tokens[at].key == "regime" || (at > m.end + 1 && tokens[at - 1].key == "military"),
                  let state = personState(m.entity, finder: finder) else { continue }
            score[state, default: 0] += 2
        }
        // (A tie goes to the state the document names more: "Mali's junta" in a report on
        // "the country's military rulers" in Burkina Faso.)
        return score.max { ($0.value, finder.entities[$0.key].mentions, -$0.key) < ($1.value, finder.entities[$1.key].mentions, -$1.key) }?.key
    }
}

extension MentionFinder {
    /// Nominal government and forces phrases act for the state.
    mutating func markForces(at index: Int, tokens: TokenList) {
        setForces(index)
    }
}
