import ArgumentParser
import Foundation
import NewsGraph

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report: ranked actors, relations with their sentences, the drawing."
    )

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output)
            let typed = try Files.readGraph(graph)
            let html = try ReportStep.html(for: typed, title: nil)
            try Files.writeAtomically(Data(html.utf8), to: output)
        }
    }
}

/// The report step shared by `report` and `analyze`.
enum ReportStep {
    /// Whether this build has the HTML report.
    static var isAvailable: Bool { false }

    static func html(for graph: TypedGraph, title: String?) throws -> String {
        throw CLIError(nil, "the HTML report is not available in this build yet")
    }
}
