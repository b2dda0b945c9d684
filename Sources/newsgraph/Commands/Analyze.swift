import ArgumentParser
import Foundation
import GraphvizRendering
import NewsGraph

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Extract, rank, draw and report in one go (the bundled example corpus when no INPUT is given).",
        discussion: """
        Writes into DIR (default out/, created if missing): graph.json, centrality.md, \
        centrality.json, graph.svg, graph.png and report.html.
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

            let result = try at(path("graph.json")) { try ReportStep.centrality(of: graph) }
            try write(Data(result.table(top: 25).formatted(as: .markdown).utf8), "centrality.md")
            try write(Data(result.table().formatted(as: .json).utf8), "centrality.json")

            let title = inputs.isEmpty ? "Example corpus: niger-air-base" : "NewsGraph analysis"
            var svg = ""
            for format in [RenderFormat.svg, .png] {
                let name = "graph.\(format.fileExtension)"
                let data = try at(path(name)) { try ReportStep.drawing(of: graph, centrality: result, title: title, format: format) }
                if format == .svg { svg = String(decoding: data, as: UTF8.self) }
                try write(data, name)
            }
            try write(Data(ReportStep.html(for: graph, svg: svg, centrality: result, title: title).utf8), "report.html")

            var summary = "Analyzed \(graph.documents.count) document\(graph.documents.count == 1 ? "" : "s"): "
                + "\(graph.entities.count) entities, \(graph.relations.count) relations.\n"
            let top = result.ranking(top: 5)
            if !top.isEmpty {
                summary += "Highest PageRank: "
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
