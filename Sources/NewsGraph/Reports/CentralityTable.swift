/// The ranked table of centrality values the `centrality` command prints and the HTML report
/// shows: the algorithms fill it, ``CentralityTable/formatted(as:)`` writes it out.
///
/// It holds numbers already computed, not a graph, so every output format of the same run
/// shows the same values in the same order.
public struct CentralityTable: Sendable, Equatable {
    /// The graph the values were computed on, as `centrality --format json` reports it.
    public struct GraphSummary: Sendable, Equatable {
        public var nodes: Int
        public var edges: Int
        public var directed: Bool
        public var weighted: Bool

        public init(nodes: Int, edges: Int, directed: Bool, weighted: Bool) {
            self.nodes = nodes
            self.edges = edges
            self.directed = directed
            self.weighted = weighted
        }
    }

    /// One entity and its value for each measure, in the order of ``CentralityTable/measures``.
    public struct Row: Sendable, Equatable {
        /// 1-based rank over all entities (by the first measure).
        public var rank: Int
        public var entityID: String
        public var name: String
        public var type: EntityType
        public var values: [Double]

        public init(rank: Int, entityID: String, name: String, type: EntityType, values: [Double]) {
            self.rank = rank
            self.entityID = entityID
            self.name = name
            self.type = type
            self.values = values
        }
    }

    public var graph: GraphSummary
    /// Measure names as the command line spells them (`degree`, `pagerank`, …).
    public var measures: [String]
    /// Rows in rank order.
    public var rows: [Row]
    /// Show the rows by entity type (`--by-type`): see ``CentralityTable/formatted(as:)``.
    public var groupedByType: Bool

    public init(graph: GraphSummary, measures: [String], rows: [Row], groupedByType: Bool = false) {
        self.graph = graph
        self.measures = measures
        self.rows = rows
        self.groupedByType = groupedByType
    }

    /// Builds the table from values per measure (measure name → entity id → value): entities
    /// ranked by the first measure, highest first, ties by name then id; a missing value is
    /// NaN (shown empty, `null` in JSON). `top` keeps the first rows (`--top N`), after
    /// ranking, so ranks stay global.
    public init(entities: [Entity], summary: GraphSummary, measures: [String], values: [String: [String: Double]],
                top: Int? = nil, groupedByType: Bool = false) {
        let first = measures.first.flatMap { values[$0] } ?? [:]
        let ranked = entities.sorted { a, b in
            let x = first[a.id] ?? -.infinity, y = first[b.id] ?? -.infinity
            if x != y { return x > y }
            return (a.name, a.id) < (b.name, b.id)
        }
        var rows: [Row] = []
        for (index, entity) in ranked.prefix(top ?? ranked.count).enumerated() {
            rows.append(Row(rank: index + 1, entityID: entity.id, name: entity.name, type: entity.type,
                            values: measures.map { values[$0]?[entity.id] ?? .nan }))
        }
        self.init(graph: summary, measures: measures, rows: rows, groupedByType: groupedByType)
    }

    /// The rows by entity type, types in ontology order, rows in rank order within each.
    public var groups: [(type: EntityType, rows: [Row])] {
        var byType: [EntityType: [Row]] = [:]
        for row in rows { byType[row.type, default: []].append(row) }
        return byType.keys.sorted().map { ($0, byType[$0]!.sorted { $0.rank < $1.rank }) }
    }
}
