import Dispatch

/// Runs `body(worker, sources)` on up to `maxWorkers` threads, giving worker
/// `w` the sources `w, w + W, w + 2W, ...` (a strided split balances the work
/// of single-source traversals well enough without any shared counter).
///
/// Using a fixed number of workers, each owning its scratch arrays and
/// accumulators, keeps the inner loops free of locks and allocation.
@usableFromInline
func forEachSourceInParallel(
    _ sources: [Int], maxWorkers: Int = defaultWorkerCount, _ body: @escaping @Sendable (_ worker: Int, _ sources: [Int]) -> Void
) {
    let workers = max(1, min(maxWorkers, sources.count))
    if workers == 1 { body(0, sources); return }
    var split = [[Int]](repeating: [], count: workers)
    for (i, s) in sources.enumerated() { split[i % workers].append(s) }
    let buckets = split
    DispatchQueue.concurrentPerform(iterations: workers) { w in body(w, buckets[w]) }
}

/// Number of worker threads the parallel kernels use: the number of active
/// processors (at least 1).
@usableFromInline
let defaultWorkerCount: Int = max(1, ProcessInfoShim.activeProcessorCount)

@usableFromInline
enum ProcessInfoShim {
    @usableFromInline
    static var activeProcessorCount: Int {
        #if canImport(Glibc)
        return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #elseif canImport(Darwin)
        return Int(sysconf(_SC_NPROCESSORS_ONLN))
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-worker result slots: worker `w` writes only slot `w`, and the owner
/// reads them after all workers have finished, so no lock is needed. The
/// slots live in raw memory rather than a Swift array so that concurrent
/// writes to different slots never go through the array's shared
/// copy-on-write storage.
@usableFromInline
final class WorkerSlots<T>: @unchecked Sendable {
    @usableFromInline let count: Int
    @usableFromInline let storage: UnsafeMutablePointer<T?>

    @usableFromInline init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<T?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Stores worker `index`'s result. Call at most once per index, from that worker.
    @usableFromInline func store(_ value: T, at index: Int) { storage[index] = value }

    /// All stored results, in worker order. Call after the workers have finished.
    @usableFromInline var results: [T] { (0..<count).compactMap { storage[$0] } }
}
