import Foundation

/// The formats of `newsgraph export --format`, so that the command line has one call per
/// format and no knowledge of the writers.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML with typed keys (``GraphMLWriter``): networkx, igraph, Gephi, yEd; lossless.
    case graphml
    /// GEXF 1.3 (``GEXFWriter``): Gephi.
    case gexf
    /// Neo4j bulk-import CSV (``Neo4jCSVWriter``): a folder of files, so it needs `-o`.
    case csv
    /// networkx node-link JSON (``NodeLinkJSONWriter``).
    case json

    /// The usual file name extension (`nil` for the CSV folder).
    public var fileExtension: String? {
        switch self {
        case .graphml: return "graphml"
        case .gexf: return "gexf"
        case .csv: return nil
        case .json: return "json"
        }
    }

    /// True when the export is several files in a folder rather than one stream.
    public var isFolder: Bool { self == .csv }

    /// The export as one document, for standard output; `nil` for the CSV folder.
    public func document(_ graph: TypedGraph) -> Data? {
        switch self {
        case .graphml: return GraphMLWriter.write(graph)
        case .gexf: return GEXFWriter.write(graph)
        case .json: return NodeLinkJSONWriter.write(graph)
        case .csv: return nil
        }
    }

    /// Writes the export to `url`: a file, or for `csv` a folder (created if needed) holding
    /// `nodes.csv`, `relationships.csv` and `README.md`.
    public func write(_ graph: TypedGraph, to url: URL) throws {
        if let data = document(graph) {
            try data.write(to: url, options: .atomic)
        } else {
            try Neo4jCSVWriter.write(graph, toDirectory: url)
        }
    }
}

/// The inputs of `newsgraph import`.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// CSV triples with a header (``CSVTriplesReader``).
    case csv
    /// Whitespace edge list `u v [weight]` (``EdgeListReader``).
    case edgelist
    /// GraphML, NewsGraph's own export or another tool's (``GraphMLReader``).
    case graphml

    /// `--edgelist` wins; otherwise a `.graphml`/`.xml` name means GraphML, anything else CSV.
    public static func detect(path: String, edgelist: Bool) -> ImportFormat {
        if edgelist { return .edgelist }
        let lower = path.lowercased()
        if lower.hasSuffix(".graphml") || lower.hasSuffix(".xml") { return .graphml }
        return .csv
    }

    /// Reads a file in this format.
    /// - Throws: ``ImportError`` (one line, with the line number when there is one).
    public func read(contentsOf url: URL, options: ImportOptions) throws -> TypedGraph {
        switch self {
        case .csv: return try CSVTriplesReader.read(contentsOf: url, options: options)
        case .edgelist: return try EdgeListReader.read(contentsOf: url, options: options)
        case .graphml: return try GraphMLReader.read(contentsOf: url, options: options)
        }
    }

    /// Reads bytes in this format (standard input).
    public func read(_ data: Data, options: ImportOptions) throws -> TypedGraph {
        switch self {
        case .csv: return try CSVTriplesReader.read(data, options: options)
        case .edgelist: return try EdgeListReader.read(data, options: options)
        case .graphml: return try GraphMLReader.read(data, options: options)
        }
    }
}
