/// Stable ids made from canonical names: "Air Base 101" → `air-base-101`,
/// "Jama'at Nusrat al-Islam wal-Muslimin" → `jamaat-nusrat-al-islam-wal-muslimin`.
public enum Slug {
    /// Lower-cased ASCII letters and digits, diacritics folded, other runs turned into one `-`.
    /// A name with no letter or digit keeps its folded form so that it is never empty.
    public static func make(_ name: String) -> String {
        // Folding diacritics goes through Foundation and is slow; ASCII names have none.
        let folded = name.utf8.allSatisfy({ $0 < 0x80 }) ? name.lowercased() : NameKey.foldDiacritics(name).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            // Letters with no decomposition to fold: "Kalın" → `kalin`, "Łódź" → `lodz`.
            if let plain = letterWithoutDecomposition[scalar] {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out += plain
                continue
            }
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? folded.trimmingWhitespace() : out
    }

    /// Latin letters that Unicode does not decompose into a base letter and a mark.
    static let letterWithoutDecomposition: [Unicode.Scalar: String] = [
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h",
    ]

    /// A slug of `name` not in `taken`: the plain slug, else `slug-2`, `slug-3`, ….
    public static func unique(_ name: String, avoiding taken: Set<String>) -> String {
        let base = make(name)
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
