import ArgumentParser
import Foundation
import NewsGraph

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a graph JSON from an edge list, CSV triples or GraphML.",
        discussion: """
        CSV with a header (source,relation,target and optional weight, source_type, target_type); \
        with --edgelist a whitespace edge list "u v [weight]" per line; a .graphml file is read as \
        GraphML. Nodes without a type get the type `other`.
        """
    )

    @Argument(help: ArgumentHelp("The file to import (- for standard input).", valueName: "file"))
    var file: String

    @OptionGroup var output: OutputOption

    @Flag(help: "Read a whitespace edge list: `u v [weight]` per line.")
    var edgelist = false

    @Flag(help: "The links are directed: analyses follow them from source to target.")
    var directed = false

    @Flag(help: "Refuse relation and entity types that are not in the ontology (instead of related_to and other).")
    var strict = false

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output.output)
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Files.read(file)
            guard !data.isEmpty else { throw CLIError(file, "empty file: nothing to import") }
            try Files.checkUTF8(data, file)
            let options = ImportOptions(strict: strict, directed: directed ? true : (edgelist ? false : nil))
            let graph = try at(file) { try Importer.read(data, path: file, edgeList: edgelist, options: options) }
            try Files.emit(GraphFormat.write(graph), to: output.output)
        }
    }
}

/// Chooses the reader for a file.
enum Importer {
    static func read(_ data: Data, path: String, edgeList: Bool, options: ImportOptions) throws -> TypedGraph {
        if !edgeList && URL(fileURLWithPath: path).pathExtension.lowercased() == "graphml" {
            return try GraphMLReader.read(data, options: options)
        }
        if edgeList { return try EdgeListReader.read(data, options: options) }
        return try CSVTriplesReader.read(data, options: options)
    }
}
