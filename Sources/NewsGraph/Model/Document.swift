/// A source text the graph was extracted from.
public struct Document: Hashable, Codable, Sendable, Identifiable {
    /// Short id used by ``Evidence/document`` ("d1").
    public var id: String
    /// Where the text came from: a path, a URL, or `-` for standard input.
    public var source: String
    public var title: String?
    /// Publication date (ISO 8601, `YYYY-MM-DD`) when the text gives one.
    public var date: String?
    /// SHA-256 of the text's bytes, hex: identifies the same document across graphs.
    public var sha256: String?

    public init(id: String, source: String, title: String? = nil, date: String? = nil, sha256: String? = nil) {
        self.id = id
        self.source = source
        self.title = title
        self.date = date
        self.sha256 = sha256
    }
}
