import ArgumentParser
import Extraction
import Foundation
import NewsGraph

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
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

    @Option(help: ArgumentHelp("Also write each document's sentences with the mentions found in them and the relations with the rule that fired: why an edge is there or missing.", valueName: "file"))
    var trace: String?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one text file or folder, or - for standard input") }
    }

    func run() throws {
        try reportingErrors {
            try Files.checkOutput(output.output)
            let graph: TypedGraph
            if let trace {
                try Files.checkOutput(trace)
                // One destination each: the graph written last would replace the trace.
                guard trace != (output.output ?? "-") else { throw CLIError(trace, "is also where the graph goes; give --trace its own file") }
                // A diagnosis reads every document once and keeps it, to extract and trace the
                // same text (standard input cannot be read twice).
                let extractor = try ExtractionStep.extractor(lexicon: lexicon, includeHedged: includeHedged)
                let files = try TextInputs.collect(inputs)
                let documents = try files.enumerated().map { try TextInputs.document($1, number: $0 + 1) }
                graph = ExtractionStep.extract(documents, with: extractor)
                let account = zip(files, documents).map { "== \($0)\n" + extractor.trace($1) }.joined(separator: "\n")
                try Files.emit(account, to: trace)
            } else {
                graph = try ExtractionStep.run(inputs: inputs, lexicon: lexicon, includeHedged: includeHedged)
            }
            try Files.emit(GraphFormat.write(graph), to: output.output)
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

    /// Reads the inputs and extracts one merged graph, with progress on a terminal. Streams:
    /// one file at a time is read, extracted and merged, and its text dropped, so memory holds
    /// the merged graph, not the corpus.
    static func run(inputs: [String], lexicon: String?, includeHedged: Bool) throws -> TypedGraph {
        let extractor = try extractor(lexicon: lexicon, includeHedged: includeHedged)
        let files = try TextInputs.collect(inputs)
        // One document is extracted alone (what `eval --per-doc` scores).
        if files.count == 1 { return extractor.extract(try TextInputs.document(files[0], number: 1)) }
        return try merged(count: files.count, with: extractor) { i in try TextInputs.document(files[i], number: i + 1) }
    }

    /// One document is extracted alone (what `eval --per-doc` scores); several are merged.
    static func extract(_ documents: [SourceDocument], with extractor: Extractor) -> TypedGraph {
        if documents.count == 1 { return extractor.extract(documents[0]) }
        return (try? merged(count: documents.count, with: extractor) { documents[$0] }) ?? TypedGraph()
    }

    /// Streams documents through the extractor: reads and extracts a batch on every core while
    /// the batch before is merged (in input order) beside it, and lets the texts go, so memory
    /// holds two batches at a time and the graph is the same as a one-by-one run's. The first
    /// file that cannot be read stops the run with its error.
    static func merged(count: Int, with extractor: Extractor, document: @escaping @Sendable (Int) throws -> SourceDocument) throws -> TypedGraph {
        let merging = BatchMerging(total: count)
        defer { merging.progress.finish() }
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 64)
        var start = 0
        var pending: [Result<TypedGraph, any Error>] = []
        repeat {
            let size = min(batchSize, count - start)
            let previous = pending
            let first = start
            pending = extractor.extractConcurrently(count: size, alongside: { merging.merge(previous) }) { try document(first + $0) }
            if let error = merging.error { throw error }
            start += size
        } while !pending.isEmpty
        return merging.graph
    }
}

/// The graph being built from extracted batches. Only one job touches it at a time (the merge
/// that runs beside each batch's extraction), hence the unchecked sendability.
private final class BatchMerging: @unchecked Sendable {
    var graph = TypedGraph()
    var progress: ExtractionProgress
    private(set) var error: (any Error)?
    private var merged = 0

    init(total: Int) { progress = ExtractionProgress(total: total) }

    /// Merges a batch's graphs in order; stops at the first document that failed.
    func merge(_ parts: [Result<TypedGraph, any Error>]) {
        guard error == nil else { return }
        for part in parts {
            do { graph.merge(try part.get()) } catch { self.error = error; return }
            merged += 1
            progress.update(merged)
        }
    }
}

/// `extracting 1234/20000 files` on standard error, rewritten in place at most ten times a
/// second, only when standard error is a terminal (quiet in pipes, logs and tests).
struct ExtractionProgress {
    let total: Int
    private let shown = StandardError.isTerminal
    private var done = 0
    private var lastDrawn: UInt64 = 0
    private var drawn = false
    private let started = DispatchTime.now().uptimeNanoseconds

    init(total: Int) { self.total = total }

    mutating func update(_ done: Int) {
        self.done = done
        guard shown else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDrawn >= 100_000_000 else { return }
        lastDrawn = now
        drawn = true
        let seconds = Double(now - started) / 1e9
        let rate = seconds > 0 ? String(format: ", %.0f files/s", Double(done) / seconds) : ""
        StandardError.write("\rnewsgraph: extracting \(done)/\(total) files\(rate)\u{1B}[K")
    }

    /// Ends the progress line (also when a file fails, so the error starts its own line).
    mutating func finish() {
        guard shown, drawn else { return }
        drawn = false
        StandardError.write("\n")
    }
}
