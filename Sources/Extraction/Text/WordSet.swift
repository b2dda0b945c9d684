/// The hash of a lookup key (``Token/key``), computed once per token by the tokenizer so that
/// the rules' word lists can be probed without hashing the word again.
///
/// FNV-1a over the UTF-8 bytes with a final avalanche: keys are short (five bytes on average),
/// and this is several times cheaper than the standard library's seeded SipHash, which was a
/// tenth of extraction time. Never 0 (``WordTable`` marks empty slots with 0).
enum WordHash {
    @inline(__always) static func of(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { of($0) }
    }

    @inline(__always) static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 32
        h &*= 0xd6e8_feb8_6659_fd93
        h ^= h >> 32
        return h == 0 ? 1 : h
    }
}

/// An immutable map from lookup keys to values, probed by ``WordHash``.
///
/// Open addressing with linear probing at a load of at most one half; a probe compares the
/// stored hash first and the key only when the hashes are equal, so a miss (the common case for
/// a word list) costs one or two integer comparisons.
struct WordTable<Value: Sendable>: Sendable {
    /// A slot: the key's hash (0 when empty) and where its entry is.
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var entry: Int32 = -1
    }

    private var slots: [Slot]
    private var entries: [(key: String, value: Value)] = []
    private let mask: Int

    init(_ entries: some Sequence<(String, Value)>) {
        let list = Array(entries)
        var capacity = 8
        while capacity < list.count * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        mask = capacity - 1
        self.entries.reserveCapacity(list.count)
        for (key, value) in list { insert(key, value) }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        let hash = WordHash.of(key)
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].hash != 0 {
            if slots[i].hash == hash, entries[Int(slots[i].entry)].key == key { entries[Int(slots[i].entry)].value = value; return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: hash, entry: Int32(entries.count))
        entries.append((key, value))
    }

    /// The value of `key`, whose ``WordHash`` is `hash`.
    /// - Complexity: O(1) expected.
    @inline(__always) func value(_ key: String, hash: UInt64) -> Value? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.hash == 0 { return nil }
            if slot.hash == hash, entries[Int(slot.entry)].key == key { return entries[Int(slot.entry)].value }
            i = (i + 1) & mask
        }
    }

    @inline(__always) subscript(token: Token) -> Value? { value(token.key, hash: token.keyHash) }
    subscript(key: String) -> Value? { value(key, hash: WordHash.of(key)) }

    var count: Int { entries.count }
    /// The keys, in insertion order.
    var allKeys: [String] { entries.map(\.key) }
}

/// A fixed list of lookup keys ("the", "troops", "deployed") that rules test tokens against.
///
/// Written as an array literal like a `Set<String>`; asked with a ``Token`` it reuses the hash
/// the tokenizer computed (see ``WordHash``).
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Void>

    init(_ words: some Sequence<String>) { table = WordTable(words.lazy.map { ($0, ()) }) }
    init(arrayLiteral words: String...) { self.init(words) }

    /// - Complexity: O(1) expected.
    @inline(__always) func contains(_ token: Token) -> Bool { table[token] != nil }
    func contains(_ key: String) -> Bool { table[key] != nil }

    func union(_ other: some Sequence<String>) -> WordSet { WordSet(Array(self) + Array(other)) }

    var count: Int { table.count }
    var isEmpty: Bool { table.count == 0 }
    func makeIterator() -> IndexingIterator<[String]> { table.allKeys.makeIterator() }
}
