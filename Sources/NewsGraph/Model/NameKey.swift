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
        normalizedASCII(name) ?? normalizedUnicode(name)
    }

    /// The rules through Foundation's Unicode operations: right for any text, slow.
    static func normalizedUnicode(_ name: String) -> String {
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

    /// The same rules on printable ASCII, in one pass over the bytes (NFKC and curly quotes are
    /// no-ops there): names are normalized on every lookup, so this path matters.
    static func normalizedASCII(_ name: String, droppingApostrophes: Bool = false) -> String? {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            guard b >= 0x20 && b < 0x7F || b == 0x09 || b == 0x0A || b == 0x0D else { return nil }
            switch b {
            case 0x41...0x5A: mapped.append(b + 32)
            case 0x60: mapped.append(0x27) // ` → '
            default: mapped.append(b)
            }
        }
        var end = mapped.count
        if end >= 2, mapped[end - 2] == 0x27, mapped[end - 1] == 0x73 { end -= 2 } // a trailing 's
        // Periods dropped, hyphens and white space one space, no space at either end.
        var out: [UInt8] = []
        out.reserveCapacity(end)
        var pendingSpace = false
        // score.py's `^the\s+`, tested on the text with periods dropped and hyphens made spaces.
        var compacted = 0
        var startsWithThe = true
        for i in 0..<end {
            let b = mapped[i]
            if b == 0x2E { continue }
            let space = b == 0x2D || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if compacted < 4 {
                let expected: [UInt8] = [0x74, 0x68, 0x65]
                if compacted < 3 ? b != expected[compacted] : !space { startsWithThe = false }
                compacted += 1
            }
            if space { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        if startsWithThe && compacted == 4 {
            // "the" was a word of its own: drop it and the space after it, if any.
            out.removeFirst(min(4, out.count))
        }
        if droppingApostrophes { out.removeAll { $0 == 0x27 } }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``normalized(_:)`` with diacritics folded and apostrophes dropped: the lookup key.
    public static func folded(_ name: String) -> String {
        if let fast = normalizedASCII(name, droppingApostrophes: true) { return fast }
        let normal = normalized(name)
        if normal.utf8.allSatisfy({ $0 < 0x80 }) { return String(normal.filter { $0 != "'" }) }
        return foldDiacritics(normal).replacingOccurrences(of: "'", with: "")
    }

    /// "Goïta" → "Goita", "Traoré" → "Traore", "Côte d'Ivoire" → "Cote d'Ivoire".
    public static func foldDiacritics(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
