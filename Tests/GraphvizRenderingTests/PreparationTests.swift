import Foundation
import Testing
import NewsGraph
@testable import GraphvizRendering

/// ``GraphvizRenderer/prepare()`` only moves work to other threads and earlier: the drawings
/// stay byte for byte the same, and calling it any number of times is harmless.
@Suite struct PreparationTests {
    @Test func preparingChangesNoDrawing() throws {
        let graph = SahelFixture.graph()
        let options = RenderOptions(title: "Prepared", filter: GraphFilter(includeUnasserted: true))
        let before = try GraphvizRenderer.render(graph, options: options)
        GraphvizRenderer.prepare()
        GraphvizRenderer.prepare()
        let after = try GraphvizRenderer.render(graph, options: options)
        #expect(after == before)
        let dot = try GraphvizRenderer.render(graph, options: RenderOptions(format: .dot))
        #expect(!dot.isEmpty)
    }

    @Test func waitingWithoutPreparationReturnsAtOnce() {
        GraphvizContext.waitForPreparation()
        GraphvizContext.waitForPreparation()
    }
}

/// The format and engine names are trimmed as `trimmingCharacters(in: .whitespaces)` would,
/// without going through `NSString`.
@Suite struct SpaceTrimmingTests {
    @Test func trimsWhatFoundationTrims() {
        var samples = [" svg ", "\tSVG\t", "\u{00A0}png\u{3000}", "\nsvg\n", "\u{200B}dot\u{200B}", "", "   ",
                       " \u{301}x", "a b", "\u{2003}\u{2009}dot\u{202F}", "\u{1680}x\u{205F}", "\u{85}x", "\u{0B}x\u{0C}",
                       "\u{FEFF}x", "x\u{E0020}", "\u{10FFFF}x\u{10FFFF}"]
        for value in UInt32(0)...0x3100 {
            if let scalar = Unicode.Scalar(value) { samples.append(String(scalar) + "x" + String(scalar)) }
        }
        let different = samples.filter { trimmedOfSpaces($0) != $0.trimmingCharacters(in: .whitespaces) }
        #expect(different.isEmpty, "\(different.map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }
}
