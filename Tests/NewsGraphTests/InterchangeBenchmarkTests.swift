import Testing
import Foundation
@testable import NewsGraph

/// Size and speed checks of the importers and exporters, off by default (they take seconds
/// and are only meaningful in release builds):
///
///     NEWSGRAPH_BENCH=1 swift test -c release --scratch-path .build-ix --filter InterchangeBenchmarkTests
///
/// With `NEWSGRAPH_BENCH_OUT=DIR` the 100,000-relation exports are also written to DIR for
/// `Benchmarks/interchange/load_times.py`. Figures and how they were taken: `Benchmarks/interchange/README.md`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH"] == "1",
                "set NEWSGRAPH_BENCH=1 (and build with -c release) to run the interchange benchmarks"),
       .serialized)
struct InterchangeBenchmarkTests {
    /// Peak resident set size of this process so far, in MiB (Linux reports KiB).
    static func peakRSSMiB() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1024 / 1024  // macOS reports bytes
        #endif
    }

    @Test func millionLineEdgeList() throws {
        let dir = try InterchangeProcess.temporaryDirectory("ng-bench")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("edges.txt")
        do {
            var text = ""
            text.reserveCapacity(14_000_000)
            var state: UInt64 = 7
            for _ in 0..<1_000_000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let a = Int(state >> 33) % 100_000
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let b = Int(state >> 33) % 100_000
                text += "\(a) \(b) \(1 + (a ^ b) % 9)\n"
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let before = Self.peakRSSMiB()
        let clock = ContinuousClock()
        var graph = TypedGraph()
        let elapsed = try clock.measure {
            graph = try EdgeListReader.read(contentsOf: url, options: ImportOptions(directed: true))
        }
        print("1,000,000-line edge list: \(graph.entities.count) entities, \(graph.relations.count) relations in \(elapsed); peak RSS \(Int(Self.peakRSSMiB())) MiB (before import: \(Int(before)) MiB)")
        #expect(graph.relations.count > 999_000)
    }

    @Test func hundredThousandRelationExports() throws {
        let graph = InterchangeFixtures.generated(nodes: 20_000, edges: 100_000)
        let clock = ContinuousClock()
        for (name, write) in [("GraphML", GraphMLWriter.write), ("GEXF", GEXFWriter.write),
                              ("node-link JSON", NodeLinkJSONWriter.write)] as [(String, (TypedGraph) -> Data)] {
            var data = Data()
            let elapsed = clock.measure { data = write(graph) }
            print("\(name): \(data.count / 1_000_000) MB in \(elapsed)")
        }
        var back = TypedGraph()
        let data = GraphMLWriter.write(graph)
        let elapsed = try clock.measure { back = try GraphMLReader.read(data) }
        print("GraphML read back: \(elapsed)")
        #expect(back == graph)
        // For Benchmarks/interchange/load_times.py: the same exports, on disk.
        if let out = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH_OUT"] {
            let dir = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for format in ExportFormat.allCases {
                let name = format.fileExtension.map { "graph.\($0)" } ?? "neo4j"
                try format.write(graph, to: dir.appendingPathComponent(name))
            }
        }
    }
}
