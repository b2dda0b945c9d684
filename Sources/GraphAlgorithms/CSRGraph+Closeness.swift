// Closeness and harmonic centrality: measures built on the distances *to* a
// node.
//
// Closeness (networkx `closeness_centrality`, wf_improved=True):
//     C(u) = (r - 1) / sum_v d(v, u) * (r - 1) / (n - 1)
// where r counts the nodes that can reach u (u included) and d(v, u) is the
// shortest-path distance from v to u. The second factor is the
// Wasserman–Faust correction, which scales down nodes of small components.
// A node nobody reaches (or n <= 1) gets 0. For directed graphs networkx
// uses incoming distances, and so do we. Weighted graphs use weights as
// lengths (networkx `distance="weight"`).
// Reference: S. Wasserman and K. Faust, Social Network Analysis (1994);
// L. C. Freeman, Social Networks 1 (1979).
//
// Harmonic (networkx `harmonic_centrality`):
//     H(u) = sum_{v != u} 1 / d(v, u)
// with 1/inf = 0, unnormalized. networkx runs a search from every v and adds
// 1/d(v, u) to u, so for directed graphs it too sums over incoming
// distances. Reference: M. Marchiori and V. Latora, "Harmony in the
// small-world", Physica A 285 (2000); P. Boldi and S. Vigna, "Axioms for
// centrality", Internet Mathematics 10 (2014).

extension CSRGraph {
    /// Closeness centrality of every node, as networkx
    /// `closeness_centrality(G)` (or `distance="weight"` when weighted).
    ///
    /// Runs one reverse BFS (Dijkstra when weighted) per node, split across
    /// the available cores.
    /// - Complexity: O(*n*·*m*) unweighted, O(*n*·*m* log *n*) weighted.
    public func closenessCentrality() -> [Double] {
        let n = nodeCount
        return incomingDistanceSums({ reached, total in
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reached) - 1
            return r / total * (r / Double(n - 1))
        }, harmonic: false)
    }

    /// Harmonic centrality of every node, as networkx `harmonic_centrality(G)`
    /// (or `distance="weight"` when weighted): the sum of 1/d(v, u) over all
    /// other nodes v that reach u.
    /// - Complexity: O(*n*·*m*) unweighted, O(*n*·*m* log *n*) weighted.
    public func harmonicCentrality() -> [Double] {
        incomingDistanceSums({ _, total in total }, harmonic: true)
    }

    /// For every node u, searches the transposed graph from u and folds the
    /// distances: `finish(reachedCount, sum)` where the sum is of d or of 1/d.
    private func incomingDistanceSums(
        _ finish: (_ reached: Int, _ sum: Double) -> Double, harmonic: Bool
    ) -> [Double] {
        let n = nodeCount
        var result = [Double](repeating: 0, count: n)
        if n == 0 { return result }
        let partial = WorkerSlots<[(Int, Int, Double)]>(count: defaultWorkerCount)
        forEachSourceInParallel(Array(0..<n)) { worker, sources in
            var out = [(Int, Int, Double)]()
            out.reserveCapacity(sources.count)
            if isWeighted {
                var dist = [Double](repeating: .infinity, count: n)
                var settled = [Int32]()
                var heap = DistanceHeap()
                for s in sources {
                    heap.insert(DistanceEntry(0, Int32(s))); dist[s] = 0
                    while let e = heap.popMin() {
                        let v = Int(e.node)
                        if e.distance > dist[v] { continue }
                        settled.append(e.node)
                        for p in inOffsets[v]..<inOffsets[v + 1] {
                            let w = Int(inSources[p])
                            let nd = e.distance + inWeights[p]
                            if nd < dist[w] { dist[w] = nd; heap.insert(DistanceEntry(nd, Int32(w))) }
                        }
                    }
                    var total = 0.0
                    for v in settled {
                        let d = dist[Int(v)]
                        if d > 0 { total += harmonic ? 1 / d : d }
                        dist[Int(v)] = .infinity
                    }
                    out.append((s, settled.count, total))
                    settled.removeAll(keepingCapacity: true)
                }
            } else {
                // Flat scratch arrays, unchecked access: this loop is the whole cost.
                let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                dist.initialize(repeating: -1, count: n)
                let queue = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                queue.initialize(repeating: 0, count: n)
                defer { dist.deallocate(); queue.deallocate() }
                inOffsets.withUnsafeBufferPointer { off in
                inSources.withUnsafeBufferPointer { src in
                    for s in sources {
                        var head = 0, tail = 1
                        queue[0] = Int32(s); dist[s] = 0
                        // Nodes are dequeued level by level: sum per level.
                        var total = 0.0
                        var level: Int32 = 0, levelCount = 0
                        while head < tail {
                            let v = Int(queue[head]); head &+= 1
                            let dv = dist[v]
                            if dv != level {
                                if level > 0 {
                                    total += harmonic ? Double(levelCount) / Double(level)
                                        : Double(levelCount) * Double(level)
                                }
                                level = dv; levelCount = 0
                            }
                            levelCount &+= 1
                            var p = off[v]
                            let end = off[v &+ 1]
                            while p < end {
                                let w = Int(src[p])
                                if dist[w] < 0 { dist[w] = dv &+ 1; queue[tail] = Int32(w); tail &+= 1 }
                                p &+= 1
                            }
                        }
                        if level > 0 {
                            total += harmonic ? Double(levelCount) / Double(level)
                                : Double(levelCount) * Double(level)
                        }
                        for i in 0..<tail { dist[Int(queue[i])] = -1 }
                        out.append((s, tail, total))
                    }
                }}
            }
            partial.store(out, at: worker)
        }
        for slot in partial.results {
            for (s, reached, total) in slot { result[s] = finish(reached, total) }
        }
        return result
    }
}
