import NewsGraph

extension Extractor {
    /// A readable account of what the pipeline saw in one document: each sentence with its
    /// mentions (entity, type, kind) and the relations found in it, with the rule that fired and
    /// their modality. For people writing lexicon entries or rules: it shows why a relation is
    /// there or missing.
    public func trace(_ document: SourceDocument) -> String {
        let analysis = DocumentAnalysis(document.text, lexicon: lexicon)
        let (text, tokens, sentences, finder, relations) = (analysis.text, analysis.tokens, analysis.sentences, analysis.finder, analysis.relations)
        var out = ""
        for (s, sentence) in sentences.enumerated() {
            out += "[\(s)] " + text.text(tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end) + "\n"
            for m in finder.mentions where sentence.contains(m.start) {
                let e = finder.entities[m.entity]
                out += "    • \(finder.surface(m.range)) → \(e.name) (\(e.type.rawValue), \(m.kind)\(m.isForces ? ", forces" : "")\(m.role.map { ", role " + $0.phrase } ?? ""))\n"
            }
            for r in relations.found where r.sentence == s {
                out += "    ⇒ \(finder.entities[r.source].name) \(r.type.rawValue) \(finder.entities[r.target].name) [\(r.rule)\(r.modality == .asserted ? "" : ", " + r.modality.rawValue)]\n"
            }
        }
        return out
    }
}
