/// A word, number or punctuation mark of a document, with where it stands.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
        /// The possessive `'s` (or a bare `'` after a plural), split off its word.
        case possessive
    }

    /// Scalar offsets into the document.
    var start: Int
    var end: Int
    /// The surface form (normalized scalars).
    var text: String
    /// Lower case, diacritics folded, apostrophes and periods dropped: the lookup key.
    var key: String { didSet { keyHash = WordHash.of(key) } }
    /// ``WordHash`` of ``key``, for ``WordSet`` and ``WordTable`` probes.
    private(set) var keyHash: UInt64
    var kind: Kind
    /// First letter is upper case ("Niger", "US", "McDonald").
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("US", "JNIM", "U.S.").
    var isAllCaps: Bool
    /// White space separates it from the previous token.
    var spaceBefore: Bool
    /// A line break stands between it and the previous token.
    var lineBreakBefore: Bool

    init(start: Int, end: Int, text: String, key: String, kind: Kind, isCapitalized: Bool, isAllCaps: Bool,
         spaceBefore: Bool, lineBreakBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.keyHash = WordHash.of(key)
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
    }

    var isWord: Bool { kind == .word }
    /// A word that begins with a capital or a digit-bearing name part ("101").
    var isNameLike: Bool { kind == .word && isCapitalized }
}
