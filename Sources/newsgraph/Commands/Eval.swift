import ArgumentParser
import Extraction
import Foundation
import NewsGraph

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations: precision, recall and F1.",
        discussion: """
        GRAPH is a graph JSON, or text files and folders, which are then extracted first. Scoring \
        follows eval/README.md and agrees with score.py. --per-doc: with texts, each document is \
        extracted alone and scored against the gold whose "file" is its file name (counts \
        summed); with a graph JSON, the graph is split by document (an approximation: see the note \
        it prints). GOLD may be gold files or folders of *.json files.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("A graph JSON, or text files and folders to extract.", valueName: "graph"))
    var inputs: [String]

    @Option(name: .customLong("gold"), parsing: .upToNextOption, help: ArgumentHelp("Gold annotation files or folders.", valueName: "gold"))
    var gold: [String] = []

    @Flag(name: .customLong("per-doc"), help: "Score each document against its own gold file and sum the counts.")
    var perDocument = false

    @Option(name: .customLong("ignore-type"), help: ArgumentHelp("Leave entities of this type out of scoring (repeatable).", valueName: "type"))
    var ignoredTypes: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("With texts: add lexicon entries from this file.", valueName: "file"))
    var lexicon: String?

    @OptionGroup var output: OutputOption

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a graph JSON, or text files to extract") }
        guard !gold.isEmpty else { throw ValidationError("give the gold annotations with --gold FILE…") }
        _ = try FilterOptions.entityTypes(ignoredTypes)
    }

    /// True when the input is one graph JSON rather than texts.
    var isGraph: Bool { inputs.count == 1 && inputs[0].lowercased().hasSuffix(".json") }

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output.output)
            let goldFiles = try goldPaths()
            let annotations = try goldFiles.map { path in
                try Files.checkUTF8(try Files.read(path), path)
                return try at(path) { try GoldAnnotation.read(path: path) }
            }
            let ignored = Set(try FilterOptions.entityTypes(ignoredTypes).map(\.rawValue))
            let text: String
            if perDocument {
                let pairs = try perDocumentGraphs(annotations)
                let score = Evaluator.scorePerDocument(pairs, ignoringTypes: ignored)
                text = format == .json ? EvaluationReport.json(score) : EvaluationReport.text(score)
            } else {
                let graph = isGraph ? try Files.readGraph(inputs[0])
                    : try ExtractionStep.run(inputs: inputs, lexicon: lexicon, includeHedged: false)
                let score = Evaluator.score(graph, gold: annotations, ignoringTypes: ignored)
                text = format == .json ? EvaluationReport.json(score) : EvaluationReport.text(score)
            }
            try Files.emit(text.hasSuffix("\n") ? text : text + "\n", to: output.output)
        }
    }

    /// Gold files: files as given, folders expanded to their `*.json` files, sorted.
    func goldPaths() throws -> [String] {
        var paths: [String] = []
        for item in gold {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: item, isDirectory: &isDirectory) else {
                throw CLIError(item, "no such file or folder")
            }
            if isDirectory.boolValue {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: item)) ?? [])
                    .filter { $0.lowercased().hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                guard !names.isEmpty else { throw CLIError(item, "no gold files (*.json) in this folder") }
                paths += names.map { (item.hasSuffix("/") ? item : item + "/") + $0 }
            } else {
                paths.append(item)
            }
        }
        return paths
    }

    /// One graph per gold file: each text extracted alone, or the graph split by document.
    func perDocumentGraphs(_ annotations: [GoldAnnotation]) throws -> [(graph: TypedGraph, gold: GoldAnnotation)] {
        if isGraph {
            StandardError.write("newsgraph: note: per-document scores from one graph JSON are approximate (entities in no relation of a document are left out); pass the text files for exact scores\n")
            return Evaluator.splitByDocument(try Files.readGraph(inputs[0]), gold: annotations)
        }
        let extractor = try ExtractionStep.extractor(lexicon: lexicon, includeHedged: false)
        let documents = try TextInputs.documents(try TextInputs.collect(inputs))
        var byName: [String: SourceDocument] = [:]
        for document in documents { byName[URL(fileURLWithPath: document.source).lastPathComponent] = document }
        var matched: [SourceDocument] = []
        for annotation in annotations {
            guard let file = annotation.file else {
                throw CLIError(annotation.path, "no \"file\" field: cannot tell which text it annotates")
            }
            guard let document = byName[URL(fileURLWithPath: file).lastPathComponent] else {
                throw CLIError(annotation.path, "annotates '\(file)', which is not among the input texts")
            }
            matched.append(document)
        }
        // Each document alone, on every core: what `extract FILE` writes for it.
        return Array(zip(extractor.extractConcurrently(matched), annotations))
    }
}
