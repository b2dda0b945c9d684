#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NewsGraph

enum Files {
    /// Reads a file's bytes, with a one-line error naming the path when it is missing, a folder
    /// or unreadable.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(path, "no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError(path, "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(path, "cannot read the file (permission denied?)")
        }
        return data
    }

    /// Reads and checks a graph JSON file; `-` reads standard input.
    static func readGraph(_ path: String) throws -> TypedGraph {
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try read(path)
        guard !data.isEmpty else { throw CLIError(path, "empty file: expected a NewsGraph graph JSON") }
        try checkUTF8(data, path)
        return try at(path) { try GraphFormat.read(data) }
    }

    /// Refuses a structured input (graph JSON, CSV, edge list, GraphML) that is not UTF-8 text,
    /// saying which it is, before its parser reports a confusing syntax error (or a UTF-16 JSON
    /// is read as something else): UTF-16 (byte-order mark), binary (NUL bytes), or a legacy
    /// 8-bit encoding such as Latin-1 (invalid UTF-8).
    static func checkUTF8(_ data: Data, _ path: String) throws {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw CLIError(path, "the file is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
        }
        if data.contains(0) { throw CLIError(path, "binary data, not text (it contains NUL bytes)") }
        let valid = data.withUnsafeBytes { raw in String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
        guard valid else {
            throw CLIError(path, "not valid UTF-8 (Latin-1 or another legacy encoding?); convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")
        }
    }

    /// Writes `data` to `path` atomically: into a temporary file in the same folder, then renamed
    /// over `path`. A failure leaves no partial file and any previous file intact.
    /// The file is flushed (`fsync`) before the rename, so that a power loss cannot leave an
    /// empty file where the user's previous one was.
    /// - Parameter createFolder: create the folder when missing (otherwise it is an error).
    static func writeAtomically(_ data: Data, to path: String, createFolder: Bool = false) throws {
        let folder = folder(of: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError(path, "is a folder; give a file name")
        }
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if createFolder {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw CLIError(path, "cannot create the folder '\(folder)'")
                }
            } else {
                throw CLIError(path, "the folder '\(folder)' does not exist")
            }
        } else if !isDirectory.boolValue {
            throw CLIError(path, "'\(folder)' is not a folder")
        }
        // Keep the permissions of a file being replaced; new files get rw-r--r--.
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let temporary = folder + "/." + lastComponent(of: path) + ".tmp-\(getpid())"
        // From here until the rename, SIGINT or SIGTERM removes the temporary file.
        Interruption.begin(temporary)
        defer { Interruption.end() }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard fd >= 0 else {
            throw CLIError(path, "cannot write: \(String(cString: strerror(errno)))")
        }
        var ok = writeAll(fd, data)
        var writeError = errno
        if ok && fchmod(fd, mode) != 0 { ok = false; writeError = errno }
        if ok && fsync(fd) != 0 { ok = false; writeError = errno }
        if close(fd) != 0 && ok {
            ok = false
            writeError = errno
        }
        guard ok else {
            unlink(temporary)
            throw CLIError(path, "cannot write: \(String(cString: strerror(writeError)))")
        }
        guard rename(temporary, path) == 0 else {
            let renameError = errno
            unlink(temporary)
            throw CLIError(path, "cannot write: \(String(cString: strerror(renameError)))")
        }
    }

    /// The file name at the end of a path (`out/graph.svg` → `graph.svg`), trailing slashes
    /// ignored, as `URL.lastPathComponent` gives it (without building a URL, which costs a
    /// short command a noticeable part of a millisecond the first time).
    static func lastComponent(of path: String) -> String {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/"), name.count > 1 { name = name[name.index(after: slash)...] }
        return String(name)
    }

    /// The folder part of a path as the user wrote it (`.` for a bare file name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// Writes text to `path` atomically, or to standard output when `path` is nil or `-`.
    static func emit(_ text: String, to path: String?) throws {
        try emit(Data(text.utf8), to: path)
    }

    /// Writes bytes (a graph JSON as ``GraphFormat/write(_:)`` makes it: no copy through a
    /// String, which for a 40 MB graph saved two copies at the peak).
    static func emit(_ data: Data, to path: String?) throws {
        if let path, path != "-" {
            try writeAtomically(data, to: path)
        } else {
            StandardOutput.write(data)
        }
    }

    /// Checks, before any work, that an output file could be written there: its folder exists.
    static func checkOutput(_ path: String?) throws {
        guard let path, path != "-" else { return }
        let folder = folder(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CLIError(path, "the folder '\(folder)' does not exist")
        }
        guard isDirectory.boolValue else { throw CLIError(path, "'\(folder)' is not a folder") }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError(path, "is a folder; give a file name")
        }
    }
}
