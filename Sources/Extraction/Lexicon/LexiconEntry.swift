import NewsGraph

/// One known entity of a lexicon file (schema in `Resources/lexicon/README.md`).
public struct LexiconEntry: Codable, Sendable, Equatable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]?
    /// Forms that name the entity only in exactly this case ("US", "IS", "AES").
    public var caseSensitiveAliases: [String]?
    /// States: adjectives and nouns for nationals ("Nigerien", "Nigeriens").
    public var demonyms: [String]?
    /// Regions: true when the adjective names the region as a place the text speaks of ("the
    /// West African country", "West African leaders"); otherwise a region met only as an
    /// adjective ("Western governments", "African leaders") is no entity of the text.
    public var demonymNamesIt: Bool?
    /// States: the capital's name.
    public var capital: String?
    /// States: the city the government sits in when that is not the capital (Benin's is
    /// Cotonou). Like the capital, it stands for the state as an actor ("Cotonou protested").
    public var seat: String?
    /// The state or organization the entity belongs to.
    public var parent: String?
    /// People: the state they head or headed as head of state or of government ("Mali's Assimi
    /// Goïta" leads Mali; "Mali's Abdoulaye Diop" only serves it).
    public var heads: String?
    /// Cities and bases: the state they are in.
    public var country: String?
    /// Bases: the city they are in or by.
    public var city: String?
    /// Alliances: member states, for display.
    public var members: [String]?
    public var ambiguous: String?
    public var note: String?

    public init(name: String, type: EntityType, aliases: [String]? = nil) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

/// A title or role noun that ties a person to a body ("spokesman" → `spokesperson_for`).
public struct RoleEntry: Codable, Sendable {
    public enum Position: String, Codable, Sendable { case title, role, both }
    public var phrase: String
    public var relation: RelationType
    public var position: Position
    public var abbreviations: [String]?
}

/// A head word that types an unknown name ("… Air Base" → base, "Operation …" → unit).
public struct NameHeadEntry: Codable, Sendable {
    public enum Position: String, Codable, Sendable { case first, last }
    public var head: String
    public var type: EntityType
    public var position: Position
    public var note: String?
}
