import NewsGraph

/// A span of tokens that refers to an entity of the document.
struct Mention: Sendable {
    enum Kind: UInt8, Sendable {
        /// The entity's name or an alias ("Niger", "JNIM").
        case name
        /// A demonym standing for the state ("Russian troops", "the Nigerien junta").
        case demonym
        /// A capital standing for its government ("Washington said").
        case seat
        /// A common noun phrase resolved to an entity ("the junta", "the base").
        case nominal
        /// A pronoun resolved to an entity ("they", "its").
        case pronoun
    }

    /// Token indices in the document.
    var range: Range<Int>
    /// Index into the document's entity table.
    var entity: Int
    var kind: Kind
    /// The title or role words before a person's name ("General", "Defense Secretary").
    var role: RoleEntry?
    /// The mention names an actor's forces ("Russian troops", "US military personnel").
    var isForces: Bool = false
    /// Followed by a possessive `'s`.
    var isPossessive: Bool = false
    /// The other entities a plural phrase stands for with ``entity``: "the three countries".
    var companions: [Int] = []
    /// The mention is a subject of a coordinated list that goes on ("Mali, Burkina and …").
    var start: Int { range.lowerBound }
    var end: Int { range.upperBound }
}

/// An entity as one document knows it, before the corpus merge.
struct DocumentEntity: Sendable {
    var name: String
    var type: EntityType
    var aliases: [String] = []
    var mentions = 0
    /// The lexicon entry it comes from, if any.
    var lexiconEntry: Int?

    mutating func addAlias(_ form: String) {
        if form != name, !form.isEmpty, !aliases.contains(form) { aliases.append(form) }
    }
}
