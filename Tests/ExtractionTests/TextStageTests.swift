import Testing
@testable import Extraction
import NewsGraph

@Suite struct TokenizerTests {
    private func tokens(_ s: String) -> [String] { Tokenizer.tokenize(NormalizedText(s)).map(\.text) }

    @Test func splitsPossessivesKeepsInnerApostrophesAndAcronyms() {
        #expect(tokens("Niger’s junta") == ["Niger", "'s", "junta"])
        #expect(tokens("N’Djamena and Jama’at") == ["N'Djamena", "and", "Jama'at"])
        #expect(tokens("U.S. troops") == ["U.S.", "troops"])
        #expect(tokens("al-Qaeda") == ["al", "-", "Qaeda"])
        #expect(tokens("1,000 troops, $60.5bn") == ["1,000", "troops", ",", "$", "60.5bn"])
    }

    @Test func keysFoldCaseDiacriticsAndDots() {
        let t = Tokenizer.tokenize(NormalizedText("Goïta U.S. Traoré"))
        #expect(t.map(\.key) == ["goita", "us", "traore"])
        #expect(t[1].isAllCaps && t[0].isCapitalized)
    }

    @Test func normalizationKeepsOffsets() {
        let text = NormalizedText("“Niger’s” — junta")
        #expect(text.scalars.count == text.original.count)
        #expect(text.text(0..<9) == "\"Niger's\"")
        #expect(text.originalText(0..<9) == "“Niger’s”")
    }
}

@Suite struct TokenListTests {
    private let tokens = Tokenizer.tokenize(NormalizedText("Goita became"))

    @Test func readsOutsideTheTextAsBoundaries() {
        #expect(tokens.count == 2 && tokens[1].text == "became")
        for outside in [-1, -7, Int.min, 2, 3, Int.max] {
            #expect(tokens[outside].text.isEmpty && tokens[outside].key == TokenList.boundary.key && tokens[outside].kind == .punctuation)
        }
        // The boundary is no direct object ("" is the frames' marker for one) and no word.
        let markers: WordSet = ["", "over", "as"]
        #expect(!markers.contains(tokens[2]) && !tokens[-1].isWord)
    }

    @Test func cutsRangesAtTheTextsEdges() {
        #expect(tokens[-5..<1].map(\.text) == ["Goita"])
        #expect(tokens[1..<9].map(\.text) == ["became"])
        #expect(tokens[1..<9].startIndex == 1)
        #expect(tokens[5..<9].isEmpty)
    }

    @Test func aBackwardsRangeOfPositionsIsEmpty() {
        let (listEnd, verb) = (7, 3)
        #expect((listEnd..<verb).isEmpty && (listEnd..<verb).lowerBound == 7)
        #expect(!(listEnd..<verb).contains(where: { tokens[$0].key == "of" }))
        #expect(Array(verb..<listEnd) == [3, 4, 5, 6])
    }
}

@Suite struct SentenceSplitterTests {
    private func sentences(_ s: String) -> [String] {
        let text = NormalizedText(s)
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.split(tokens).map { r in text.text(tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end) }
    }

    @Test func survivesAbbreviationsAndInitials() {
        #expect(sentences("Gen. Michael Langley spoke on Jan. 5 in Niamey. Col. Amadou Abdramane replied.")
            == ["Gen. Michael Langley spoke on Jan. 5 in Niamey.", "Col. Amadou Abdramane replied."])
        #expect(sentences("The U.S. military left. J. Smith said so.") == ["The U.S. military left.", "J. Smith said so."])
    }

    @Test func headlinesAndQuotesEndSentences() {
        #expect(sentences("Troops leave Niger\n\nThe last unit left. \"It is over,\" he said.")
            == ["Troops leave Niger", "The last unit left.", "\"It is over,\" he said."])
    }

    @Test func wrappedLinesDoNotSplit() {
        #expect(sentences("Russian trainers arrived\nin Niamey on Friday.") == ["Russian trainers arrived\nin Niamey on Friday."])
    }
}

@Suite struct TextDecodingTests {
    @Test func rejectsWhatIsNotText() throws {
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(Data()) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(Data([0x4E, 0x00, 0x69])) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x4E, 0x00])) }
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode(Data([0x4E, 0xE9, 0x65])) } // Latin-1 "Né e"
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0x4E])) == "N")
    }
}

import Foundation

@Suite struct WordSetTests {
    private func token(_ s: String) -> Token { Tokenizer.tokenize(NormalizedText(s))[0] }

    @Test func findsMembersByTokenAndByKey() {
        let set: WordSet = ["troops", "deployed", "goita", ""]
        #expect(set.contains(token("Troops")) && set.contains(token("deployed")))
        #expect(set.contains(token("Goïta")))
        #expect(!set.contains(token("troop")) && !set.contains(token("soldiers")))
        #expect(set.contains("") && set.contains("troops") && !set.contains("Troops"))
        #expect(set.count == 4 && !set.isEmpty)
        let empty: WordSet = []
        #expect(empty.isEmpty && !empty.contains(token("troops")))
    }

    /// Far more words than the smallest table and than any one probe sequence: every member is
    /// found and no near miss is, so neither growing nor colliding loses a word.
    @Test func keepsEveryWordOfALargeList() {
        let words = (0..<5_000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(set.count == words.count)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!(5_000..<6_000).contains { set.contains("w\($0)") })
        #expect(Set(set.union(["x", "w1"])) == Set(words + ["x"]))
    }

    @Test func aTableKeepsTheLastValueOfARepeatedKey() {
        let table = WordTable([("niger", 1), ("mali", 2), ("niger", 3)])
        #expect(table["niger"] == 3 && table["mali"] == 2 && table["chad"] == nil)
        #expect(table[token("Mali")] == 2)
        #expect(table.allKeys == ["niger", "mali"])
    }

    @Test func aTokensHashFollowsItsKey() {
        var t = token("co")
        t.key = "cooperation"
        #expect(t.keyHash == WordHash.of("cooperation"))
        #expect(WordSet(["cooperation"]).contains(t))
    }
}

@Suite struct EntityTypesTests {
    @Test func holdsExactlyTheTypesGiven() {
        let types: EntityTypes = [.city, .base]
        #expect(types.contains(.city) && types.contains(.base))
        #expect(!types.contains(.state) && !types.contains(.region))
        let all = EntityTypes(EntityType.allCases.map(EntityTypes.init))
        #expect(EntityType.allCases.allSatisfy { all.contains($0) })
        #expect(EntityType.allCases.allSatisfy { t in EntityType.allCases.allSatisfy { EntityTypes(t).contains($0) == (t == $0) } })
    }
}
