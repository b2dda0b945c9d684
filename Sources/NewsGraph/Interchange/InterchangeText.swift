/// The few text rules every interchange format shares, kept in one place so that GraphML,
/// GEXF, the HTML report and the CSV files escape and join things the same way.
public enum InterchangeText {
    /// Escapes text for XML and HTML, in element content and in quoted attribute values alike.
    ///
    /// Control characters that XML 1.0 forbids (everything below U+0020 but tab, newline and
    /// carriage return) are dropped: no parser would accept the file otherwise, and they never
    /// carry meaning in names or sentences. Carriage returns and tabs are written as character
    /// references so that attribute-value normalization cannot turn them into spaces.
    public static func markupEscaped(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where scalar.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line
    /// break or leading/trailing space, with inner quotes doubled. Neo4j's importer, Python's
    /// `csv` module and spreadsheets all read that.
    public static func csvField(_ text: String) -> String {
        var needsQuotes = false
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        if !needsQuotes, let first = text.utf8.first, let last = text.utf8.last,
           first == UInt8(ascii: " ") || last == UInt8(ascii: " ") {
            needsQuotes = true
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (without its line break) from fields, each quoted as needed.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",")
    }

    /// The separator between evidence sentences in the one-string `evidence` columns.
    public static let sentenceSeparator = " | "
    /// The separator between aliases in the one-string `aliases` columns.
    public static let aliasSeparator = "|"

    /// The evidence sentences of a relation as one line of text, for tools whose attributes
    /// are plain strings (Gephi, yEd, Neo4j): white space inside each sentence collapsed, so
    /// that no export needs multi-line fields; sentences joined with ``sentenceSeparator``.
    /// The full evidence, with documents and offsets, travels in the formats that can hold it.
    public static func evidenceSummary(_ relation: Relation) -> String {
        relation.evidence.map { collapsingWhitespace($0.text) }.joined(separator: sentenceSeparator)
    }

    /// Runs of white space (line breaks included) become one space; ends are trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The relation's evidence as the graph JSON writes it (one source of truth: GraphFormat).
    static func evidenceValue(_ relation: Relation) -> JSONWriter.Value {
        if case .object(let members) = GraphFormat.value(of: relation),
           let evidence = members.first(where: { $0.0 == "evidence" })?.1 {
            return evidence
        }
        return .array([])
    }

    /// The weight a tool should see for a relation: the imported weight, else 1.
    public static func effectiveWeight(_ relation: Relation) -> Double { relation.weight ?? 1 }
}

/// The names other tools use for ontology types, and the mapping back from free text.
public enum InterchangeNames {
    /// `military_unit` → `MilitaryUnit`: the label casing Neo4j users expect.
    public static func pascalCase(_ snake: String) -> String {
        snake.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `deployed_to` → `DEPLOYED_TO`: Neo4j's relationship-type casing.
    public static func upperSnakeCase(_ snake: String) -> String { snake.uppercased() }

    /// The normal form under which a free-text type name equals an ontology name:
    /// trimmed, lower-cased, runs of spaces, hyphens and underscores made one underscore, and
    /// camel case split (`deployedTo`, `Deployed To`, `DEPLOYED-TO` → `deployed_to`).
    public static func normalizedTypeName(_ text: String) -> String {
        var out = ""
        var pendingUnderscore = false
        var previousWasLower = false
        for scalar in text.unicodeScalars {
            let isSeparator = scalar == " " || scalar == "-" || scalar == "_" || scalar == "\t"
            if isSeparator {
                pendingUnderscore = !out.isEmpty
                previousWasLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper && previousWasLower { pendingUnderscore = true }
            if pendingUnderscore { out.append("_") }
            pendingUnderscore = false
            out += String(scalar).lowercased()
            previousWasLower = scalar.properties.isLowercase || ("0"..."9").contains(scalar)
        }
        return out
    }

    /// The relation type a free-text name means, if it is one of the ontology's after
    /// ``normalizedTypeName(_:)`` (Neo4j's `DEPLOYED_TO` included).
    public static func relationType(_ text: String) -> RelationType? {
        RelationType(rawValue: normalizedTypeName(text))
    }

    /// The entity type a free-text name means, if it is one of the ontology's
    /// (`MilitaryUnit`, `military unit`, `military_unit`).
    public static func entityType(_ text: String) -> EntityType? {
        EntityType(rawValue: normalizedTypeName(text))
    }
}
