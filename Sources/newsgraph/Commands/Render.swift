import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph with Graphviz (in process): DOT, SVG, PNG or PDF.",
        discussion: "The format is --format, else the extension of -o, else SVG."
    )

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The drawing to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("dot, svg, png or pdf.", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.", valueName: "engine"))
    var engine: String = "auto"

    @Option(name: .customLong("highlight-path"), parsing: .upToNextOption,
            help: ArgumentHelp("Draw the shortest path between two entities in bold.", valueName: "entity"))
    var highlightPath: [String] = []

    @Option(help: ArgumentHelp("Draw only the neighbourhood of this entity.", valueName: "entity"))
    var focus: String?

    @Option(help: ArgumentHelp("Hops around --focus (default 1).", valueName: "n"))
    var radius: Int = 1

    @OptionGroup var filters: FilterOptions

    @Flag(name: .customLong("include-isolated"), help: "Also draw entities that have no relation.")
    var includeIsolated = false

    @Option(help: ArgumentHelp("The drawing's title.", valueName: "text"))
    var title: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Size nodes by this centrality measure.", valueName: "measure"))
    var sizeBy: String?

    func validate() throws {
        if !highlightPath.isEmpty && highlightPath.count != 2 {
            throw ValidationError("--highlight-path takes two entities: FROM TO")
        }
        if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func run() throws {
        try reportingErrors {
            let renderFormat: RenderFormat
            if let format {
                renderFormat = try at("--format") { try RenderFormat(parsing: format) }
            } else {
                renderFormat = RenderFormat(fileExtensionOf: URL(fileURLWithPath: output)) ?? .svg
            }
            let layout = try at("--engine") { try LayoutEngine(parsing: engine) }
            let sizeMeasure = try sizeBy.map { name in
                try at("--size-by") { () throws -> CentralityMeasure in
                    let measures = try CentralityMeasure.parse([name])
                    guard measures.count == 1, let measure = measures.first else {
                        throw CLIError(nil, "--size-by takes one measure")
                    }
                    return measure
                }
            }
            try Files.checkOutput(output)
            let typed = try Files.readGraph(graph)
            var filter = try filters.filter()
            filter.dropsIsolated = !includeIsolated && focus == nil
            var options = RenderOptions(format: renderFormat, engine: layout, title: title, radius: radius, filter: filter)
            try at(graph) {
                if let focus { options.focus = try typed.resolveEntity(focus).id }
                if highlightPath.count == 2 {
                    let result = try typed.paths(from: highlightPath[0], to: highlightPath[1], query: PathQuery())
                    guard let path = result.paths.first else {
                        throw CLIError(graph, "no path from '\(result.from.name)' to '\(result.to.name)' to highlight")
                    }
                    options.highlightPath = path.entities.map(\.id)
                }
                if let sizeMeasure {
                    let analysis = try AnalysisGraph(typed, filter: options.filter)
                    options.sizeBy = try analysis.centrality([sizeMeasure]).valuesByEntityID(sizeMeasure)
                }
            }
            let data = try at(output) { try GraphvizRenderer.render(typed, options: options) }
            try Files.writeAtomically(data, to: output)
        }
    }
}
