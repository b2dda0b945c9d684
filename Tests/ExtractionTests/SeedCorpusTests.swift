import Testing
import Foundation
import NewsGraph
@testable import Extraction

/// Quality floors on real and example corpora, scored by the same rules as `score.py`.
///
/// The seed articles belong to their publishers and live outside the project (`../shared`); these
/// tests skip, visibly, on a machine that does not have them.
@Suite struct SeedCorpusTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Per-document micro-averaged counts with the reference scorer's rules, through score.py itself.
    static func score(texts: URL, gold: URL) throws -> [String: Double]? {
        let lexicon = try Lexicon.builtIn()
        let extractor = Extractor(lexicon: lexicon)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("seedscore-\(UUID())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var args = ["\(shared.path)/eval/score.py", "--json", "--per-doc"]
        let golds = try FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil).filter { $0.lastPathComponent.hasSuffix(".gold.json") }.sorted { $0.path < $1.path }
        for g in golds {
            let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: g)) as! [String: Any]
            let file = texts.appendingPathComponent(meta["file"] as! String)
            let text = try TextDecoding.decode(Data(contentsOf: file))
            let graph = extractor.extract(SourceDocument(id: "d1", source: file.path, text: text))
            let out = work.appendingPathComponent(g.lastPathComponent + ".graph.json")
            try GraphFormat.write(graph).write(to: out)
            args += [out.path, g.path]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + args
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var result: [String: Double] = [:]
        for key in ["entities", "entities_typed", "relations"] { result[key] = (json[key] as? [String: Any])?["f1"] as? Double }
        return result
    }

    @Test func seedArticlesMeetTheirFloors() throws {
        guard FileManager.default.fileExists(atPath: Self.shared.appendingPathComponent("seeds").path) else {
            print("SKIPPED seedArticlesMeetTheirFloors: ../shared/seeds is not on this machine")
            return
        }
        let f1 = try #require(try Self.score(texts: Self.shared.appendingPathComponent("seeds"), gold: Self.shared.appendingPathComponent("eval/seeds")))
        // The targets of the extraction issue, per document.
        #expect(f1["entities"]! >= 0.95)
        #expect(f1["entities_typed"]! >= 0.90)
        #expect(f1["relations"]! >= 0.80)
    }

    @Test func exampleEvalSetMeetsItsFloors() throws {
        guard FileManager.default.fileExists(atPath: Self.shared.appendingPathComponent("eval/score.py").path) else {
            print("SKIPPED exampleEvalSetMeetsItsFloors: ../shared/eval/score.py is not on this machine")
            return
        }
        // Floors a little under today's scores on the tuning sets (as `score.py` scores each folder
        // as one corpus): a rule change that costs more than a few relations fails here.
        for (folder, relationFloor) in [("dev", 0.75), ("dev2", 0.72), ("dev3", 0.70), ("dev4", 0.68), ("dev5", 0.71), ("dev6", 0.60), ("dev7", 0.62), ("dev8", 0.64),
                                        ("dev9", 0.59), ("dev10", 0.58), ("dev11", 0.55), ("dev12", 0.64), ("dev13", 0.60), ("dev14", 0.62), ("dev15", 0.54),
                                        ("dev16", 0.64), ("dev17", 0.60), ("dev18", 0.62), ("dev19", 0.54), ("dev20", 0.55),
                                        ("dev21", 0.52), ("dev22", 0.60), ("dev23", 0.65), ("dev24", 0.60), ("dev25", 0.65), ("dev26", 0.60),
                                        ("dev27", 0.57), ("dev28", 0.60), ("dev29", 0.58), ("dev30", 0.60), ("dev31", 0.50), ("dev32", 0.58),
                                        ("dev33", 0.54), ("dev34", 0.66), ("dev35", 0.62), ("dev37", 0.60), ("dev38", 0.60), ("dev39", 0.60), ("dev41", 0.56), ("dev42", 0.55), ("dev43", 0.62)] {
            let texts = Self.packageRoot.appendingPathComponent("examples/sahel-eval/\(folder)")
            let f1 = try #require(try Self.score(texts: texts, gold: texts.appendingPathComponent("gold")))
            #expect(f1["entities"]! >= 0.85, "\(folder)")
            #expect(f1["entities_typed"]! >= 0.75, "\(folder)")
            #expect(f1["relations"]! >= relationFloor, "\(folder)")
        }
    }
}
