import Foundation
import Testing

/// `graphs/` holds what `scripts/regenerate-graphs.sh` writes; this fails when it is stale.
@Suite("graphs/ matches the example corpus")
struct ShippedGraphsTests {
    @Test("analyze on the example corpus writes what graphs/ holds")
    func graphsAreCurrent() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let result = try CLI.run(["analyze", "-o", scratch.url.path], in: PackagePaths.root)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let shipped = PackagePaths.root.appendingPathComponent("graphs")
        let stale = "graphs/ is stale: run scripts/regenerate-graphs.sh"
        for name in ["graph.json", "centrality.json", "centrality.md"] {
            let fresh = try Data(contentsOf: scratch.url.appendingPathComponent(name))
            let kept = try Data(contentsOf: shipped.appendingPathComponent(name))
            #expect(fresh == kept, "\(name): \(stale)")
        }
        // Drawings depend on the machine's fonts byte for byte; what they draw must not change.
        let fresh = try String(contentsOf: scratch.url.appendingPathComponent("graph.svg"), encoding: .utf8)
        let kept = try String(contentsOf: shipped.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(Self.drawnIDs(fresh) == Self.drawnIDs(kept), "graph.svg: \(stale)")
        #expect(!Self.drawnIDs(kept).isEmpty)
        for name in ["graph.png", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: shipped.appendingPathComponent(name).path), "graphs/\(name) is missing")
        }
    }

    /// The ids of the entities and relations an SVG draws.
    static func drawnIDs(_ svg: String) -> Set<String> {
        var ids = Set<String>()
        var rest = Substring(svg)
        while let range = rest.range(of: "id=\"") {
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            // Graphviz writes "-" in ids as a character reference.
            let id = String(rest[..<end]).replacingOccurrences(of: "&#45;", with: "-")
            if id.hasPrefix("entity-") || id.hasPrefix("relation-") { ids.insert(id) }
            rest = rest[end...]
        }
        return ids
    }
}
