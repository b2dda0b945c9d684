import NewsGraph

/// A realistic news graph for rendering tests: the 2023–2024 Sahel story (Niger's junta, the
/// US and Russian forces at Air Base 101, the Alliance of Sahel States), 29 entities and 40
/// relations of every modality, some symmetric, with support from 1 to 3 documents.
enum SahelFixture {
    static let entities: [(String, EntityType)] = [
        ("Russia", .state), ("United States", .state), ("Niger", .state), ("Mali", .state),
        ("Burkina Faso", .state), ("France", .state), ("Chad", .state), ("Germany", .state),
        ("Ukraine", .state),
        ("Alliance of Sahel States", .alliance), ("ECOWAS", .alliance),
        ("Air Base 101", .base), ("Air Base 201", .base),
        ("Niamey", .city), ("Agadez", .city), ("N'Djamena", .city),
        ("Lloyd Austin", .person), ("Abdourahamane Tiani", .person), ("Assimi Goïta", .person),
        ("Ibrahim Traoré", .person), ("Sabrina Singh", .person), ("Vladimir Putin", .person),
        ("Pentagon", .organization), ("Russian Defense Ministry", .organization),
        ("Africa Corps", .militaryUnit),
        ("Wagner Group", .armedGroup), ("Jama'at Nusrat al-Islam wal-Muslimin", .armedGroup),
        ("Sahel", .region), ("CNN", .media),
    ]

    /// (source name, relation, target name, support, modality)
    static let relations: [(String, RelationType, String, Int, Relation.Modality)] = [
        ("Russia", .stationedAt, "Air Base 101", 2, .asserted),
        ("United States", .stationedAt, "Air Base 101", 3, .asserted),
        ("Air Base 101", .locatedIn, "Niamey", 1, .asserted),
        ("Niamey", .locatedIn, "Niger", 1, .asserted),
        ("Air Base 201", .locatedIn, "Agadez", 1, .asserted),
        ("Agadez", .locatedIn, "Niger", 1, .asserted),
        ("United States", .stationedAt, "Air Base 201", 2, .asserted),
        ("Niger", .demandsWithdrawalOf, "United States", 3, .asserted),
        ("United States", .withdrawsFrom, "Niger", 2, .asserted),
        ("Russia", .deployedTo, "Niger", 2, .asserted),
        ("Africa Corps", .deployedTo, "Niger", 1, .asserted),
        ("Africa Corps", .partOf, "Russian Defense Ministry", 1, .asserted),
        ("Niger", .memberOf, "Alliance of Sahel States", 2, .asserted),
        ("Mali", .memberOf, "Alliance of Sahel States", 2, .asserted),
        ("Burkina Faso", .memberOf, "Alliance of Sahel States", 2, .asserted),
        ("Niger", .leaves, "ECOWAS", 1, .asserted),
        ("Mali", .leaves, "ECOWAS", 1, .asserted),
        ("Burkina Faso", .leaves, "ECOWAS", 1, .asserted),
        ("ECOWAS", .sanctions, "Niger", 2, .asserted),
        ("Abdourahamane Tiani", .leads, "Niger", 2, .asserted),
        ("Abdourahamane Tiani", .seizedPowerIn, "Niger", 1, .asserted),
        ("Assimi Goïta", .leads, "Mali", 1, .asserted),
        ("Ibrahim Traoré", .leads, "Burkina Faso", 1, .asserted),
        ("Lloyd Austin", .leads, "Pentagon", 1, .asserted),
        ("Pentagon", .partOf, "United States", 1, .asserted),
        ("Sabrina Singh", .spokespersonFor, "Pentagon", 2, .asserted),
        ("Lloyd Austin", .meets, "Abdourahamane Tiani", 1, .hedged),
        ("Vladimir Putin", .leads, "Russia", 1, .asserted),
        ("Vladimir Putin", .meets, "Abdourahamane Tiani", 1, .asserted),
        ("Russia", .cooperatesWith, "Niger", 2, .asserted),
        ("Russia", .signsAgreementWith, "Niger", 1, .hedged),
        ("France", .withdrawsFrom, "Mali", 1, .asserted),
        ("Niger", .expels, "France", 1, .asserted),
        ("France", .deployedTo, "Chad", 1, .asserted),
        ("France", .stationedAt, "N'Djamena", 1, .asserted),
        ("Chad", .demandsWithdrawalOf, "France", 1, .asserted),
        ("Wagner Group", .supports, "Mali", 2, .asserted),
        ("Wagner Group", .deployedTo, "Niger", 1, .negated),
        ("Jama'at Nusrat al-Islam wal-Muslimin", .attacks, "Burkina Faso", 1, .asserted),
        ("Jama'at Nusrat al-Islam wal-Muslimin", .locatedIn, "Sahel", 1, .asserted),
        ("Germany", .withdrawsFrom, "Niger", 1, .asserted),
        ("Ukraine", .fights, "Russia", 1, .asserted),
        ("CNN", .accuses, "Russia", 1, .hedged),
    ]

    static func id(_ name: String) -> String { Slug.make(name) }

    static func graph() -> TypedGraph {
        let documents = (1...3).map { Document(id: "d\($0)", source: "seed-\($0).txt") }
        let entityList = entities.map { Entity(name: $0.0, type: $0.1, mentions: 1) }
        let relationList = relations.map { source, type, target, support, modality in
            Relation(source: id(source), type: type, target: id(target),
                     evidence: (1...support).map {
                         Evidence(document: "d\($0)", start: 0, end: 10,
                                  text: "\(source) \(type.label) \(target).", rule: "fixture")
                     },
                     modality: modality)
        }
        return try! TypedGraph(documents: documents, entities: entityList, relations: relationList)
    }
}
