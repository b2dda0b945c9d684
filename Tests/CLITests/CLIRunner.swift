import Foundation
import Testing

/// Runs the built `newsgraph` executable and captures what it does.
struct CLIResult {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: String
    var stderr: String

    /// Standard error's lines (without the empty last one).
    var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
}

enum CLI {
    /// The `newsgraph` executable next to the test bundle (`.build/debug/newsgraph`), or the
    /// one `NEWSGRAPH_EXECUTABLE` names.
    static let executable: URL? = {
        if let path = ProcessInfo.processInfo.environment["NEWSGRAPH_EXECUTABLE"] {
            return URL(fileURLWithPath: path)
        }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        let candidates = [
            argv0.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            argv0.deletingLastPathComponent().deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("newsgraph")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: url.path) {
                return url
            }
        }
        return nil
    }()

    /// Runs `newsgraph arguments…` in `directory`, feeding `stdin`, and waits for it.
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> CLIResult {
        let executable = try #require(executable, "the newsgraph executable was not found next to the tests; build it first")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently so that a full pipe never blocks the child.
        let errorData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, reason: process.terminationReason,
                         stdout: String(decoding: outputData, as: UTF8.self),
                         stderr: String(decoding: errorData.get(), as: UTF8.self))
    }
}

final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

/// A fresh temporary folder for one test, removed by `cleanUp()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    func read(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    /// Names in the folder (to check that a failure left no temporary or partial file).
    func listing() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }
}

/// The package's root folder (from this file's path) and the shared folder beside it.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let seeds = shared.appendingPathComponent("seeds")
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }
}

/// Expects a failure reported as exactly one `newsgraph: error: …` line and a non-zero status.
func expectOneLineError(_ result: CLIResult, containing parts: [String], status: Int32 = 1,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.reason == .exit, "terminated by a signal", sourceLocation: sourceLocation)
    #expect(result.status == status, "exit status \(result.status), stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "expected one line on stderr, got: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("newsgraph: error: "), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    for part in parts {
        #expect(result.stderr.contains(part), "stderr lacks '\(part)': \(result.stderr)", sourceLocation: sourceLocation)
    }
}

/// Parses JSON output into Foundation objects.
func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}
