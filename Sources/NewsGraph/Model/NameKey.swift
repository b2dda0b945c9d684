import Foundation

/// The normal form under which two names are the same name.
///
/// It implements the normalization of the scoring rules (`eval/README.md`): NFKC, lower case,
/// curly quotes to straight, a trailing `'s` dropped, periods dropped (`U.S.` → `us`), hyphens
/// to spaces, a leading `the ` dropped, white space collapsed. ``folded(_:)`` also folds
/// diacritics, for matching spellings such as Goïta / Goita.
public enum NameKey {
    /// The scoring rules' normalization, exactly: `norm` of `eval/score.py`.
    public static func normalized(_ name: String) -> String {
        normalizedASCII(name) ?? normalizedUnicode(name)
    }

    /// `norm` of the reference scorer (`eval/score.py`) over Unicode scalars, code point for code
    /// point. Python's rules differ from Foundation's string operations on a few inputs, and
    /// one normalization serves both the graph and the scorer:
    /// - `str.lower()` applies the Final_Sigma rule (`"ΟΔΟΣ"` → `"οδος"`);
    /// - `'s$` also matches before a final newline (`"Russia's\n"` → `"russia"`);
    /// - `\s` and `strip()` count U+001C…U+001F as white space;
    /// - `.` and `-` are replaced even when a combining mark follows them, and a space followed
    ///   by a combining mark is still white space.
    /// One pass over the scalars after NFKC: the lexicon's non-ASCII names go through here at
    /// every start, where eight Foundation replacements were a quarter of the start-up time.
    static func normalizedUnicode(_ name: String) -> String {
        let nfkc = Array(name.precomposedStringWithCompatibilityMapping.unicodeScalars)
        // str.lower(): full lower-case mapping per code point, with Final_Sigma for U+03A3;
        // quotes to straight, dashes to hyphens.
        var s: [UInt32] = []
        s.reserveCapacity(nfkc.count)
        for (i, scalar) in nfkc.enumerated() {
            if scalar.value == 0x03A3 {
                s.append(finalSigma(nfkc, i) ? 0x03C2 : 0x03C3)
                continue
            }
            for m in scalar.properties.lowercaseMapping.unicodeScalars {
                switch m.value {
                case 0x2019, 0x2018, 0x60: s.append(0x27)
                case 0x2010, 0x2011, 0x2013, 0x2014: s.append(0x2D)
                default: s.append(m.value)
                }
            }
        }
        // re.sub(r"'s$", "", s): `$` matches at the end or before a final newline.
        let n = s.count
        if n >= 2, s[n - 2] == 0x27, s[n - 1] == 0x73 {
            s.removeLast(2)
        } else if n >= 3, s[n - 1] == 0x0A, s[n - 3] == 0x27, s[n - 2] == 0x73 {
            s.removeSubrange((n - 3)..<(n - 1))
        }
        // Periods dropped, hyphens to spaces.
        s = s.compactMap { $0 == 0x2E ? nil : ($0 == 0x2D ? 0x20 : $0) }
        // re.sub(r"^the\s+", "", s)
        if s.count > 3, s[0] == 0x74, s[1] == 0x68, s[2] == 0x65, isPythonSpace(s[3]) {
            var j = 4
            while j < s.count, isPythonSpace(s[j]) { j += 1 }
            s.removeFirst(j)
        }
        // re.sub(r"\s+", " ", s).strip()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for v in s {
            if isPythonSpace(v) {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(Unicode.Scalar(v)!)
            }
        }
        return String(out)
    }

    /// Python's `str.isspace()` for one code point (Unicode White_Space plus U+001C…U+001F).
    static func isPythonSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// CPython's `handle_capital_sigma`: `\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`.
    private static func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, s[j].properties.isCased else { return false }
        j = i + 1
        while j < s.count, s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !s[j].properties.isCased
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
        if end >= 2, mapped[end - 2] == 0x27, mapped[end - 1] == 0x73 {
            end -= 2 // a trailing 's
        } else if end >= 3, mapped[end - 1] == 0x0A, mapped[end - 3] == 0x27, mapped[end - 2] == 0x73 {
            mapped.removeSubrange((end - 3)..<(end - 1)) // 's before a final newline, as Python's `$` reads it
            end -= 2
        }
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
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: foldDiacritics(normal).unicodeScalars.lazy.filter { $0 != "'" })
        return String(scalars)
    }

    /// "Goïta" → "Goita", "Traoré" → "Traore", "Côte d'Ivoire" → "Cote d'Ivoire".
    public static func foldDiacritics(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
