import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("newsgraph house rules")
struct RobustnessTests {
    @Test("a missing graph, bad JSON and a wrong format are one line each, exit 1")
    func badGraphs() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("truncated.json", "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [")
        try scratch.write("other.json", "{\"format\": \"something\", \"version\": 1}")
        try scratch.write("empty.json", "")
        expectOneLineError(try CLI.run(["centrality", "missing.json"], in: scratch.url), containing: ["missing.json", "no such file"])
        expectOneLineError(try CLI.run(["path", "truncated.json", "a", "b"], in: scratch.url), containing: ["truncated.json", "JSON"])
        expectOneLineError(try CLI.run(["render", "other.json", "-o", "x.svg"], in: scratch.url), containing: ["other.json", "format"])
        expectOneLineError(try CLI.run(["export", "empty.json", "--format", "gexf"], in: scratch.url), containing: ["empty.json", "empty"])
        #expect(!scratch.exists("x.svg"))
    }

    @Test("a failing command leaves a previous output file as it was")
    func previousOutputIntact() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try scratch.write("paths.txt", "previous\n")
        let result = try CLI.run(["path", "g.json", "Russia", "Atlantis", "-o", "paths.txt"], in: scratch.url)
        expectOneLineError(result, containing: ["Atlantis"])
        #expect(String(decoding: try scratch.read("paths.txt"), as: UTF8.self) == "previous\n")
        #expect(scratch.listing() == ["g.json", "paths.txt"])
    }

    @Test("an unwritable output is one line and no file")
    func unwritableOutput() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try FileManager.default.createDirectory(atPath: scratch.path("locked"), withIntermediateDirectories: true)
        // A path under a file can never be written, even by root.
        let underFile = try CLI.run(["centrality", "g.json", "-o", "g.json/c.txt"], in: scratch.url)
        expectOneLineError(underFile, containing: ["g.json/c.txt", "not a folder"])
        chmod(scratch.path("locked"), 0o555)
        defer { chmod(scratch.path("locked"), 0o755) }
        guard access(scratch.path("locked"), W_OK) != 0 else {
            print("skipped: running as a user who can write anywhere (root), so a read-only folder cannot be tested")
            return
        }
        let result = try CLI.run(["centrality", "g.json", "-o", "locked/c.txt"], in: scratch.url)
        expectOneLineError(result, containing: ["locked/c.txt"])
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: scratch.path("locked"))) ?? []).isEmpty)
    }

    @Test("an output path that is a folder is an error")
    func outputIsFolder() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("g.json", Fixtures.graph)
        try FileManager.default.createDirectory(atPath: scratch.path("dir"), withIntermediateDirectories: true)
        expectOneLineError(try CLI.run(["centrality", "g.json", "-o", "dir"], in: scratch.url), containing: ["dir", "folder"])
    }

    @Test("standard output closed early (| head -1) ends quietly, without a signal")
    func earlyClose() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.write("chain.json", Fixtures.chain(3000))
        let executable = try #require(CLI.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["centrality", "chain.json", "--measure", "degree", "--format", "json"]
        process.currentDirectoryURL = scratch.url
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read up to the first newline, then close the read end like `head -1` does.
        var first = Data()
        while !first.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        try out.fileHandleForReading.close()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix("{"))
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 0)
        #expect(errors.isEmpty, "stderr: \(String(decoding: errors, as: UTF8.self))")
    }

    @Test("usage errors exit with ArgumentParser's usage status (EX_USAGE, 64)")
    func usageErrors() throws {
        let result = try CLI.run(["path", "g.json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage"))
        #expect(result.reason == .exit)
    }
}
