import CSV
import Foundation

/// Reads relations from a CSV file with a header: `source,relation,target`, and optionally
/// `weight`, `source_type`, `target_type`, in any order (header names are matched case- and
/// space-insensitively; other columns are ignored). Parsing is CSV.swift's (RFC 4180 quoting,
/// a UTF-8 byte-order mark skipped).
///
/// - Relation names: one of the ontology's after ``InterchangeNames/normalizedTypeName(_:)``
///   (`deployed_to`, `Deployed To`, `DEPLOYED_TO`, `deployedTo` all mean `deployed_to`); an empty
///   or free-text name becomes `related_to`, or is an error in ``ImportOptions/strict`` mode.
///   Without a `relation` column every row is `related_to`.
/// - Entity types: the same rule, to `other` (strict mode: an error for a non-empty unknown).
/// - `weight`, when present and not empty: a finite number greater than zero.
/// - Entities are matched by their exact name (see `ImportBuilder`); relations get no evidence.
///
/// Errors name the line as a text editor counts it (a quoted field that spans lines counts
/// all its lines): `line 7: expected 3 columns (source,relation,target), found 2`.
public enum CSVTriplesReader {
    public static let requiredColumns = ["source", "target"]
    public static let knownColumns = ["source", "relation", "target", "weight", "source_type", "target_type"]

    /// Reads a CSV triples file, streaming.
    public static func read(contentsOf url: URL, options: ImportOptions = ImportOptions()) throws -> TypedGraph {
        guard let stream = InputStream(url: url) else { throw ImportError("cannot open \(url.path)") }
        return try read(stream: stream, options: options)
    }

    /// Reads CSV triples held in memory.
    public static func read(_ data: Data, options: ImportOptions = ImportOptions()) throws -> TypedGraph {
        try read(stream: InputStream(data: data), options: options)
    }

    public static func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> TypedGraph {
        try read(Data(text.utf8), options: options)
    }

    private static func read(stream: InputStream, options: ImportOptions) throws -> TypedGraph {
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false)
        } catch {
            throw ImportError("cannot read the CSV: \(error)")
        }
        var line = 1          // the line the next record starts on
        var header: [String]?
        var columns: [String: Int] = [:]
        var builder = ImportBuilder(strict: options.strict)
        // Typed relations have a direction; only an explicitly undirected import folds `b r a` into `a r b`.
        let directed = options.directed != false

        while let row = reader.next() {
            let recordLine = line
            line += 1 + row.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            if row.count == 1 && row[0].trimmingWhitespace().isEmpty { continue }   // blank line

            guard let header else {
                let names = row.map { InterchangeNames.normalizedTypeName($0) }
                guard requiredColumns.allSatisfy(names.contains) else {
                    throw ImportError(line: recordLine, "missing header: expected a first line naming the columns source,relation,target (and optionally weight, source_type, target_type), found '\(row.joined(separator: ","))'")
                }
                for (index, name) in names.enumerated() {
                    if columns[name] != nil, knownColumns.contains(name) {
                        throw ImportError(line: recordLine, "column '\(name)' appears twice in the header")
                    }
                    columns[name] = index
                }
                header = row
                continue
            }

            guard row.count == header.count else {
                throw ImportError(line: recordLine, "expected \(header.count) columns (\(header.joined(separator: ","))), found \(row.count)")
            }
            func field(_ name: String) -> String? { columns[name].map { row[$0].trimmingWhitespace() } }

            let sourceName = field("source")!, targetName = field("target")!
            guard !sourceName.isEmpty else { throw ImportError(line: recordLine, "the source is empty") }
            guard !targetName.isEmpty else { throw ImportError(line: recordLine, "the target is empty") }

            var type = RelationType.relatedTo
            if let name = field("relation"), !name.isEmpty {
                if let known = InterchangeNames.relationType(name) {
                    type = known
                } else if options.strict {
                    throw ImportError(line: recordLine, "'\(name)' is not a relation type of the ontology (strict mode)")
                }
            }
            var weight: Double?
            if let text = field("weight"), !text.isEmpty { weight = try parseWeight(Substring(text), line: recordLine) }

            let source = try builder.entity(named: sourceName, type: try entityType(field("source_type"), options, recordLine), line: recordLine)
            let target = try builder.entity(named: targetName, type: try entityType(field("target_type"), options, recordLine), line: recordLine)
            builder.addRelation(source: source, type: type, target: target, weight: weight, directed: directed)
        }
        if let error = reader.error { throw ImportError(line: line, "cannot read the CSV (\(error)): is it UTF-8 text?") }
        guard header != nil else { throw ImportError("empty file") }
        guard !builder.graph.relations.isEmpty else { throw ImportError("no relations: the file has a header but no rows") }
        return builder.finish(directed: options.directed)
    }

    /// The entity type a type column names; nil for an empty or absent field.
    private static func entityType(_ text: String?, _ options: ImportOptions, _ line: Int) throws -> EntityType? {
        guard let text, !text.isEmpty else { return nil }
        if let known = InterchangeNames.entityType(text) { return known }
        if options.strict { throw ImportError(line: line, "'\(text)' is not an entity type of the ontology (strict mode)") }
        return .other
    }
}
