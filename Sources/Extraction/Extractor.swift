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
    public func extract(_ documents: [SourceDocument], progress: (@Sendable (Int, Int) -> Void)? = nil) -> TypedGraph {
        var graph = TypedGraph()
        for (i, document) in documents.enumerated() {
            graph.merge(extract(document))
            progress?(i + 1, documents.count)
        }
        return graph
    }
}
