import Foundation
import Testing

@Suite("newsgraph extract")
struct ExtractCommandTests {
    @Test("extracts a text file into a graph JSON with the document's source and SHA-256")
    func extractsOneFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("news.txt", "Russia deployed troops to Niger.\n")
        let result = try CLI.run(["extract", "news.txt", "-o", "graph.json"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty, "progress or noise on a non-terminal stderr: \(result.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: scratch.read("graph.json")) as? [String: Any])
        #expect(graph["format"] as? String == "newsgraph")
        #expect(graph["version"] as? Int == 1)
        let documents = try #require(graph["documents"] as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(documents.first?["id"] as? String == "d1")
        #expect(documents.first?["source"] as? String == "news.txt")
        #expect(documents.first?["sha256"] as? String == "c213d45eb54a7d8d370a0e56d15ed1a9439794cf1de8a54c7f2874e44f0c58ec")
        #expect(graph["entities"] is [Any])
        #expect(graph["relations"] is [Any])
        #expect(scratch.listing() == ["graph.json", "news.txt"], "a temporary file was left behind")
    }

    @Test("writes the graph to standard output without -o, and reads - as standard input")
    func standardStreams() throws {
        let result = try CLI.run(["extract", "-"], stdin: Data("Niger expelled French troops.\n".utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try jsonObject(result.stdout)
        let documents = try #require(graph["documents"] as? [[String: Any]])
        #expect(documents.first?["source"] as? String == "-")
    }

    @Test("--trace writes each document's sentences, mentions and relations with their rule, also from standard input")
    func traceExplainsEdges() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try CLI.run(["extract", "-", "--trace", "why.txt", "-o", "graph.json"], in: scratch.url,
                                 stdin: Data("Russia deployed troops to Niger. Paris would never leave.\n".utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let trace = String(decoding: try scratch.read("why.txt"), as: UTF8.self)
        #expect(trace.hasPrefix("== -\n[0] Russia deployed troops to Niger."))
        #expect(trace.contains("Russia deployed_to Niger [deploy-to]"))
        #expect(trace.contains("[1] Paris would never leave."))
        let relations = try #require(try JSONSerialization.jsonObject(with: scratch.read("graph.json")) as? [String: Any])["relations"] as? [Any]
        #expect(relations?.count == 1, "the traced run must extract what a plain run does")
    }

    @Test("--trace refuses the graph's own destination: one file would silently replace the other")
    func traceNeedsItsOwnFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("a.txt", "Russia deployed troops to Niger.\n")
        let clash = try CLI.run(["extract", "a.txt", "--trace", "out.json", "-o", "out.json"], in: scratch.url)
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("out.json") && clash.stderr.contains("--trace"), "stderr: \(clash.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("out.json").path))
        let bothOnStdout = try CLI.run(["extract", "a.txt", "--trace", "-"], in: scratch.url)
        #expect(bothOnStdout.status != 0)
    }

    @Test("walks folders recursively in path order, reading .txt and .text files only")
    func walksFolders() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("corpus/b.txt", "Mali left ECOWAS.\n")
        try scratch.write("corpus/a/c.text", "Niger left ECOWAS.\n")
        try scratch.write("corpus/README.md", "# Not news\n")
        try scratch.write("corpus/gold/01.gold.json", "{}")
        try scratch.write("corpus/.hidden/x.txt", "Hidden.\n")
        let result = try CLI.run(["extract", "corpus"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let documents = try #require(try jsonObject(result.stdout)["documents"] as? [[String: Any]])
        #expect(documents.compactMap { $0["source"] as? String } == ["corpus/a/c.text", "corpus/b.txt"])
        #expect(documents.compactMap { $0["id"] as? String } == ["d1", "d2"])
    }

    @Test("a missing input is one line naming it, and no output file appears")
    func missingInput() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try CLI.run(["extract", "nowhere.txt", "-o", "graph.json"], in: scratch.url)
        expectOneLineError(result, containing: ["nowhere.txt", "no such file"])
        #expect(!scratch.exists("graph.json"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an empty file and a folder without text files are clear errors naming the path")
    func emptyInputs() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("empty.txt", "")
        try scratch.write("docs/notes.json", "{}")
        expectOneLineError(try CLI.run(["extract", "empty.txt", "-o", "g.json"], in: scratch.url), containing: ["empty.txt", "empty"])
        expectOneLineError(try CLI.run(["extract", "docs", "-o", "g.json"], in: scratch.url), containing: ["docs", "no text files"])
        #expect(!scratch.exists("g.json"))
    }

    @Test("binary input and a broken lexicon file are one line naming the file")
    func unreadableInputs() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try Data([0x00, 0xFF, 0xFE, 0x01, 0x00]).write(to: scratch.url.appendingPathComponent("blob.txt"))
        try scratch.write("news.txt", "Russia deployed troops to Niger.\n")
        try scratch.write("lexicon.yaml", "states:\n  - [broken\n")
        expectOneLineError(try CLI.run(["extract", "blob.txt", "-o", "g.json"], in: scratch.url), containing: ["blob.txt"])
        let lexicon = try CLI.run(["extract", "news.txt", "--lexicon", "lexicon.yaml", "-o", "g.json"], in: scratch.url)
        expectOneLineError(lexicon, containing: ["lexicon.yaml"])
        #expect(!lexicon.stderr.contains(scratch.url.path), "the path is named twice: \(lexicon.stderr)")
        #expect(!scratch.exists("g.json"))
    }

    @Test("an output folder that does not exist is an error before any work")
    func missingOutputFolder() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("news.txt", "Russia deployed troops to Niger.\n")
        let result = try CLI.run(["extract", "news.txt", "-o", "missing/graph.json"], in: scratch.url)
        expectOneLineError(result, containing: ["missing/graph.json", "does not exist"])
        #expect(!scratch.exists("missing"))
    }
}
