/// What one dictionary probe tells of a word: its number among the lexicon's name keys (for
/// ``NameIndex`` matching) and its ``Cue``s (for the resolvers and relation rules).
///
/// Hashing each token's key was the largest single cost of extraction; asking one table for
/// both answers halves it.
struct WordCodes: Sendable {
    struct Code: Sendable {
        var keyNumber: Int32 = -1
        var cues: Cue = []
    }

    private var table = WordTable<Code>([])

    init() {}

    init(index: NameIndex) {
        var codes: [String: Code] = [:]
        for (key, number) in index.numberedKeys { codes[key, default: Code()].keyNumber = number }
        for (word, cues) in Cue.wordTable { codes[word, default: Code()].cues = cues }
        table = WordTable(codes.map { ($0.key, $0.value) })
    }

    /// Each token's key number (-1 for punctuation and for keys no name has) and cues (words
    /// only; punctuation by its text).
    ///
    /// - Complexity: O(*n*), one table probe per word, number or possessive, with the hash the
    ///   tokenizer computed.
    func codes(_ tokens: TokenList) -> (keyNumbers: [Int32], cues: [Cue]) {
        var keyNumbers = [Int32](repeating: -1, count: tokens.count)
        var cues = [Cue](repeating: [], count: tokens.count)
        // (By position, so that each token is read where it lies rather than copied out.)
        for i in tokens.indices {
            if tokens[i].kind == .punctuation {
                if Cue.clauseBoundaries.contains(tokens[i].text) { cues[i] = .clauseBoundary }
                continue
            }
            guard let code = table[tokens[i]] else { continue }
            keyNumbers[i] = code.keyNumber
            if tokens[i].kind == .word { cues[i] = code.cues }
        }
        return (keyNumbers, cues)
    }
}
