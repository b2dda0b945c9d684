import Extraction
import Foundation
import NewsGraph
import Testing

/// Inputs on which scripts/fuzz.sh (libFuzzer, Fuzz/ExtractorFuzz.swift) crashed the extractor,
/// kept as bytes (base64: this target declares no resources). Each must extract without
/// crashing, exactly as the fuzz entry point runs it.
@Suite("fuzz regressions: the text extractor")
struct ExtractorFuzzRegressionTests {
    static let inputs: [(name: String, base64: String)] = [
        // "ANALYSIS…1U— Who gets Niger’s": a possessive as the text's last token made
        // MentionFinder.capitalizedRun read one token past the end.
        ("possessive at the end of the text", "QU5BTFlTSVNmXWVjcn5yeSAxVeKAlCBXaG8gZ2V0cyBOaWdlcuKAmXM="),
        // "Mali pushed": a frame that needs a closing word ("pushed … out") whose trigger ends
        // the clause built an empty-reversed range past it.
        ("trigger of a closed frame as the last word", "TWFsaSBwdXNoZWQ="),
    ]

    @Test("no crash", arguments: inputs.map(\.name))
    func noCrash(_ name: String) throws {
        let base64 = try #require(Self.inputs.first { $0.name == name }?.base64)
        let data = try #require(Data(base64Encoded: base64))
        let extractor = Extractor(lexicon: try Lexicon.builtIn(), keepUnasserted: true)
        guard let text = try? TextDecoding.decode(data) else { return }
        let graph = extractor.extract(SourceDocument(id: "d1", source: "fuzz.txt", text: text))
        _ = try GraphFormat.read(GraphFormat.write(graph))
    }
}
