// Connected components.
//
// Undirected graphs: the usual connected components (networkx
// `connected_components`). Directed graphs: weakly connected components,
// ignoring directions (networkx `weakly_connected_components`).

extension CSRGraph {
    /// The component label of every node: labels are `0..<componentCount`,
    /// numbered in order of each component's smallest node.
    /// - Complexity: O(*n* + *m*).
    public func componentLabels() -> [Int] {
        let n = nodeCount
        var label = [Int](repeating: -1, count: n)
        var next = 0
        var stack = [Int]()
        for start in 0..<n where label[start] < 0 {
            label[start] = next
            stack.append(start)
            while let v = stack.popLast() {
                for p in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[p])
                    if label[w] < 0 { label[w] = next; stack.append(w) }
                }
                if isDirected {
                    for p in inOffsets[v]..<inOffsets[v + 1] {
                        let w = Int(inSources[p])
                        if label[w] < 0 { label[w] = next; stack.append(w) }
                    }
                }
            }
            next += 1
        }
        return label
    }

    /// The (weakly) connected components as sorted node lists, ordered by
    /// their smallest node.
    /// - Complexity: O(*n* + *m*).
    public func connectedComponents() -> [[Int]] {
        let labels = componentLabels()
        var comps = [[Int]](repeating: [], count: (labels.max() ?? -1) + 1)
        for (v, c) in labels.enumerated() { comps[c].append(v) }
        return comps
    }
}
