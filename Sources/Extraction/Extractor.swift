import Foundation
import NewsGraph

/// Text → typed graph: the whole extraction pipeline behind one call.
///
/// Stages (each its own type, testable alone): ``TextDecoding`` → normalization → sentence
/// splitting → tokenization → mention finding → entity resolution → relation patterns →
/// cross-document merge.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// Keep hedged and negated relations, marked, instead of dropping them.
    public var keepUnasserted: Bool

    public init(lexicon: Lexicon, keepUnasserted: Bool = false) {
        self.lexicon = lexicon
        self.keepUnasserted = keepUnasserted
    }

    /// The graph of one document.
    public func extract(_ document: SourceDocument) -> TypedGraph {
        DocumentExtraction(document: document, lexicon: lexicon, keepUnasserted: keepUnasserted).run()
    }

    /// The merged graph of several documents; `progress(done, total)` is called as they finish.
    ///
    /// Documents are extracted on every core, a batch at a time, and merged in input order, so
    /// the graph is the same as a sequential run's.
    public func extract(_ documents: [SourceDocument], progress: (@Sendable (Int, Int) -> Void)? = nil) -> TypedGraph {
        var graph = TypedGraph()
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 16)
        var done = 0
        for batchStart in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = Array(documents[batchStart..<min(batchStart + batchSize, documents.count)])
            for part in extractConcurrently(batch) {
                graph.merge(part)
                done += 1
                progress?(done, documents.count)
            }
        }
        return graph
    }

    /// The graphs of a batch of documents, extracted concurrently, in the batch's order.
    public func extractConcurrently(_ batch: [SourceDocument]) -> [TypedGraph] {
        extractConcurrently(count: batch.count) { batch[$0] }.map { try! $0.get() }
    }

    /// The graphs of the documents `document(0..<count)` gives, each read and extracted on a
    /// worker (reading in parallel too, so that no core waits for the disk), in order. A
    /// document that cannot be read leaves its error in its slot.
    ///
    /// `alongside` runs once, on one of the workers, while the others extract: the caller merges
    /// the batch before there, so that no core waits for the merge.
    public func extractConcurrently(count: Int, alongside: @Sendable () -> Void = {}, document: @Sendable (Int) throws -> SourceDocument) -> [Result<TypedGraph, any Error>] {
        let results = ResultSlots<Result<TypedGraph, any Error>>(count: count)
        guard count > 1 else {
            alongside()
            return (0..<count).map { i in Result { extract(try document(i)) } }
        }
        // The merge first, so that it overlaps the whole batch rather than its tail.
        DispatchQueue.concurrentPerform(iterations: count + 1) { i in
            if i == 0 { alongside() } else { results.set(i - 1, Result { extract(try document(i - 1)) }) }
        }
        return results.values
    }
}
