import NewsGraph

/// Resolves a description that a text first sets off after a name to that name when it comes
/// back on its own: "France, the former colonial power, …" then "the former colonial power
/// withdrew"; "Wagner, the Russian mercenary group, …" then "the mercenary group".
///
/// The description is learned only from an apposition (a name, a comma, "the", two to four
/// lower-case words, then a comma or the end of the sentence), and matched on its last two
/// words, so that a shorter later form still finds it; the latest apposition wins.
enum AppositiveDescriptionResolver {
    static func resolve(_ finder: inout MentionFinder, tokens: TokenList, cues: [Cue], sentences: [Range<Int>]) {
        let covered = finder.coveredTokens()
        var nameEndingAt: [Int: Int] = [:]
        let actors: EntityTypes = [.state, .organization, .alliance, .armedGroup, .militaryUnit, .person]
        for m in finder.mentions where m.kind == .name && actors.contains(finder.entities[m.entity].type) { nameEndingAt[m.end] = m.entity }
        var learned: [[String]: Int] = [:]
        var added: [(Range<Int>, Int)] = []
        for sentence in sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                guard cues[i].contains(.determiner), tokens[i].key == "the", !covered[i] else { continue }
                var j = i + 1
                while j < sentence.upperBound, j - i <= 4, tokens[j].kind == .word, !tokens[j].isCapitalized, !covered[j] { j += 1 }
                guard j - i >= 3 else { continue }
                // Learned: "X, the former colonial power," (or at the sentence's end).
                if i >= sentence.lowerBound + 2, tokens[i - 1].text == ",", let entity = nameEndingAt[i - 1],
                   j == sentence.upperBound || [",", ".", ")"].contains(tokens[j].text) {
                    learned[[tokens[j - 2].key, tokens[j - 1].key]] = entity
                    i = j - 1
                    continue
                }
                // Used: the longest run of the words that ends in a learned description.
                guard !learned.isEmpty, let end = stride(from: j, through: i + 3, by: -1).first(where: { learned[[tokens[$0 - 2].key, tokens[$0 - 1].key]] != nil }),
                      let entity = learned[[tokens[end - 2].key, tokens[end - 1].key]] else { continue }
                added.append((i..<end, entity))
                i = end - 1
            }
        }
        guard !added.isEmpty else { return }
        for (range, entity) in added { finder.addResolved(range, entity: entity, kind: .nominal) }
        finder.sortMentions()
    }
}
