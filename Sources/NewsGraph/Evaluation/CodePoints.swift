/// A string compared, hashed and ordered by its code points, as Python compares `str`
/// (Swift's `String` compares by canonical equivalence instead).
struct CodePoints: Hashable, Comparable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (a: CodePoints, b: CodePoints) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for byte in string.utf8 { hasher.combine(byte) }
        hasher.combine(0xFF as UInt8)
    }

    /// UTF-8 byte order is code point order.
    static func < (a: CodePoints, b: CodePoints) -> Bool {
        a.string.utf8.lexicographicallyPrecedes(b.string.utf8)
    }
}
