import NewsGraph

/// The legend and title, drawn as one HTML-like table in the graph's own label.
///
/// A graph label is the one place every engine reserves room for and never draws over, so
/// the legend stays legible with `dot`, `neato`, `sfdp`, `circo` and `twopi` alike; a legend
/// cluster would only work with `dot` and `fdp`. HTML tables cannot hold node shapes, so each
/// type is shown by a glyph of its shape in its colour, followed by its name.
struct Legend: Sendable, Equatable {
    var title: String?
    /// Entity types drawn, in ontology order.
    var entityTypes: [EntityType]
    /// Modalities of the relations drawn.
    var modalities: Set<Relation.Modality>
    var hasSymmetric: Bool
    var hasDirected: Bool
    /// True when relations differ in support, so line width carries information.
    var supportVaries: Bool
    var hasHighlight: Bool
    var hasAllianceGroups: Bool
    var hasSizeMeasure: Bool
    var sizeMeasureName: String? = nil
    var showLegend: Bool

    /// Entries per legend row: wide enough to stay short, narrow enough not to widen small
    /// drawings much.
    static let entriesPerRow = 6

    /// The HTML markup (without the outer `<` `>`), or `nil` when there is nothing to show.
    var html: String? {
        var rows: [String] = []
        let columns = 2 * Self.entriesPerRow
        if let title, !title.isEmpty {
            rows.append("<TR><TD COLSPAN=\"\(columns)\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>\(Self.escape(title))</B></FONT></TD></TR>")
        }
        guard showLegend else { return rows.isEmpty ? nil : Self.table(rows) }

        var entries: [String] = []
        for type in entityTypes {
            let look = DiagramStyle.look(for: type)
            // The glyph shows the shape; the swatch, a cell filled like the node with the type
            // name in the node's text colour, shows the colour exactly (a glyph in a pale
            // colour would all but vanish on white).
            let rounded = look.extraStyle?.contains("rounded") == true ? " STYLE=\"ROUNDED\"" : ""
            entries.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"#333333\" POINT-SIZE=\"17\">\(look.glyph)</FONT></TD>"
                + "<TD ALIGN=\"LEFT\" BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"#333333\"\(rounded)>"
                + "<FONT COLOR=\"\(look.text)\">\(Self.escape(type.label))</FONT></TD>")
        }
        rows += Self.rows(of: entries, columns: columns)

        var lines: [String] = []
        let order: [Relation.Modality] = [.asserted, .hedged, .negated]
        for modality in order where modalities.contains(modality) {
            let text: String
            switch modality {
            case .asserted: text = "asserted"
            case .hedged: text = "hedged (label?)"
            case .negated: text = "denied (not …)"
            }
            lines.append(Self.lineSample(style: modality == .asserted ? nil : DiagramStyle.lineStyle(modality), text: text))
        }
        if hasDirected { lines.append("<TD ALIGN=\"RIGHT\">→</TD><TD ALIGN=\"LEFT\">source to target</TD>") }
        if hasSymmetric { lines.append("<TD ALIGN=\"RIGHT\">—</TD><TD ALIGN=\"LEFT\">no arrow: mutual</TD>") }
        if supportVaries { lines.append("<TD ALIGN=\"RIGHT\"><B>━</B></TD><TD ALIGN=\"LEFT\">thicker: more sources</TD>") }
        if hasSizeMeasure { lines.append("<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"16\">A</FONT>a</TD><TD ALIGN=\"LEFT\">larger: higher \(Self.escape(sizeMeasureName ?? "measure"))</TD>") }
        if hasAllianceGroups {
            lines.append("<TD BGCOLOR=\"\(DiagramStyle.clusterFill)\" BORDER=\"1\" COLOR=\"\(DiagramStyle.clusterLine)\"> </TD><TD ALIGN=\"LEFT\">alliance and members</TD>")
        }
        if hasHighlight {
            lines.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(DiagramStyle.highlightColor)\"><B>━</B></FONT></TD><TD ALIGN=\"LEFT\">highlighted path</TD>")
        }
        rows += Self.rows(of: lines, columns: columns)
        return rows.isEmpty ? nil : Self.table(rows)
    }

    private static func table(_ rows: [String]) -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>"
    }

    private static func rows(of entries: [String], columns: Int) -> [String] {
        stride(from: 0, to: entries.count, by: entriesPerRow).map { start in
            let slice = entries[start..<min(start + entriesPerRow, entries.count)]
            let padding = columns - 2 * slice.count
            return "<TR>" + slice.joined() + (padding > 0 ? "<TD COLSPAN=\"\(padding)\"></TD>" : "") + "</TR>"
        }
    }

    /// A short horizontal line in the given style: a cell with only its bottom border drawn.
    private static func lineSample(style: String?, text: String) -> String {
        let styleAttribute = style.map { " STYLE=\"\($0)\"" } ?? ""
        return "<TD BORDER=\"2\" SIDES=\"B\" FIXEDSIZE=\"TRUE\" WIDTH=\"34\" HEIGHT=\"10\"\(styleAttribute)></TD>"
            + "<TD ALIGN=\"LEFT\">\(escape(text))</TD>"
    }

    /// Escapes text for an HTML-like label.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
