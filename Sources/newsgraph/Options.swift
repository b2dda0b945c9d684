import ArgumentParser
import NewsGraph

/// `--entity-type`, `--exclude-entity-type`, `--relation`, `--exclude-relation`, `--min-support`,
/// `--include-hedged`: which part of the graph a command looks at (a ``GraphFilter``).
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("entity-type"), help: ArgumentHelp("Keep only entities of this type (repeatable, or comma-separated).", valueName: "type"))
    var entityTypes: [String] = []

    @Option(name: .customLong("exclude-entity-type"), help: ArgumentHelp("Leave out entities of this type (repeatable).", valueName: "type"))
    var excludedEntityTypes: [String] = []

    @Option(name: .customLong("relation"), help: ArgumentHelp("Keep only relations of this type (repeatable, or comma-separated).", valueName: "relation"))
    var relationTypes: [String] = []

    @Option(name: .customLong("exclude-relation"), help: ArgumentHelp("Leave out relations of this type (repeatable).", valueName: "relation"))
    var excludedRelationTypes: [String] = []

    @Option(name: .customLong("min-support"), help: ArgumentHelp("Keep only relations stated in at least this many documents.", valueName: "n"))
    var minSupport: Int = 1

    @Flag(name: .customLong("include-hedged"), help: "Also use hedged and negated relations.")
    var includeHedged = false

    func validate() throws {
        guard minSupport >= 1 else { throw ValidationError("--min-support must be at least 1") }
        _ = try filter()
    }

    /// The filter, or a usage error naming an unknown type and listing the known ones.
    func filter() throws -> GraphFilter {
        GraphFilter(entityTypes: entityTypes.isEmpty ? nil : try Self.entityTypes(entityTypes),
                    excludedEntityTypes: try Self.entityTypes(excludedEntityTypes),
                    relationTypes: relationTypes.isEmpty ? nil : try Self.relationTypes(relationTypes),
                    excludedRelationTypes: try Self.relationTypes(excludedRelationTypes),
                    minimumSupport: minSupport, includeUnasserted: includeHedged)
    }

    static func entityTypes(_ names: [String]) throws -> Set<EntityType> {
        Set(try names.flatMap { $0.split(separator: ",") }.map { part in
            let key = String(part).trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard let type = EntityType(rawValue: key) else {
                throw ValidationError("unknown entity type '\(part)'; known types: " + EntityType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return type
        })
    }

    static func relationTypes(_ names: [String]) throws -> Set<RelationType> {
        Set(try names.flatMap { $0.split(separator: ",") }.map { part in
            let key = String(part).trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
                .replacingOccurrences(of: " ", with: "_")
            guard let type = RelationType(rawValue: key) else {
                throw ValidationError("unknown relation '\(part)'; known relations: " + RelationType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return type
        })
    }
}

/// `--directed` / `--undirected` and `--weighted` for the measures.
struct DirectionOptions: ParsableArguments {
    enum Direction: String, EnumerableFlag {
        case directed, undirected

        static func help(for value: Direction) -> ArgumentHelp? {
            switch value {
            case .directed: return "Read relations from source to target (symmetric ones both ways)."
            case .undirected: return "Read relations as undirected connections (the default for news graphs)."
            }
        }
    }

    @Flag(exclusivity: .exclusive)
    var direction: Direction?

    @Flag(help: "Use edge weights (the number of relations between two entities, or imported weights): lengths for path measures, strengths for spectral ones.")
    var weighted = false

    /// `nil`: the graph's own hint (`directed` of the file), else undirected.
    var directed: Bool? { direction.map { $0 == .directed } }
}

/// The `-o` option of commands whose output may go to standard output.
struct OutputOption: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?
}
