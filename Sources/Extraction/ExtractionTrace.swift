import NewsGraph

extension Extractor {
    /// A readable account of what the pipeline saw in one document: each sentence with its
    /// mentions (entity, type, kind) and the relations found in it, with the rule that fired and
    /// their modality. For people writing lexicon entries or rules: it shows why a relation is
    /// there or missing.
    public func trace(_ document: SourceDocument) -> String {
        let text = NormalizedText(document.text)
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens)
        var finder = MentionFinder(lexicon: lexicon, tokens: tokens, sentences: sentences)
        finder.run()
        NominalResolver.resolve(&finder, tokens: tokens, sentences: sentences)
        var relations = RelationFinder(tokens: tokens, sentences: sentences, entities: finder.entities,
                                       mentions: finder.mentions, lexicon: lexicon)
        relations.juntaState = NominalResolver.juntaState(finder, tokens: tokens)
        relations.run()
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
