import Testing
import Foundation
@testable import NewsGraph

/// `NameKey.normalized` against `score.py`'s `norm`, on the corners where Python's string rules
/// differ from Foundation's.
@Suite struct EvaluationNormalizationTests {
    static let tricky: [String] = [
        "U.S.", "The United States", "the  junta", "The\tjunta", "THE Hague", "the", "the ", " the Russia", "theater",
        "Russia's", "Russia’s", "Russia‘s", "Niger`s", "RUSSIA'S", "U.S.'s", "St. Petersburg's", "’S", "'s", "Russia's ",
        "Al-Qaeda", "Al–Qaeda", "Al—Qaeda", "Wagner‐Group", "non\u{2011}state", "N’Djamena", "Côte d’Ivoire",
        "Théâtre", "İstanbul", "Straße", "ﬁre", "Ⅻ", "①", "ǅ", "Å", "A\u{30A}", "KELVIN\u{212A}",
        "x\u{a0}y", "a\u{2003}b", "\u{3000}the x", "the\u{2028}x", "\u{FEFF}the x", "x\u{200B}y", "the.x", "the-x",
        // Where Foundation's string operations differ from Python's:
        "ΟΔΟΣ", "ΣΑΣ Σ", "Russia's\n", "a\u{1C}b", "the\u{1F}junta", "e.\u{301}", "a -\u{301} b", "a \u{301}b",
    ]

    @Test func agreesWithScorePyNorm() throws {
        guard ReferenceScorer.available() else { return }
        let input = Data(JSONWriter.serialize(.array(Self.tricky.map(JSONWriter.Value.string))).utf8)
        let program = """
        import json, sys
        sys.path.insert(0, \(JSONWriter.serialize(.string(ReferenceScorer.script.deletingLastPathComponent().path))))
        from score import norm
        print(json.dumps([norm(s) for s in json.load(sys.stdin)]))
        """
        let output = try ReferenceScorer.python(["-c", program], input: input)
        guard case .array(let expected) = try JSONValue(parsing: output) else {
            Issue.record("score.py's norm gave no list")
            return
        }
        #expect(expected.count == Self.tricky.count)
        for (name, want) in zip(Self.tricky, expected) {
            let ours = JSONValue.string(Array(NameKey.normalized(name).utf8))
            #expect(ours == want, "norm(\(name.debugDescription))")
        }
    }

    /// The corners that Foundation reads differently, checked without Python too.
    @Test func pythonCornersWithoutPython() {
        #expect(NameKey.normalized("ΟΔΟΣ") == "οδος")          // Final_Sigma
        #expect(NameKey.normalized("Russia's\n") == "russia")   // `$` before a final newline
        #expect(NameKey.normalized("Russia's\n\n") == "russia's")
        #expect(NameKey.normalized("a\u{1C}b") == "a b")        // Python's \s
        #expect(NameKey.normalized("e.\u{301}") == "e\u{301}")   // a period before a combining mark
        #expect(NameKey.folded("Niger’s Goïta's") == "nigers goita")
    }
}
