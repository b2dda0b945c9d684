import NewsGraph

/// The stages of the pipeline run over one text: what extraction turns into a graph and what
/// ``Extractor/trace(_:)`` shows, from one place so that the two never differ.
struct DocumentAnalysis {
    let text: NormalizedText
    let tokens: TokenList
    let sentences: [Range<Int>]
    let finder: MentionFinder
    let relations: RelationFinder

    init(_ source: String, lexicon: Lexicon) {
        text = NormalizedText(source)
        tokens = Tokenizer.tokenize(text)
        sentences = SentenceSplitter.split(tokens)
        let (keyNumbers, cues) = lexicon.words.codes(tokens)
        var finder = MentionFinder(lexicon: lexicon, tokens: tokens, keyNumbers: keyNumbers, sentences: sentences)
        finder.run()
        NominalResolver.resolve(&finder, tokens: tokens, cues: cues, sentences: sentences)
        GroupResolver.resolve(&finder, tokens: tokens, cues: cues, sentences: sentences)
        DefiniteDescriptionResolver.resolve(&finder, tokens: tokens, cues: cues, sentences: sentences)
        AppositiveDescriptionResolver.resolve(&finder, tokens: tokens, cues: cues, sentences: sentences)
        let relations = RelationFinder(tokens: tokens, cues: cues, sentences: sentences, entities: finder.entities,
                                       mentions: finder.mentions, lexicon: lexicon)
        relations.juntaState = NominalResolver.juntaState(finder, tokens: tokens, cues: cues)
        relations.run()
        self.finder = finder
        self.relations = relations
    }
}

/// The pipeline for one document: text → tokens → sentences → mentions → relations → graph.
struct DocumentExtraction {
    let document: SourceDocument
    let lexicon: Lexicon
    let keepUnasserted: Bool

    func run() -> TypedGraph {
        let analysis = DocumentAnalysis(document.text, lexicon: lexicon)
        let (text, tokens, sentences, finder, relations) = (analysis.text, analysis.tokens, analysis.sentences, analysis.finder, analysis.relations)

        var graph = TypedGraph()
        try? graph.addDocument(Document(id: document.id, source: document.source, title: title(tokens, sentences, text),
                                        date: DateFinder.date(in: document.text), sha256: document.sha256))
        var ids: [Int: String] = [:]
        // A region met only as an adjective ("Western governments") is not a place the text names,
        // unless its adjective names it ("the West African country").
        var namedRegion = Set<Int>()
        for m in finder.mentions where m.kind != .demonym
            || finder.entities[m.entity].lexiconEntry.map({ lexicon.entries[$0].demonymNamesIt == true }) == true { namedRegion.insert(m.entity) }
        for (i, e) in finder.entities.enumerated() where e.mentions > 0 && (e.type != .region || namedRegion.contains(i)) {
            // An actor's other known names ("Mahamat Idriss Deby" for "Mahamat Idriss Déby Itno")
            // go with the forms the text used, so that a user (or a scorer) finds it by any of them.
            // Not for places and states: a state's lexicon forms include its demonyms.
            var aliases = e.aliases
            if let entry = e.lexiconEntry, Self.actorsWithKnownNames.contains(e.type) {
                for alias in lexicon.entries[entry].aliases ?? [] where alias != e.name && !aliases.contains(alias) { aliases.append(alias) }
            }
            let name = Self.spelledAsWritten(e.name, forms: e.aliases)
            if name != e.name, !aliases.contains(e.name) { aliases.append(e.name) }
            let id = graph.upsert(Entity(name: name, type: e.type, aliases: aliases, mentions: e.mentions))
            ids[i] = id
        }
        var sentenceText: [Int: String] = [:]
        for r in relations.found {
            guard keepUnasserted || r.modality == .asserted, let source = ids[r.source], let target = ids[r.target],
                  finder.entities[r.source].type != .media, finder.entities[r.target].type != .media else { continue }
            let sentence = sentences[r.sentence]
            let start = tokens[sentence.lowerBound].start, end = tokens[sentence.upperBound - 1].end
            let quoted = sentenceText[r.sentence] ?? text.originalText(start..<end)
            sentenceText[r.sentence] = quoted
            let evidence = Evidence(document: document.id, start: start, end: end, text: quoted, rule: r.rule)
            graph.add(Relation(source: source, type: r.type, target: target, evidence: [evidence], modality: r.modality))
        }
        return graph
    }

    /// A lexicon name with diacritics that the text writes without them ("Tillaberi region" for
    /// "Tillabéri Region") is named as the text spells it, the lexicon's spelling kept as an alias:
    /// the reader (and a scorer) looks for the name the report used.
    static func spelledAsWritten(_ name: String, forms: [String]) -> String {
        guard !name.unicodeScalars.allSatisfy(\.isASCII) else { return name }
        let plain = NameKey.foldDiacritics(name)
        guard forms.contains(where: { $0.unicodeScalars.allSatisfy(\.isASCII) && $0.caseInsensitiveCompare(plain) == .orderedSame }) else { return name }
        return plain
    }

    static let actorsWithKnownNames: Set<EntityType> = [.person, .organization, .alliance, .militaryUnit, .armedGroup]

    /// A first line that ends without sentence punctuation is a headline.
    private func title(_ tokens: TokenList, _ sentences: [Range<Int>], _ text: NormalizedText) -> String? {
        guard let first = sentences.first, first.count <= 25, let last = tokens[first].last,
              ![".", "!", "?", "\""].contains(last.text) else { return nil }
        return text.originalText(tokens[first.lowerBound].start..<last.end)
    }
}

/// Finds a publication date written as ISO 8601 near the start of a text.
enum DateFinder {
    static func date(in text: String) -> String? {
        let head = text.prefix(400)
        let scalars = Array(head.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for i in 0...(scalars.count - 10) {
            let window = scalars[i..<(i + 10)]
            let pattern = window.enumerated().allSatisfy { k, c in
                (k == 4 || k == 7) ? c == "-" : (c.value >= 48 && c.value <= 57)
            }
            if pattern { var s = String.UnicodeScalarView(); s.append(contentsOf: window); return String(s) }
        }
        return nil
    }
}
