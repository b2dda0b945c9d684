import NewsGraph

/// Resolves a definite description to the body it names again by its head noun, the way a
/// report shortens a name on second mention: "the United Nations mission in Mali … the
/// mission", "Operation Barkhane … the operation", "ECOWAS … the regional bloc".
///
/// Only the nearest earlier body whose own name carries the head noun (or, for the words a
/// report uses for any alliance, the nearest alliance) within ``reach`` sentences is taken;
/// a description that goes on to say which body it means ("the mission of …") is left alone.
enum DefiniteDescriptionResolver {
    /// Head nouns matched against the words of a body's name.
    static let nameHeads: WordSet = ["mission", "operation", "commission", "council", "committee", "corps", "ministry", "command",
                                         "agency", "guard", "front", "movement", "force", "coalition", "framework", "group", "unit",
                                         "collective", "association"]
    /// Nouns any alliance goes by.
    static let allianceNouns: WordSet = ["bloc", "alliance", "confederation", "grouping", "union", "community"]
    static let reach = 8

    static func resolve(_ finder: inout MentionFinder, tokens: TokenList, cues: [Cue], sentences: [Range<Int>]) {
        // "That group, led by …": a demonstrative "that" right before the noun, opening the
        // sentence or a clause (elsewhere "that" is mostly a conjunction: "said that group …").
        func opensWithThat(_ j: Int, before i: Int, in sentence: Range<Int>) -> Bool {
            tokens[j].key == "that" && j == i - 1 && (j == sentence.lowerBound || tokens[j - 1].kind == .punctuation)
        }
        guard cues.contains(where: { $0.contains(.descriptionHead) }) else { return }
        let covered = finder.coveredTokens()
        // The head nouns that may start a description, found first: most texts have few.
        var candidates: [(token: Int, the: Int, sentence: Int)] = []
        for (s, sentence) in sentences.enumerated() {
            for i in sentence where cues[i].contains(.descriptionHead) && !covered[i] {
                guard !tokens[i].isCapitalized || i == sentence.lowerBound else { continue }
                // "the (UN | regional | 15-member) mission": up to three words, numbers or hyphens between.
                guard let the = (max(sentence.lowerBound, i - 4)..<i).last(where: { ["the", "its", "this"].contains(tokens[$0].key) || opensWithThat($0, before: i, in: sentence) }),
                      ((the + 1)..<i).allSatisfy({ (tokens[$0].kind == .word && !nameHeads.contains(tokens[$0])) || tokens[$0].kind == .number || tokens[$0].text == "-" })
                else { continue }
                // "the mission of …" says which mission it means.
                if i + 1 < sentence.upperBound, tokens[i + 1].key == "of" { continue }
                // "the task force known as Takuba" is named right there.
                if i + 1 < sentence.upperBound, ["known", "called", "dubbed", "named"].contains(tokens[i + 1].key) { continue }
                candidates.append((i, the, s))
            }
        }
        guard !candidates.isEmpty else { return }
        let bodies: EntityTypes = [.organization, .militaryUnit, .alliance, .armedGroup]
        let named = finder.mentions.filter { bodies.contains(finder.entities[$0.entity].type) && $0.kind == .name }
        guard !named.isEmpty else { return }
        // The words of a body's names (its own and the lexicon's), lower-cased, on first need.
        var nameWords: [Int: Set<String>] = [:]
        func words(of e: Int) -> Set<String> {
            if let known = nameWords[e] { return known }
            let entity = finder.entities[e]
            let lexiconForms = entity.lexiconEntry.map { [finder.lexicon.entries[$0].name] + (finder.lexicon.entries[$0].aliases ?? []) } ?? []
            var found = Set<String>()
            for form in [entity.name] + entity.aliases + lexiconForms {
                for w in form.lowercased().split(whereSeparator: { !$0.isLetter }) { found.insert(String(w)) }
            }
            nameWords[e] = found
            return found
        }
        var added: [(Int, Int)] = []
        for (i, the, s) in candidates {
            let key = tokens[i].key
            let floor = sentences[max(0, s - reach)].lowerBound
            let earlier = named.filter { $0.end <= the && $0.start >= floor }
            // A body whose name carries the noun first ("the alliance" after the Alliance of
            // Sahel States, even with ECOWAS named since), else the latest alliance (or armed
            // group, for "the group").
            // ("the Russian unit" after Africa Corps: the latest military unit.)
            let fallback: EntityType? = allianceNouns.contains(key) ? .alliance : key == "group" ? .armedGroup : ["unit", "force"].contains(key) ? .militaryUnit : nil
            // ("the paramilitary group" is the latest armed group, not an earlier one whose
            // long name happens to hold "Group".)
            // ("the Rwandan force" is no force the lexicon gives another owner: a state named in
            // the description must be the unit's.)
            let owner = finder.mentions.first { $0.start > the && $0.end <= i && finder.entities[$0.entity].type == .state }.map { finder.entities[$0.entity].name }
            func owned(_ m: Mention) -> Bool {
                guard let owner, finder.entities[m.entity].type == .militaryUnit else { return true }
                return finder.entities[m.entity].lexiconEntry.flatMap { finder.lexicon.entries[$0].parent } == owner
            }
            let latestOfType = fallback.flatMap { type in earlier.last { finder.entities[$0.entity].type == type && owned($0) && !finder.isApposedPossessor($0) && !finder.isInsideApposition($0) } }
            let antecedent = key == "group" ? latestOfType ?? earlier.last { words(of: $0.entity).contains(key) }
                : earlier.last { words(of: $0.entity).contains(key) } ?? latestOfType
            if let antecedent { added.append((i, antecedent.entity)) }
        }
        guard !added.isEmpty else { return }
        for (i, entity) in added { finder.addResolved(i..<(i + 1), entity: entity, kind: .nominal) }
        finder.sortMentions()
    }
}
