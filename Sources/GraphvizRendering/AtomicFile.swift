import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old content or the complete new content,
/// never a partial file: the bytes go to a temporary file in the destination's own folder
/// (same file system, so the final `rename` is atomic), which is then renamed
/// over the destination. On any failure the temporary file is removed and the destination
/// is untouched.
///
/// There is deliberately no `fsync`: atomicity towards readers and failures comes from the
/// rename alone, and a drawing can always be made again, so paying a disk flush (tens of
/// milliseconds on a busy disk, more than a whole small render) for power-loss durability is
/// not worth it.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let destination = url.standardizedFileURL.path
        let folder = url.standardizedFileURL.deletingLastPathComponent().path
        func fail(_ reason: String) -> RenderError {
            RenderError(kind: .output, message: "cannot write '\(url.path)': \(reason)")
        }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw fail("the folder '\(folder)' does not exist")
        }
        guard isDirectory.boolValue else { throw fail("'\(folder)' is not a folder") }
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory), isDirectory.boolValue {
            throw fail("it is a folder")
        }

        // Keep the permissions of a file being replaced; new files get rw-r--r--.
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(destination, &existing) == 0 { mode = existing.st_mode & 0o7777 }

        let name = url.lastPathComponent
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw fail(String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var keepTemporary = false
        defer { if !keepTemporary { unlink(temporary) } }

        var writeError: Int32 = 0
        data.withUnsafeBytes { raw in
            guard var base = raw.baseAddress else { return }
            var remaining = raw.count
            while remaining > 0 {
                let n = Foundation.write(fd, base, remaining)
                if n < 0 {
                    if errno == EINTR { continue }
                    writeError = errno
                    return
                }
                base += n
                remaining -= n
            }
        }
        if writeError == 0 && fchmod(fd, mode) != 0 { writeError = errno }
        if close(fd) != 0 && writeError == 0 { writeError = errno }
        guard writeError == 0 else { throw fail(String(cString: strerror(writeError))) }

        guard rename(temporary, destination) == 0 else { throw fail(String(cString: strerror(errno))) }
        keepTemporary = true
    }
}
