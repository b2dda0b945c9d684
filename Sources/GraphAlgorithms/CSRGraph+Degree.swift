// Degree centralities.
//
// Definition (networkx `degree_centrality`, `in_degree_centrality`,
// `out_degree_centrality`): the degree of a node divided by n - 1, the
// largest degree possible in a simple graph. With n <= 1 every node gets 1.
// Degrees follow networkx: an undirected self-loop adds 2; a directed
// self-loop adds 1 to both the in- and the out-degree; the degree of a node in
// a directed graph is in-degree + out-degree. Merged parallel edges count once.
//
// Reference: L. C. Freeman, "Centrality in networks: I. Conceptual
// clarification", Social Networks 1 (1979).

extension CSRGraph {
    /// Number of edge ends at `node`: an undirected self-loop counts twice; for
    /// a directed graph this is in-degree plus out-degree.
    /// - Complexity: O(1).
    @inlinable
    public func degree(of node: Int) -> Int {
        if isDirected { return inDegree(of: node) + outDegree(of: node) }
        return outOffsets[node + 1] - outOffsets[node] + (hasSelfLoop[node] ? 1 : 0)
    }

    /// Number of edges ending at `node` (the degree for an undirected graph).
    /// - Complexity: O(1).
    @inlinable
    public func inDegree(of node: Int) -> Int {
        isDirected ? inOffsets[node + 1] - inOffsets[node] : degree(of: node)
    }

    /// Number of edges starting at `node` (the degree for an undirected graph).
    /// - Complexity: O(1).
    @inlinable
    public func outDegree(of node: Int) -> Int {
        isDirected ? outOffsets[node + 1] - outOffsets[node] : degree(of: node)
    }

    /// Sum of the weights of the edges at `node`, with networkx's convention
    /// (an undirected self-loop counts twice). For a directed graph, in + out.
    /// - Complexity: O(*d*).
    public func weightedDegree(of node: Int) -> Double {
        if isDirected { return weightedInDegree(of: node) + weightedOutDegree(of: node) }
        var s = 0.0
        for p in outOffsets[node]..<outOffsets[node + 1] {
            s += outWeights[p]
            if Int(outTargets[p]) == node { s += outWeights[p] }
        }
        return s
    }

    /// Sum of the weights of the edges starting at `node`.
    /// - Complexity: O(*d*).
    public func weightedOutDegree(of node: Int) -> Double {
        guard isDirected else { return weightedDegree(of: node) }
        var s = 0.0
        for p in outOffsets[node]..<outOffsets[node + 1] { s += outWeights[p] }
        return s
    }

    /// Sum of the weights of the edges ending at `node`.
    /// - Complexity: O(*d*).
    public func weightedInDegree(of node: Int) -> Double {
        guard isDirected else { return weightedDegree(of: node) }
        var s = 0.0
        for p in inOffsets[node]..<inOffsets[node + 1] { s += inWeights[p] }
        return s
    }

    private func scaledDegrees(_ degree: (Int) -> Int) -> [Double] {
        if nodeCount <= 1 { return [Double](repeating: 1, count: nodeCount) }
        let s = 1.0 / (Double(nodeCount) - 1.0)
        return (0..<nodeCount).map { Double(degree($0)) * s }
    }

    /// Degree centrality: degree / (n - 1), as networkx `degree_centrality`.
    /// For a directed graph the degree is in-degree + out-degree, so values
    /// can exceed 1; so can an undirected node with a self-loop.
    /// - Complexity: O(*n*).
    public func degreeCentrality() -> [Double] { scaledDegrees(degree(of:)) }

    /// In-degree / (n - 1), as networkx `in_degree_centrality`. For an
    /// undirected graph this equals ``degreeCentrality()`` (networkx refuses
    /// undirected graphs here).
    /// - Complexity: O(*n*).
    public func inDegreeCentrality() -> [Double] { scaledDegrees(inDegree(of:)) }

    /// Out-degree / (n - 1), as networkx `out_degree_centrality`. For an
    /// undirected graph this equals ``degreeCentrality()``.
    /// - Complexity: O(*n*).
    public func outDegreeCentrality() -> [Double] { scaledDegrees(outDegree(of:)) }
}
