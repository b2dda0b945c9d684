import Foundation

/// The textual forms of a centrality result: `centrality --format table|markdown|csv|json`.
extension CentralityResult {
    /// How a value prints in text forms: integers (core number) without decimals, others with
    /// six significant decimals.
    public static func format(_ value: Double, _ measure: CentralityMeasure) -> String {
        guard value.isFinite else { return "nan" }
        if measure.isInteger { return String(Int(value)) }
        return String(format: "%.6f", value)
    }

    /// `DESIGN.md`'s JSON: `{"graph": {...}, "measures": [...], "entities": [{"id", "name", "type",
    /// "<measure>": value, …}]}`, entities ranked by the first measure, all of them unless `top`.
    /// With `byType`, entities are ranked within each type (types in ontology order), `top` per
    /// type, and each carries its `"rank"` within its type.
    public func json(top: Int? = nil, byType: Bool = false) -> String {
        let order: [(rank: Int, index: Int)] = byType
            ? EntityType.allCases.flatMap { type in ranking(top: top, type: type).enumerated().map { ($0 + 1, $1) } }
            : ranking(top: top).enumerated().map { ($0 + 1, $1) }
        let rows: [JSONWriter.Value] = order.map { rank, i in
            let entity = entities[i]
            var members: [(String, JSONWriter.Value)] = [
                ("id", .string(entity.id)), ("name", .string(entity.name)), ("type", .string(entity.type.rawValue)),
            ]
            if byType { members.append(("rank", .int(rank))) }
            for (m, measure) in measures.enumerated() {
                let v = values[m][i]
                members.append((measure.rawValue, measure.isInteger && v.isFinite ? .int(Int(v)) : .double(v)))
            }
            return .object(members)
        }
        return JSONWriter.serializeDocument([
            ("graph", .object([("nodes", .int(nodeCount)), ("edges", .int(edgeCount)),
                               ("directed", .bool(directed)), ("weighted", .bool(weighted))])),
            ("measures", .array(measures.map { .string($0.rawValue) })),
            ("entities", .array(rows)),
        ])
    }

    private var header: [String] { ["rank", "entity", "type"] + measures.map(\.rawValue) }

    private func rows(top: Int?, type: EntityType?) -> [[String]] {
        ranking(top: top, type: type).enumerated().map { rank, i in
            [String(rank + 1), entities[i].name, entities[i].type.rawValue]
                + measures.indices.map { Self.format(values[$0][i], measures[$0]) }
        }
    }

    /// A plain-text table with aligned columns (numbers right-aligned).
    public func table(top: Int? = nil, type: EntityType? = nil) -> String {
        let body = rows(top: top, type: type)
        let all = [header] + body
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return (c == 1 || c == 2) ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in body { out += line(row) + "\n" }
        return out
    }

    /// A GitHub-flavoured Markdown table.
    public func markdown(top: Int? = nil, type: EntityType? = nil) -> String {
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 == 1 || $0 == 2 ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows(top: top, type: type) { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }

    /// CSV (RFC 4180) with a header row: `rank,id,name,type,<measures…>`, full precision. With
    /// `byType`, ranks (and `top`) are within each type, types in ontology order.
    public func csv(top: Int? = nil, byType: Bool = false) -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = (["rank", "id", "name", "type"] + measures.map(\.rawValue)).joined(separator: ",") + "\n"
        let order: [(Int, Int)] = byType
            ? EntityType.allCases.flatMap { type in ranking(top: top, type: type).enumerated().map { ($0, $1) } }
            : ranking(top: top).enumerated().map { ($0, $1) }
        for (rank, i) in order {
            let numbers = measures.indices.map { m -> String in
                let v = values[m][i]
                return measures[m].isInteger && v.isFinite ? String(Int(v)) : JSONWriter.formatDouble(v)
            }
            out += ([String(rank + 1), field(entities[i].id), field(entities[i].name), entities[i].type.rawValue] + numbers)
                .joined(separator: ",") + "\n"
        }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
