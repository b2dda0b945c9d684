/// The textual forms of a path result: `path --format text|json`.
extension PathResult {
    /// `DESIGN.md`'s JSON: `{"from", "to", "paths": [{"length", "cost", "hops": [{"source", "relation",
    /// "target", "evidence": [{"document", "text"}]}]}]}`. Each hop names its relation's own source
    /// and target even when walked against it, and adds `"direction"` (`forward`, `backward` or
    /// `both` for a symmetric relation) and `"relations"`, every relation between the two ends
    /// (the first is the hop's own). Evidence items add the document's `"source"` when known.
    public func json(in graph: TypedGraph) -> String {
        func evidence(_ relation: Relation) -> JSONWriter.Value {
            .array(relation.evidence.map { item in
                var members: [(String, JSONWriter.Value)] = [("document", .string(item.document)), ("text", .string(item.text))]
                if let source = graph.document(id: item.document)?.source { members.append(("source", .string(source))) }
                return .object(members)
            })
        }
        func name(_ id: String) -> String { graph.entity(id: id)?.name ?? id }
        func relationMembers(_ r: Relation) -> [(String, JSONWriter.Value)] {
            [("source", .string(name(r.source))), ("relation", .string(r.type.rawValue)),
             ("target", .string(name(r.target))), ("evidence", evidence(r))]
        }
        let paths: [JSONWriter.Value] = self.paths.map { path in
            .object([
                ("length", .int(path.length)),
                ("cost", .double(path.cost)),
                ("hops", .array(path.hops.map { hop in
                    var members = relationMembers(hop.relation)
                    members.append(("direction", .string(Self.direction(of: hop))))
                    if hop.relation.modality != .asserted { members.append(("modality", .string(hop.relation.modality.rawValue))) }
                    members.append(("relations", .array(hop.relations.map { .object(relationMembers($0)) })))
                    return .object(members)
                })),
            ])
        }
        return JSONWriter.serializeDocument([("from", .string(from.name)), ("to", .string(to.name)), ("paths", .array(paths))])
    }

    static func direction(of hop: PathHop) -> String {
        hop.relation.type.isSymmetric ? "both" : hop.isForward ? "forward" : "backward"
    }

    /// Readable text: per path a header line, then one line per hop in walking order,
    /// `Russia —deployed_to→ Air Base 101` (or `Air Base 101 ←stationed_at— United States` for a
    /// hop walked against the relation, `Mali —allied_with— Niger` for a symmetric one), each
    /// followed by its evidence sentences (the first `sentencesPerHop`, then a count of the
    /// rest: `--format json` lists them all), indented, with the document they come from.
    public func text(in graph: TypedGraph, sentencesPerHop: Int = 3) -> String {
        var out = ""
        for (n, path) in paths.enumerated() {
            if n > 0 { out += "\n" }
            let cost = path.cost == path.cost.rounded() ? String(Int(path.cost)) : String(path.cost)
            out += "Path \(n + 1) of \(paths.count): \(path.length) hop\(path.length == 1 ? "" : "s")"
                + (cost == String(path.length) ? "" : ", cost \(cost)") + "\n"
            for hop in path.hops {
                out += "  " + Self.line(hop) + "\n"
                if hop.relations.count > 1 {
                    out += "      (also: " + hop.relations.dropFirst().map { r in
                        r.type.rawValue + (r.type.isSymmetric || r.source == hop.from.id ? "" : " (reversed)")
                    }.joined(separator: ", ") + ")\n"
                }
                if hop.relation.evidence.isEmpty { out += "      (no sentence: an imported relation)\n" }
                for item in hop.relation.evidence.prefix(sentencesPerHop) {
                    let source = graph.document(id: item.document)?.source ?? item.document
                    out += "      \"\(item.text)\" [\(source)]\n"
                }
                let more = hop.relation.evidence.count - sentencesPerHop
                if more > 0 { out += "      (and \(more) more sentence\(more == 1 ? "" : "s"); --format json lists them all)\n" }
            }
        }
        return out
    }

    static func line(_ hop: PathHop) -> String {
        let type = hop.relation.type.rawValue
        let marker = hop.relation.modality == .asserted ? "" : " [\(hop.relation.modality.rawValue)]"
        if hop.relation.type.isSymmetric { return "\(hop.from.name) —\(type)— \(hop.to.name)\(marker)" }
        if hop.isForward { return "\(hop.from.name) —\(type)→ \(hop.to.name)\(marker)" }
        return "\(hop.from.name) ←\(type)— \(hop.to.name)\(marker)"
    }
}
