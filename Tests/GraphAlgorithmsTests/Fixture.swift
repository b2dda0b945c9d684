import Foundation
import GraphAlgorithms

/// One networkx reference fixture written by scripts/make_algorithm_fixtures.py.
struct Fixture {
    let name: String
    let graph: CSRGraph
    let measures: [String: Any]

    static let names: [String] = {
        let bases = ["karate", "karate_directed", "florentine", "random_directed", "disconnected",
                     "disconnected_directed", "selfloop_isolated", "selfloop_isolated_directed"]
        return bases.flatMap { ["\($0)_unweighted", "\($0)_weighted"] }
    }()

    init(_ name: String) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let edges = (json["edges"] as! [[Any]]).map {
            (($0[0] as! NSNumber).intValue, ($0[1] as! NSNumber).intValue, ($0[2] as! NSNumber).doubleValue)
        }
        self.name = name
        graph = try CSRGraph(nodeCount: json["n"] as! Int, edges: edges,
                             directed: json["directed"] as! Bool, weighted: json["weighted"] as! Bool)
        measures = json["measures"] as! [String: Any]
    }

    /// A per-node list of numbers, or nil when the entry is a string/null.
    func values(_ key: String) -> [Double]? {
        (measures[key] as? [Any])?.map { ($0 as? NSNumber)?.doubleValue ?? .infinity }
    }

    func string(_ key: String) -> String? { measures[key] as? String }
}

enum FixtureError: Error { case missing(String) }

/// Largest absolute difference between two vectors (infinity on length mismatch).
func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    var d = 0.0
    for i in a.indices {
        if a[i].isInfinite && b[i].isInfinite { continue }
        d = max(d, abs(a[i] - b[i]))
    }
    return d
}
