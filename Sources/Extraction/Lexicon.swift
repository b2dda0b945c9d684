import Foundation

/// The names the extractor knows: states with their demonyms and capitals, alliances,
/// organizations, units, armed groups, media, places; plus given names, roles and name heads.
public struct Lexicon: Sendable {
    /// The lexicon shipped in the package's resources.
    public static func builtIn() throws -> Lexicon { Lexicon() }

    /// Adds or overrides entries from a user's YAML or JSON file.
    /// - Throws: ``LexiconError`` naming the file, the line and the problem.
    public mutating func merge(contentsOf url: URL) throws {}
}

/// A lexicon file that cannot be used: one line naming the file, the line and the problem.
public struct LexiconError: Error, CustomStringConvertible {
    public let description: String
}
