import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 7: an interrupted run leaves the previous output as it was; output into a pipe that
/// closes early ends quietly.
@Suite("interruptions and early-closed pipes")
struct InterruptionTests {
    /// A corpus big enough that extracting it takes a while even in a release build.
    static func corpus(in scratch: Scratch, files: Int) throws {
        let sentences = [
            "Russian instructors landed in Niamey on Thursday.",
            "Niger revoked its military accord with the United States.",
            "The last US troops left Air Base 201 in Agadez.",
            "Mali, Burkina Faso and Niger quit ECOWAS.",
            "Wagner fighters were deployed to Mali.",
            "The junta in Niamey expelled the French ambassador.",
        ]
        for i in 0..<files {
            var text = ""
            for j in 0..<40 { text += sentences[(i + j * 7) % sentences.count] + (j % 5 == 4 ? "\n\n" : " ") }
            try scratch.write("corpus/\(i / 100)/a\(i).txt", text)
        }
    }

    @Test("SIGTERM and SIGINT mid-extract: the old output byte for byte, no temporary file, 143/130", arguments: [SIGTERM, SIGINT])
    func interruptedExtract(_ signal: Int32) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try Self.corpus(in: scratch, files: 1500)
        let previous = Data("{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [], \"relations\": []}\n".utf8)
        try previous.write(to: scratch.url.appendingPathComponent("g.json"))
        let before = scratch.listing()

        let process = Process()
        process.executableURL = try #require(CLI.executable)
        process.arguments = ["extract", "corpus", "-o", "g.json"]
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Let it get going (lexicon loaded, files being extracted), then interrupt it.
        Thread.sleep(forTimeInterval: 1.5)
        #expect(process.isRunning, "extract finished before it could be interrupted; make the corpus bigger")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit, "ended by the signal itself, not the handler")
        #expect(process.terminationStatus == 128 + signal)
        #expect(try scratch.read("g.json") == previous)
        #expect(scratch.listing() == before, "left behind: \(scratch.listing())")
    }

    /// Reads the first line of a command's standard output, closes the pipe like `head -1`,
    /// and returns how the command ended and what it said on standard error.
    static func firstLineThenClose(_ arguments: [String], in scratch: Scratch) throws -> (first: String, process: Process, stderr: String) {
        let process = Process()
        process.executableURL = try #require(CLI.executable)
        process.arguments = arguments
        process.currentDirectoryURL = scratch.url
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        try out.fileHandleForReading.close()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: first, as: UTF8.self), process, String(decoding: errors, as: UTF8.self))
    }

    @Test("| head -1 after centrality, path, export, import and extract ends quietly", arguments: [
        ["centrality", "chain.json", "--measure", "degree"],
        ["centrality", "chain.json", "--measure", "degree", "--format", "csv"],
        ["path", "chain.json", "Entity 0", "Entity 2999"],
        ["path", "chain.json", "Entity 0", "Entity 2999", "--format", "json"],
        ["export", "chain.json", "--format", "graphml"],
        ["export", "chain.json", "--format", "json"],
        ["import", "chain.csv"],
        ["extract", "corpus"],
    ])
    func earlyClose(_ arguments: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("chain.json", Fixtures.chain(3000))
        try scratch.write("chain.csv", "source,relation,target\n" + (1..<3000).map { "Entity \($0 - 1),related_to,Entity \($0)\n" }.joined())
        if arguments[0] == "extract" { try Self.corpus(in: scratch, files: 60) }
        let (first, process, errors) = try Self.firstLineThenClose(arguments, in: scratch)
        #expect(!first.isEmpty)
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        #expect(errors.isEmpty, "stderr: \(errors)")
    }

    @Test("extract shows progress when standard error is a terminal, and only then")
    func progressOnTerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("skipped: no /usr/bin/script to run newsgraph on a pseudo-terminal")
            return
        }
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try Self.corpus(in: scratch, files: 30)
        let executable = try #require(CLI.executable).path
        // script(1) runs the command on a pseudo-terminal and copies what it shows to stdout.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(executable)' extract corpus -o g.json", "/dev/null"]
        process.currentDirectoryURL = scratch.url
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let shown = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(shown.contains("extracting 30/30 files"), "shown: \(shown)")
        #expect(scratch.exists("g.json"))
        // Piped, it says nothing.
        let piped = try CLI.run(["extract", "corpus", "-o", "g2.json"], in: scratch.url)
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
    }
}
