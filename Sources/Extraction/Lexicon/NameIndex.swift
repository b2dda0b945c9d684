import NewsGraph

/// Every surface form of every lexicon entry, keyed by its first token for longest-match
/// lookup over a token stream.
struct NameIndex: Sendable {
    enum FormKind: UInt8, Sendable, Comparable {
        case name, alias, demonym
        static func < (a: FormKind, b: FormKind) -> Bool { a.rawValue < b.rawValue }
    }

    /// A class, not a struct: a match walks many forms, and copying a struct of three arrays
    /// for each was most of the cost of looking names up.
    final class Form: Sendable {
        /// Token keys as ``NameIndex`` key numbers, hyphens left out.
        let keys: [Int32]
        /// For case-sensitive forms, the exact token texts.
        let exact: [String]?
        /// True when the form itself starts with a lower-case letter ("al-Qaeda"): any case matches.
        let lowercaseStart: Bool
        /// Which tokens are capitalized in the form: they must be capitalized in the text too, so
        /// "the US army" is not the lexicon's "US Army".
        let capitalized: [Bool]
        let entry: Int
        let kind: FormKind
        let type: EntityType
        /// Other entries spelled the same way ("Congo" for both Congos), in lexicon order: a
        /// document that has named one of them by another form means that one.
        let alternatives: [Int]

        init(keys: [Int32], exact: [String]?, lowercaseStart: Bool, capitalized: [Bool], entry: Int, kind: FormKind, type: EntityType, alternatives: [Int] = []) {
            self.keys = keys
            self.exact = exact
            self.lowercaseStart = lowercaseStart
            self.capitalized = capitalized
            self.entry = entry
            self.kind = kind
            self.type = type
            self.alternatives = alternatives
        }

        /// A lower-case word can start it: the form starts in lower case, or is matched exactly.
        var acceptsLowercaseStart: Bool { exact != nil || lowercaseStart }
    }

    /// Every key of every form, numbered: a document's tokens are looked up once
    /// (``WordCodes``), and matching a form then compares numbers, not strings.
    private var keyNumbers: [String: Int32] = [:]
    /// The forms that start with one key, longest first, set apart by their second key: a
    /// common first word ("US", "Russian", "al") starts dozens of forms, and one probe leaves
    /// only those that can match.
    /// (A class: a lookup takes one reference to it, where a struct's two tables were each
    /// retained and released for every capitalized word.)
    final class Starting: Sendable {
        let bySecondKey: [Int32: [Form]]
        /// Forms of one key.
        let single: [Form]

        init(_ sorted: [Form]) {
            var bySecondKey: [Int32: [Form]] = [:]
            var single: [Form] = []
            for form in sorted {
                if form.keys.count > 1 { bySecondKey[form.keys[1], default: []].append(form) } else { single.append(form) }
            }
            self.bySecondKey = bySecondKey
            self.single = single
        }
    }

    /// Forms by the number of their first key.
    private var forms: [Starting] = []
    /// The same, keeping only the forms a lower-case word can start: most words are lower case
    /// and start no name, and this table answers them with a miss.
    private var lowercaseForms: [Starting] = []

    init() {}

    init(entries: [LexiconEntry]) {
        var sorted: [[Form]] = []
        func number(_ key: String) -> Int32 {
            if let n = keyNumbers[key] { return n }
            let n = Int32(keyNumbers.count)
            keyNumbers[key] = n
            sorted.append([])
            return n
        }
        typealias Spec = (tokens: [Token], keys: [Int32], caseSensitive: Bool, entry: Int, kind: FormKind, type: EntityType)
        var specs: [Spec] = []
        func add(_ text: String, _ entry: Int, _ kind: FormKind, caseSensitive: Bool, type: EntityType) {
            let tokens = Tokenizer.tokenize(NormalizedText(text)).filter { $0.kind != .punctuation || $0.text != "-" }
                .filter { $0.kind == .word || $0.kind == .number || $0.kind == .possessive }
            guard !tokens.isEmpty else { return }
            specs.append((tokens, tokens.map { number($0.key) }, caseSensitive, entry, kind, type))
        }
        for (i, entry) in entries.enumerated() {
            add(entry.name, i, .name, caseSensitive: false, type: entry.type)
            for alias in entry.aliases ?? [] { add(alias, i, .alias, caseSensitive: Self.looksCaseSensitive(alias), type: entry.type) }
            for alias in entry.caseSensitiveAliases ?? [] { add(alias, i, .alias, caseSensitive: true, type: entry.type) }
            for demonym in entry.demonyms ?? [] { add(demonym, i, .demonym, caseSensitive: false, type: entry.type) }
        }
        // Entries of one type that share a spelling know of each other.
        var spellers: [[Int32]: [Int]] = [:]
        for spec in specs where !(spellers[spec.keys]?.contains(spec.entry) ?? false) { spellers[spec.keys, default: []].append(spec.entry) }
        for spec in specs {
            let first = spec.tokens[0]
            let others = (spellers[spec.keys] ?? []).filter { $0 != spec.entry && entries[$0].type == spec.type }
            let form = Form(keys: spec.keys, exact: spec.caseSensitive ? spec.tokens.map(\.text) : nil,
                            lowercaseStart: !first.isCapitalized && first.kind == .word,
                            capitalized: spec.tokens.map(\.isCapitalized),
                            entry: spec.entry, kind: spec.kind, type: spec.type, alternatives: others)
            sorted[Int(form.keys[0])].append(form)
        }
        // Longest first, then by kind and type; among equals, the lexicon's order.
        for k in sorted.indices {
            sorted[k].sort { ($0.keys.count, Self.rank($0), -$0.entry) > ($1.keys.count, Self.rank($1), -$1.entry) }
        }
        forms = sorted.map(Starting.init)
        lowercaseForms = sorted.map { Starting($0.filter(\.acceptsLowercaseStart)) }
    }

    /// Every key of every form with its number (``WordCodes`` looks tokens up in it).
    var numberedKeys: [String: Int32] { keyNumbers }

    /// Short all-capital forms ("US", "IS", "AU") are names only in capitals.
    /// - Complexity: O(1) for most aliases: it stops at the fourth letter or the first lower-case one.
    private static func looksCaseSensitive(_ alias: String) -> Bool {
        var letters = 0
        for scalar in alias.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            guard letters <= 3, scalar.properties.isUppercase else { return false }
        }
        return true
    }

    /// Preference among forms of equal length: names over aliases over demonyms, then the
    /// types that act over the types that are places.
    private static func rank(_ form: Form) -> Int {
        let kind = 3 - Int(form.kind.rawValue)
        let typeRank: Int
        switch form.type {
        case .state: typeRank = 9
        case .alliance: typeRank = 8
        case .organization: typeRank = 7
        case .militaryUnit: typeRank = 6
        case .armedGroup: typeRank = 5
        case .media: typeRank = 4
        case .city: typeRank = 3
        case .base: typeRank = 2
        case .region: typeRank = 1
        default: typeRank = 0
        }
        return kind * 10 + typeRank
    }

    /// The longest form matching the tokens from `start` (hyphen tokens skipped), and the token
    /// index one past it. `keys` are the tokens' key numbers (``WordCodes``).
    func longestMatch(_ tokens: TokenList, keys: [Int32], from start: Int, limit: Int) -> (form: Form, end: Int)? {
        guard start < limit, keys[start] >= 0 else { return nil }
        // A form in capitals ("Niger") is not met by a lower-case word ("niger").
        let starting = tokens[start].isCapitalized ? forms[Int(keys[start])] : lowercaseForms[Int(keys[start])]
        var second = start + 1
        while second < limit, tokens[second].kind == .punctuation, tokens[second].text == "-" { second += 1 }
        if second < limit, keys[second] >= 0, let longer = starting.bySecondKey[keys[second]],
           let match = firstMatch(longer, tokens, keys: keys, from: start, limit: limit) {
            return match
        }
        return firstMatch(starting.single, tokens, keys: keys, from: start, limit: limit)
    }

    /// The first of `candidates` (longest first) that the tokens from `start` spell.
    private func firstMatch(_ candidates: [Form], _ tokens: TokenList, keys: [Int32], from start: Int, limit: Int) -> (form: Form, end: Int)? {
        for form in candidates {
            var t = start
            var ok = true
            for (k, key) in form.keys.enumerated() {
                while t < limit, t > start, tokens[t].kind == .punctuation, tokens[t].text == "-" { t += 1 }
                guard t < limit, keys[t] == key else { ok = false; break }
                if k > 0, tokens[t].lineBreakBefore { ok = false; break }
                if let exact = form.exact, tokens[t].text != exact[k] { ok = false; break }
                if k > 0, form.capitalized[k], !tokens[t].isCapitalized { ok = false; break }
                t += 1
            }
            guard ok else { continue }
            return (form, t)
        }
        return nil
    }
}
