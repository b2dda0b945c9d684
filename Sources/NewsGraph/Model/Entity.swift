/// One real-world actor or place: a node of the typed graph.
///
/// Every surface form the text used for it is kept in ``aliases`` so that it can be looked
/// up by any of them, and so that a reader sees how the sources named it.
public struct Entity: Hashable, Codable, Sendable, Identifiable {
    /// Stable slug of the canonical name (see ``Slug``).
    public var id: String
    /// The canonical name.
    public var name: String
    public var type: EntityType
    /// Other surface forms, in first-seen order, without the canonical name itself.
    public var aliases: [String]
    /// How many times the sources mention it.
    public var mentions: Int

    public init(id: String? = nil, name: String, type: EntityType, aliases: [String] = [], mentions: Int = 0) {
        self.id = id ?? Slug.make(name)
        self.name = name
        self.type = type
        self.aliases = []
        self.mentions = mentions
        addAliases(aliases)
    }

    /// Every name of the entity: the canonical name first, then the aliases.
    public var allNames: [String] { [name] + aliases }

    /// Adds surface forms not already known (compared exactly), keeping first-seen order.
    public mutating func addAliases<S: Sequence>(_ forms: S) where S.Element == String {
        for form in forms where form != name && !form.isEmpty && !aliases.contains(form) {
            aliases.append(form)
        }
    }

    private enum CodingKeys: String, CodingKey { case id, name, type, aliases, mentions }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decodeIfPresent(EntityType.self, forKey: .type) ?? .other
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        mentions = try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0
    }
}
