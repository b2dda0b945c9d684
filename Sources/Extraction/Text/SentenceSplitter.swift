/// Splits a token stream into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when the
/// next token starts a new sentence, unless the period closes an abbreviation ("Gen.", "Col.",
/// "Jan.", "St.") or an initial ("J. Smith"). A blank line always ends one, and so does a line
/// break after a line that ends without punctuation but is followed by a capitalized line (a
/// headline or a dateline). Dotted acronyms ("U.S.") are single tokens and never end one by
/// themselves.
enum SentenceSplitter {
    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: WordSet = [
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig", "cdr", "gov", "sen", "rep",
        "amb", "pres", "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "no", "vol", "vs", "etc", "inc", "ltd",
        "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "dept", "est", "approx", "fig", "jr", "sr", "rev", "hon", "pvt", "cpl", "gens",
    ]

    /// Token index ranges, one per sentence, covering every token.
    static func split(_ tokens: TokenList) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i > start, t.lineBreakBefore, endsAtLineBreak(tokens, before: i) {
                sentences.append(start..<i)
                start = i
            }
            if t.kind == .punctuation, t.text == "." || t.text == "!" || t.text == "?" {
                var end = i + 1
                while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].spaceBefore,
                      ["\"", "'", ")", "]"].contains(tokens[end].text) { end += 1 }
                if isBoundary(tokens, period: i, next: end) {
                    sentences.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences.flatMap(capped)
    }

    /// The most tokens one sentence may have. Real sentences have tens; a run of text without
    /// sentence punctuation (a 10 MB line, a table dump) is cut into pieces of this size so that
    /// the per-sentence stages, some quadratic in the sentence's length, stay bounded.
    static let maximumTokens = 256

    private static func capped(_ sentence: Range<Int>) -> [Range<Int>] {
        guard sentence.count > maximumTokens else { return [sentence] }
        return stride(from: sentence.lowerBound, to: sentence.upperBound, by: maximumTokens).map {
            $0..<min($0 + maximumTokens, sentence.upperBound)
        }
    }

    private static func isBoundary(_ tokens: TokenList, period: Int, next: Int) -> Bool {
        guard next < tokens.count else { return true }
        let nextToken = tokens[next]
        if tokens[period].text != "." { return nextToken.spaceBefore || nextToken.lineBreakBefore }
        guard nextToken.spaceBefore || nextToken.lineBreakBefore else { return false }
        if period > 0 {
            let previous = tokens[period - 1]
            if previous.kind == .word {
                if abbreviations.contains(previous) && previous.end == tokens[period].start { return false }
                // An initial: one capital letter before the period, a capitalized word after.
                if previous.text.unicodeScalars.count == 1, previous.isCapitalized, nextToken.isCapitalized,
                   !nextToken.lineBreakBefore { return false }
            }
        }
        if nextToken.lineBreakBefore { return true }
        return nextToken.isCapitalized || nextToken.kind == .number || nextToken.kind == .punctuation
    }

    /// At a line break with no sentence punctuation before it: the previous line ended a unit
    /// (a headline, a dateline, a list item) unless the text just wraps mid-sentence.
    private static func endsAtLineBreak(_ tokens: TokenList, before i: Int) -> Bool {
        let previous = tokens[i - 1]
        if previous.kind == .punctuation, [".", "!", "?", "\"", "'", ")"].contains(previous.text) { return false }
        // A wrapped line continues with a lower-case word after a word or a comma.
        if tokens[i].kind == .word, !tokens[i].isCapitalized { return false }
        return true
    }
}
