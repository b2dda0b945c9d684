/// Why an imported file could not be read: one line that says where and what.
///
/// `description` reads `line 7: expected 3 columns (source,relation,target), found 2`, so the
/// command line can print it as it is; ``line`` is `nil` for problems of the whole file
/// ("empty file").
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the problem, when it has one.
    public let line: Int?
    public let message: String

    public init(line: Int? = nil, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        guard let line else { return message }
        return "line \(line): \(message)"
    }
}

/// Choices shared by the importers.
public struct ImportOptions: Sendable, Equatable {
    /// Reject relation and entity type names that are not in the ontology, instead of
    /// mapping them to `related_to` and `other`.
    public var strict: Bool
    /// Stored as ``TypedGraph/directed``: whether analyses should read the imported links
    /// as directed. `nil` leaves the graph's default (news graphs: undirected analysis).
    public var directed: Bool?

    public init(strict: Bool = false, directed: Bool? = nil) {
        self.strict = strict
        self.directed = directed
    }
}

/// Parses a weight field: a finite number greater than zero. Every measure of the analysis
/// takes weights as positive strengths or lengths, so zero, negative, NaN and infinite
/// weights are refused here, with the line, rather than later with no place to point at.
func parseWeight(_ text: Substring, line: Int) throws -> Double {
    guard let value = Double(text) else {
        throw ImportError(line: line, "weight '\(text)' is not a number")
    }
    guard value.isFinite else {
        throw ImportError(line: line, "weight '\(text)' is not a finite number")
    }
    guard value > 0 else {
        throw ImportError(line: line, "weight \(text) is not positive (weights are strengths or lengths and must be > 0)")
    }
    return value
}
