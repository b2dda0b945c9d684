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
        // Every hop line is followed by at least one quoted sentence.
        let lines = path.stdout.split(separator: "\n")
        let hopLines = lines.indices.filter { lines[$0].contains("—") }
        #expect(!hopLines.isEmpty)
        for i in hopLines {
            #expect(i + 1 < lines.count && lines[i + 1].trimmingCharacters(in: .whitespaces).hasPrefix("\""),
                    "no sentence under '\(lines[i])'")
        }
    }
}
