import Foundation

/// The normal form under which two names are the same name.
///
/// It implements the normalization of the scoring rules (`eval/README.md`): NFKC, lower case,
/// curly quotes to straight, a trailing `'s` dropped, periods dropped (`U.S.` → `us`), hyphens
/// to spaces, a leading `the ` dropped, white space collapsed. ``folded(_:)`` also folds
/// diacritics, for matching spellings such as Goïta / Goita.
public enum NameKey {
    /// The scoring rules' normalization, exactly.
    public static func normalized(_ name: String) -> String {
        if let fast = normalizedASCII(name) { return fast }
        var s = name.precomposedStringWithCompatibilityMapping.lowercased()
        s = s.replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .replacingOccurrences(of: "`", with: "'")
        for dash in ["\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}"] {
            s = s.replacingOccurrences(of: dash, with: "-")
        }
        if s.hasSuffix("'s") { s.removeLast(2) }
        s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "-", with: " ")
        if s.hasPrefix("the"), let next = s.dropFirst(3).first, next.isWhitespace {
            s = String(s.dropFirst(4))
        }
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same rules on printable ASCII, byte by byte (NFKC and curly quotes are no-ops there):
    /// names are normalized on every lookup, so this path matters.
    static func normalizedASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            guard b >= 0x20 && b < 0x7F || b == 0x09 || b == 0x0A || b == 0x0D else { return nil }
            switch b {
            case 0x41...0x5A: bytes.append(b + 32)
            case 0x60: bytes.append(0x27) // ` → '
            default: bytes.append(b)
            }
        }
        if bytes.count >= 2, bytes[bytes.count - 2] == 0x27, bytes[bytes.count - 1] == 0x73 { bytes.removeLast(2) }
        bytes = bytes.compactMap { $0 == 0x2E ? nil : ($0 == 0x2D ? 0x20 : $0) }
        var words: [ArraySlice<UInt8>] = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        // "the" only at the very start, followed by white space (score.py's `^the\s+`).
        if bytes.count > 3, bytes.starts(with: "the".utf8), [0x20, 0x09, 0x0A, 0x0D].contains(bytes[3]) {
            words.removeFirst()
        }
        return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// ``normalized(_:)`` with diacritics folded and apostrophes dropped: the lookup key.
    public static func folded(_ name: String) -> String {
        let normal = normalized(name)
        if normal.utf8.allSatisfy({ $0 < 0x80 }) { return String(normal.filter { $0 != "'" }) }
        return foldDiacritics(normal).replacingOccurrences(of: "'", with: "")
    }

    /// "Goïta" → "Goita", "Traoré" → "Traore", "Côte d'Ivoire" → "Cote d'Ivoire".
    public static func foldDiacritics(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
