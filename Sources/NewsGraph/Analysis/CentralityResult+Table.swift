/// From computed values to the report table that `centrality` prints in every format and the
/// HTML report shows (``CentralityTable``, formatted by the Reports code).
extension CentralityResult {
    /// The ranked table: entities ranked by the first measure (ties by the next measures, then
    /// name; see ``ranking(top:type:)``), ranks over all entities.
    /// - Parameters:
    ///   - top: keep the `top` highest-ranked entities; with `groupedByType`, the `top` highest of
    ///     each type (ranks stay global).
    ///   - groupedByType: show one group per entity type (`--by-type`).
    public func table(top: Int? = nil, groupedByType: Bool = false) -> CentralityTable {
        let order = ranking()
        var kept = Set(order.prefix(top ?? order.count))
        if groupedByType, let top {
            kept = Set(EntityType.allCases.flatMap { ranking(top: top, type: $0) })
        }
        let rows = order.enumerated().compactMap { rank, i -> CentralityTable.Row? in
            guard kept.contains(i) else { return nil }
            let entity = entities[i]
            return CentralityTable.Row(rank: rank + 1, entityID: entity.id, name: entity.name, type: entity.type,
                                       values: values.indices.map { values[$0][i] })
        }
        return CentralityTable(graph: .init(nodes: nodeCount, edges: edgeCount, directed: directed, weighted: weighted),
                               measures: measures.map(\.rawValue), rows: rows, groupedByType: groupedByType)
    }
}
