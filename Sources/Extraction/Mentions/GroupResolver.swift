import NewsGraph

/// Resolves phrases that stand for several states at once to the list of states the text named
/// before them: "Mali, Burkina Faso and Niger … the three countries", and the "they" that then
/// continues them ("In January they announced that they were quitting ECOWAS").
///
/// The phrase becomes one mention of the list's first state that carries the others as
/// ``Mention/companions``; the relation finder gives every companion the relations the phrase
/// takes part in (``RelationFinder/expandGroups()``).
enum GroupResolver {
    /// Number words a group phrase starts with, and the size of the list they ask for.
    static let sizes: [String: Int] = ["two": 2, "both": 2, "three": 3, "four": 4, "five": 5]
    /// Plural nouns for states, their governments or their juntas.
    static let groupNouns: WordSet = ["countries", "states", "nations", "neighbours", "neighbors", "juntas", "governments",
                                          "regimes", "capitals", "members"]
    /// How far back (in sentences) the named list may be.
    static let reach = 12
    /// Nouns after an alliance's name that mean its member states: "the AES leaders".
    static let memberNouns: WordSet = ["leaders", "members", "states", "countries", "juntas", "governments", "nations", "regimes"]

    static func resolve(_ finder: inout MentionFinder, tokens: TokenList, cues: [Cue], sentences: [Range<Int>]) {
        guard cues.contains(where: { $0.contains(.group) }) || finder.mentions.contains(where: { finder.entities[$0.entity].type == .alliance }) else { return }
        var covered = finder.coveredTokens()
        let states = finder.mentions.filter { finder.entities[$0.entity].type == .state }
        var added: [(Range<Int>, [Int])] = []
        // "The AES leaders", "ECOWAS members": the alliance's members the document names.
        for m in finder.mentions where finder.entities[m.entity].type == .alliance && m.end < tokens.count && !covered[m.end]
            && memberNouns.contains(tokens[m.end]) {
            // A small bloc only: "ECOWAS leaders" decide as a body, not as fifteen states.
            guard let (listed, members) = namedMembers(of: m.entity, finder: finder), listed <= 5, members.count >= 2 else { continue }
            added.append((m.end..<(m.end + 1), members))
            covered[m.end] = true
        }
        // The latest group phrase that was a subject, and its sentence: "they" continues it.
        var subjectGroup: (sentence: Int, members: [Int])?
        // (The document's state mentions are in text order: one pass finds each sentence's first.)
        var nextState = 0
        for (s, sentence) in sentences.enumerated() {
            // A list of states that opens a sentence is a group "they" may continue: "Mali,
            // Burkina Faso and Niger are ruled by soldiers. In January they left ECOWAS."
            while nextState < states.count, states[nextState].start < sentence.lowerBound { nextState += 1 }
            let openingList = subjectList(opening: sentence, states: states[nextState...], tokens: tokens)
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                guard !covered[i], cues[i].contains(.group) else { continue }
                let key = tokens[i].key
                if let size = sizes[key], let (end, start) = phrase(at: i, tokens: tokens, covered: covered, sentence: sentence),
                   // (A list in this sentence or the one before comes first; then the states of the
                   // sentence before, when they are as many, before a list further back: "Mali and
                   // Burkina Faso signed a charter with Niger. The three countries now form …".)
                   let members = latestList(of: size, before: start, states: states, tokens: tokens, floor: sentences[max(0, s - 1)].lowerBound)
                    ?? previousSentenceStates(of: size, sentence: s, states: states, sentences: sentences)
                    ?? subjectAndPartners(of: size, sentence: s, states: states, tokens: tokens, sentences: sentences)
                    ?? latestList(of: size, before: start, states: states, tokens: tokens, floor: sentences[max(0, s - reach)].lowerBound)
                    ?? recentAllianceMembers(of: size, before: start, finder: finder)
                    ?? allianceMembers(of: size, namedAfter: end, in: sentence, finder: finder) {
                    // A bare "all three" whose list is in its own sentence is read through that list.
                    if !groupNouns.contains(tokens[end - 1]), states.contains(where: { sentence.contains($0.start) && $0.end <= start && members.contains($0.entity) }) { continue }
                    added.append((start..<end, members))
                    for k in start..<end { covered[k] = true }
                    let preposition = start > sentence.lowerBound && WordLists.locatives.union(["with", "by", "for", "against", "between"]).contains(tokens[start - 1])
                    if !preposition { subjectGroup = (s, members) }
                    i = end - 1
                    continue
                }
                // "they" as a subject, in the group's sentence or the next one.
                if key == "they", let group = subjectGroup, s - group.sentence <= 1, i + 1 < sentence.upperBound, tokens[i + 1].kind == .word,
                   opensClause(i, sentence: sentence, tokens: tokens, covered: covered) {
                    added.append((i..<(i + 1), group.members))
                    covered[i] = true
                    subjectGroup = (s, group.members)
                }
            }
            if let openingList { subjectGroup = (s, openingList) }
        }
        guard !added.isEmpty else { return }
        for (range, members) in added {
            finder.addResolved(range, entity: members[0], kind: range.count == 1 ? .pronoun : .nominal)
            finder.setCompanions(Array(members.dropFirst()), at: finder.mentions.count - 1)
        }
        finder.sortMentions()
    }

    /// "the three countries", "the three military-ruled states", "both countries": the phrase's
    /// end and start, when `i` is its number word.
    static func phrase(at i: Int, tokens: TokenList, covered: [Bool], sentence: Range<Int>) -> (end: Int, start: Int)? {
        let start: Int
        if tokens[i].key == "both" { start = i } else {
            guard i > sentence.lowerBound, ["the", "all"].contains(tokens[i - 1].key) else { return nil }
            start = i - 1
        }
        // "All three are fighting …": the number alone, as a subject. (Not "the two", which as
        // often stands for two people.)
        if (sizes[tokens[i].key] ?? 0) >= 3, i + 1 < sentence.upperBound, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized, !covered[i + 1],
           bareSubjectFollowers.contains(tokens[i + 1]) || (tokens[i + 1].key.hasSuffix("ed") && tokens[i + 1].key.count > 4) {
            return (i + 1, start)
        }
        // "The three, which formed the AES in 2023, …": set off before a relative clause.
        if (sizes[tokens[i].key] ?? 0) >= 3, i + 2 < sentence.upperBound, tokens[i + 1].text == ",", ["which", "who"].contains(tokens[i + 2].key) {
            return (i + 1, start)
        }
        var j = i + 1
        // Up to three modifiers: "Sahelian", "military-ruled", "neighbouring".
        while j < min(sentence.upperBound, i + 5), !groupNouns.contains(tokens[j]) {
            guard tokens[j].kind == .word || tokens[j].text == "-", !covered[j] || tokens[j].isCapitalized else { return nil }
            j += 1
        }
        guard j < sentence.upperBound, groupNouns.contains(tokens[j]), !covered[j] else { return nil }
        // "the three countries' juntas" is still the three countries.
        return (j + 1, start)
    }

    /// Words that show a bare "all three" or "the three" is a subject: an auxiliary or a verb.
    static let bareSubjectFollowers: WordSet = ["are", "were", "have", "had", "is", "was", "now", "also", "still", "say", "said", "accuse", "face", "share", "left", "joined", "signed", "broke", "quit", "will", "would", "must"]

    /// The latest list of exactly `size` different states named before `token`, coordinated
    /// ("Mali, Burkina Faso and Niger", "Mali and Niger"), from `floor` on.
    static func latestList(of size: Int, before token: Int, states: [Mention], tokens: TokenList, floor: Int) -> [Int]? {
        let candidates = states.filter { $0.end <= token && $0.start >= floor }
        var k = candidates.count - 1
        while k >= 0 {
            // The run that ends at candidate k.
            var run = [candidates[k]]
            var j = k - 1
            while j >= 0, candidates[j].end <= run[0].start {
                let gap = tokens[candidates[j].end..<run[0].start]
                guard !gap.isEmpty, gap.count <= 3, gap.allSatisfy({ $0.key == "and" || $0.text == "," || $0.kind == .possessive }) else { break }
                run.insert(candidates[j], at: 0)
                j -= 1
            }
            var members: [Int] = []
            for m in run where !members.contains(m.entity) { members.append(m.entity) }
            if members.count == size { return members }
            k = j
        }
        return nil
    }

    /// "Goïta chairs the AES … The three juntas left ECOWAS": the members of the latest alliance
    /// named before the phrase of which the lexicon lists `size` members and the document names
    /// each. In a report about a bloc, "the three governments" far from any list are its
    /// members; and an alliance named in passing is skipped ("The AES passport replaced the
    /// ECOWAS one the day the three states' exit took effect": ECOWAS has fifteen).
    /// - Complexity: O(m + a·e): m the document's mentions, each of its a alliances tried once
    ///   against its e entities.
    static func recentAllianceMembers(of size: Int, before token: Int, finder: MentionFinder) -> [Int]? {
        var tried = Set<Int>()
        for alliance in finder.mentions.reversed() where alliance.end <= token && finder.entities[alliance.entity].type == .alliance
            && tried.insert(alliance.entity).inserted {
            if let (listed, members) = namedMembers(of: alliance.entity, finder: finder), listed == size, members.count == size { return members }
        }
        return nil
    }

    /// "The three countries, which formed a confederation called the AES": the members of an
    /// alliance the phrase's own sentence names after it, when the lexicon lists `size` of them
    /// and the document names them all.
    static func allianceMembers(of size: Int, namedAfter token: Int, in sentence: Range<Int>, finder: MentionFinder) -> [Int]? {
        guard let alliance = finder.mentions.first(where: { $0.start >= token && $0.end <= sentence.upperBound && finder.entities[$0.entity].type == .alliance }),
              let (listed, members) = namedMembers(of: alliance.entity, finder: finder), listed == size, members.count == size else { return nil }
        return members
    }

    /// The member states the lexicon lists for an alliance entity (how many it lists), and those
    /// of them the document names (entity indices).
    static func namedMembers(of alliance: Int, finder: MentionFinder) -> (listed: Int, named: [Int])? {
        guard let entry = finder.entities[alliance].lexiconEntry, let listed = finder.lexicon.entries[entry].members else { return nil }
        let names = Set(listed.map(NameKey.folded))
        let named = finder.entities.indices.filter {
            finder.entities[$0].type == .state && finder.entities[$0].mentions > 0 && names.contains(NameKey.folded(finder.entities[$0].name))
        }
        return (listed.count, named)
    }

    /// The states of the sentence before `s` when it names exactly `size` of them and no
    /// coordinated list did: "Niger and Burkina Faso said they would follow Mali … the three
    /// countries".
    static func previousSentenceStates(of size: Int, sentence s: Int, states: [Mention], sentences: [Range<Int>]) -> [Int]? {
        guard s > 0 else { return nil }
        var members: [Int] = []
        for m in states where sentences[s - 1].contains(m.start) && !members.contains(m.entity) { members.append(m.entity) }
        return members.count == size ? members : nil
    }

    /// "The junta … has moved closer to Mali and Burkina Faso. In September the three countries
    /// …": the state that opens the sentence before, with the list of states it is drawn to,
    /// joined with or fights alongside, when they make `size`.
    static func subjectAndPartners(of size: Int, sentence s: Int, states: [Mention], tokens: TokenList, sentences: [Range<Int>]) -> [Int]? {
        guard s > 0, size >= 3 else { return nil }
        let previous = sentences[s - 1]
        let inSentence = states.filter { previous.contains($0.start) }
        guard let subject = inSentence.first, subject.start <= previous.lowerBound + 1,
              let partners = latestList(of: size - 1, before: previous.upperBound, states: inSentence, tokens: tokens, floor: subject.end),
              !partners.contains(subject.entity),
              let first = inSentence.first(where: { $0.entity == partners[0] && $0.start > subject.end }),
              ["to", "with", "alongside"].contains(tokens[first.start - 1].key) else { return nil }
        return [subject.entity] + partners
    }

    /// The states of a coordinated list that opens `sentence` as its subject ("Mali, Burkina Faso
    /// and Niger are …"), when a lower-case word (a verb) follows it.
    /// - Complexity: O(k), k the states of the list: `states` starts at the sentence's first.
    static func subjectList(opening sentence: Range<Int>, states: ArraySlice<Mention>, tokens: TokenList) -> [Int]? {
        guard let first = states.first, first.start == sentence.lowerBound, first.kind == .name else { return nil }
        var members = [first.entity]
        var end = first.end
        for m in states.dropFirst() {
            guard m.start < sentence.upperBound else { break }
            guard m.start >= end else { continue }
            let gap = tokens[end..<m.start]
            guard gap.count <= 2, gap.allSatisfy({ $0.key == "and" || $0.text == "," }), m.kind == .name else { break }
            if !members.contains(m.entity) { members.append(m.entity) }
            end = m.end
            if gap.contains(where: { $0.key == "and" }) { break }
        }
        guard members.count >= 2, end < sentence.upperBound, tokens[end - 1].key != "and", tokens[end].kind == .word, !tokens[end].isCapitalized else { return nil }
        return members
    }

    /// "they" begins its clause: at the start of the sentence, after a short opening phrase ("In
    /// January they …"), or after "that" ("announced that they were quitting").
    static func opensClause(_ i: Int, sentence: Range<Int>, tokens: TokenList, covered: [Bool]) -> Bool {
        if i == sentence.lowerBound { return true }
        if ["that", ","].contains(tokens[i - 1].key) || tokens[i - 1].text == "," { return true }
        let opening = tokens[sentence.lowerBound..<i]
        return opening.count <= 4 && !(sentence.lowerBound..<i).contains { covered[$0] } && opening.first.map { ["in", "on", "last", "this", "since", "after", "before", "by", "then", "now", "later"].contains($0.key) } == true
    }
}
