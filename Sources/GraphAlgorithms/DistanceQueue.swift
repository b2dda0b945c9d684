import HeapModule

/// An entry of the Dijkstra priority queue: ordered by distance, ties by node
/// index so runs are deterministic.
@usableFromInline
struct DistanceEntry: Comparable, Sendable {
    @usableFromInline var distance: Double
    @usableFromInline var node: Int32
    @usableFromInline init(_ distance: Double, _ node: Int32) { self.distance = distance; self.node = node }
    @usableFromInline static func < (a: DistanceEntry, b: DistanceEntry) -> Bool {
        a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
    }
}

@usableFromInline typealias DistanceHeap = Heap<DistanceEntry>
