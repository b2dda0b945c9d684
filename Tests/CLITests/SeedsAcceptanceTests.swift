import Foundation
import Testing

/// The acceptance check on the seed articles in `../shared/seeds` (outside the package: the
/// project must not contain their text).
@Suite("Seed articles (../shared/seeds)")
struct SeedsAcceptanceTests {
    @Test("extract the seeds, then Russia reaches the United States through Air Base 101, with sentences")
    func russiaToUnitedStates() throws {
        guard PackagePaths.hasSeeds else {
            print("skipped: \(PackagePaths.seeds.path) is absent")
            return
        }
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let extract = try CLI.run(["extract", PackagePaths.seeds.path, "-o", "g.json"], in: scratch.url)
        #expect(extract.status == 0, "stderr: \(extract.stderr)")
        let path = try CLI.run(["path", "g.json", "Russia", "United States"], in: scratch.url)
        #expect(path.status == 0, "stderr: \(path.stderr)")
        #expect(path.stdout.contains("Air Base 101"), "output: \(path.stdout)")
        // Every hop line is followed by at least one quoted sentence (after the line that names
        // the pair's other relations, if any).
        let lines = path.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let hopLines = lines.indices.filter { lines[$0].contains("—") }
        #expect(!hopLines.isEmpty)
        for i in hopLines {
            var next = i + 1
            if next < lines.count, lines[next].hasPrefix("(also:") { next += 1 }
            #expect(next < lines.count && lines[next].hasPrefix("\""), "no sentence under '\(lines[i])'")
        }
        // One of the paths goes through the base both forces use, and the hops around it are the
        // seeds' own sentences about it.
        let viaBase = path.stdout.components(separatedBy: "\n\n").first { $0.contains("Russia —") && $0.contains("Air Base 101") }
        #expect(viaBase != nil, "output: \(path.stdout)")
    }
}

@Suite("eval agrees with score.py on the seed articles")
struct EvalAgreementTests {
    /// `python3` on the PATH, if any.
    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test("per document and corpus, newsgraph eval prints score.py's four lines")
    func agreesWithScorePy() throws {
        let gold = PackagePaths.shared.appendingPathComponent("eval/seeds")
        let scorer = PackagePaths.shared.appendingPathComponent("eval/score.py")
        guard PackagePaths.hasSeeds, FileManager.default.fileExists(atPath: scorer.path), let python = Self.python else {
            print("skipped: needs \(PackagePaths.seeds.path), \(scorer.path) and python3")
            return
        }
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let texts = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        let golds = try FileManager.default.contentsOfDirectory(atPath: gold.path).filter { $0.hasSuffix(".json") }.sorted()
        try #require(texts.count == golds.count && !texts.isEmpty)
        var pairs: [String] = []
        for (text, goldFile) in zip(texts, golds) {
            let graph = scratch.path(text + ".json")
            let result = try CLI.run(["extract", PackagePaths.seeds.appendingPathComponent(text).path, "-o", graph])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            pairs += [graph, gold.appendingPathComponent(goldFile).path]
        }
        func scorePy(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [scorer.path] + arguments
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        func firstLines(_ text: String) -> [Substring] { Array(text.split(separator: "\n").prefix(4)) }

        let perDoc = try CLI.run(["eval", PackagePaths.seeds.path, "--per-doc", "--gold", gold.path])
        #expect(perDoc.status == 0, "stderr: \(perDoc.stderr)")
        #expect(firstLines(perDoc.stdout) == firstLines(try scorePy(["--per-doc"] + pairs)))

        let corpusGraph = scratch.path("all.json")
        #expect(try CLI.run(["extract", PackagePaths.seeds.path, "-o", corpusGraph]).status == 0)
        let corpus = try CLI.run(["eval", corpusGraph, "--gold", gold.path])
        #expect(corpus.status == 0, "stderr: \(corpus.stderr)")
        let goldPaths = golds.map { gold.appendingPathComponent($0).path }
        #expect(firstLines(corpus.stdout) == firstLines(try scorePy([corpusGraph] + goldPaths)))
    }
}
