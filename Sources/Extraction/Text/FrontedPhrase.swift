/// A participle phrase that opens a clause before its subject: "Having expelled French troops,
/// the junta turned to Russia", "After signing the accord, Mali …", "Backed by Russian
/// mercenaries, the army retook Kidal".
///
/// Its verb has the main clause's subject for its own, and the names inside it are never the
/// subject of the main clause's verb ("French troops" did not turn to Russia).
enum FrontedPhrase {
    /// The comma that closes a participle phrase opening `clause`, or nil when the clause opens
    /// otherwise.
    ///
    /// A phrase that holds a list with commas ("Having expelled French, German and Italian
    /// troops, …") is read up to its first comma: such phrases are rare and the loss is a
    /// relation, never a wrong subject.
    /// - Complexity: O(*n*) in the phrase's length, at most ``maximumLength`` tokens.
    static func end(in clause: Range<Int>, tokens: TokenList) -> Int? {
        let first = clause.lowerBound
        guard first + 2 < clause.upperBound, tokens[first].kind == .word, tokens[first + 1].kind == .word else { return nil }
        let next = tokens[first + 1]
        let opens: Bool
        switch tokens[first].key {
        case "having":
            // "Having expelled …", "Having been ousted …".
            opens = !next.isCapitalized
        case "after", "before", "since", "while", "upon", "on", "by", "despite", "without", "when":
            // "After expelling …": a preposition before a verb's -ing form.
            opens = next.kind == .word && next.key.count >= 6 && next.key.hasSuffix("ing") && !nounsInIng.contains(next)
        default:
            // "Citing security concerns, …" or "Backed by Russia, …": a bare participle.
            opens = isIngForm(tokens[first]) || (tokens[first].key.hasSuffix("ed") && tokens[first].key.count >= 5 && ["by", "with"].contains(next.key))
        }
        guard opens else { return nil }
        let limit = min(clause.upperBound, first + maximumLength)
        return ((first + 2)..<limit).first { tokens[$0].text == "," }
    }

    /// The longest phrase read as fronted; a longer one is more likely a clause of its own.
    static let maximumLength = 25

    /// A verb's -ing form opening a sentence: not a preposition ("During …") nor a noun
    /// ("Fighting in Kidal killed …").
    static func isIngForm(_ token: Token) -> Bool {
        token.kind == .word && token.key.count >= 6 && token.key.hasSuffix("ing") && !nounsInIng.contains(token) && !openersInIng.contains(token)
    }

    /// Nouns ending in "-ing", never a participle after "after" or "since".
    static let nounsInIng: WordSet = ["morning", "evening", "meeting", "meetings", "nothing", "something", "anything", "everything",
                                      "things", "spring", "beijing", "beginning", "ending", "uprising", "ruling", "building", "bombings", "killings"]

    /// "-ing" words that open a sentence as a preposition or as the subject's noun.
    static let openersInIng: WordSet = ["during", "according", "following", "including", "regarding", "concerning", "notwithstanding",
                                        "pending", "barring", "starting", "fighting", "training", "funding", "bombing", "killing", "shooting",
                                        "sitting", "landing", "mining", "recruiting", "kidnapping", "kidnappings", "looting", "shelling"]
}
