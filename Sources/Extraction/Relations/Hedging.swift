/// Decides whether a stretch of a sentence states a fact, or hedges or denies it.
///
/// Negation ("not", "no", "never", "denied", "no evidence that", "stopped short of") and modal
/// hedges ("could", "might", "may", "reportedly plans") between the subject and the object, or
/// just before the trigger, keep a relation out of the default graph. "would" in reported speech ("announced
/// they would follow") and "said to" are not hedges: the gold annotations of the seed corpus,
/// like most analysts, read them as statements.
enum Hedging {
    static let negations: WordSet = ["not", "no", "never", "neither", "nor", "denied", "denies", "deny", "dont", "didnt", "doesnt", "wont", "cannot", "cant", "without", "rejected", "rejects", "reject", "rejecting", "denying", "refused", "refuses", "refusing"]
    static let modals: WordSet = ["could", "might", "may", "possibility", "possible", "potential", "plans", "plan", "planned", "considering", "considered", "seeking", "threatened", "threatens", "if", "whether", "rumored", "rumoured", "unverified",  "propose", "proposed", "ultimatum", "questions", "fate", "concerns", "concern", "urging", "any", "capable", "able", "would-be"]

    /// Verbs that deny a claim named after them ("dismissed the claims that …").
    static let dismissals: WordSet = ["dismissed", "dismisses", "dismissing", "dismiss"]
    /// Nouns that report a claim without stating it ("the assertion that …").
    static let allegations: WordSet = ["assertion", "assertions", "allegation", "allegations"]
    /// What a denial dismisses: the allegations and other claims.
    static let claimNouns: WordSet = allegations.union(["claim", "claims", "suggestion", "suggestions", "reports"])

    /// "May 3", "3 May", "in May 2024": the month, not the modal verb.
    static func isMonth(_ tokens: TokenList, _ i: Int) -> Bool {
        guard tokens[i].key == "may", tokens[i].isCapitalized else { return false }
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let previous = i > 0 ? tokens[i - 1] : nil
        return next?.kind == .number || previous?.kind == .number || ["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this"].contains(previous?.key ?? "")
    }

    /// The modality of a relation whose words span `range` of the tokens; `cues` are the
    /// tokens' ``Cue``s, so that only the words marked ``Cue/hedge`` are looked at.
    static func modality(_ tokens: TokenList, cues: [Cue], in range: Range<Int>) -> (negated: Bool, hedged: Bool) {
        var negated = false, hedged = false
        for i in range where cues[i].contains(.hedge) {
            // Inside a name: "Socialist Party Without Borders".
            if tokens[i].isCapitalized, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized { continue }
            // "The AU, whose charter rejects coups, suspended Niger": a relative clause set off
            // by commas inside the span qualifies a name; its negation is not the relation's.
            if isInsideRelative(tokens, i, in: range) { continue }
            let k = tokens[i].key
            if negations.contains(k) { negated = true }
            if k == "evidence", i > 0, tokens[i - 1].key == "no" { negated = true }
            if modals.contains(k), !isMonth(tokens, i) { hedged = true }
            if k == "unclear" || k == "clear", i + 1 < tokens.count, ["whether", "if"].contains(tokens[i + 1].key) { hedged = true }
            // "officials dismissed the group's assertion that …": a claim dismissed is denied.
            // ("Traoré dismissed the prime minister" is an act, not a denial.)
            if dismissals.contains(k), ((i + 1)..<min(tokens.count, i + 6)).contains(where: { claimNouns.contains(tokens[$0]) }) { negated = true }
            // "the group's assertion that its fighters had taken the base": alleged, not stated.
            if allegations.contains(k), i + 1 < tokens.count, tokens[i + 1].key == "that" { hedged = true }
            // "have stopped short of leaving WAEMU": the step was not taken.
            if k == "short", i > 0, i + 1 < tokens.count, tokens[i + 1].key == "of", ["stopped", "stop", "stops", "stopping"].contains(tokens[i - 1].key) { negated = true }
        }
        return (negated, hedged)
    }

    /// True when token `i` stands in a relative clause (", which …,", ", who …,", ", whose …,")
    /// that both opens and closes inside `range`, with words of the range after it.
    /// - Complexity: O(*n*) in the tokens of `range`; run only for hedge words.
    static func isInsideRelative(_ tokens: TokenList, _ i: Int, in range: Range<Int>) -> Bool {
        guard let open = (range.lowerBound..<i).last(where: { tokens[$0].text == "," }), open + 1 < i,
              ["which", "who", "whose"].contains(tokens[open + 1].key),
              let close = ((i + 1)..<range.upperBound).first(where: { tokens[$0].text == "," }) else { return false }
        return close + 1 < range.upperBound
    }
}
