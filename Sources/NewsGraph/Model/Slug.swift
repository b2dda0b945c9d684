/// Stable ids made from canonical names: "Air Base 101" → `air-base-101`,
/// "Jama'at Nusrat al-Islam wal-Muslimin" → `jamaat-nusrat-al-islam-wal-muslimin`.
public enum Slug {
    /// Lower-cased ASCII letters and digits, diacritics folded, other runs turned into one `-`.
    /// A name with no letter or digit keeps its folded form so that it is never empty.
    public static func make(_ name: String) -> String {
        // Most names are ASCII: one pass over their bytes (every entity of every document gets
        // an id, so this path matters).
        if let slug = asciiSlug(name) { return slug }
        let folded = NameKey.foldDiacritics(name).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            // An ASCII letter or digit stays; a letter with no decomposition to fold is spelled
            // out ("Kalın" → `kalin`, "Łódź" → `lodz`); anything else separates words.
            let kept = scalar.isASCII ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? String(scalar) : nil)
                : letterWithoutDecomposition[scalar]
            guard let kept else { pendingDash = true; continue }
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out += kept
        }
        return out.isEmpty ? folded.trimmingWhitespace() : out
    }

    /// ``make(_:)`` for an ASCII name with a letter or digit, byte by byte; nil otherwise.
    static func asciiSlug(_ name: String) -> String? {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingDash = false
        for byte in utf8 {
            if byte == 0x27 || byte == 0x2E { continue }   // ' and . are dropped
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingDash && !out.isEmpty { out.append(0x2D) }
                pendingDash = false
                out.append(lower)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
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
