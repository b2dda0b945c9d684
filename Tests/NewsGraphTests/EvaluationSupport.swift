import Foundation
@testable import NewsGraph

/// Runs the reference scorer `../shared/eval/score.py` (beside the package root) for the
/// evaluation tests, and compares its JSON with ours value for value.
enum ReferenceScorer {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let script: URL = shared.appendingPathComponent("eval/score.py")

    /// True when score.py and python3 are there; otherwise prints why the comparison is skipped.
    static func available(_ test: String = #function) -> Bool {
        if FileManager.default.fileExists(atPath: script.path) { return true }
        print("⚠️ SKIPPED \(test): reference scorer not found at \(script.path) (needs ../shared beside the package root)")
        return false
    }

    /// Runs `python3 score.py ARGS…` and returns its standard output.
    static func run(_ arguments: [String]) throws -> String {
        try python([script.path] + arguments)
    }

    static func python(_ arguments: [String], input: Data? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        if input != nil { process.standardInput = inPipe }
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScorerFailure(message: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct ScorerFailure: Error { let message: String }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// A JSON value compared exactly: numbers as doubles, strings by code points.
indirect enum JSONValue: Equatable, CustomStringConvertible {
    case number(Double)
    case string([UInt8])
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(parsing text: String) throws {
        self.init(try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]))
    }

    init(_ any: Any) {
        switch any {
        case let s as String: self = .string(Array(s.utf8))
        case let n as NSNumber: self = .number(n.doubleValue)
        case let a as [Any]: self = .array(a.map(JSONValue.init))
        case let d as [String: Any]: self = .object(d.mapValues(JSONValue.init))
        default: self = .null
        }
    }

    var description: String {
        switch self {
        case .number(let d): return "\(d)"
        case .string(let s): return "\"\(String(decoding: s, as: UTF8.self))\""
        case .array(let a): return "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\($0): \(o[$0]!)" }.joined(separator: ", ") + "}"
        case .null: return "null"
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// Keys whose values differ, for readable failures.
    func differences(from other: JSONValue) -> [String] {
        guard case .object(let a) = self, case .object(let b) = other else { return self == other ? [] : ["value"] }
        return Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }.map {
            "\($0): ours \(a[$0]?.description ?? "absent") vs score.py \(b[$0]?.description ?? "absent")"
        }
    }
}

/// Serializes a gold annotation as a gold file.
func goldJSON(_ gold: GoldAnnotation) -> Data {
    var members: [(String, JSONWriter.Value)] = []
    if let id = gold.id { members.append(("id", .string(id))) }
    if let file = gold.file { members.append(("file", .string(file))) }
    members.append(("entities", .array(gold.entities.map {
        .object([("name", .string($0.name)), ("type", .string($0.type)), ("aliases", .array($0.aliases.map(JSONWriter.Value.string)))])
    })))
    members.append(("relations", .array(gold.relations.map {
        .object([("source", .string($0.source)), ("relation", .string($0.relation)), ("target", .string($0.target))])
    })))
    return Data(JSONWriter.serializeDocument(members).utf8)
}
