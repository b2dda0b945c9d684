import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract, rank, draw and report in one go (the bundled example corpus when no INPUT is given).",
        discussion: """
        Writes into DIR (default out/, created if missing): graph.json, centrality.md, \
        centrality.json, graph.svg, graph.png and, when this build has it, report.html.
        """
    )

    @Argument(help: ArgumentHelp("Text files or folders (default: examples/niger-air-base).", valueName: "input"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String = "out"

    @Option(help: ArgumentHelp("Add or override lexicon entries from this YAML or JSON file.", valueName: "file"))
    var lexicon: String?

    @Flag(name: .customLong("include-hedged"), help: "Keep hedged and negated relations, marked as such.")
    var includeHedged = false

    /// The measures of `centrality.md`: robust on any graph (no power iteration that can fail).
    static let measures: [CentralityMeasure] = [.degree, .betweenness, .closeness, .pagerank]

    func run() throws {
        try reportingErrors {
            let sources = inputs.isEmpty ? [try Self.exampleCorpus()] : inputs
            let graph = try ExtractionStep.run(inputs: sources, lexicon: lexicon, includeHedged: includeHedged)
            let folder = output
            func path(_ name: String) -> String { (folder.hasSuffix("/") ? folder : folder + "/") + name }
            var written: [String] = []
            func write(_ data: Data, _ name: String) throws {
                try Files.writeAtomically(data, to: path(name), createFolder: true)
                written.append(path(name))
            }
            try write(GraphFormat.write(graph), "graph.json")

            let result = try at(path("graph.json")) {
                try AnalysisGraph(graph).centrality(Self.measures)
            }
            try write(Data(result.markdown(top: 25).utf8), "centrality.md")
            try write(Data(result.json().utf8), "centrality.json")

            let title = inputs.isEmpty ? "Example corpus: niger-air-base" : nil
            for format in [RenderFormat.svg, .png] {
                let options = RenderOptions(format: format, title: title, sizeBy: result.valuesByEntityID(.pagerank))
                let data = try at(path("graph.\(format.fileExtension)")) { try GraphvizRenderer.render(graph, options: options) }
                try write(data, "graph.\(format.fileExtension)")
            }
            if ReportStep.isAvailable {
                try write(Data(try ReportStep.html(for: graph, title: title).utf8), "report.html")
            }

            var summary = "Analyzed \(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s"): "
                + "\(graph.entities.count) entities, \(graph.relations.count) relations.\n"
            let top = result.ranking(top: 5)
            if !top.isEmpty {
                summary += "Most central (PageRank order of degree, betweenness, …): "
                    + top.map { result.entities[$0].name }.joined(separator: ", ") + "\n"
            }
            summary += written.map { "  wrote \($0)\n" }.joined()
            StandardOutput.write(summary)
        }
    }

    /// The bundled example corpus: `examples/niger-air-base` under the current folder, else
    /// under the package this executable was built from.
    static func exampleCorpus() throws -> String {
        let relative = "examples/niger-air-base"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: relative, isDirectory: &isDirectory), isDirectory.boolValue {
            return relative
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bundled = packageRoot.appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: bundled, isDirectory: &isDirectory), isDirectory.boolValue {
            return bundled
        }
        throw CLIError(relative, "the example corpus is not here (nor at \(bundled)); give text files or folders to analyze")
    }
}
