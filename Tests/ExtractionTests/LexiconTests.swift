import Testing
import Foundation
import NewsGraph
@testable import Extraction

@Suite struct LexiconTests {
    @Test func builtInKnowsTheSahel() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.entry(named: "Niger")?.demonyms?.contains("Nigerien") == true)
        #expect(lexicon.entry(named: "Nigeria")?.demonyms?.contains("Nigerien") != true)
        #expect(lexicon.entry(named: "Alliance of Sahel States")?.type == .alliance)
        #expect(lexicon.entries.filter { $0.type == .state }.count >= 195)
    }

    /// The resources beside the executable come first, then the source tree's; neither is no
    /// folder (so `builtIn()` throws a readable error instead of the process stopping).
    @Test func builtInFolderIsLookedForBesideTheExecutableThenInTheSources() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lexroot-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let executable = root.appendingPathComponent("bin")
        let sources = root.appendingPathComponent("Sources/Extraction")
        let sourceFile = sources.appendingPathComponent("Lexicon/Lexicon.swift").path
        #expect(Lexicon.builtInFolder(executableFolder: executable, sourceFile: sourceFile) == nil)
        let inSources = sources.appendingPathComponent("Resources/lexicon")
        try FileManager.default.createDirectory(at: inSources, withIntermediateDirectories: true)
        #expect(Lexicon.builtInFolder(executableFolder: executable, sourceFile: sourceFile)?.path == inSources.path)
        let beside = executable.appendingPathComponent("\(Lexicon.resourceBundleName)/lexicon")
        try FileManager.default.createDirectory(at: beside, withIntermediateDirectories: true)
        #expect(Lexicon.builtInFolder(executableFolder: executable, sourceFile: sourceFile)?.path == beside.path)
    }

    /// Successive missions are different actors: AMISOM, ATMIS and AUSSOM do not fold into one.
    @Test func successiveMissionsStayApart() throws {
        let lexicon = try Lexicon.builtIn()
        let names = ["AMISOM", "ATMIS", "AUSSOM"].map { acronym in lexicon.entries.first { $0.aliases?.contains(acronym) == true }?.name }
        #expect(names.allSatisfy { $0 != nil })
        #expect(Set(names.compactMap { $0 }).count == 3)
    }

    @Test func userFileOverridesAndAdds() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID()).yaml")
        try """
        entries:
          - name: Sahel Policy Institute
            type: organization
            aliases: [SPI]
          - name: Niger
            type: state
            demonyms: [Nigerien]
            capital: Niamey
        """.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var lexicon = try Lexicon.builtIn()
        try lexicon.merge(contentsOf: url)
        #expect(lexicon.entry(named: "Sahel Policy Institute")?.type == .organization)
        #expect(lexicon.entry(named: "Niger")?.aliases == nil)
    }

    @Test func badUserFileNamesLineAndProblem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID()).yaml")
        try "entries:\n  - name: Mars Base\n    type: planet\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var lexicon = try Lexicon.builtIn()
        #expect {
            try lexicon.merge(contentsOf: url)
        } throws: { error in
            let text = "\(error)"
            return text.contains(url.path) && text.contains("line 3") && text.contains("unknown type 'planet'")
        }
    }
}
