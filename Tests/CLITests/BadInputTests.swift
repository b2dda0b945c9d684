import Foundation
import Testing

/// Issue 7: every command that reads an input, against every kind of bad input. Each case is
/// one `newsgraph: error: <input>: <problem>` line, a non-zero status, and an output file that
/// was there before (a sentinel) left byte for byte as it was, with no temporary file beside it.
/// (`RobustnessTests` covers the first cases written; these tables fill in the rest.)
@Suite("bad input, for every command that reads it")
struct BadInputTests {
    static let sentinel = "previous output\n"

    /// A command that reads one input and writes `out.*`.
    struct Reader: CustomStringConvertible, Sendable {
        var name: String
        var output: String
        var arguments: @Sendable (_ input: String, _ output: String) -> [String]
        var description: String { name }
    }

    static let gold = PackagePaths.root.appendingPathComponent("examples/niger-air-base/gold/01.gold.json").path

    static let textReaders: [Reader] = [
        Reader(name: "extract", output: "out.json") { ["extract", $0, "-o", $1] },
        Reader(name: "analyze", output: "out") { ["analyze", $0, "-o", $1] },
        Reader(name: "eval texts", output: "out.txt") { ["eval", $0, "--gold", gold, "-o", $1] },
    ]

    static let graphReaders: [Reader] = [
        Reader(name: "centrality", output: "out.txt") { ["centrality", $0, "-o", $1] },
        Reader(name: "path", output: "out.txt") { ["path", $0, "Russia", "Niger", "-o", $1] },
        Reader(name: "render", output: "out.svg") { ["render", $0, "-o", $1] },
        Reader(name: "report", output: "out.html") { ["report", $0, "-o", $1] },
        Reader(name: "export", output: "out.graphml") { ["export", $0, "--format", "graphml", "-o", $1] },
        Reader(name: "eval graph", output: "out.txt") { ["eval", $0, "--gold", gold, "-o", $1] },
    ]

    static let importReaders: [Reader] = [
        Reader(name: "import csv", output: "out.json") { ["import", $0, "-o", $1] },
        Reader(name: "import edge list", output: "out.json") { ["import", "--edgelist", $0, "-o", $1] },
    ]

    /// A bad input: how to make it in the scratch folder, and what the message must say.
    struct BadInput: CustomStringConvertible, Sendable {
        var name: String
        /// The file or folder name given to the command (its extension is the reader's).
        var file: String
        var make: @Sendable (_ scratch: Scratch, _ path: String) throws -> Void
        var expected: [String]
        var description: String { name }
    }

    static let fiftyMB = 50 << 20
    static let tenMB = 10 << 20

    /// Writes `count` bytes by repeating `unit` (fast, and without holding 50 MB twice).
    static func writeRepeated(_ unit: String, count: Int, prefix: String = "", to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var block = Data(prefix.utf8)
        let chunk = Data(String(repeating: unit, count: max(1, (1 << 20) / unit.utf8.count)).utf8)
        var written = 0
        while written < count {
            if block.isEmpty { block = chunk }
            let piece = block.prefix(count - written)
            try handle.write(contentsOf: piece)
            written += piece.count
            block = Data()
        }
    }

    /// Bad inputs common to every reader.
    static func common(_ ext: String) -> [BadInput] {
        [
            BadInput(name: "missing file", file: "missing.\(ext)", make: { _, _ in }, expected: ["missing.\(ext)", "no such file"]),
            BadInput(name: "empty file", file: "empty.\(ext)", make: { _, path in
                FileManager.default.createFile(atPath: path, contents: Data())
            }, expected: ["empty.\(ext)", "empty"]),
            BadInput(name: "binary file", file: "binary.\(ext)", make: { _, path in
                try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: path))
            }, expected: ["binary.\(ext)", "binary"]),
            BadInput(name: "Latin-1 text", file: "latin1.\(ext)", make: { _, path in
                // "Caf\u{E9} in Niamey, \u{AB}Niger\u{BB}" in ISO-8859-1: bytes that are not UTF-8.
                var bytes = Array("Café in Niamey, «Niger» ".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
                bytes += Array("Russia deployed troops to Niger.\n".utf8)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }, expected: ["latin1.\(ext)", "UTF-8"]),
            BadInput(name: "UTF-16 text", file: "utf16.\(ext)", make: { _, path in
                var data = Data([0xFF, 0xFE])
                data.append("Russia deployed troops to Niger.\n".data(using: .utf16LittleEndian)!)
                try data.write(to: URL(fileURLWithPath: path))
            }, expected: ["utf16.\(ext)", "UTF-16"]),
        ]
    }

    static let textInputs: [BadInput] = common("txt") + [
        BadInput(name: "folder with no text", file: "notext", make: { scratch, path in
            try scratch.write("notext/README.md", "# Not news\n")
            try scratch.write("notext/data.csv", "a,b\n")
        }, expected: ["notext", "no text files"]),
        BadInput(name: "50 MB file", file: "big.txt", make: { _, path in
            try writeRepeated("Russian instructors landed in Niamey on Thursday. ", count: fiftyMB, to: path)
        }, expected: ["big.txt", "too large", "50.0 MB"]),
        BadInput(name: "10 MB line without a newline", file: "line.txt", make: { _, path in
            try writeRepeated("Russian instructors landed in Niamey and ", count: tenMB, to: path)
        }, expected: ["line.txt", "too large", "10.0 MB"]),
    ]

    static let graphInputs: [BadInput] = common("json") + [
        BadInput(name: "a folder", file: "folder.json", make: { scratch, _ in
            try scratch.write("folder.json/g.json", Fixtures.graph)
        }, expected: ["folder.json", "folder"]),
        BadInput(name: "50 MB file", file: "big.json", make: { _, path in
            // Valid JSON up to the 50th megabyte, where it stops: the whole file must be read.
            try writeRepeated("{\"id\": \"e\", \"name\": \"E\", \"type\": \"other\"}, ", count: fiftyMB,
                              prefix: "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [", to: path)
        }, expected: ["big.json"]),
        BadInput(name: "10 MB line without a newline", file: "line.json", make: { _, path in
            try writeRepeated("Niger", count: tenMB,
                              prefix: "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [{\"id\": \"", to: path)
        }, expected: ["line.json"]),
        BadInput(name: "truncated JSON", file: "truncated.json", make: { scratch, path in
            try Data(Fixtures.graph.utf8.prefix(Fixtures.graph.utf8.count / 2)).write(to: URL(fileURLWithPath: path))
        }, expected: ["truncated.json"]),
        BadInput(name: "wrong value types", file: "types.json", make: { _, path in
            try Fixtures.graph.replacingOccurrences(of: "\"mentions\": 4", with: "\"mentions\": \"four\"")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["types.json", "mentions"]),
        BadInput(name: "entities not a list", file: "shape.json", make: { _, path in
            try "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": {\"id\": \"a\"}, \"relations\": []}"
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["shape.json", "entities"]),
        BadInput(name: "dangling relation id", file: "dangling.json", make: { _, path in
            try Fixtures.graph.replacingOccurrences(of: "\"target\": \"niamey\"", with: "\"target\": \"atlantis\"")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["dangling.json", "atlantis"]),
        BadInput(name: "duplicate entity id", file: "duplicate.json", make: { _, path in
            try Fixtures.graph.replacingOccurrences(of: "\"id\": \"chatham-house\"", with: "\"id\": \"niamey\"")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["duplicate.json", "niamey"]),
        BadInput(name: "unknown version", file: "version.json", make: { _, path in
            try Fixtures.graph.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 99")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["version.json", "version 99"]),
        BadInput(name: "unknown entity type", file: "etype.json", make: { _, path in
            try Fixtures.graph.replacingOccurrences(of: "\"type\": \"base\"", with: "\"type\": \"spaceship\"")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["etype.json", "spaceship"]),
    ]

    static let importInputs: [BadInput] = common("csv") + [
        BadInput(name: "a folder", file: "folder.csv", make: { scratch, _ in
            try scratch.write("folder.csv/a.csv", "source,relation,target\nA,related_to,B\n")
        }, expected: ["folder.csv", "folder"]),
        BadInput(name: "50 MB file", file: "big.csv", make: { _, path in
            try writeRepeated("Russia,deployed_to,Niger,0\n", count: fiftyMB, prefix: "source,relation,target,weight\n", to: path)
        }, expected: ["big.csv"]),
        BadInput(name: "10 MB line without a newline", file: "line.csv", make: { _, path in
            try writeRepeated("Niger ", count: tenMB, to: path)
        }, expected: ["line.csv"]),
    ]

    static let graphMLReaders: [Reader] = [
        Reader(name: "import graphml", output: "out.json") { ["import", $0, "-o", $1] },
    ]

    static let graphMLInputs: [BadInput] = common("graphml") + [
        BadInput(name: "truncated GraphML", file: "cut.graphml", make: { _, path in
            try "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\"><node id=\"a\"/><edge source=\"a\" tar"
                .write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["cut.graphml"]),
        BadInput(name: "10 MB line without a newline", file: "line.graphml", make: { _, path in
            try writeRepeated("<node id=\"n\"/>", count: tenMB,
                              prefix: "<?xml version=\"1.0\"?><graphml><graph edgedefault=\"directed\">", to: path)
        }, expected: ["line.graphml"]),
    ]

    /// eval's gold files (the graph it scores is good.json).
    static let goldReaders: [Reader] = [
        Reader(name: "eval gold", output: "out.txt") { ["eval", "good.json", "--gold", $0, "-o", $1] },
    ]

    static let goldInputs: [BadInput] = common("json") + [
        BadInput(name: "truncated gold", file: "cut.json", make: { _, path in
            let gold = try String(contentsOfFile: BadInputTests.gold, encoding: .utf8)
            try String(gold.prefix(gold.count / 2)).write(toFile: path, atomically: false, encoding: .utf8)
        }, expected: ["cut.json"]),
    ]

    struct Case: CustomStringConvertible, Sendable {
        var reader: Reader
        var input: BadInput
        var description: String { "\(reader.name): \(input.name)" }
    }

    static func cases(_ readers: [Reader], _ inputs: [BadInput]) -> [Case] {
        readers.flatMap { reader in inputs.map { Case(reader: reader, input: $0) } }
    }

    /// Runs one case in a fresh folder holding a sentinel output, and checks the house rules.
    static func check(_ c: Case) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("good.json", Fixtures.graph)
        try c.input.make(scratch, scratch.path(c.input.file))
        let outputIsFolder = c.reader.output == "out"
        let sentinelFile = outputIsFolder ? "out/graph.json" : c.reader.output
        try scratch.write(sentinelFile, sentinel)
        let before = scratch.listing()
        let result = try CLI.run(c.reader.arguments(c.input.file, c.reader.output), in: scratch.url)
        expectOneLineError(result, containing: c.input.expected)
        #expect(result.stderr.count < 2000, "an error line of \(result.stderr.count) characters")
        #expect(String(decoding: try scratch.read(sentinelFile), as: UTF8.self) == sentinel, "the previous output changed")
        #expect(scratch.listing() == before, "files appeared or vanished: \(scratch.listing())")
        if outputIsFolder {
            #expect((try? FileManager.default.contentsOfDirectory(atPath: scratch.path("out"))) == ["graph.json"])
        }
    }

    @Test("text inputs", arguments: cases(textReaders, textInputs))
    func textInput(_ c: Case) throws { try Self.check(c) }

    @Test("graph JSON inputs", arguments: cases(graphReaders, graphInputs))
    func graphInput(_ c: Case) throws { try Self.check(c) }

    @Test("import inputs", arguments: cases(importReaders, importInputs))
    func importInput(_ c: Case) throws { try Self.check(c) }

    @Test("GraphML inputs", arguments: cases(graphMLReaders, graphMLInputs))
    func graphMLInput(_ c: Case) throws { try Self.check(c) }

    @Test("gold inputs", arguments: cases(goldReaders, goldInputs))
    func goldInput(_ c: Case) throws { try Self.check(c) }

    /// An unknown name given to an option: one line naming it, the usage status (64) for values
    /// ArgumentParser checks, 1 for names checked against the graph; the output untouched.
    struct UnknownName: CustomStringConvertible, Sendable {
        var arguments: [String]
        var expected: [String]
        var status: Int32
        var description: String { arguments.joined(separator: " ") }
    }

    static let unknownNames: [UnknownName] = [
        UnknownName(arguments: ["centrality", "g.json", "--measure", "fame"], expected: ["--measure", "fame", "known measures"], status: 1),
        UnknownName(arguments: ["centrality", "g.json", "--format", "xml"], expected: ["xml", "--format", "json"], status: 64),
        UnknownName(arguments: ["centrality", "g.json", "--entity-type", "spaceship"], expected: ["spaceship", "known types"], status: 64),
        UnknownName(arguments: ["centrality", "g.json", "--relation", "befriends"], expected: ["befriends", "known relations"], status: 64),
        UnknownName(arguments: ["path", "g.json", "Russia", "Atlantis"], expected: ["g.json", "Atlantis"], status: 1),
        UnknownName(arguments: ["path", "g.json", "Russia", "Niger", "--format", "yaml"], expected: ["yaml", "--format"], status: 64),
        UnknownName(arguments: ["render", "g.json", "--engine", "warp"], expected: ["--engine", "warp", "known engines"], status: 1),
        UnknownName(arguments: ["render", "g.json", "--format", "bmp"], expected: ["--format", "bmp"], status: 1),
        UnknownName(arguments: ["render", "g.json", "--size-by", "fame"], expected: ["--size-by", "fame"], status: 1),
        UnknownName(arguments: ["render", "g.json", "--focus", "Atlantis"], expected: ["Atlantis"], status: 1),
        UnknownName(arguments: ["export", "g.json", "--format", "xlsx"], expected: ["xlsx", "--format"], status: 64),
        UnknownName(arguments: ["eval", "g.json", "--gold", gold, "--ignore-type", "spaceship"], expected: ["spaceship"], status: 64),
    ]

    @Test("unknown entity, measure, format, engine", arguments: unknownNames)
    func unknownName(_ c: UnknownName) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try scratch.write("out.txt", Self.sentinel)
        let result = try CLI.run(c.arguments + ["-o", "out.txt"], in: scratch.url)
        expectOneLineError(result, containing: c.expected, status: c.status)
        #expect(String(decoding: try scratch.read("out.txt"), as: UTF8.self) == Self.sentinel)
        #expect(scratch.listing() == ["g.json", "out.txt"])
    }

    /// Every command that writes a file, into a folder that does not exist, under a regular file
    /// (never writable, even by root), and under /proc.
    static let writers: [[String]] = [
        ["extract", "a.txt", "-o"],
        ["analyze", "a.txt", "-o"],
        ["centrality", "g.json", "-o"],
        ["path", "g.json", "Russia", "Niger", "-o"],
        ["render", "g.json", "-o"],
        ["report", "g.json", "-o"],
        ["export", "g.json", "--format", "gexf", "-o"],
        ["import", "t.csv", "-o"],
        ["eval", "g.json", "--gold", gold, "-o"],
    ]

    struct BadOutput: CustomStringConvertible, Sendable {
        var command: [String]
        var output: String
        var expected: [String]
        var description: String { "\(command[0]) -o \(output)" }
    }

    static let badOutputs: [BadOutput] = writers.flatMap { command in
        let ext = command[0] == "render" ? "svg" : command[0] == "report" ? "html" : "out"
        // analyze creates its output folder (with its parents), by design: no "nowhere" case.
        return (command[0] == "analyze" ? [] : [
            BadOutput(command: command, output: "nowhere/x.\(ext)", expected: ["nowhere/x.\(ext)", "does not exist"]),
        ]) + [
            BadOutput(command: command, output: "a.txt/x.\(ext)", expected: ["a.txt/x.\(ext)"]),
            BadOutput(command: command, output: "/proc/newsgraph-test/x.\(ext)", expected: ["/proc/newsgraph-test/x.\(ext)"]),
        ]
    }

    @Test("an output that cannot be written", arguments: badOutputs)
    func badOutput(_ c: BadOutput) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try scratch.write("a.txt", "Russian instructors landed in Niamey. Niger expelled the United States.\n")
        try scratch.write("t.csv", "source,relation,target\nRussia,deployed_to,Niger\n")
        let before = scratch.listing()
        let result = try CLI.run(c.command + [c.output], in: scratch.url)
        // analyze creates its output folder, so its message is about creating it.
        expectOneLineError(result, containing: c.command[0] == "analyze" ? [c.output] : c.expected)
        #expect(scratch.listing() == before)
        #expect(String(decoding: try scratch.read("a.txt"), as: UTF8.self).hasPrefix("Russian"))
    }

    @Test("a 512 kB line without sentence punctuation, under the size limit, is extracted (sentences are capped)")
    func longLineExtracted() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try Self.writeRepeated("Russian instructors landed in Niamey and ", count: 512 << 10, to: scratch.path("line.txt"))
        let started = Date()
        let result = try CLI.run(["extract", "line.txt", "-o", "g.json"], in: scratch.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try jsonObject(String(decoding: try scratch.read("g.json"), as: UTF8.self))
        let names = ((graph["entities"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("Niamey"))
        // Before the cap, the per-sentence stages made a 200 kB sentence take 13 s (debug).
        #expect(Date().timeIntervalSince(started) < 120)
    }
}
