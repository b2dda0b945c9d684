import GraphAlgorithms

/// A centrality measure, named as on the command line and in reports.
///
/// Each one is the networkx 3.x function of the same name called with its defaults on the
/// equivalent `Graph`/`DiGraph` (`weight="weight"` or `distance="weight"` when the analysis is
/// weighted); `GraphAlgorithms` does the arithmetic.
public enum CentralityMeasure: String, CaseIterable, Sendable, Hashable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case closeness
    case harmonic
    case betweenness
    case eigenvector
    case katz
    case pagerank
    case hitsHub = "hits_hub"
    case hitsAuthority = "hits_authority"
    case coreNumber = "core_number"

    /// The names a user may give, `all` included.
    public static var knownNames: [String] { allCases.map(\.rawValue) + ["all"] }

    /// Parses measure names (each may also be a comma-separated list; `all` means every
    /// measure), keeping the first-given order and dropping repeats. Names are compared
    /// case-insensitively, with `-` read as `_`. No name at all means `[.degree, .betweenness, .pagerank]`.
    /// - Throws: ``AnalysisError`` naming the unknown measure and listing the known ones.
    public static func parse(_ names: [String]) throws -> [CentralityMeasure] {
        var result: [CentralityMeasure] = []
        for part in names.flatMap({ $0.split(separator: ",") }) {
            let key = String(part).trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_")
            if key.isEmpty { continue }
            let measures: [CentralityMeasure]
            if key == "all" {
                measures = allCases
            } else if let m = CentralityMeasure(rawValue: key) {
                measures = [m]
            } else if key == "page_rank" {
                measures = [.pagerank]
            } else {
                throw AnalysisError("unknown measure '\(part)'; known measures: " + knownNames.joined(separator: ", "))
            }
            for m in measures where !result.contains(m) { result.append(m) }
        }
        return result.isEmpty ? [.degree, .betweenness, .pagerank] : result
    }

    /// True for measures whose values are whole numbers (printed without decimals).
    public var isInteger: Bool { self == .coreNumber }
}

/// Options of the measures that take any.
public struct CentralityOptions: Sendable, Equatable {
    /// Approximate betweenness from this many pivot sources (networkx `k=`), when set.
    public var betweennessSamples: Int?
    /// Seed of the pivot sampling.
    public var seed: UInt64
    /// Entity ids on which PageRank restarts (personalized PageRank); empty: uniform.
    public var personalization: [String]
    /// Leave out, instead of failing on, a measure that is not defined on this graph (Katz or
    /// eigenvector without convergence, core number with self-loops): what `--measure all`
    /// wants, since networkx itself gives no answer for them there.
    public var skipsUndefined: Bool

    public init(betweennessSamples: Int? = nil, seed: UInt64 = 0, personalization: [String] = [], skipsUndefined: Bool = false) {
        self.betweennessSamples = betweennessSamples
        self.seed = seed
        self.personalization = personalization
        self.skipsUndefined = skipsUndefined
    }
}

/// Measures computed over one analysis graph: one value per measure per entity.
public struct CentralityResult: Sendable {
    public let nodeCount: Int
    public let edgeCount: Int
    public let directed: Bool
    public let weighted: Bool
    public let measures: [CentralityMeasure]
    /// Node index → entity.
    public let entities: [Entity]
    /// `values[m][i]`: measure `measures[m]` of `entities[i]`.
    public let values: [[Double]]
    /// Measures left out because they are not defined on this graph, with why.
    public var skipped: [(measure: CentralityMeasure, reason: String)] = []

    /// The value of `measure` for entity `i`, if that measure was computed.
    public func value(_ measure: CentralityMeasure, of i: Int) -> Double? {
        measures.firstIndex(of: measure).map { values[$0][i] }
    }

    /// Entity indices ranked by the first measure, highest first; ties by the next measures,
    /// then by name, so the order is deterministic. With `type`, only entities of that type.
    public func ranking(top: Int? = nil, type: EntityType? = nil) -> [Int] {
        let candidates = entities.indices.filter { type == nil || entities[$0].type == type }
        let order = candidates.sorted { a, b in
            for m in values.indices where values[m][a] != values[m][b] {
                return values[m][a] > values[m][b]
            }
            return (entities[a].name, entities[a].id) < (entities[b].name, entities[b].id)
        }
        guard let top else { return order }
        return Array(order.prefix(max(0, top)))
    }

    /// Every measure as a map from entity id to value (what a renderer sizes nodes by).
    public func valuesByEntityID(_ measure: CentralityMeasure) -> [String: Double] {
        guard let m = measures.firstIndex(of: measure) else { return [:] }
        var out: [String: Double] = [:]
        for (i, entity) in entities.enumerated() { out[entity.id] = values[m][i] }
        return out
    }
}

extension AnalysisGraph {
    /// Computes `measures` on this graph.
    /// - Throws: ``AnalysisError`` with a one-line reason when a measure is not defined here
    ///   (eigenvector or HITS without convergence, core number with self-loops, …).
    public func centrality(_ measures: [CentralityMeasure], options: CentralityOptions = .init()) throws -> CentralityResult {
        var values: [[Double]] = []
        var computed: [CentralityMeasure] = []
        var skipped: [(measure: CentralityMeasure, reason: String)] = []
        var hits: (hubs: [Double], authorities: [Double])?
        for measure in measures {
            let before = values.count
            do {
                switch measure {
                case .degree: values.append(compact.degreeCentrality())
                case .inDegree: values.append(compact.inDegreeCentrality())
                case .outDegree: values.append(compact.outDegreeCentrality())
                case .closeness: values.append(compact.closenessCentrality())
                case .harmonic: values.append(compact.harmonicCentrality())
                case .betweenness:
                    if let k = options.betweennessSamples {
                        guard k > 0 else { throw AnalysisError("--samples must be at least 1") }
                        values.append(compact.approximateBetweennessCentrality(samples: k, seed: options.seed))
                    } else {
                        values.append(compact.betweennessCentrality())
                    }
                case .eigenvector: values.append(try compact.eigenvectorCentrality())
                case .katz: values.append(try compact.katzCentrality())
                case .pagerank:
                    if options.personalization.isEmpty {
                        values.append(try compact.pageRank())
                    } else {
                        var seeds: [Int] = []
                        for id in options.personalization {
                            guard let node = nodeIndex[id] else {
                                throw AnalysisError("personalization entity '\(id)' is not in the analyzed graph")
                            }
                            seeds.append(node)
                        }
                        values.append(try compact.personalizedPageRank(seeds: seeds))
                    }
                case .hitsHub, .hitsAuthority:
                    let h = try hits ?? compact.hits()
                    hits = h
                    values.append(measure == .hitsHub ? h.hubs : h.authorities)
                case .coreNumber: values.append(try compact.coreNumbers().map(Double.init))
                }
            } catch let error as AnalysisError {
                throw error
            } catch {
                guard options.skipsUndefined else { throw AnalysisError("\(measure.rawValue): \(error)") }
                skipped.append((measure, "\(error)"))
            }
            if values.count > before { computed.append(measure) }
        }
        var result = CentralityResult(nodeCount: nodeCount, edgeCount: edgeCount, directed: isDirected,
                                      weighted: isWeighted, measures: computed, entities: entities, values: values)
        result.skipped = skipped
        return result
    }
}
