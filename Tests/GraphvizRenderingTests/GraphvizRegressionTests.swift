import Foundation
import Testing
import NewsGraph
@testable import GraphvizRendering

/// Graphs that once broke Graphviz in process.
@Suite struct GraphvizRegressionTests {
    /// Reduced from the seed corpus: an alliance cluster plus several small components. With
    /// dot's old cluster ranking, Graphviz 2.43 double-frees in `gvFreeLayout` on this graph
    /// and the process aborts (the `dot` command hides it because it never frees the last
    /// layout; two copies of the graph in one file crash it too). `newrank=true` avoids it.
    static func clusterWithComponents() -> TypedGraph {
        let entities: [(String, EntityType)] = [
            ("Air Base 101", .base), ("Niamey", .city), ("Niger", .state), ("Russia", .state),
            ("Diori Hamani International Airport", .base), ("Mali", .state), ("Wagner Group", .armedGroup),
            ("Abdourahamane Tiani", .person), ("Pentagon", .organization), ("Dmitry Peskov", .person),
            ("Kremlin", .organization), ("Lloyd Austin", .person), ("United States", .state),
            ("Vladimir Putin", .person), ("Ukraine", .state), ("Honolulu", .city), ("Hawaii", .region),
            ("Amadou Abdramane", .person), ("Paul Melly", .person), ("Chatham House", .organization),
            ("Michael Langley", .person), ("US Africa Command", .militaryUnit), ("Burkina Faso", .state),
            ("G5 Sahel force", .alliance), ("Alliance of Sahel States", .alliance),
        ]
        let relations: [(String, RelationType, String)] = [
            ("Air Base 101", .locatedIn, "Niamey"), ("Niamey", .locatedIn, "Niger"),
            ("Russia", .trains, "Niger"), ("Diori Hamani International Airport", .locatedIn, "Niamey"),
            ("Mali", .alliedWith, "Russia"), ("Wagner Group", .deployedTo, "Mali"),
            ("Russia", .deployedTo, "Niamey"), ("Abdourahamane Tiani", .leads, "Niger"),
            ("Pentagon", .withdrawsFrom, "Niger"), ("Dmitry Peskov", .spokespersonFor, "Kremlin"),
            ("Lloyd Austin", .memberOf, "United States"), ("Vladimir Putin", .invades, "Ukraine"),
            ("Honolulu", .locatedIn, "Hawaii"), ("Amadou Abdramane", .accuses, "United States"),
            ("Amadou Abdramane", .spokespersonFor, "Niger"), ("Paul Melly", .memberOf, "Chatham House"),
            ("Michael Langley", .leads, "US Africa Command"), ("Burkina Faso", .leaves, "G5 Sahel force"),
            ("Niger", .memberOf, "Alliance of Sahel States"), ("Burkina Faso", .memberOf, "Alliance of Sahel States"),
            ("Mali", .memberOf, "Alliance of Sahel States"),
        ]
        return try! TypedGraph(
            documents: [],
            entities: entities.map { Entity(name: $0.0, type: $0.1) },
            relations: relations.map { Relation(source: Slug.make($0.0), type: $0.1, target: Slug.make($0.2)) })
    }

    @Test func dotWithAClusterAndSeveralComponentsRendersRepeatedly() throws {
        let graph = Self.clusterWithComponents()
        for _ in 0..<3 {
            let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: RenderOptions(engine: .dot)))
            #expect(svg.groups(ofClass: "cluster").count == 1)
            #expect(svg.groups(ofClass: "node").count == graph.entities.count)
        }
    }

    @Test func namesThatLookLikeMarkupOrEscapesAreDrawnVerbatim() throws {
        let names = ["A <b>bold</b> & co", "Back\\slash \\N", "Quote \"q\" 'x'"]
        let graph = try TypedGraph(documents: [], entities: names.enumerated().map {
            Entity(id: "e\($0.offset)", name: $0.element, type: .organization)
        }, relations: [Relation(source: "e0", type: .meets, target: "e1")])
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: RenderOptions(title: "<T & 'title'>")))
        for (i, name) in names.enumerated() {
            #expect(svg.group(id: "entity-e\(i)")?.joinedText == name)
        }
        #expect(svg.all.contains { $0.name == "text" && $0.text == "<T & 'title'>" })
    }
}

/// The in-process drawing is the drawing `dot -Tsvg` makes of our DOT export: same graph,
/// same object order, same layout (checked where the `dot` command is installed), even after
/// other layouts in the same process. Not fdp: Graphviz 2.43's fdp keeps state between
/// layouts that cannot be reset from outside, so only the first fdp layout of a process
/// matches the command's.
@Suite struct DotCommandParityTests {
    static let dotCommand: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: dotCommand != nil), arguments: [LayoutEngine.dot, .sfdp, .neato])
    func inProcessSVGEqualsTheDotCommandsOnOurDOT(engine: LayoutEngine) throws {
        let graph = SahelFixture.graph()
        let options = RenderOptions(engine: engine, title: "Parity", filter: GraphFilter(includeUnasserted: true))
        _ = try GraphvizRenderer.render(graph, options: RenderOptions(engine: .sfdp))  // some history
        let ours = try GraphvizRenderer.render(graph, options: options)
        let dot = try GraphvizRenderer.dotSource(graph, options: options)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.dotCommand!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let theirs = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        // Graphviz writes its version and the graph name in comments; compare the rest.
        func body(_ data: Data) -> [Substring] {
            String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("<!--") }
        }
        let a = body(ours), b = body(theirs)
        let firstDifference = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? (a.count == b.count ? nil : a.count)
        #expect(firstDifference == nil, "SVGs differ from line \(firstDifference ?? 0): \(firstDifference.map { a.indices.contains($0) ? String(a[$0]) : "<end>" } ?? "")")
    }
}

@Suite struct EdgeCaseTests {
    @Test(arguments: [RenderFormat.svg, .png, .pdf, .dot])
    func anEmptyGraphStillRenders(format: RenderFormat) throws {
        let data = try GraphvizRenderer.render(TypedGraph(), options: RenderOptions(format: format))
        #expect(!data.isEmpty)
    }

    @Test func aGraphWithoutRelationsStillShowsItsLegend() throws {
        let graph = try TypedGraph(documents: [], entities: [Entity(name: "Niger", type: .state)], relations: [])
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: RenderOptions(engine: .sfdp)))
        #expect(svg.all.contains { $0.name == "text" && $0.text == "state" })
        #expect(svg.group(id: "entity-niger")?.joinedText == "Niger")
    }
}
