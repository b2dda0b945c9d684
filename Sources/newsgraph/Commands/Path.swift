import ArgumentParser
import Foundation
import NewsGraph

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Find how two entities are connected, with the sentences behind each hop.",
        discussion: """
        By default: the shortest paths (at most \(PathQuery.defaultShortestLimit); --all: every one), \
        relations read in either direction. --k N: the N shortest simple paths (Yen). --max-hops N \
        alone: every simple path of at most N hops; with --k, the N cheapest of them. Equally \
        short paths come best-evidenced first (most documents behind their hops), then through \
        the least connected entities. A hop walked against its relation still names the \
        relation's own source and target. Exit status 1 when there is no path.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Argument(help: ArgumentHelp("Where the path starts: any name or alias of an entity.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where the path ends.", valueName: "to"))
    var to: String

    @Option(help: ArgumentHelp("The K shortest simple paths.", valueName: "k"))
    var k: Int?

    @Flag(help: "Every shortest path (default: at most \(PathQuery.defaultShortestLimit)).")
    var all = false

    @Option(name: .customLong("max-hops"), help: ArgumentHelp("Paths of at most N hops.", valueName: "n"))
    var maxHops: Int?

    @Flag(help: "Follow relations only from source to target (symmetric ones both ways).")
    var directed = false

    @Flag(help: "Relation weights as lengths (several relations between two entities weigh their number).")
    var weighted = false

    @OptionGroup var filters: FilterOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @OptionGroup var output: OutputOption

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
        if all && k != nil { throw ValidationError("--all and --k cannot be used together") }
    }

    var mode: PathQuery.Mode {
        if let maxHops, !all { return .allSimple(maxHops: maxHops, limit: k) }
        if let k { return .kShortest(k) }
        return .shortest(limit: all ? nil : PathQuery.defaultShortestLimit)
    }

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output.output)
            let typed = try Files.readGraph(graph)
            let query = PathQuery(mode: mode, directed: directed, weighted: weighted, maxHops: maxHops,
                                  filter: try filters.filter())
            let result = try at(graph) { try typed.paths(from: from, to: to, query: query) }
            if result.from.id == result.to.id {
                throw CLIError(graph, "'\(from)' and '\(to)' are the same entity, \(result.from.name)")
            }
            if format == .json {
                try Files.emit(result.json(in: typed), to: output.output)
            } else if !result.paths.isEmpty {
                try Files.emit(result.text(in: typed), to: output.output)
            }
            if result.paths.isEmpty {
                var why = "no path from '\(result.from.name)' to '\(result.to.name)'"
                if directed { why += " following relation direction (try without --directed)" }
                if let maxHops { why += " within \(maxHops) hop\(maxHops == 1 ? "" : "s")" }
                throw CLIError(graph, why)
            }
        }
    }
}
