#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM while a file is being written: the temporary file in flight is removed,
/// so the previous output stays as it was and no `.name.tmp-PID` is left behind, and the process
/// ends at once with the shell's status for the signal (130, 143).
///
/// The handler does only async-signal-safe work: it reads a flag and a path kept in memory
/// allocated before the handler was installed, calls `unlink(2)` and `_exit(2)`.
enum Interruption {
    /// The temporary file being written, NUL-terminated (empty when none).
    nonisolated(unsafe) private static let pendingPath: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()
    /// 1 while `pendingPath` names a file to remove on a signal.
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<sig_atomic_t> = {
        let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        flag.initialize(to: 0)
        return flag
    }()
    private static let capacity = Int(PATH_MAX) + 1

    /// Installs the handlers (once, from `main`, before any work).
    static func install() {
        // Touch the globals now: their lazy initialization must not run inside the handler.
        _ = pendingPath
        _ = pending
        for signal in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = Interruption.handle
            #else
            action.__sigaction_handler.sa_handler = Interruption.handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        // A parent may have started us with the signals blocked (a thread of a libdispatch pool
        // blocks them, and a spawned child inherits the mask): unblock them, or they would wait
        // until the end and the run could not be stopped.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    private static let handle: @convention(c) (Int32) -> Void = { signal in
        if Interruption.pending.pointee != 0 { unlink(Interruption.pendingPath) }
        _exit(128 + signal)
    }

    /// Marks `path` as the temporary file in flight. Returns false when it is too long to keep
    /// (then it is not cleaned up on a signal, which PATH_MAX makes moot: open would fail too).
    @discardableResult
    static func begin(_ path: String) -> Bool {
        pending.pointee = 0
        let bytes = Array(path.utf8)
        guard bytes.count < capacity else { return false }
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(pendingPath).copyMemory(from: source.baseAddress!, byteCount: source.count)
        }
        pendingPath[bytes.count] = 0
        pending.pointee = 1
        return true
    }

    /// The temporary file is gone (renamed or removed): nothing to clean up any more.
    static func end() {
        pending.pointee = 0
    }
}
