internal import CGraphviz
import Foundation
import NewsGraph

/// Draws a ``TypedGraph`` with Graphviz, in process (libgvc), as DOT, SVG, PNG or PDF.
///
/// Every call is synchronous and safe from any thread: all Graphviz work is serialised by
/// one process-wide context (Graphviz itself is not thread-safe).
public enum GraphvizRenderer {
    /// The drawing, as bytes of `options.format`.
    /// - Throws: ``RenderError`` (unknown entity ids in the options, a missing Graphviz
    ///   plugin, or a Graphviz failure with Graphviz's own messages).
    public static func render(_ graph: TypedGraph, options: RenderOptions = RenderOptions()) throws -> Data {
        let diagram = try DiagramBuilder.diagram(for: graph, options: options)
        return try render(diagram, format: options.format)
    }

    /// Renders and writes the drawing to `url` atomically: on any failure (rendering or
    /// writing), no partial file appears and a previous file at `url` is left as it was.
    public static func write(_ graph: TypedGraph, options: RenderOptions = RenderOptions(), to url: URL) throws {
        let data = try render(graph, options: options)
        try AtomicFile.write(data, to: url)
    }

    /// The styled graph as DOT text, before layout. Its `layout` attribute names the engine,
    /// so `dot -Tsvg` on this text draws what ``render(_:options:)`` draws.
    public static func dotSource(_ graph: TypedGraph, options: RenderOptions = RenderOptions()) throws -> String {
        var dotOptions = options
        dotOptions.format = .dot
        return String(decoding: try render(graph, options: dotOptions), as: UTF8.self)
    }

    /// Starts loading Graphviz on background threads, and returns at once: its context and
    /// plugins (and with them cairo, pango and fontconfig), and fontconfig's configuration and
    /// font caches, which the first text measurement needs. Together several milliseconds.
    ///
    /// A program that is about to draw calls it early, so that the loading overlaps its own
    /// work (parsing arguments, reading the graph) instead of following it; rendering waits for
    /// whatever is not finished yet. Calling it again does nothing, and not calling it changes
    /// nothing but when the loading happens; the drawings are the same. A process that exits
    /// while the loading runs waits for it to finish first.
    public static func prepare() {
        GraphvizContext.prepareInBackground()
    }

    /// The formats this machine's Graphviz can produce (DOT always; the others need their
    /// output plugins: SVG the core plugin, PNG and PDF the cairo plugin `libgvplugin_pango`).
    public static func availableFormats() -> Set<RenderFormat> {
        let devices = (try? GraphvizContext.shared.perform { $0.devices }) ?? []
        return Set(RenderFormat.allCases.filter { $0 == .dot || devices.contains($0.pluginType) })
    }

    /// The layout engines this machine's Graphviz has (``LayoutEngine/auto`` needs `dot`,
    /// `neato` and `sfdp`).
    public static func availableEngines() -> [LayoutEngine] {
        let layouts = (try? GraphvizContext.shared.perform { $0.plugins(kind: "layout") }) ?? []
        return LayoutEngine.allCases.filter { $0 == .auto || layouts.contains($0.rawValue) }
    }

    // MARK: Internals

    static func render(_ diagram: Diagram, format: RenderFormat) throws -> Data {
        try render(diagram, graphvizFormat: format == .dot ? nil : format.graphvizFormat,
                   requiredPlugin: format == .dot ? nil : format.pluginType,
                   engineName: diagram.engine.rawValue)
    }

    /// The one path to Graphviz. `graphvizFormat == nil` means DOT text before layout.
    /// Tests call it directly with names Graphviz does not know, to exercise failures.
    static func render(_ diagram: Diagram, graphvizFormat: String?, requiredPlugin: String?,
                       engineName: String) throws -> Data {
        try GraphvizContext.shared.perform { session in
            if let plugin = requiredPlugin, !session.devices.contains(plugin) {
                let available = RenderFormat.allCases.filter { $0 == .dot || session.devices.contains($0.pluginType) }
                var message = "this Graphviz installation cannot produce '\(plugin)' (no output plugin for it); "
                    + "available here: " + available.map(\.rawValue).joined(separator: ", ")
                if plugin == "png" || plugin == "pdf" {
                    message += ". PNG and PDF need Graphviz's cairo plugin (libgvplugin_pango, Debian package libgvc6)"
                }
                throw RenderError(kind: .formatUnavailable, message: message)
            }
            return try CGraphBuilder.withGraph(diagram, in: session) { graph in
                guard let graphvizFormat else { return try CGraphBuilder.dotText(of: graph, session: session) }
                try session.layout(graph, engine: engineName)
                return try session.render(graph, format: graphvizFormat)
            }
        }
    }
}
