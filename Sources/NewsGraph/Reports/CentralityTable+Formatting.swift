import Foundation

extension CentralityTable {
    /// The output formats of `centrality --format`.
    public enum Format: String, CaseIterable, Sendable {
        case table, markdown, csv, json
    }

    /// The table in one format.
    ///
    /// - `table`: aligned columns for a terminal (`#`, entity, type, one column per measure);
    ///   values with 4 significant digits, integer-valued measures (core number) as integers.
    /// - `markdown`: a GitHub table with the same columns and numbers.
    /// - `csv`: `rank,id,name,type,<measures…>`, values at full precision.
    /// - `json`: exactly `DESIGN.md`'s contract, `{"graph": {"nodes", "edges", "directed",
    ///   "weighted"}, "measures": [...], "entities": [{"id", "name", "type", "<measure>": value}]}`,
    ///   full precision, NaN and infinities as `null`.
    ///
    /// With ``groupedByType`` (`--by-type`): `table` and `markdown` print one section per
    /// entity type (ontology order) with the rows of that type in rank order, the `#` column
    /// keeping the overall rank; `csv` and `json` list the rows in that same order and add
    /// `group_rank`, the rank within the type (a column after `rank`; a field after `type`),
    /// the type itself being the group key.
    public func formatted(as format: Format) -> String {
        switch format {
        case .table: return terminalTable()
        case .markdown: return markdownTable()
        case .csv: return csvTable()
        case .json: return json()
        }
    }

    /// Rows in output order with their rank within their type (`nil` when not grouped).
    private var orderedRows: [(row: Row, groupRank: Int?)] {
        guard groupedByType else { return rows.map { ($0, nil) } }
        return groups.flatMap { group in group.rows.enumerated().map { ($1, $0 + 1) } }
    }

    // MARK: Numbers

    /// The columns whose every value is a whole number (core number, raw degrees) print
    /// without decimals.
    private var integerColumns: [Bool] {
        measures.indices.map { m in
            !rows.isEmpty && rows.allSatisfy { $0.values.indices.contains(m) && $0.values[m].isFinite && $0.values[m] == $0.values[m].rounded() && abs($0.values[m]) < 1e15 }
        }
    }

    /// 4 significant digits in fixed notation (`0.1234`, `0.004321`, `12.35`); very small or
    /// very large magnitudes in scientific notation; empty for NaN.
    public static func display(_ value: Double, integer: Bool = false) -> String {
        if value.isNaN { return "" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if integer { return String(Int(value)) }
        if value == 0 { return "0" }
        let exponent = Int(floor(log10(abs(value))))
        if exponent < -4 || exponent >= 6 { return String(format: "%.3e", value) }
        return String(format: "%.\(max(0, 3 - exponent))f", value)
    }

    /// The display texts of a row's values, as the terminal and Markdown tables show them.
    func displayCells(_ row: Row) -> [String] {
        let integers = integerColumns
        return measures.indices.map { m in
            Self.display(row.values.indices.contains(m) ? row.values[m] : .nan, integer: integers[m])
        }
    }

    /// Full-precision text for CSV (empty for non-finite values).
    private static func precise(_ value: Double) -> String {
        value.isFinite ? JSONWriter.formatDouble(value) : ""
    }

    // MARK: Terminal

    private func terminalTable() -> String {
        let header = ["#", "entity", "type"] + measures
        let rightAligned = [true, false, false] + measures.map { _ in true }
        func render(_ rows: [Row]) -> [String] {
            let body = rows.map { [String($0.rank), $0.name, $0.type.label] + displayCells($0) }
            let widths = header.indices.map { c in ([header] + body).map { $0[c].count }.max() ?? 0 }
            func line(_ fields: [String]) -> String {
                fields.enumerated().map { c, field in
                    let pad = String(repeating: " ", count: widths[c] - field.count)
                    return rightAligned[c] ? pad + field : field + pad
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
            return [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + body.map(line)
        }
        var lines = ["\(graph.nodes) entities, \(graph.edges) relations; \(graph.directed ? "directed" : "undirected"), \(graph.weighted ? "weighted" : "unweighted")", ""]
        if groupedByType {
            for group in groups {
                lines.append("\(group.type.label) (\(group.rows.count))")
                lines += render(group.rows)
                lines.append("")
            }
            if lines.last == "" { lines.removeLast() }
        } else {
            lines += render(rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    private func markdownTable() -> String {
        func cell(_ text: String) -> String {
            InterchangeText.collapsingWhitespace(text).replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;")
        }
        func render(_ rows: [Row]) -> [String] {
            var out = ["| # | Entity | Type | " + measures.map(cell).joined(separator: " | ") + " |",
                       "|--:|:--|:--|" + measures.map { _ in "--:|" }.joined()]
            for row in rows {
                out.append("| \(row.rank) | \(cell(row.name)) | \(row.type.label) | " + displayCells(row).joined(separator: " | ") + " |")
            }
            return out
        }
        var lines = ["*\(graph.nodes) entities, \(graph.edges) relations; \(graph.directed ? "directed" : "undirected"), \(graph.weighted ? "weighted" : "unweighted").*", ""]
        if groupedByType {
            for group in groups {
                lines.append("### \(group.type.label) (\(group.rows.count))")
                lines.append("")
                lines += render(group.rows)
                lines.append("")
            }
            if lines.last == "" { lines.removeLast() }
        } else {
            lines += render(rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: CSV and JSON

    private func csvTable() -> String {
        var header = ["rank"]
        if groupedByType { header.append("group_rank") }
        header += ["id", "name", "type"] + measures
        var out = InterchangeText.csvLine(header) + "\n"
        for (row, groupRank) in orderedRows {
            var fields = [String(row.rank)]
            if let groupRank { fields.append(String(groupRank)) }
            fields += [row.entityID, row.name, row.type.rawValue]
            fields += measures.indices.map { row.values.indices.contains($0) ? Self.precise(row.values[$0]) : "" }
            out += InterchangeText.csvLine(fields) + "\n"
        }
        return out
    }

    /// The JSON value (for embedding in other documents, such as the HTML report's data).
    public var jsonValue: JSONWriter.Value {
        let summary: JSONWriter.Value = .object([("nodes", .int(graph.nodes)), ("edges", .int(graph.edges)),
                                                 ("directed", .bool(graph.directed)), ("weighted", .bool(graph.weighted))])
        let entities: [JSONWriter.Value] = orderedRows.map { row, groupRank in
            var members: [(String, JSONWriter.Value)] = [("id", .string(row.entityID)), ("name", .string(row.name)),
                                                         ("type", .string(row.type.rawValue))]
            if let groupRank { members.append(("group_rank", .int(groupRank))) }
            for (m, measure) in measures.enumerated() {
                let value = row.values.indices.contains(m) ? row.values[m] : .nan
                members.append((measure, value.isFinite ? .double(value) : .null))
            }
            return .object(members)
        }
        return .object([("graph", summary), ("measures", .array(measures.map(JSONWriter.Value.string))),
                        ("entities", .array(entities))])
    }

    /// One member per line, one entity per line; the short `measures` array stays on one line.
    private func json() -> String {
        guard case .object(let members) = jsonValue else { return "{}\n" }
        var out = "{\n"
        for (index, (key, value)) in members.enumerated() {
            out += "  " + JSONWriter.serialize(.string(key)) + ": "
            if key == "entities", case .array(let items) = value, !items.isEmpty {
                out += "[\n" + items.map { "    " + JSONWriter.serialize($0, spaced: true) }.joined(separator: ",\n") + "\n  ]"
            } else {
                out += JSONWriter.serialize(value, spaced: true)
            }
            out += index + 1 < members.count ? ",\n" : "\n"
        }
        return out + "}\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
