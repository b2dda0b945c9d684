import Testing
@testable import GraphAlgorithms

/// Degenerate inputs: empty graph, one node, isolated nodes, self-loops,
/// disconnected graphs, invalid weights and arguments.
@Suite("edge cases")
struct EdgeCaseTests {
    @Test func emptyGraph() throws {
        let g = try CSRGraph(nodeCount: 0, edges: [(Int, Int, Double)](), directed: false)
        #expect(g.degreeCentrality().isEmpty)
        #expect(g.closenessCentrality().isEmpty)
        #expect(g.harmonicCentrality().isEmpty)
        #expect(g.betweennessCentrality().isEmpty)
        #expect(g.edgeBetweennessCentrality().isEmpty)
        #expect(try g.pageRank().isEmpty)
        #expect(try g.katzCentrality().isEmpty)
        #expect(try g.hits().hubs.isEmpty)
        #expect(try g.coreNumbers().isEmpty)
        #expect(g.connectedComponents().isEmpty)
        #expect(g.louvainCommunities().communities.isEmpty)
        #expect(throws: GraphError.self) { try g.eigenvectorCentrality() }
        #expect(throws: GraphError.self) { try g.shortestPaths(from: 0) }
    }

    @Test func singleNode() throws {
        let g = try CSRGraph(nodeCount: 1, edges: [(Int, Int, Double)](), directed: true)
        #expect(g.degreeCentrality() == [1])       // networkx: 1 when n <= 1
        #expect(g.inDegreeCentrality() == [1])
        #expect(g.closenessCentrality() == [0])
        #expect(g.harmonicCentrality() == [0])
        #expect(g.betweennessCentrality() == [0])
        #expect(try g.pageRank() == [1])
        #expect(try g.eigenvectorCentrality() == [1])
        #expect(try g.coreNumbers() == [0])
        #expect(try g.shortestPath(from: 0, to: 0)?.nodes == [0])
        #expect(try g.kShortestSimplePaths(from: 0, to: 0, k: 3).map(\.nodes) == [[0]])
        let r = g.louvainCommunities()
        #expect(r.communities == [[0]])
        #expect(r.modularity == 0)
    }

    @Test func isolatedNodesGetZeroes() throws {
        let g = try CSRGraph(nodeCount: 4, edges: [(0, 1)], directed: false)
        #expect(g.closenessCentrality()[2] == 0)
        #expect(g.betweennessCentrality() == [0, 0, 0, 0])
        #expect(g.connectedComponents() == [[0, 1], [2], [3]])
        let pr = try g.pageRank()
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
        #expect(pr[2] == pr[3])
        #expect(try g.shortestPaths(from: 0).distances == [0, 1, .infinity, .infinity])
        #expect(try g.allShortestPaths(from: 0, to: 3).isEmpty)
        #expect(try g.simplePaths(from: 0, to: 3, maxHops: 5).isEmpty)
    }

    @Test func selfLoopDegreeFollowsNetworkx() throws {
        let u = try CSRGraph(nodeCount: 2, edges: [(0, 0), (0, 1)], directed: false)
        #expect(u.degree(of: 0) == 3)                       // the loop adds 2
        #expect(u.successors(of: 0) == [0, 1])              // but is listed once
        #expect(u.degreeCentrality() == [3, 1])
        let d = try CSRGraph(nodeCount: 2, edges: [(0, 0), (0, 1)], directed: true)
        #expect(d.inDegree(of: 0) == 1 && d.outDegree(of: 0) == 2 && d.degree(of: 0) == 3)
        #expect(u.betweennessCentrality() == [0, 0])
        #expect(u.edgeBetweennessCentrality()[u.edgeIndex(from: 0, to: 0)!] == 0)
    }

    @Test func coreNumberRefusesSelfLoops() throws {
        let g = try CSRGraph(nodeCount: 2, edges: [(0, 0), (0, 1)], directed: false)
        #expect(throws: GraphError.self) { try g.coreNumbers() }
        do { _ = try g.coreNumbers() } catch let e as GraphError {
            #expect(e.description.contains("self-loops"))
        }
    }

    @Test("zero, negative, NaN and infinite weights are rejected with a message",
          arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func invalidWeights(_ w: Double) throws {
        let edges = [(0, 1, 1.0), (1, 2, w)]
        #expect(throws: GraphError.self) { try CSRGraph(nodeCount: 3, edges: edges, directed: false) }
        let error = try #require(CSRGraph.validateWeights(edges))
        #expect(error.description.contains("edge #1 (1 -> 2)"))
        #expect(error.description.contains("strictly positive"))
        // Unweighted graphs ignore the weights altogether.
        #expect(try CSRGraph(nodeCount: 3, edges: edges, directed: false, weighted: false).edgeCount == 2)
    }

    @Test func endpointsOutOfRangeAreRejected() {
        #expect(throws: GraphError.self) { try CSRGraph(nodeCount: 2, edges: [(0, 2)], directed: false) }
        #expect(throws: GraphError.self) { try CSRGraph(nodeCount: 2, edges: [(-1, 0)], directed: true) }
        #expect(throws: GraphError.self) { try CSRGraph(nodeCount: -1, edges: [(Int, Int)](), directed: true) }
    }

    @Test func invalidArgumentsAreRejected() throws {
        let g = try CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        #expect(throws: GraphError.self) { try g.shortestPath(from: 0, to: 3) }
        #expect(throws: GraphError.self) { try g.personalizedPageRank(seeds: [7]) }
        #expect(throws: GraphError.self) { try g.personalizedPageRank(seeds: []) }
        #expect(throws: GraphError.self) { try g.pageRank(personalization: [1, 2]) }
        #expect(throws: GraphError.self) { try g.modularity(labels: [0, 0]) }
        #expect(throws: GraphError.self) { try g.modularity(communities: [[0, 1]]) }
        #expect(throws: GraphError.self) { try g.modularity(communities: [[0, 1], [1, 2]]) }
    }

    @Test func nonConvergenceIsReported() throws {
        // Katz with alpha above 1/λmax diverges; networkx raises, so do we.
        let g = try CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], directed: false)
        #expect(throws: GraphError.failedToConverge(measure: "Katz centrality", iterations: 1000)) {
            try g.katzCentrality(alpha: 0.9)
        }
        let path = try CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: false)
        #expect(throws: GraphError.self) { try path.pageRank(maxIterations: 1, tolerance: 1e-300) }
    }

    @Test func disconnectedDirectedComponentsAreWeak() throws {
        let g = try CSRGraph(nodeCount: 5, edges: [(1, 0), (2, 1), (4, 3)], directed: true)
        #expect(g.connectedComponents() == [[0, 1, 2], [3, 4]])
        #expect(g.componentLabels() == [0, 0, 0, 1, 1])
        #expect(try g.shortestPath(from: 0, to: 2) == nil)           // directions matter for paths
        #expect(try g.shortestPath(from: 2, to: 0)?.nodes == [2, 1, 0])
    }

    @Test func reversedGraph() throws {
        let g = try CSRGraph(nodeCount: 3, edges: [(0, 1, 2), (1, 2, 3)], directed: true)
        let r = g.reversed()
        #expect(r.successors(of: 2) == [1])
        #expect(r.edge(r.edgeIndex(from: 2, to: 1)!).weight == 3)
        #expect(g.closenessCentrality() == r.reversed().closenessCentrality())
    }
}
