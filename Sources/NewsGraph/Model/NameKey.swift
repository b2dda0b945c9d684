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

    /// ``normalized(_:)`` with diacritics folded and apostrophes dropped: the lookup key.
    public static func folded(_ name: String) -> String {
        foldDiacritics(normalized(name)).replacingOccurrences(of: "'", with: "")
    }

    /// "Goïta" → "Goita", "Traoré" → "Traore", "Côte d'Ivoire" → "Cote d'Ivoire".
    public static func foldDiacritics(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
