/// Why a drawing could not be made. The description is a complete sentence for a user.
public struct RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case unknownFormat
        case unknownEngine
        /// The format is known but no Graphviz plugin for it is installed.
        case formatUnavailable
        /// An id given for a highlight or a focus is not an entity of the graph.
        case unknownEntity
        /// Graphviz itself failed (building, layout or rendering).
        case graphviz
        /// The output could not be written.
        case output
    }

    public let kind: Kind
    public let message: String
    /// What Graphviz reported (its own error and warning lines), if anything.
    public let graphvizMessages: [String]

    public init(kind: Kind, message: String, graphvizMessages: [String] = []) {
        self.kind = kind
        self.message = message
        self.graphvizMessages = graphvizMessages
    }

    public var description: String {
        guard !graphvizMessages.isEmpty else { return message }
        return message + "\nGraphviz said:\n" + graphvizMessages.map { "  " + $0 }.joined(separator: "\n")
    }

    static func unknownFormat(_ name: String) -> RenderError {
        RenderError(kind: .unknownFormat,
                    message: "unknown output format '\(name)'; known formats: "
                        + RenderFormat.allCases.map(\.rawValue).joined(separator: ", "))
    }

    static func unknownEngine(_ name: String) -> RenderError {
        RenderError(kind: .unknownEngine,
                    message: "unknown layout engine '\(name)'; known engines: "
                        + LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))
    }
}
