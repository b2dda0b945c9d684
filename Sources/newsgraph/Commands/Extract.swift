import ArgumentParser
import Extraction
import Foundation
import NewsGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract a typed graph from news texts.",
        discussion: """
        INPUT is a text file, a folder (every .txt and .text file under it, recursively, in path \
        order) or - for standard input. The graph JSON goes to -o, or to standard output.
        """
    )

    @Argument(help: ArgumentHelp("Text files, folders, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @OptionGroup var output: OutputOption

    @Option(help: ArgumentHelp("Add or override lexicon entries from this YAML or JSON file.", valueName: "file"))
    var lexicon: String?

    @Flag(name: .customLong("include-hedged"), help: "Keep hedged and negated relations, marked as such.")
    var includeHedged = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one text file or folder, or - for standard input") }
    }

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output.output)
            let graph = try ExtractionStep.run(inputs: inputs, lexicon: lexicon, includeHedged: includeHedged)
            try Files.emit(String(decoding: GraphFormat.write(graph), as: UTF8.self), to: output.output)
        }
    }
}

/// The extraction step shared by `extract`, `analyze` and `eval`.
enum ExtractionStep {
    /// The extractor with the built-in lexicon plus the user's file.
    static func extractor(lexicon path: String?, includeHedged: Bool) throws -> Extractor {
        var lexicon = try at("lexicon") { try Lexicon.builtIn() }
        if let path {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError(path, "no such file") }
            try at(path) { try lexicon.merge(contentsOf: URL(fileURLWithPath: path)) }
        }
        return Extractor(lexicon: lexicon, keepUnasserted: includeHedged)
    }

    /// Reads the inputs and extracts one merged graph, with progress on a terminal.
    static func run(inputs: [String], lexicon: String?, includeHedged: Bool) throws -> TypedGraph {
        let extractor = try extractor(lexicon: lexicon, includeHedged: includeHedged)
        let documents = try TextInputs.documents(try TextInputs.collect(inputs))
        return extract(documents, with: extractor)
    }

    /// One document is extracted alone (what `eval --per-doc` scores); several are extracted
    /// and merged by the extractor (`TypedGraph.merge`, type-aware: a state never folds into
    /// its capital).
    static func extract(_ documents: [SourceDocument], with extractor: Extractor) -> TypedGraph {
        if documents.count == 1 { return extractor.extract(documents[0]) }
        var progress: (@Sendable (Int, Int) -> Void)?
        if StandardError.isTerminal {
            progress = { done, total in
                StandardError.write("\rnewsgraph: extracting \(done)/\(total)" + (done == total ? "\n" : ""))
            }
        }
        return extractor.extract(documents, progress: progress)
    }
}
