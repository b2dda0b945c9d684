import Foundation
import Testing
@testable import GraphAlgorithms

/// Every measure against networkx 3.x on every fixture, within 1e-6 per node.
@Suite("networkx fixtures")
struct NetworkxFixtureTests {
    static let tolerance = 1e-6

    @Test("degree centralities", arguments: Fixture.names)
    func degree(_ name: String) throws {
        let f = try Fixture(name)
        #expect(maxDifference(f.graph.degreeCentrality(), f.values("degree")!) < Self.tolerance)
        if f.graph.isDirected {
            #expect(maxDifference(f.graph.inDegreeCentrality(), f.values("in_degree")!) < Self.tolerance)
            #expect(maxDifference(f.graph.outDegreeCentrality(), f.values("out_degree")!) < Self.tolerance)
        }
    }

    @Test("closeness and harmonic", arguments: Fixture.names)
    func closeness(_ name: String) throws {
        let f = try Fixture(name)
        #expect(maxDifference(f.graph.closenessCentrality(), f.values("closeness")!) < Self.tolerance)
        #expect(maxDifference(f.graph.harmonicCentrality(), f.values("harmonic")!) < Self.tolerance)
    }

    @Test("node and edge betweenness", arguments: Fixture.names)
    func betweenness(_ name: String) throws {
        let f = try Fixture(name)
        #expect(maxDifference(f.graph.betweennessCentrality(), f.values("betweenness")!) < Self.tolerance)
        #expect(maxDifference(f.graph.betweennessCentrality(normalized: false),
                              f.values("betweenness_unnormalized")!) < Self.tolerance)
        let ours = f.graph.edgeBetweennessCentrality()
        let expected = f.measures["edge_betweenness"] as! [[Any]]
        #expect(expected.count == f.graph.edgeCount)
        for row in expected {
            let u = (row[0] as! NSNumber).intValue, v = (row[1] as! NSNumber).intValue
            let value = (row[2] as! NSNumber).doubleValue
            let e = try #require(f.graph.edgeIndex(from: u, to: v))
            #expect(abs(ours[e] - value) < Self.tolerance, "edge \(u)-\(v)")
        }
    }

    @Test("eigenvector and Katz", arguments: Fixture.names)
    func spectral(_ name: String) throws {
        let f = try Fixture(name)
        if let expected = f.values("eigenvector") {
            #expect(maxDifference(try f.graph.eigenvectorCentrality(), expected) < Self.tolerance)
        } else {
            #expect(f.string("eigenvector") == "failedToConverge")
            #expect(throws: GraphError.self) { try f.graph.eigenvectorCentrality() }
        }
        if let expected = f.values("katz") {
            #expect(maxDifference(try f.graph.katzCentrality(), expected) < Self.tolerance)
        } else {
            #expect(throws: GraphError.self) { try f.graph.katzCentrality() }
        }
    }

    @Test("PageRank and personalized PageRank", arguments: Fixture.names)
    func pagerank(_ name: String) throws {
        let f = try Fixture(name)
        #expect(maxDifference(try f.graph.pageRank(), f.values("pagerank")!) < Self.tolerance)
        let pers = f.measures["pagerank_personalized"] as! [String: Any]
        let seeds = (pers["seeds"] as! [NSNumber]).map(\.intValue)
        let expected = (pers["values"] as! [NSNumber]).map(\.doubleValue)
        #expect(maxDifference(try f.graph.personalizedPageRank(seeds: seeds), expected) < Self.tolerance)
    }

    @Test("HITS where the leading singular value is simple", arguments: Fixture.names)
    func hits(_ name: String) throws {
        let f = try Fixture(name)
        guard let expected = f.measures["hits"] as? [String: Any] else { return }
        let (hubs, authorities) = try f.graph.hits()
        #expect(maxDifference(hubs, (expected["hubs"] as! [NSNumber]).map(\.doubleValue)) < Self.tolerance)
        #expect(maxDifference(authorities, (expected["authorities"] as! [NSNumber]).map(\.doubleValue)) < Self.tolerance)
    }

    @Test("core number", arguments: Fixture.names)
    func coreNumber(_ name: String) throws {
        let f = try Fixture(name)
        if let expected = f.values("core_number") {
            #expect(try f.graph.coreNumbers().map(Double.init) == expected)
        } else {
            #expect(f.string("core_number") == "notDefined")
            #expect(throws: GraphError.self) { try f.graph.coreNumbers() }
        }
    }

    @Test("components and modularity of fixed partitions", arguments: Fixture.names)
    func communities(_ name: String) throws {
        let f = try Fixture(name)
        let expected = (f.measures["components"] as! [[NSNumber]]).map { $0.map(\.intValue) }
        #expect(f.graph.connectedComponents() == expected)
        for entry in f.measures["modularity"] as! [[String: Any]] {
            let partition = (entry["partition"] as! [[NSNumber]]).map { $0.map(\.intValue) }
            let value = (entry["value"] as! NSNumber).doubleValue
            #expect(abs(try f.graph.modularity(communities: partition) - value) < 1e-9)
        }
    }

    @Test("shortest and simple paths", arguments: Fixture.names)
    func paths(_ name: String) throws {
        let f = try Fixture(name)
        let tree = try f.graph.shortestPaths(from: 0)
        #expect(maxDifference(tree.distances, f.values("distances_from_0")!) < 1e-9)
        for case let c as [String: Any] in f.measures["paths"] as! [Any] {
            let s = (c["source"] as! NSNumber).intValue, t = (c["target"] as! NSNumber).intValue
            guard let distance = (c["distance"] as? NSNumber)?.doubleValue else {
                #expect(try f.graph.shortestPath(from: s, to: t) == nil)
                #expect(try f.graph.kShortestSimplePaths(from: s, to: t, k: 3).isEmpty)
                continue
            }
            let path = try #require(try f.graph.shortestPath(from: s, to: t))
            #expect(abs(path.cost - distance) < 1e-9)
            #expect(path.nodes.first == s && path.nodes.last == t)

            let all = try f.graph.allShortestPaths(from: s, to: t).map(\.nodes)
            let expectedAll = (c["all_shortest"] as! [[NSNumber]]).map { $0.map(\.intValue) }
            #expect(all == expectedAll)

            let costs = (c["k_shortest_costs"] as! [NSNumber]).map(\.doubleValue)
            let k = try f.graph.kShortestSimplePaths(from: s, to: t, k: costs.count)
            #expect(k.count == costs.count)
            #expect(maxDifference(k.map(\.cost), costs) < 1e-9)
            #expect(Set(k.map(\.nodes)).count == k.count)
            for p in k { #expect(Set(p.nodes).count == p.nodes.count, "not simple: \(p)") }

            let simple = try f.graph.simplePaths(from: s, to: t, maxHops: 3).map(\.nodes).sorted {
                $0.lexicographicallyPrecedes($1)
            }
            let expectedSimple = (c["simple_paths_cutoff_3"] as! [[NSNumber]]).map { $0.map(\.intValue) }
            #expect(simple == expectedSimple)
        }
    }
}
