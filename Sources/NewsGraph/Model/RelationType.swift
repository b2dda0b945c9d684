/// The closed set of relation types of the NewsGraph ontology (`ONTOLOGY.md`).
///
/// A relation is directed from its source to its target unless the type is symmetric
/// (``isSymmetric``), in which case the stored direction carries no meaning.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case deployedTo = "deployed_to"
    case stationedAt = "stationed_at"
    case relocatesTo = "relocates_to"
    case withdrawsFrom = "withdraws_from"
    case expels
    case demandsWithdrawalOf = "demands_withdrawal_of"
    case memberOf = "member_of"
    case leaves
    case alliedWith = "allied_with"
    case cooperatesWith = "cooperates_with"
    case leads
    case spokespersonFor = "spokesperson_for"
    case partOf = "part_of"
    case locatedIn = "located_in"
    case meets
    case visits
    case trains
    case supports
    case accuses
    case attacks
    case fights
    case seizedPowerIn = "seized_power_in"
    case ousted
    case signsAgreementWith = "signs_agreement_with"
    case sanctions
    case builds
    case invades
    /// A link imported from a file that names no relation (an edge list). Not in the
    /// ontology's news vocabulary; the extractor never produces it.
    case relatedTo = "related_to"

    /// Symmetric relations hold in both directions: `a meets b` is `b meets a`.
    public var isSymmetric: Bool {
        switch self {
        case .alliedWith, .cooperatesWith, .meets, .fights, .signsAgreementWith: return true
        default: return false
        }
    }

    /// A readable label for diagrams and reports ("deployed to").
    /// (Spelled out in Swift: Foundation's `replacingOccurrences` goes through `NSString` and
    /// cost a drawing a measurable part of a millisecond on its first calls.)
    public var label: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
