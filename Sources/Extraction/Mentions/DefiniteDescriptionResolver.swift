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
    static let nameHeads: Set<String> = ["mission", "operation", "commission", "council", "committee", "corps", "ministry", "command",
                                         "agency", "guard", "front", "movement", "force", "coalition", "framework", "group"]
    /// Nouns any alliance goes by.
    static let allianceNouns: Set<String> = ["bloc", "alliance", "confederation", "grouping", "union", "community"]
    static let reach = 8

    static func resolve(_ finder: inout MentionFinder, tokens: [Token], sentences: [Range<Int>]) {
        var covered = Array(repeating: false, count: tokens.count + 1)
        for m in finder.mentions { for i in m.range where i < tokens.count { covered[i] = true } }
        let bodies: Set<EntityType> = [.organization, .militaryUnit, .alliance, .armedGroup]
        // The words of each body's name and aliases, folded, looked up once.
        var nameWords: [Int: Set<String>] = [:]
        for (e, entity) in finder.entities.enumerated() where bodies.contains(entity.type) {
            var words = Set<String>()
            // The lexicon's forms too: "MINUSMA" is the United Nations … Mission in Mali.
            let known = entity.lexiconEntry.map { [finder.lexicon.entries[$0].name] + (finder.lexicon.entries[$0].aliases ?? []) } ?? []
            for form in [entity.name] + entity.aliases + known {
                for w in NameKey.folded(form).split(whereSeparator: { !$0.isLetter }) { words.insert(String(w)) }
            }
            nameWords[e] = words
        }
        guard !nameWords.isEmpty else { return }
        let named = finder.mentions.filter { nameWords[$0.entity] != nil && $0.kind == .name }
        var added: [(Int, Int)] = []
        for (s, sentence) in sentences.enumerated() {
            for i in sentence where !covered[i] && tokens[i].kind == .word {
                let key = tokens[i].key
                let isAllianceNoun = allianceNouns.contains(key)
                guard nameHeads.contains(key) || isAllianceNoun, !tokens[i].isCapitalized || i == sentence.lowerBound else { continue }
                // "the (UN | regional | peacekeeping) mission", up to two words between.
                // "the 15-member bloc": numbers and hyphens may stand between too.
                guard let the = (max(sentence.lowerBound, i - 4)..<i).last(where: { ["the", "its", "this"].contains(tokens[$0].key) }),
                      ((the + 1)..<i).allSatisfy({ (tokens[$0].kind == .word && !nameHeads.contains(tokens[$0].key)) || tokens[$0].kind == .number || tokens[$0].text == "-" })
                else { continue }
                // "the mission of …", "the council's decision" is fine; "the mission in Mali" is fine.
                if i + 1 < sentence.upperBound, tokens[i + 1].key == "of" { continue }
                let floor = sentences[max(0, s - reach)].lowerBound
                // A body whose name carries the noun first ("the alliance" after the Alliance of
                // Sahel States, even with ECOWAS named since), else the latest alliance.
                let earlier = named.filter { $0.end <= the && $0.start >= floor }
                let fallback: EntityType? = isAllianceNoun ? .alliance : (key == "group" ? .armedGroup : nil)
                let antecedent = earlier.last { nameWords[$0.entity]?.contains(key) == true }
                    ?? fallback.flatMap { type in earlier.last { finder.entities[$0.entity].type == type } }
                if let antecedent { added.append((i, antecedent.entity)) }
            }
        }
        guard !added.isEmpty else { return }
        for (i, entity) in added { finder.addResolved(i..<(i + 1), entity: entity, kind: .nominal) }
        finder.sortMentions()
    }
}
