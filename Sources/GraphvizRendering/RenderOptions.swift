import Foundation
import NewsGraph

/// An output format of the renderer.
///
/// `dot` is the styled graph as DOT text, *before* layout: it carries the engine in its
/// `layout` attribute, so `dot -Tsvg file.dot` (or any Graphviz tool) draws the same picture.
public enum RenderFormat: String, CaseIterable, Sendable, CustomStringConvertible {
    case dot
    case svg
    case png
    case pdf

    /// Parses a format name, case-insensitively; `gv` is accepted for `dot`.
    /// - Throws: ``RenderError`` listing the known formats.
    public init(parsing text: String) throws {
        let key = trimmedOfSpaces(text).lowercased()
        if key == "gv" { self = .dot; return }
        guard let format = RenderFormat(rawValue: key) else {
            throw RenderError.unknownFormat(text)
        }
        self = format
    }

    /// The format a file name asks for by its extension (`graph.svg` → `.svg`), if any.
    public init?(fileExtensionOf url: URL) {
        let ext = url.pathExtension.lowercased()
        guard !ext.isEmpty, let format = try? RenderFormat(parsing: ext) else { return nil }
        self = format
    }

    public var description: String { rawValue }

    /// The Graphviz output plugin name. SVG asks for the core renderer explicitly because the
    /// cairo SVG renderer draws text as glyph outlines, which nobody can search or select.
    var graphvizFormat: String {
        switch self {
        case .dot: return "dot"
        case .svg: return "svg:svg:core"
        case .png: return "png"
        case .pdf: return "pdf"
        }
    }

    /// The plugin type that must be installed for this format ("png", "pdf", …).
    var pluginType: String { rawValue }

    /// The conventional file extension.
    public var fileExtension: String { rawValue }
}

/// A Graphviz layout engine, or ``auto`` to let the renderer pick one by graph size.
public enum LayoutEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    /// ``LayoutEngine/resolved(nodeCount:edgeCount:)`` picks an engine by size.
    case auto
    /// Layered drawing: follows relation direction, places every label without overlap.
    case dot
    /// Stress majorization: good spring layout up to a few hundred nodes.
    case neato
    /// Force-directed (Fruchterman–Reingold); supports clusters.
    case fdp
    /// Multilevel force-directed: the engine for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial, around a root.
    case twopi

    /// Parses an engine name, case-insensitively.
    /// - Throws: ``RenderError`` listing the known engines.
    public init(parsing text: String) throws {
        guard let engine = LayoutEngine(rawValue: trimmedOfSpaces(text).lowercased()) else {
            throw RenderError.unknownEngine(text)
        }
        self = engine
    }

    public var description: String { rawValue }

    /// The largest graph that ``auto`` still draws with `dot`.
    ///
    /// Why 150 nodes / 250 relations: `dot` gives the most legible drawing of a news graph
    /// (it reads in the direction of the relations and reserves room for every edge label, so
    /// labels never collide), but its crossing minimisation and label placement grow much
    /// faster than linearly. Measured here (Graphviz 2.43, 2 busy cores, generated graphs with
    /// labels): 120 nodes / 250 relations in 1.2 s, 150 / 250 in 0.8 s, but 250 / 450 in 69 s.
    /// The seed corpus (≈50 entities, ≈75 relations) is well inside.
    public static let autoDotLimit = (nodes: 150, edges: 250)

    /// The largest graph that ``auto`` draws with `neato` (stress majorization: the better
    /// spring layout for mid-sized graphs, 0.5 s for 400 nodes with straight edges, but its
    /// cost is quadratic in the node count). Larger graphs go to `sfdp`, the multilevel
    /// force-directed engine, with overlap removal (0.2 s for 400 nodes, ≈1 s for 1,000).
    public static let autoNeatoLimit = 400

    /// Up to this many nodes the force-directed engines route edges as splines around nodes;
    /// beyond it they draw straight edges. Spline routing dominates their time: 4.6 s for
    /// 120 nodes and 30–70 s for 250–400 nodes here, against 0.1–0.5 s with straight edges.
    public static let splineRoutingLimit = 60

    /// The concrete engine for a graph of this size (`self` unless ``auto``).
    public func resolved(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        if nodeCount <= Self.autoDotLimit.nodes && edgeCount <= Self.autoDotLimit.edges { return .dot }
        if nodeCount <= Self.autoNeatoLimit { return .neato }
        return .sfdp
    }

    /// True for the engines that draw `cluster` subgraphs as boxes; the others ignore them
    /// (or, for some versions, fail), so clusters are only emitted for these.
    public var supportsClusters: Bool { self == .dot || self == .fdp }
}

/// Everything that decides what is drawn and how.
///
/// The default draws the whole graph's asserted relations as SVG, engine chosen by size,
/// with a legend.
public struct RenderOptions: Sendable, Equatable {
    public var format: RenderFormat
    public var engine: LayoutEngine
    /// Drawn above the legend as the graph's label.
    public var title: String?
    /// A measure per entity id (e.g. PageRank); node size grows with it (see ``DiagramStyle``).
    /// Entities without a value are drawn at the smallest size.
    public var sizeBy: [String: Double]?
    /// The name of the ``sizeBy`` measure for the legend ("PageRank"): "larger: higher PageRank".
    public var sizeByName: String?
    /// Entity ids in path order; the path's nodes and relations are drawn bold and coloured,
    /// everything else faded. The caller resolves names (``TypedGraph/resolveEntity(_:)``).
    public var highlightPath: [String]?
    /// Draw only the neighbourhood of this entity id, within ``radius`` hops.
    public var focus: String?
    public var radius: Int
    /// Which entities and relations are drawn. Entities and relations of a highlighted path
    /// are drawn even when the filter leaves them out, so a path is never cut.
    public var filter: GraphFilter
    public var showLegend: Bool
    /// Dots per inch for PNG output (clamped to 72…300; 110 makes 11 pt text ≈ 17 px tall).
    public var dpi: Double

    public init(format: RenderFormat = .svg, engine: LayoutEngine = .auto, title: String? = nil,
                sizeBy: [String: Double]? = nil, sizeByName: String? = nil, highlightPath: [String]? = nil,
                focus: String? = nil, radius: Int = 1, filter: GraphFilter = .default,
                showLegend: Bool = true, dpi: Double = 110) {
        self.format = format
        self.engine = engine
        self.title = title
        self.sizeBy = sizeBy
        self.sizeByName = sizeByName
        self.highlightPath = highlightPath
        self.focus = focus
        self.radius = radius
        self.filter = filter
        self.showLegend = showLegend
        self.dpi = dpi
    }
}

/// `text` without leading and trailing spaces: what `trimmingCharacters(in: .whitespaces)` gives
/// (Unicode space separators, tab and zero-width space; checked on every scalar), without the
/// `NSString` bridging that costs a short command a measurable part of a millisecond.
func trimmedOfSpaces(_ text: String) -> String {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
          let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(scalars[first...last])
}
