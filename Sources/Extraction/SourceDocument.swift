/// A text to extract from, with where it came from.
public struct SourceDocument: Sendable {
    /// Short id used by the evidence of the graph ("d1").
    public var id: String
    /// Path, URL, or `-` for standard input.
    public var source: String
    public var text: String
    /// SHA-256 of the original bytes, hex, when known.
    public var sha256: String?

    public init(id: String, source: String, text: String, sha256: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.sha256 = sha256
    }
}
