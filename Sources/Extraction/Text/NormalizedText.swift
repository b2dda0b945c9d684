/// A document's text as Unicode scalars, with typographic variants folded one for one.
///
/// Curly quotes become straight, the dashes and the minus become `-`, no-break and other
/// spaces become a space. Each scalar maps to exactly one scalar, so an offset into the
/// normalized text is the same offset into the original: evidence points at the words as the
/// source wrote them.
struct NormalizedText: Sendable {
    /// The original scalars.
    let original: [Unicode.Scalar]
    /// The normalized scalars, the same count as ``original``.
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        var original: [Unicode.Scalar] = []
        original.reserveCapacity(text.utf8.count)
        original.append(contentsOf: text.unicodeScalars)
        self.original = original
        scalars = original.map(NormalizedText.fold)
    }

    /// The original text between two scalar offsets (the evidence sentences).
    ///
    /// Encoded to UTF-8 in one buffer: appending scalars to a `String` one at a time cost a
    /// tenth of extraction time.
    func originalText(_ range: Range<Int>) -> String {
        Self.string(original[range])
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for c in scalars {
            if c.value < 0x80 { bytes.append(UInt8(c.value)) } else { bytes.append(contentsOf: UTF8.encode(c)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The normalized text between two scalar offsets.
    func text(_ range: Range<Int>) -> String {
        // Most tokens are ASCII: build them from bytes.
        if range.count <= 32, scalars[range].allSatisfy({ $0.value < 128 }) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                for (k, c) in scalars[range].enumerated() { buffer[k] = UInt8(c.value) }
                return range.count
            }
        }
        return Self.string(scalars[range])
    }

    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2212: return "-"
        case 0x2013, 0x2014, 0x2015: return "\u{2014}"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2026: return "."
        default: return c
        }
    }
}
