#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes to a file descriptor with `write(2)`, retrying short and interrupted writes. Returns
/// false on EPIPE (the reader went away) or another error, with `errno` set.
func writeAll(_ fd: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
        guard var p = buffer.baseAddress else { return true }
        var left = buffer.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            p += n
            left -= n
        }
        return true
    }
}

enum StandardOutput {
    /// Writes text to standard output. When the reader has closed the pipe (`| head -1`), the
    /// process ends at once, quietly, with status 0: there is nobody left to tell.
    static func write(_ text: String) {
        write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        if !writeAll(1, data) {
            if errno == EPIPE { exit(0) }
            StandardError.write("newsgraph: error: cannot write to standard output: \(String(cString: strerror(errno)))\n")
            exit(1)
        }
    }
}

enum StandardError {
    static func write(_ text: String) {
        _ = writeAll(2, Data(text.utf8))
    }

    /// True when standard error is a terminal (progress is shown only then).
    static var isTerminal: Bool { isatty(2) == 1 }
}

/// Ignore SIGPIPE so that a closed pipe is an EPIPE write error, handled quietly, rather than
/// a signal that kills the process.
func ignoreSIGPIPE() {
    signal(SIGPIPE, SIG_IGN)
}
