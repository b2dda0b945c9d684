import ArgumentParser
import Foundation
import NewsGraph

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph for other tools: GraphML, GEXF, Neo4j CSV or node-link JSON.",
        discussion: """
        graphml (yEd, Gephi, networkx read_graphml), gexf (Gephi), csv (a folder with Neo4j \
        bulk-import nodes.csv, relationships.csv and a README; -o names the folder), json \
        (networkx node-link JSON). Without -o the output goes to standard output (not for csv).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case graphml, gexf, csv, json
    }

    @Argument(help: ArgumentHelp("The graph JSON (- for standard input).", valueName: "graph"))
    var graph: String

    @Option(help: "Export format.")
    var format: Format

    @OptionGroup var output: OutputOption

    func validate() throws {
        if format == .csv && (output.output == nil || output.output == "-") {
            throw ValidationError("--format csv writes a folder of files: give it with -o FOLDER")
        }
    }

    func run() throws {
        try reportingErrors {
            if format == .csv {
                try exportCSV()
                return
            }
            try Files.checkOutput(output.output)
            let typed = try Files.readGraph(graph)
            let text: String
            switch format {
            case .graphml: text = GraphMLWriter.string(typed)
            case .gexf: text = GEXFWriter.string(typed)
            case .json: text = NodeLinkJSONWriter.string(typed)
            case .csv: return
            }
            try Files.emit(text, to: output.output)
        }
    }

    /// Writes the Neo4j files into the folder -o names, creating it when its parent exists.
    func exportCSV() throws {
        guard let folder = output.output else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIError(folder, "exists and is not a folder (--format csv writes a folder of files)")
        }
        let parent = Files.folder(of: folder)
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError(folder, "the folder '\(parent)' does not exist")
        }
        let typed = try Files.readGraph(graph)
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            } catch {
                throw CLIError(folder, "cannot create the folder")
            }
        }
        for file in Neo4jCSVWriter.files(typed) {
            try Files.writeAtomically(file.data, to: folder + "/" + file.name)
        }
    }
}
