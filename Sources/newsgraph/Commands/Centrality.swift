import ArgumentParser
import Foundation
import NewsGraph

struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank the entities of a graph by centrality.",
        discussion: """
        Measures: \(CentralityMeasure.knownNames.joined(separator: ", ")). Each is what networkx 3.x \
        computes by default for the same graph and directed/weighted choice. Several relations \
        between two entities are one edge whose weight is their number (or the sum of imported \
        weights); --weighted uses it as a length in path measures and a strength in spectral ones.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, markdown, csv, json
    }

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Option(name: .customLong("measure"), help: ArgumentHelp("A measure to compute (repeatable, or comma-separated; default degree, betweenness, pagerank).", valueName: "name"))
    var measures: [String] = []

    @Option(help: ArgumentHelp("Show only the N highest-ranked entities (per type with --by-type).", valueName: "n"))
    var top: Int?

    @Option(help: "Output format.")
    var format: Format = .table

    @OptionGroup var direction: DirectionOptions

    @Flag(name: .customLong("by-type"), help: "Rank the entities of each type separately.")
    var byType = false

    @Option(help: ArgumentHelp("Approximate betweenness from K sampled source nodes.", valueName: "k"))
    var samples: Int?

    @Option(help: ArgumentHelp("Seed of the sampling for --samples.", valueName: "s"))
    var seed: UInt64 = 0

    @Option(name: .customLong("personalize"), parsing: .upToNextOption,
            help: ArgumentHelp("Personalized PageRank restarting at these entities.", valueName: "entity"))
    var personalize: [String] = []

    @OptionGroup var filters: FilterOptions

    @Flag(help: "Report on standard error how long reading, building and computing took (compute_seconds=…).")
    var timing = false

    @OptionGroup var output: OutputOption

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let samples, samples < 1 { throw ValidationError("--samples must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let measures = try at("--measure") { try CentralityMeasure.parse(self.measures) }
            try Files.checkOutput(output.output)
            let clock = ContinuousClock()
            let started = clock.now
            let typed = try Files.readGraph(graph)
            let read = clock.now
            var built = read
            let personalization = try personalize.map { name in try at(graph) { try typed.resolveEntity(name).id } }
            let result = try at(graph) {
                let analysis = try AnalysisGraph(typed, filter: try filters.filter(), directed: direction.directed,
                                                 weighted: direction.weighted)
                built = clock.now
                return try analysis.centrality(measures, options: CentralityOptions(
                    betweennessSamples: samples, seed: seed, personalization: personalization,
                    skipsUndefined: asksForAll))
            }
            if timing {
                func seconds(_ d: Duration) -> String { String(format: "%.6f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) }
                StandardError.write("newsgraph: timing: read_seconds=\(seconds(read - started)) build_seconds=\(seconds(built - read)) compute_seconds=\(seconds(clock.now - built))\n")
            }
            for (measure, reason) in result.skipped {
                StandardError.write("newsgraph: warning: \(graph): \(measure.rawValue) left out: \(reason)\n")
            }
            try Files.emit(render(result), to: output.output)
        }
    }

    /// True when `--measure all` (alone or in a list) asked for every measure.
    var asksForAll: Bool {
        measures.contains { $0.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == "all" } }
    }

    func render(_ result: CentralityResult) -> String {
        let format: CentralityTable.Format
        switch self.format {
        case .table: format = .table
        case .markdown: format = .markdown
        case .csv: format = .csv
        case .json: format = .json
        }
        return result.table(top: top, groupedByType: byType).formatted(as: format)
    }
}
