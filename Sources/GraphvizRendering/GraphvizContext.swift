internal import CGraphviz
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The single owner of every libgvc/libcgraph call in the process.
///
/// Graphviz is not thread-safe: the `GVC_t` context, the layout engines, cgraph's string
/// dictionaries and its error state are all process-global. Every call therefore runs inside
/// ``perform(_:)``, which holds one lock for the whole build → layout → render → close
/// sequence; two renders from different threads simply take turns. A lock (rather than an
/// actor) keeps the public API synchronous, and holding it across the whole sequence is what
/// makes the captured error messages belong to the render that caused them.
final class GraphvizContext: @unchecked Sendable {
    /// The process-wide context, created (and its plugins loaded) on first use.
    static let shared = GraphvizContext()

    private let lock = NSLock()
    /// Output plugin types, looked up once (under the lock) on first need.
    fileprivate var cachedDevices: Set<String>?
    /// Never freed: Graphviz's plugins and their global state live for the whole process.
    private let gvc: OpaquePointer?

    private init() {
        gvc = gvContext()
        // Route every error and warning through our handler instead of stderr, so that a
        // library user sees Graphviz's messages in the thrown error rather than on the console.
        _ = agseterrf(graphvizMessageHandler)
        _ = agseterr(AGWARN)
    }

    /// Starts, once, the work that the first render would otherwise do on its own thread, on
    /// background threads, and returns at once: creating ``shared`` (which loads Graphviz's
    /// plugins and, through them, cairo, pango, glib and fontconfig) and reading the font
    /// configuration (which pango does, on a thread of its own that the first text measurement
    /// waits for). Both take milliseconds that a program about to draw can overlap with its
    /// own work.
    ///
    /// Nothing else touches Graphviz meanwhile: every use goes through ``shared``, whose
    /// one-time initialization makes a caller wait until the context is complete, and a layout
    /// first waits for both threads to end (a DOT export, which measures no text, does not).
    /// A process that calls `exit` while they still run waits for them first (`atexit`), so
    /// that no library is finalized under a thread that is still initializing it.
    static func prepareInBackground() {
        preparation.lock()
        defer { preparation.unlock() }
        guard !preparationStarted else { return }
        preparationStarted = true
        atexit { GraphvizContext.waitForPreparation() }
        #if canImport(Glibc)
        // Plain threads: they start at once, where Foundation's `Thread` was measured to start
        // milliseconds late while the caller was busy.
        var context = pthread_t()
        if pthread_create(&context, nil, { _ in
            _ = GraphvizContext.shared
            return nil
        }, nil) == 0 {
            preparationThreads.append(context)
        }
        var fonts = pthread_t()
        if pthread_create(&fonts, nil, { _ in
            GraphvizContext.loadFontConfiguration()
            return nil
        }, nil) == 0 {
            preparationThreads.append(fonts)
        }
        #else
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = GraphvizContext.shared
            done.signal()
        }
        preparationDone = done
        #endif
    }

    #if canImport(Glibc)
    /// Loads fontconfig's default configuration and font caches (`FcInit`), as pango does when
    /// Graphviz first measures text. Pango's own `FcInit` then finds it loaded: the call is
    /// idempotent and thread-safe, and the configuration is the same default one, so the
    /// drawings do not change. Without fontconfig there is nothing to prepare.
    private static func loadFontConfiguration() {
        guard let library = dlopen("libfontconfig.so.1", RTLD_LAZY) else { return }
        if let symbol = dlsym(library, "FcInit") {
            typealias FcInit = @convention(c) () -> Int32
            _ = unsafeBitCast(symbol, to: FcInit.self)()
        }
        // Not closed: pango keeps using the library.
    }
    #endif

    /// Waits until the threads that ``prepareInBackground()`` started have finished (at once if
    /// none was started or they were already waited for).
    static func waitForPreparation() {
        preparation.lock()
        defer { preparation.unlock() }
        #if canImport(Glibc)
        for thread in preparationThreads { pthread_join(thread, nil) }
        preparationThreads = []
        #else
        if let done = preparationDone {
            done.wait()
            preparationDone = nil
        }
        #endif
    }

    private static let preparation = NSLock()
    /// Guarded by `preparation`.
    nonisolated(unsafe) private static var preparationStarted = false
    #if canImport(Glibc)
    /// The preparing threads not yet joined; guarded by `preparation`.
    nonisolated(unsafe) private static var preparationThreads: [pthread_t] = []
    #else
    nonisolated(unsafe) private static var preparationDone: DispatchSemaphore?
    #endif

    /// Runs `body` with exclusive use of Graphviz. The error state is cleared before and
    /// after, so a failed render never leaks its messages or error level into the next one.
    func perform<T>(_ body: (Session) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc else {
            throw RenderError(kind: .graphviz, message: "Graphviz could not create a rendering context (gvContext failed)")
        }
        capturedGraphvizText = ""
        _ = agreseterrors()
        defer {
            capturedGraphvizText = ""
            _ = agreseterrors()
        }
        return try body(Session(gvc: gvc, context: self))
    }

    /// Graphviz as seen from inside ``GraphvizContext/perform(_:)``. Not `Sendable` and not
    /// escapable in practice: it is only handed to the closure that holds the lock.
    struct Session {
        let gvc: OpaquePointer
        let context: GraphvizContext

        /// Output plugin types installed (`svg`, `png`, `pdf`, …), cached per process.
        var devices: Set<String> {
            if let cached = context.cachedDevices { return cached }
            let found = plugins(kind: "device")
            context.cachedDevices = found
            return found
        }

        /// Lines Graphviz reported since the start of this ``GraphvizContext/perform(_:)``.
        var messages: [String] {
            capturedGraphvizText.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }

        /// True when Graphviz reported an error (not only warnings) in this session.
        var hasErrors: Bool { agerrors() >= Int32(AGERR.rawValue) }

        func failure(_ message: String) -> RenderError {
            RenderError(kind: .graphviz, message: message, graphvizMessages: messages)
        }

        /// Lays `graph` out with `engine`. On failure, frees whatever the engine left.
        func layout(_ graph: UnsafeMutablePointer<Agraph_t>, engine: String) throws {
            // Text is measured from here on: let a font configuration still being loaded in
            // the background (``GraphvizContext/prepareInBackground()``) finish first.
            GraphvizContext.waitForPreparation()
            // fdp and sfdp draw from the C library's random generators without always seeding
            // them, so their layouts would depend on every layout made before in the process
            // (Graphviz's own `dot` command shows it with two graphs in one file). Putting both
            // generators back in their start-of-process state makes every layout the one a
            // fresh `dot -Tsvg` makes.
            srand(1)
            var freshState: [UInt16] = [0, 0, 0]
            _ = seed48(&freshState)
            if gvLayout(gvc, graph, engine) != 0 {
                _ = gvFreeLayout(gvc, graph)
                throw failure("Graphviz could not lay the graph out with '\(engine)'")
            }
        }

        func freeLayout(_ graph: UnsafeMutablePointer<Agraph_t>) {
            _ = gvFreeLayout(gvc, graph)
        }

        /// Renders a laid-out graph to memory (`gvRenderData`, always paired with
        /// `gvFreeRenderData`).
        func render(_ graph: UnsafeMutablePointer<Agraph_t>, format: String) throws -> Data {
            var bytes: UnsafeMutablePointer<CChar>? = nil
            var length: UInt32 = 0
            let status = gvRenderData(gvc, graph, format, &bytes, &length)
            defer { if let bytes { gvFreeRenderData(bytes) } }
            guard status == 0, let bytes else {
                throw failure("Graphviz could not render the graph as '\(format)'")
            }
            return Data(bytes: bytes, count: Int(length))
        }

        /// The names Graphviz has plugins for, of one kind: `device` (output formats such as
        /// `png`, `svg`), `layout` (engines).
        func plugins(kind: String) -> Set<String> {
            var count: Int32 = 0
            guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
            defer { free(list) }
            var names: Set<String> = []
            for i in 0..<Int(count) {
                guard let entry = list[i] else { continue }
                names.insert(String(cString: entry).lowercased())
                free(entry)
            }
            return names
        }
    }
}

/// Text Graphviz reported during the current ``GraphvizContext/perform(_:)``. Only touched by
/// Graphviz's callback, which runs on the thread holding the context lock, and by that
/// thread itself; hence `nonisolated(unsafe)` is sound here.
nonisolated(unsafe) private var capturedGraphvizText = ""

/// cgraph's user error function: called with pieces of each message ("Error", ": ", text).
private let graphvizMessageHandler: agusererrf = { text in
    if let text { capturedGraphvizText += String(cString: text) }
    return 0
}
