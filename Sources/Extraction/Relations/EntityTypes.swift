import NewsGraph

/// A set of entity types as bits: the argument types a rule accepts.
///
/// The rules test a mention's type against such a set for nearly every mention of a clause; a
/// `EntityTypes` hashed the type each time, and a literal one (`types: [.city, .base]`) was
/// built, on the heap, at every call.
struct EntityTypes: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(_ type: EntityType) { rawValue = 1 << Self.bit(type) }

    static let person = EntityTypes(.person)
    static let state = EntityTypes(.state)
    static let organization = EntityTypes(.organization)
    static let militaryUnit = EntityTypes(.militaryUnit)
    static let armedGroup = EntityTypes(.armedGroup)
    static let base = EntityTypes(.base)
    static let city = EntityTypes(.city)
    static let region = EntityTypes(.region)
    static let alliance = EntityTypes(.alliance)
    static let media = EntityTypes(.media)
    static let other = EntityTypes(.other)

    /// - Complexity: O(1).
    @inline(__always) func contains(_ type: EntityType) -> Bool { rawValue & (1 << Self.bit(type)) != 0 }

    @inline(__always) private static func bit(_ type: EntityType) -> UInt16 {
        switch type {
        case .person: 0
        case .state: 1
        case .organization: 2
        case .militaryUnit: 3
        case .armedGroup: 4
        case .base: 5
        case .city: 6
        case .region: 7
        case .alliance: 8
        case .media: 9
        case .other: 10
        }
    }
}
