import Foundation

/// The name normalization of the scoring rules, exactly as the reference scorer
/// (`eval/score.py`, function `norm`) computes it, code point for code point.
///
/// For names made only of printable ASCII this is ``NameKey/normalized(_:)``, which it calls.
/// For other names it runs a port of `norm` over Unicode scalars, because ``NameKey`` differs
/// from Python on a few inputs (see `EvaluationNormalizationTests`):
/// - Python's `str.lower()` applies the Final_Sigma rule (`"ΟΔΟΣ"` → `"οδος"`);
/// - Python's `'s$` also matches before a final newline (`"Russia's\n"` → `"russia"`);
/// - Python's `\s` and `strip()` count U+001C…U+001F as white space;
/// - Python replaces `.` and `-` even when a combining mark follows them, and does not treat a
///   space followed by a combining mark as a single white-space character.
public enum ScoringName {
    /// `norm(s)` of `eval/score.py`.
    public static func normalize(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return NameKey.normalized(name)
        }
        return port(name)
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

    /// The scalar-level port of `norm`.
    static func port(_ name: String) -> String {
        let nfkc = Array(name.precomposedStringWithCompatibilityMapping.unicodeScalars)
        // str.lower(): full lower-case mapping per code point, with Final_Sigma for U+03A3.
        var s: [UInt32] = []
        s.reserveCapacity(nfkc.count)
        for (i, scalar) in nfkc.enumerated() {
            if scalar.value == 0x03A3 {
                s.append(finalSigma(nfkc, i) ? 0x03C2 : 0x03C3)
            } else {
                for m in scalar.properties.lowercaseMapping.unicodeScalars { s.append(m.value) }
            }
        }
        // Quotes to straight, dashes to hyphens.
        for i in s.indices {
            switch s[i] {
            case 0x2019, 0x2018, 0x60: s[i] = 0x27
            case 0x2010, 0x2011, 0x2013, 0x2014: s[i] = 0x2D
            default: break
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

    /// CPython's `handle_capital_sigma`: `\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`.
    private static func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, s[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, s[j].properties.isCased else { return false }
        j = i + 1
        while j < s.count, s[j].properties.isCaseIgnorable { j += 1 }
        return j == s.count || !s[j].properties.isCased
    }
}

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
