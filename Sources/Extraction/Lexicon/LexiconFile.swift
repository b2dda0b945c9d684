import Foundation
import Yams
import NewsGraph

private struct EntriesWrapper<T: Decodable>: Decodable { var entries: [T] }

/// Reading lexicon files: `{"version": 1, "entries": [...]}` or a bare list of entries, in JSON
/// or YAML (YAML is read by Yams, which also reads JSON and tells the line of each entry).
enum LexiconFile {
    /// Decodes a built-in JSON file.
    static func decode<T: Decodable>(_ type: T.Type, from url: URL) throws -> [T] {
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(EntriesWrapper<T>.self, from: data).entries
        } catch {
            throw LexiconError(description: "\(url.path): \(error)")
        }
    }

    /// Decodes a user's file, with the line of the entry at fault in any error.
    static func decodeUserFile(_ url: URL) throws -> [LexiconEntry] {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(description: "\(path): no such file or it cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(description: "\(path): not UTF-8 text")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw LexiconError(description: "\(path): the file is empty")
            }
            root = node
        } catch let error as LexiconError {
            throw error
        } catch let error as YamlError {
            throw LexiconError(description: "\(path): \(describe(error))")
        }
        let list: [Node]
        if let sequence = root.sequence {
            list = Array(sequence)
        } else if let mapping = root.mapping, let entries = mapping["entries"]?.sequence {
            list = Array(entries)
        } else {
            throw LexiconError(description: "\(path): line \(line(root)): expected a list of entries or {\"entries\": [...]}")
        }
        var result: [LexiconEntry] = []
        for node in list {
            guard let mapping = node.mapping else {
                throw LexiconError(description: "\(path): line \(line(node)): an entry must be an object with \"name\" and \"type\"")
            }
            guard let name = mapping["name"]?.string, !name.isEmpty else {
                throw LexiconError(description: "\(path): line \(line(node)): entry without a \"name\"")
            }
            guard let typeNode = mapping["type"], let typeName = typeNode.string else {
                throw LexiconError(description: "\(path): line \(line(node)): entry '\(name)' has no \"type\"")
            }
            guard EntityType(rawValue: typeName) != nil, typeName != "other" else {
                let known = EntityType.allCases.filter { $0 != .other }.map(\.rawValue).joined(separator: ", ")
                throw LexiconError(description: "\(path): line \(line(typeNode)): unknown type '\(typeName)' for '\(name)' (known: \(known))")
            }
            do {
                result.append(try YAMLDecoder().decode(LexiconEntry.self, from: node))
            } catch {
                throw LexiconError(description: "\(path): line \(line(node)): entry '\(name)': \(describe(error))")
            }
        }
        return result
    }

    /// Yams marks count lines from 1.
    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func describe(_ error: Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
                let key = c.codingPath.map(\.stringValue).joined(separator: ".")
                return key.isEmpty ? c.debugDescription : "\"\(key)\" has the wrong type"
            case .keyNotFound(let key, _):
                return "missing \"\(key.stringValue)\""
            @unknown default:
                return "\(error)"
            }
        }
        return "\(error)".split(separator: "\n").joined(separator: " ")
    }
}

/// What one file of a lexicon folder holds, by its name: `given_names.txt` one name a line,
/// `roles.json` and `name_heads.json` their tables, any other `.json` entries.
enum LexiconPart {
    case givenNames([String])
    case roles([RoleEntry])
    case nameHeads([NameHeadEntry])
    case entries([LexiconEntry])
    case ignored

    init(decoding file: URL) throws {
        let name = file.lastPathComponent
        switch name {
        case "given_names.txt":
            let text = try String(contentsOf: file, encoding: .utf8)
            // Trimmed as Substrings: Foundation's trimming bridges each line to NSString, and the
            // file has thousands of lines read at every start.
            self = .givenNames(text.split(whereSeparator: \.isNewline).map { line in
                let start = line.firstIndex { !$0.isWhitespace } ?? line.endIndex
                let end = line[start...].lastIndex { !$0.isWhitespace }.map(line.index(after:)) ?? start
                return String(line[start..<end])
            }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
        case "roles.json": self = .roles(try LexiconFile.decode(RoleEntry.self, from: file))
        case "name_heads.json": self = .nameHeads(try LexiconFile.decode(NameHeadEntry.self, from: file))
        case _ where name.hasSuffix(".json"): self = .entries(try LexiconFile.decode(LexiconEntry.self, from: file))
        default: self = .ignored
        }
    }
}
