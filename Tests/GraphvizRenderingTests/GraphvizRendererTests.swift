import Foundation
import Testing
import NewsGraph
@testable import GraphvizRendering

@Suite struct GraphvizRendererTests {
    let graph = SahelFixture.graph()

    /// Everything drawn, hedged and negated relations included.
    var everything: GraphFilter { GraphFilter(includeUnasserted: true) }

    @Test func pngHasPNGMagicBytes() throws {
        let data = try GraphvizRenderer.render(graph, options: RenderOptions(format: .png, title: "Sahel"))
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try writeSample(data, "sahel.png")
    }

    @Test func pdfHasPDFMagicBytes() throws {
        let data = try GraphvizRenderer.render(graph, options: RenderOptions(format: .pdf))
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"))
    }

    @Test func svgNamesEveryEntityAndLabelsEveryRelation() throws {
        let options = RenderOptions(format: .svg, title: "Sahel, 2023–2024", filter: everything)
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        let nodes = svg.groups(ofClass: "node")
        #expect(nodes.count == graph.entities.count)
        for entity in graph.entities {
            let node = try #require(svg.group(id: "entity-" + entity.id), "no node for \(entity.id)")
            #expect(node.joinedText == entity.name)
        }
        let edges = svg.groups(ofClass: "edge")
        #expect(edges.count == graph.relations.count)
        for relation in graph.relations {
            let id = "relation-\(relation.source)-\(relation.type.rawValue)-\(relation.target)"
            let edge = try #require(svg.group(id: id), "no edge \(id)")
            #expect(edge.joinedText == DiagramStyle.label(for: relation))
            #expect(edge.joinedText.contains(relation.type.label))
        }
        // Title and legend are text too.
        let texts = svg.all.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("Sahel, 2023–2024"))
        for type in Set(graph.entities.map(\.type)) { #expect(texts.contains(type.label)) }
    }

    @Test func relationStylesFollowModalityAndSymmetry() throws {
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: RenderOptions(filter: everything)))
        func edgePath(_ s: String, _ t: RelationType, _ o: String) throws -> SVGElement {
            let group = try #require(svg.group(id: "relation-\(SahelFixture.id(s))-\(t.rawValue)-\(SahelFixture.id(o))"))
            return try #require(group.all.first { $0.name == "path" })
        }
        #expect(try edgePath("Lloyd Austin", .meets, "Abdourahamane Tiani").attributes["stroke-dasharray"] == "5,2")
        #expect(try edgePath("Wagner Group", .deployedTo, "Niger").attributes["stroke-dasharray"] == "1,5")
        #expect(try edgePath("Russia", .deployedTo, "Niger").attributes["stroke-dasharray"] == nil)
        // Symmetric: no arrowhead polygon. Directed: one.
        let meets = try #require(svg.group(id: "relation-vladimir-putin-meets-abdourahamane-tiani"))
        #expect(!meets.all.contains { $0.name == "polygon" })
        let deployed = try #require(svg.group(id: "relation-russia-deployed_to-niger"))
        #expect(deployed.all.contains { $0.name == "polygon" })
        // Support 3 is drawn thicker than support 1.
        let strong = try edgePath("United States", .stationedAt, "Air Base 101")
        let weak = try edgePath("Air Base 101", .locatedIn, "Niamey")
        #expect(Double(strong.attributes["stroke-width"] ?? "1")! > Double(weak.attributes["stroke-width"] ?? "1")!)
    }

    @Test func defaultViewLeavesHedgedAndNegatedOut() throws {
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph))
        #expect(svg.group(id: "relation-wagner-group-deployed_to-niger") == nil)
        #expect(svg.groups(ofClass: "edge").count == graph.relations.filter(\.isAsserted).count)
    }

    @Test func highlightedPathIsBoldAndColouredTheRestFaded() throws {
        let path = ["lloyd-austin", "pentagon", "united-states", "air-base-101", "russia"]
        let options = RenderOptions(highlightPath: path)
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        let highlight = DiagramStyle.highlightColor.lowercased()
        for id in path {
            let node = try #require(svg.group(id: "entity-" + id))
            #expect(node.classes.contains("highlighted"))
            let shape = try #require(node.firstShape)
            #expect(shape.attributes["stroke"]?.lowercased() == highlight)
            #expect(Double(shape.attributes["stroke-width"] ?? "1")! >= DiagramStyle.highlightPenWidth)
        }
        let hops = ["relation-lloyd-austin-leads-pentagon", "relation-pentagon-part_of-united-states",
                    "relation-united-states-stationed_at-air-base-101", "relation-russia-stationed_at-air-base-101"]
        for id in hops {
            let edge = try #require(svg.group(id: id))
            let line = try #require(edge.all.first { $0.name == "path" })
            #expect(line.attributes["stroke"]?.lowercased() == highlight, "\(id)")
            #expect(edge.all.first { $0.name == "text" }?.attributes["fill"]?.lowercased() == highlight)
        }
        // Off the path: faded fill and grey outline; relations grey.
        let other = try #require(svg.group(id: "entity-mali"))
        #expect(other.classes.contains("faded"))
        let otherShape = try #require(other.firstShape)
        #expect(otherShape.attributes["stroke"]?.lowercased() == DiagramStyle.fadedLineColor.lowercased())
        #expect(Double(otherShape.attributes["fill-opacity"] ?? "1")! < 0.5)
        let otherEdge = try #require(svg.group(id: "relation-mali-member_of-alliance-of-sahel-states"))
        #expect(otherEdge.all.first { $0.name == "path" }?.attributes["stroke"]?.lowercased()
                == DiagramStyle.fadedLineColor.lowercased())
    }

    @Test func focusDrawsOnlyTheNeighbourhood() throws {
        let options = RenderOptions(focus: "air-base-101", radius: 1)
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        let drawn = Set(svg.groups(ofClass: "node").compactMap { $0.attributes["id"] })
        #expect(drawn == ["entity-air-base-101", "entity-russia", "entity-united-states", "entity-niamey"])
        #expect(svg.group(id: "entity-air-base-101")?.classes.contains("focus") == true)
    }

    @Test func filterLimitsTypesButKeepsAPathWhole() throws {
        var options = RenderOptions(filter: GraphFilter(entityTypes: [.state, .alliance]))
        var svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        #expect(svg.group(id: "entity-pentagon") == nil)
        options.highlightPath = ["lloyd-austin", "pentagon", "united-states"]
        svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        #expect(svg.group(id: "entity-pentagon") != nil)
        #expect(svg.group(id: "relation-lloyd-austin-leads-pentagon") != nil)
    }

    @Test func unknownIdsInOptionsAreClearErrors() {
        #expect {
            try GraphvizRenderer.render(graph, options: RenderOptions(focus: "atlantis"))
        } throws: { error in
            (error as? RenderError)?.kind == .unknownEntity && "\(error)".contains("atlantis")
        }
    }

    @Test func sizeByScalesLabels() throws {
        let options = RenderOptions(sizeBy: ["niger": 0.30, "mali": 0.05, "russia": 0.01], sizeByName: "PageRank")
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: options))
        func size(_ id: String) -> Double {
            Double(svg.group(id: "entity-" + id)?.all.first { $0.name == "text" }?.attributes["font-size"] ?? "0") ?? 0
        }
        #expect(size("niger") == DiagramStyle.maxNodeFontSize)
        #expect(size("russia") == DiagramStyle.nodeFontSize)
        #expect(size("mali") > size("russia") && size("mali") < size("niger"))
        #expect(size("chad") == DiagramStyle.nodeFontSize)
        #expect(svg.all.contains { $0.name == "text" && $0.text == "larger: higher PageRank" })
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineDrawsEveryNode(engine: LayoutEngine) throws {
        let svg = try SVGElement.parse(try GraphvizRenderer.render(graph, options: RenderOptions(engine: engine)))
        #expect(svg.groups(ofClass: "node").count == graph.entities.count)
        // Alliance groups are clusters only where the engine supports them.
        let clusters = svg.groups(ofClass: "cluster").count
        let resolved = engine.resolved(nodeCount: graph.entities.count, edgeCount: graph.relations.count)
        #expect(clusters == (resolved.supportsClusters ? 1 : 0))
    }

    @Test func dotSourceIsStyledUnlaidOutDOT() throws {
        let dot = try GraphvizRenderer.dotSource(graph, options: RenderOptions(engine: .neato, title: "T"))
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("layout=neato"))
        #expect(dot.contains("\"Air Base 101\""))
        #expect(!dot.contains("pos="))
        let viaRender = try GraphvizRenderer.render(graph, options: RenderOptions(format: .dot, engine: .neato, title: "T"))
        #expect(String(decoding: viaRender, as: UTF8.self) == dot)
    }

    @Test func parsingNamesListsTheKnownOnes() throws {
        #expect(try RenderFormat(parsing: "SVG") == .svg)
        #expect(try RenderFormat(parsing: "gv") == .dot)
        #expect(try LayoutEngine(parsing: " sfdp ") == .sfdp)
        #expect(RenderFormat(fileExtensionOf: URL(fileURLWithPath: "/tmp/x.PNG")) == .png)
        #expect(RenderFormat(fileExtensionOf: URL(fileURLWithPath: "/tmp/x.txt")) == nil)
        #expect { try RenderFormat(parsing: "jpeg") } throws: { error in
            let text = "\(error)"
            return (error as? RenderError)?.kind == .unknownFormat && text.contains("'jpeg'")
                && RenderFormat.allCases.allSatisfy { text.contains($0.rawValue) }
        }
        #expect { try LayoutEngine(parsing: "spring") } throws: { error in
            let text = "\(error)"
            return (error as? RenderError)?.kind == .unknownEngine && text.contains("'spring'")
                && LayoutEngine.allCases.allSatisfy { text.contains($0.rawValue) }
        }
    }

    @Test func installedPluginsCoverEveryFormatAndEngine() {
        #expect(GraphvizRenderer.availableFormats() == Set(RenderFormat.allCases))
        #expect(GraphvizRenderer.availableEngines() == LayoutEngine.allCases)
    }

    @Test func aFailedRenderDoesNotPoisonTheNext() throws {
        let diagram = try DiagramBuilder.diagram(for: graph, options: RenderOptions())
        // A layout engine Graphviz does not have: its own message comes back in the error.
        #expect {
            try GraphvizRenderer.render(diagram, graphvizFormat: "svg", requiredPlugin: nil, engineName: "nosuchengine")
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.kind == .graphviz && error.graphvizMessages.contains { $0.contains("nosuchengine") }
        }
        // A format Graphviz does not have, after a successful layout (the layout is freed).
        #expect {
            try GraphvizRenderer.render(diagram, graphvizFormat: "nosuchformat", requiredPlugin: nil, engineName: "dot")
        } throws: { error in
            (error as? RenderError)?.graphvizMessages.contains { $0.contains("nosuchformat") } == true
        }
        // The next render works and carries no stale messages.
        let svg = try SVGElement.parse(try GraphvizRenderer.render(diagram, format: .svg))
        #expect(svg.groups(ofClass: "node").count == graph.entities.count)
        let messages = try GraphvizContext.shared.perform { $0.messages }
        #expect(messages.isEmpty)
    }

    @Test func concurrentRendersAreSerialisedAndAllSucceed() async throws {
        let graph = self.graph
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let format: RenderFormat = i.isMultiple(of: 2) ? .svg : .png
                    return try GraphvizRenderer.render(graph, options: RenderOptions(format: format)).count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8 && sizes.allSatisfy { $0 > 1000 })
    }

    /// Writes a drawing to `$NEWSGRAPH_RENDER_SAMPLES` when set, for a person to look at.
    func writeSample(_ data: Data, _ name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["NEWSGRAPH_RENDER_SAMPLES"] else { return }
        try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}
