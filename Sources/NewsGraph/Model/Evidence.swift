/// The words behind a relation: one sentence of one document that states it.
///
/// Offsets index the document text by Unicode scalars, so any tool can go back to the words.
public struct Evidence: Hashable, Codable, Sendable {
    /// The id of the ``Document`` the sentence comes from.
    public var document: String
    /// Offset of the sentence's first character in the document's text, counted in Unicode
    /// scalars (code points), as Python's `str` indexes them, so `text[start:end]` slices it.
    public var start: Int
    /// Offset one past the sentence's last character, in Unicode scalars.
    public var end: Int
    /// The sentence as it stands in the document.
    public var text: String
    /// The name of the extraction rule that found the relation (or `import`).
    public var rule: String

    public init(document: String, start: Int, end: Int, text: String, rule: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
    }
}
