import Foundation
import NewsGraph

/// The visual language of NewsGraph drawings: one shape and one colour per entity type, line
/// styles per modality, widths per support, and the look of highlighted and faded parts.
///
/// Colours are Paul Tol's *muted* scheme, designed to stay distinct under the common forms of
/// colour blindness and in print; every type also has its own shape, so the drawing still
/// reads in grey scale. Text colour is chosen per fill for contrast (WCAG ≥ 4.5:1).
public enum DiagramStyle {
    /// How one entity type is drawn.
    public struct EntityLook: Sendable, Equatable {
        /// A Graphviz node shape.
        public let shape: String
        /// Fill, `#RRGGBB`.
        public let fill: String
        /// Text colour on that fill.
        public let text: String
        /// Extra Graphviz styles beside `filled` (e.g. `rounded`).
        public let extraStyle: String?
        /// Number of outlines (alliances get two).
        public let peripheries: Int
        /// A Unicode glyph that shows the shape in the legend (present in DejaVu Sans).
        public let glyph: String
    }

    /// The look of each entity type.
    public static func look(for type: EntityType) -> EntityLook {
        switch type {
        case .state: return EntityLook(shape: "box", fill: "#332288", text: "#FFFFFF", extraStyle: nil, peripheries: 1, glyph: "■")
        case .alliance: return EntityLook(shape: "box", fill: "#88CCEE", text: "#000000", extraStyle: nil, peripheries: 2, glyph: "▣")
        case .person: return EntityLook(shape: "ellipse", fill: "#DDCC77", text: "#000000", extraStyle: nil, peripheries: 1, glyph: "●")
        case .organization: return EntityLook(shape: "hexagon", fill: "#44AA99", text: "#000000", extraStyle: nil, peripheries: 1, glyph: "⬣")
        case .militaryUnit: return EntityLook(shape: "pentagon", fill: "#117733", text: "#FFFFFF", extraStyle: nil, peripheries: 1, glyph: "⬟")
        case .armedGroup: return EntityLook(shape: "diamond", fill: "#882255", text: "#FFFFFF", extraStyle: nil, peripheries: 1, glyph: "◆")
        case .media: return EntityLook(shape: "parallelogram", fill: "#AA4499", text: "#FFFFFF", extraStyle: nil, peripheries: 1, glyph: "▰")
        case .base: return EntityLook(shape: "house", fill: "#CC6677", text: "#000000", extraStyle: nil, peripheries: 1, glyph: "⌂")
        case .city: return EntityLook(shape: "ellipse", fill: "#999933", text: "#000000", extraStyle: nil, peripheries: 2, glyph: "◉")
        case .region: return EntityLook(shape: "box", fill: "#EEEEBB", text: "#000000", extraStyle: "rounded", peripheries: 1, glyph: "▢")
        case .other: return EntityLook(shape: "ellipse", fill: "#DDDDDD", text: "#000000", extraStyle: nil, peripheries: 1, glyph: "○")
        }
    }

    // MARK: Text

    /// Graphviz maps it to the system's Helvetica equivalent (Liberation Sans or DejaVu Sans
    /// on Linux) for PNG/PDF, and SVG viewers have it or a metric-compatible face.
    public static let fontName = "Helvetica"
    /// The PostScript name, which Graphviz maps to the bold face in every renderer (SVG gets
    /// `font-weight="bold"`).
    public static let boldFontName = "Helvetica-Bold"
    /// Entity labels at the smallest node size; 12 pt stays legible at 100 % in PNG and SVG.
    public static let nodeFontSize = 12.0
    /// The largest entity label, for the entity with the highest ``RenderOptions/sizeBy`` value.
    public static let maxNodeFontSize = 22.0
    /// Relation labels (the floor the legibility target allows is 11 pt).
    public static let edgeFontSize = 11.0
    /// Names longer than this wrap onto a second line, so that long names (armed groups,
    /// ministries) do not make nodes wide enough to push everything apart.
    public static let wrapWidth = 22

    // MARK: Relations

    public static let edgeColor = "#555555"
    public static let edgeTextColor = "#222222"

    /// Line width by support: 1.2 pt for one document, growing with the logarithm of the
    /// number of documents so that one heavily reported relation does not swamp the drawing.
    public static func penWidth(support: Int) -> Double {
        min(6.0, 1.2 + 1.3 * log2(Double(max(1, support))))
    }

    /// Graphviz line style by modality: a hedge is dashed, a denial dotted.
    public static func lineStyle(_ modality: Relation.Modality) -> String {
        switch modality {
        case .asserted: return "solid"
        case .hedged: return "dashed"
        case .negated: return "dotted"
        }
    }

    /// The label of a relation: its type's label, marked when not asserted, so that the
    /// modality reads in the text too, not only in the line.
    public static func label(for relation: Relation) -> String {
        switch relation.modality {
        case .asserted: return relation.type.label
        case .hedged: return relation.type.label + "?"
        case .negated: return "not " + relation.type.label
        }
    }

    // MARK: Size

    /// Maps measure values to 0…1 for sizing: square root of the min–max normalised value,
    /// so that node *area* (not width) tracks the measure and a skewed measure such as
    /// PageRank still spreads over the range. Missing entities get 0; if every value is the
    /// same, every entity gets 0 (the measure says nothing).
    static func normalizedSizes(_ values: [String: Double], for ids: [String]) -> [String: Double] {
        let present = ids.compactMap { values[$0] }.filter(\.isFinite)
        guard let low = present.min(), let high = present.max(), high > low else { return [:] }
        var out: [String: Double] = [:]
        for id in ids {
            guard let v = values[id], v.isFinite else { continue }
            out[id] = ((v - low) / (high - low)).squareRoot()
        }
        return out
    }

    // MARK: Highlight and fade

    /// Path nodes and relations: Tol's vibrant red, distinct from every type fill.
    public static let highlightColor = "#CC3311"
    public static let highlightPenWidth = 4.0
    /// Everything off the path: fills at one third opacity, grey lines and text.
    public static let fadedAlpha = "55"
    public static let fadedLineColor = "#C8C8C8"
    public static let fadedTextColor = "#9A9A9A"

    /// Alliance groups: a light tint of the alliance fill behind its members.
    public static let clusterFill = "#EAF6FB"
    public static let clusterLine = "#88CCEE"
}
