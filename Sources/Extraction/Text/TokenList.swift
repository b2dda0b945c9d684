/// A document's tokens, read by position with the text's edges as boundaries.
///
/// The rules look a few tokens before and after a word ("the token after the verb", "the word
/// before the comma") and a text may begin or end anywhere: on a verb, inside a name, on an opening
/// parenthesis. Rather than each rule guarding its own look-ahead (two of the first four crashes
/// the fuzzer found were a rule that did not), a position outside the document reads as
/// ``boundary``: a punctuation mark with no text and a key of its own, which no word list, name or
/// cue matches. A range that runs past an edge is cut at the edge.
///
/// The tokens live in a buffer of their own, after one boundary, and are written there by
/// ``Tokenizer`` through a ``Builder``: a read is one comparison and an address (the boundary's
/// when the comparison fails), no more than an `Array`'s checked read, and no token is copied.
struct TokenList: RandomAccessCollection, @unchecked Sendable {
    // (Unchecked for `base`: it points into `storage`, which it keeps alive and no one writes once
    // the list is built.)
    typealias Index = Int

    /// What stands outside the text: no letters, no space around it, and a key no word has (not
    /// the empty key, which frames use for "no preposition").
    static let boundary = Token(start: 0, end: 0, text: "", key: "\u{3}", kind: .punctuation, isCapitalized: false,
                                isAllCaps: false, spaceBefore: false, lineBreakBefore: true)

    /// Owns the buffer: the boundary at 0, the tokens at 1...count.
    private final class Storage: @unchecked Sendable {
        // (Written only while a Builder fills it, before any TokenList shares it: then read-only.)
        private(set) var base: UnsafeMutablePointer<Token>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 1)
            base = .allocate(capacity: self.capacity + 1)
            base.initialize(to: TokenList.boundary)
        }

        /// - Complexity: amortized O(1).
        func append(_ token: Token) {
            if count == capacity {
                let grown = UnsafeMutablePointer<Token>.allocate(capacity: 2 * capacity + 1)
                grown.moveInitialize(from: base, count: count + 1)
                base.deallocate()
                base = grown
                capacity *= 2
            }
            (base + count + 1).initialize(to: token)
            count += 1
        }

        deinit {
            base.deinitialize(count: count + 1)
            base.deallocate()
        }
    }

    /// Fills a ``TokenList`` in order, as ``Tokenizer`` finds the tokens.
    struct Builder {
        private let storage: Storage

        /// - Parameter capacity: the expected number of tokens (the buffer grows past it).
        init(capacity: Int) { storage = Storage(capacity: capacity) }

        mutating func append(_ token: Token) { storage.append(token) }

        /// The last token appended, if any.
        var last: Token? { storage.count > 0 ? storage.base[storage.count] : nil }

        /// The tokens appended; the builder is not to be used after.
        consuming func finish() -> TokenList { TokenList(storage) }
    }

    private let storage: Storage
    /// The storage's buffer and count, held here so that a read does not go through the class.
    private let base: UnsafePointer<Token>
    let count: Int

    private init(_ storage: Storage) {
        self.storage = storage
        base = UnsafePointer(storage.base)
        count = storage.count
    }

    init(_ tokens: [Token]) {
        var builder = Builder(capacity: tokens.count)
        for token in tokens { builder.append(token) }
        self = builder.finish()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The token at `position`, or ``boundary`` before the first and after the last.
    /// - Complexity: O(1)
    @inline(__always) subscript(position: Int) -> Token {
        unsafeAddress { UInt(bitPattern: position) < UInt(bitPattern: count) ? base + (position &+ 1) : base }
    }

    /// The tokens of `bounds` that lie inside the document, at their own positions.
    /// - Complexity: O(1)
    subscript(bounds: Range<Int>) -> Slice<TokenList> {
        let lower = Swift.min(Swift.max(bounds.lowerBound, 0), count)
        let upper = Swift.min(Swift.max(bounds.upperBound, lower), count)
        return Slice(base: self, bounds: lower..<upper)
    }
}
