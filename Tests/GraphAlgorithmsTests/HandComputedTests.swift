import Testing
@testable import GraphAlgorithms

/// Tiny graphs whose answers can be worked out by hand.
@Suite("hand-computed answers")
struct HandComputedTests {
    /// 0 - 1 - 2 - 3, a path.
    let path4 = try! CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], directed: false)
    /// A star: centre 0, leaves 1...4.
    let star = try! CSRGraph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], directed: false)

    @Test func pathBetweenness() {
        // Node 1 lies on 0-2 and 0-3: 2 pairs out of C(3,2) = 3 possible.
        let bc = path4.betweennessCentrality()
        #expect(maxDifference(bc, [0, 2.0 / 3, 2.0 / 3, 0]) < 1e-12)
        #expect(maxDifference(path4.betweennessCentrality(normalized: false), [0, 2, 2, 0]) < 1e-12)
        // Edge 1-2 carries pairs {0,1,...}: (0,2),(0,3),(1,2),(1,3) = 4 of n(n-1)/2... networkx
        // normalizes undirected edge values by n(n-1) after counting both directions: 8/12.
        let e = path4.edgeIndex(from: 1, to: 2)!
        #expect(abs(path4.edgeBetweennessCentrality()[e] - 8.0 / 12) < 1e-12)
    }

    @Test func starCentralities() throws {
        #expect(star.betweennessCentrality() == [1, 0, 0, 0, 0])
        #expect(star.degreeCentrality() == [1, 0.25, 0.25, 0.25, 0.25])
        #expect(star.closenessCentrality()[0] == 1)
        #expect(abs(star.closenessCentrality()[1] - 4.0 / 7) < 1e-12)  // distances 1,2,2,2
        #expect(abs(star.harmonicCentrality()[1] - 2.5) < 1e-12)         // 1 + 3 * 1/2
        #expect(try star.coreNumbers() == [1, 1, 1, 1, 1])
        let pr = try star.pageRank()
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
        #expect(pr[0] > pr[1])
    }

    @Test func directedCycleIsSymmetric() throws {
        let cycle = try CSRGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], directed: true)
        for v in try cycle.pageRank() { #expect(abs(v - 1.0 / 3) < 1e-9) }
        #expect(cycle.closenessCentrality().allSatisfy { abs($0 - 2.0 / 3) < 1e-12 })  // 2 / (1 + 2)
        #expect(cycle.betweennessCentrality().allSatisfy { abs($0 - 0.5) < 1e-12 })   // 1 / ((n-1)(n-2))
    }

    @Test func weightedShortestPathPrefersLightEdges() throws {
        // 0 -> 2 directly costs 10, via 1 costs 3.
        let g = try CSRGraph(nodeCount: 3, edges: [(0, 2, 10), (0, 1, 1), (1, 2, 2)], directed: true)
        let p = try #require(try g.shortestPath(from: 0, to: 2))
        #expect(p.nodes == [0, 1, 2])
        #expect(p.cost == 3)
        let k = try g.kShortestSimplePaths(from: 0, to: 2, k: 5)
        #expect(k.map(\.nodes) == [[0, 1, 2], [0, 2]])
        #expect(k.map(\.cost) == [3, 10])
        // Unweighted: the direct edge wins.
        let u = try CSRGraph(nodeCount: 3, edges: [(0, 2, 10), (0, 1, 1), (1, 2, 2)], directed: true, weighted: false)
        #expect(try u.shortestPath(from: 0, to: 2)?.nodes == [0, 2])
    }

    @Test func filtersRestrictPaths() throws {
        // Square 0-1-2-3-0 with diagonal 0-2.
        let g = try CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)], directed: false)
        #expect(try g.shortestPath(from: 0, to: 2)?.nodes == [0, 2])
        let noDiagonal = TraversalFilter.excludingEdges([g.edgeIndex(from: 2, to: 0)!], edgeCount: g.edgeCount)
        let all = try g.allShortestPaths(from: 0, to: 2, filter: noDiagonal).map(\.nodes)
        #expect(all == [[0, 1, 2], [0, 3, 2]])
        let no1 = TraversalFilter.excludingNodes([1], nodeCount: 4)
        #expect(try g.allShortestPaths(from: 0, to: 2, filter: no1).map(\.nodes) == [[0, 2]])
        let both = TraversalFilter(allowedNodes: [true, false, true, true],
                                   edgePredicate: { from, to, _ in !(from == 0 && to == 2) })
        #expect(try g.shortestPath(from: 0, to: 2, filter: both)?.nodes == [0, 3, 2])
        let blocked = TraversalFilter.excludingNodes([2], nodeCount: 4)
        #expect(try g.shortestPath(from: 0, to: 2, filter: blocked) == nil)
        #expect(try g.simplePaths(from: 0, to: 2, maxHops: 3, filter: no1).map(\.nodes) == [[0, 2], [0, 3, 2]])
        #expect(try g.kShortestSimplePaths(from: 0, to: 2, k: 10, filter: noDiagonal).count == 2)
    }

    @Test func simplePathsRespectHopLimit() throws {
        let g = try CSRGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)], directed: false)
        #expect(try g.simplePaths(from: 0, to: 2, maxHops: 1).map(\.nodes) == [[0, 2]])
        #expect(try g.simplePaths(from: 0, to: 2, maxHops: 2).count == 3)
        #expect(try g.simplePaths(from: 1, to: 3, maxHops: 3).count == 4)
    }

    @Test func louvainOnTwoCliques() throws {
        // Two triangles joined by one edge: the obvious split.
        let edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]
        let g = try CSRGraph(nodeCount: 6, edges: edges, directed: false)
        let r = g.louvainCommunities(seed: 1)
        #expect(r.communities == [[0, 1, 2], [3, 4, 5]])
        // Q = 2 * (3/7 - (7/14)^2) = 6/7 - 1/2.
        #expect(abs(r.modularity - (6.0 / 7 - 0.5)) < 1e-12)
        #expect(abs(try g.modularity(labels: r.labels) - r.modularity) < 1e-15)
    }

    @Test func louvainOnKarateIsGoodAndSelfConsistent() throws {
        let f = try Fixture("karate_unweighted")
        for seed in UInt64(0)..<5 {
            let r = f.graph.louvainCommunities(seed: seed)
            #expect(r.modularity >= 0.40, "seed \(seed): \(r.modularity)")
            #expect(abs(try f.graph.modularity(communities: r.communities) - r.modularity) < 1e-12)
            #expect(r.communities.flatMap { $0 }.sorted() == Array(0..<34))
        }
        // Same seed, same answer.
        #expect(f.graph.louvainCommunities(seed: 3).labels == f.graph.louvainCommunities(seed: 3).labels)
    }

    @Test func sampledBetweennessIsExactWithAllPivotsAndCloseWithMany() throws {
        let f = try Fixture("karate_unweighted")
        let exact = f.graph.betweennessCentrality()
        #expect(maxDifference(f.graph.approximateBetweennessCentrality(samples: 34, seed: 9), exact) < 1e-12)
        // Average over seeds: an unbiased estimator should land near the exact value.
        var mean = [Double](repeating: 0, count: 34)
        let runs = 200
        for seed in 0..<runs {
            let est = f.graph.approximateBetweennessCentrality(samples: 17, seed: UInt64(seed))
            for i in 0..<34 { mean[i] += est[i] / Double(runs) }
        }
        #expect(maxDifference(mean, exact) < 0.03)
        let edgeEstimate = f.graph.approximateEdgeBetweennessCentrality(samples: 34, seed: 1)
        #expect(maxDifference(edgeEstimate, f.graph.edgeBetweennessCentrality()) < 1e-12)
    }

    @Test func parallelEdgesMergeBySummingWeights() throws {
        let g = try CSRGraph(nodeCount: 2, edges: [(0, 1, 1.5), (1, 0, 2.0), (0, 1, 0.5)], directed: false)
        #expect(g.edgeCount == 1)
        #expect(g.edge(0).weight == 4.0)
        let d = try CSRGraph(nodeCount: 2, edges: [(0, 1, 1.5), (1, 0, 2.0), (0, 1, 0.5)], directed: true)
        #expect(d.edgeCount == 2)
        #expect(d.edge(d.edgeIndex(from: 0, to: 1)!).weight == 2.0)
        let u = try CSRGraph(nodeCount: 2, edges: [(0, 1, 1.5), (0, 1, 2.0)], directed: false, weighted: false)
        #expect(u.edge(0).weight == 1)
    }

    @Test func personalizedPageRankConcentratesOnSeeds() throws {
        let g = try CSRGraph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)], directed: false)
        let pr = try g.personalizedPageRank(seeds: [0])
        // networkx: {0: 0.29005, 1: 0.32953, 2: 0.19527, 3: 0.12993, 4: 0.05522}
        let expected = [0.29005168740245546, 0.32953458997003976, 0.1952697153137173,
                        0.1299259794025256, 0.05521802791126188]
        #expect(maxDifference(pr, expected) < 1e-6)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
    }
}
