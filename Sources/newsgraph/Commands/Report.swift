import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: the drawing, ranked actors, relations with their sentences."
    )

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The report's title.", valueName: "text"))
    var title: String?

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output)
            let typed = try Files.readGraph(graph)
            let centrality = try at(graph) { try ReportStep.centrality(of: typed) }
            let svg = try at(output) { try ReportStep.svg(of: typed, centrality: centrality, title: title) }
            let html = ReportStep.html(for: typed, svg: svg, centrality: centrality, title: title)
            try Files.writeAtomically(Data(html.utf8), to: output)
        }
    }
}

/// The standard analysis behind `report` and `analyze`.
enum ReportStep {
    /// The measures of the report's ranking: defined on any graph (no power iteration that can
    /// fail to converge).
    static let measures: [CentralityMeasure] = [.pagerank, .degree, .betweenness, .closeness]

    static func centrality(of graph: TypedGraph) throws -> CentralityResult {
        try AnalysisGraph(graph).centrality(measures)
    }

    /// The drawing with nodes sized by PageRank; entities with no relation are left out of it
    /// (they stay in the tables).
    static func drawing(of graph: TypedGraph, centrality: CentralityResult, title: String?, format: RenderFormat) throws -> Data {
        let options = RenderOptions(format: format, title: title, sizeBy: centrality.valuesByEntityID(.pagerank),
                                    filter: GraphFilter(dropsIsolated: true))
        return try GraphvizRenderer.render(graph, options: options)
    }

    static func svg(of graph: TypedGraph, centrality: CentralityResult, title: String?) throws -> String {
        String(decoding: try drawing(of: graph, centrality: centrality, title: title, format: .svg), as: UTF8.self)
    }

    static func html(for graph: TypedGraph, svg: String?, centrality: CentralityResult, title: String?) -> String {
        HTMLReport(graph: graph, svg: svg, centrality: centrality.table(top: 50), title: title ?? "NewsGraph report",
                   generator: "newsgraph \(NewsGraphCommand.configuration.version)").render()
    }
}
