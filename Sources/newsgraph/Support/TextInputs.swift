#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Extraction
import Foundation

/// The text files behind `extract` and `analyze` arguments.
enum TextInputs {
    /// File extensions read when walking a folder: `.txt` and `.text`. Markdown is not walked
    /// because corpus folders carry a `README.md` that is not news; a `.md` (or any) file named
    /// on the command line is read whatever its extension: the user chose it.
    static let extensions: Set<String> = ["txt", "text"]

    /// Expands arguments into files: a file as is, a folder into every regular file with a text
    /// extension under it (recursively, hidden files skipped, sorted by path for determinism),
    /// `-` into standard input. Errors name the path: missing, a folder without text files.
    static func collect(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        var stdinUsed = false
        for argument in arguments {
            if argument == "-" {
                guard !stdinUsed else { throw CLIError("-", "standard input given twice") }
                stdinUsed = true
                files.append("-")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw CLIError(argument, "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(argument)
                continue
            }
            let found = textFiles(under: argument)
            guard !found.isEmpty else {
                throw CLIError(argument, "no text files in this folder (looked for ." + extensions.sorted().joined(separator: ", .") + ")")
            }
            files += found
        }
        return files
    }

    /// Regular files with a text extension under `folder`, sorted by path.
    static func textFiles(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                continue
            }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    /// The largest text file read as one article (4 MiB). News articles are kilobytes; a file
    /// this big is a dump or a mistake, and is refused with its size rather than extracted.
    static let maximumFileSize = 4 << 20

    /// Reads and decodes the files as source documents `d1`, `d2`, … in order (all in memory:
    /// for a handful of files; `extract` streams with ``document(_:number:)``).
    static func documents(_ files: [String]) throws -> [SourceDocument] {
        try files.enumerated().map { try document($1, number: $0 + 1) }
    }

    /// Reads and decodes one file as the source document `d<number>`.
    static func document(_ file: String, number: Int) throws -> SourceDocument {
        if file != "-" {
            var info = stat()
            if stat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maximumFileSize {
                throw CLIError(file, "the file is too large to be one article (\(megabytes(Int(info.st_size))), at most \(megabytes(maximumFileSize))); split it into articles")
            }
        }
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Files.read(file)
        guard !data.isEmpty else { throw CLIError(file, "empty file: there is no text to extract") }
        guard data.count <= maximumFileSize else {
            throw CLIError(file, "the input is too large to be one article (\(megabytes(data.count)), at most \(megabytes(maximumFileSize))); split it into articles")
        }
        let text = try at(file) { try TextDecoding.decode(data) }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw CLIError(file, "the file holds only white space: there is no text to extract")
        }
        return SourceDocument(id: "d\(number)", source: file, text: text, sha256: sha256Hex(data))
    }

    /// The file's SHA-256 as 64 lower-case hex digits: it identifies the same text across graphs
    /// when they are merged.
    private static func sha256Hex(_ data: Data) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / Double(1 << 20))
    }
}
