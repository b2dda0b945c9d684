import Testing
@testable import Extraction

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
