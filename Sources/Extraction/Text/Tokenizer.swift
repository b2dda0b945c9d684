/// Splits normalized text into tokens.
///
/// Rules, chosen for news: apostrophes inside a word stay in it ("N'Djamena", "Jama'at");
/// a final `'s` (or `'` after an `s`) is split off as a possessive; hyphens are tokens of their
/// own, so "al-Qaeda" and "al Qaeda" meet in the lexicon (but "co-operation" is "cooperation");
/// dotted acronyms stay whole ("U.S.");
/// numbers keep their separators ("1,000", "60.5").
/// - Complexity: O(*n*) in the number of scalars.
enum Tokenizer {
    static func tokenize(_ text: NormalizedText) -> TokenList {
        let s = text.scalars
        var tokens = TokenList.Builder(capacity: s.count / 5)
        var i = 0
        var spaceBefore = true
        var lineBreakBefore = true
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" || c == "\r" {
                lineBreakBefore = true; spaceBefore = true; i += 1; continue
            }
            if isSpace(c) { spaceBefore = true; i += 1; continue }
            let start = i
            if isWordScalar(c) {
                // A dotted acronym: single letters each followed by a period ("U.S.", "U.N.").
                if isUpper(c) {
                    var j = i, pairs = 0
                    while j + 1 < n, isLetter(s[j]), s[j + 1] == "." {
                        pairs += 1
                        j += 2
                        if !(j + 1 < n && isLetter(s[j]) && s[j + 1] == ".") { break }
                    }
                    if pairs >= 2 {
                        tokens.append(makeToken(text, start, j, .word, spaceBefore, lineBreakBefore))
                        i = j; spaceBefore = false; lineBreakBefore = false
                        continue
                    }
                }
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if isWordScalar(d) { j += 1; continue }
                    // Apostrophe inside a word, not a possessive.
                    if d == "'", j + 1 < n, isLetter(s[j + 1]) {
                        if (s[j + 1] == "s" || s[j + 1] == "S"), j + 2 >= n || !isWordScalar(s[j + 2]) { break }
                        j += 1; continue
                    }
                    // Digit separators inside numbers.
                    if (d == "," || d == "."), j + 1 < n, isDigit(s[j - 1]), isDigit(s[j + 1]) { j += 1; continue }
                    break
                }
                // "co-operation", "co-ordinated": one word, keyed as its unhyphenated spelling.
                if j - i == 2, j + 2 < n, s[j] == "-", s[j + 1] == "o" || s[j + 1] == "O", s[i] == "c" || s[i] == "C", s[i + 1] == "o" {
                    var k = j + 1
                    while k < n, isWordScalar(s[k]) { k += 1 }
                    var token = makeToken(text, start, k, .word, spaceBefore, lineBreakBefore)
                    token.key = foldKey(String(token.text.filter { $0 != "-" }))
                    tokens.append(token)
                    i = k; spaceBefore = false; lineBreakBefore = false
                    continue
                }
                let allDigits = s[i..<j].allSatisfy { isDigit($0) || $0 == "," || $0 == "." }
                tokens.append(makeToken(text, start, j, allDigits ? .number : .word, spaceBefore, lineBreakBefore))
                i = j
            } else if c == "'", let last = tokens.last, last.end == i, last.kind == .word {
                // Possessive: 's, or a bare ' after a plural in s.
                if i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= n || !isWordScalar(s[i + 2]) {
                    tokens.append(makeToken(text, i, i + 2, .possessive, false, false))
                    i += 2
                } else if last.key.hasSuffix("s") {
                    tokens.append(makeToken(text, i, i + 1, .possessive, false, false))
                    i += 1
                } else {
                    tokens.append(makeToken(text, i, i + 1, .punctuation, spaceBefore, lineBreakBefore))
                    i += 1
                }
            } else {
                tokens.append(makeToken(text, i, i + 1, .punctuation, spaceBefore, lineBreakBefore))
                i += 1
            }
            spaceBefore = false
            lineBreakBefore = false
        }
        return tokens.finish()
    }

    private static func makeToken(_ text: NormalizedText, _ start: Int, _ end: Int, _ kind: Token.Kind,
                                  _ space: Bool, _ lineBreak: Bool) -> Token {
        if end - start <= 15, let token = asciiToken(text, start, end, kind, space, lineBreak) { return token }
        let surface = text.text(start..<end)
        var caps = false, allCaps = true, letters = 0
        for c in text.scalars[start..<end] where isLetter(c) {
            letters += 1
            if isUpper(c) { if letters == 1 { caps = true } } else { allCaps = false }
        }
        return Token(start: start, end: end, text: surface, key: foldKey(surface), kind: kind,
                     isCapitalized: caps, isAllCaps: allCaps && letters >= 2, spaceBefore: space, lineBreakBefore: lineBreak)
    }

    /// Most tokens are short and ASCII: their surface, key and case flags in one pass over the
    /// scalars (the general path walks each token five times). Nil for any other token.
    @inline(__always)
    private static func asciiToken(_ text: NormalizedText, _ start: Int, _ end: Int, _ kind: Token.Kind,
                                   _ space: Bool, _ lineBreak: Bool) -> Token? {
        var surfaceBytes: (UInt64, UInt64) = (0, 0)
        var keyBytes: (UInt64, UInt64) = (0, 0)
        var keyCount = 0
        var caps = false, allCaps = true, letters = 0, changed = false
        let ok = withUnsafeMutableBytes(of: &surfaceBytes) { surface in
            withUnsafeMutableBytes(of: &keyBytes) { key in
                for k in start..<end {
                    let v = text.scalars[k].value
                    guard v < 0x80 else { return false }
                    let b = UInt8(v)
                    surface[k - start] = b
                    if b >= 65 && b <= 90 {
                        letters += 1
                        if letters == 1 { caps = true }
                        key[keyCount] = b + 32; keyCount += 1; changed = true
                    } else if b == 0x27 || b == 0x2E {
                        changed = true
                    } else {
                        if b >= 97 && b <= 122 { letters += 1; allCaps = false }
                        key[keyCount] = b; keyCount += 1
                    }
                }
                return true
            }
        }
        guard ok else { return nil }
        let count = end - start
        let surface = withUnsafeBytes(of: &surfaceBytes) { String(decoding: $0.prefix(count), as: UTF8.self) }
        let key = changed ? withUnsafeBytes(of: &keyBytes) { String(decoding: $0.prefix(keyCount), as: UTF8.self) } : surface
        return Token(start: start, end: end, text: surface, key: key, kind: kind,
                     isCapitalized: caps, isAllCaps: allCaps && letters >= 2, spaceBefore: space, lineBreakBefore: lineBreak)
    }

    /// Lower case with diacritics folded and apostrophes and periods dropped; ASCII fast path.
    static func foldKey(_ s: String) -> String {
        let utf8 = s.utf8
        // Most words are ASCII, and most of those are already keys ("the", "troops").
        if utf8.allSatisfy({ $0 < 0x80 }) {
            if !utf8.contains(where: { ($0 >= 65 && $0 <= 90) || $0 == 0x27 || $0 == 0x2E }) { return s }
            let kept = utf8.count - utf8.reduce(0) { $0 + ($1 == 0x27 || $1 == 0x2E ? 1 : 0) }
            return String(unsafeUninitializedCapacity: kept) { buffer in
                var k = 0
                for b in utf8 where b != 0x27 && b != 0x2E {
                    buffer[k] = b >= 65 && b <= 90 ? b + 32 : b
                    k += 1
                }
                return k
            }
        }
        let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(folded.unicodeScalars.filter { $0 != "'" && $0 != "." })
    }

    // ASCII fast paths: Unicode property lookups dominate tokenizing otherwise.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        return c.properties.isAlphabetic
    }
    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\t" || c.value == 0x0B || c.value == 0x0C }
        return c.properties.isWhitespace
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c.value >= 48 && c.value <= 57) || (c.value | 0x20 >= 97 && c.value | 0x20 <= 122) }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }
}
