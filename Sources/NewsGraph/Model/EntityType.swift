/// The closed set of entity types of the NewsGraph ontology (`ONTOLOGY.md`).
///
/// The raw values are the names used in the graph JSON and in gold annotations.
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case state
    case organization
    case militaryUnit = "military_unit"
    case armedGroup = "armed_group"
    case base
    case city
    case region
    case alliance
    case media
    /// A node imported from a file that gives it no type.
    case other

    /// True for the types that name places rather than actors.
    public var isPlace: Bool {
        switch self {
        case .base, .city, .region: return true
        default: return false
        }
    }

    /// A readable label for legends and reports ("military unit").
    /// (Spelled out in Swift: Foundation's `replacingOccurrences` goes through `NSString` and
    /// cost a drawing a measurable part of a millisecond on its first calls.)
    public var label: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
