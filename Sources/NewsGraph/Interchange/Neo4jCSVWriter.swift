import Foundation

/// Writes a typed graph as the two CSV files of Neo4j's bulk importer (`neo4j-admin database
/// import`), plus a README with the command line that loads them.
///
/// Given `-o OUT`, the command line makes `OUT` a folder holding `nodes.csv`,
/// `relationships.csv` and `README.md` (see ``fileNames``): one folder keeps the pair
/// together and is what `--nodes`/`--relationships` point into.
///
/// - `nodes.csv`: `id:ID,name,:LABEL,aliases:string[],mentions:int`. Labels are the entity
///   type in PascalCase plus a shared `Entity` label (`State;Entity`, `MilitaryUnit;Entity`),
///   the casing Cypher users expect; aliases are `;`-separated, the importer's default array
///   delimiter.
/// - `relationships.csv`: `:START_ID,:END_ID,:TYPE,support:int,evidence_count:int,
///   evidence:string,weight:double,modality:string,symmetric:boolean`; the type is the relation
///   in UPPER_SNAKE_CASE (`DEPLOYED_TO`); `evidence` holds the sentences on one line, joined
///   with ` | `, so no field spans lines.
///
/// Fields are quoted as RFC 4180 requires (``InterchangeText/csvField(_:)``).
public enum Neo4jCSVWriter {
    /// The files of the export, by name, in the order to write them.
    public static let fileNames = (nodes: "nodes.csv", relationships: "relationships.csv", readme: "README.md")

    public static let nodeHeader = ["id:ID", "name", ":LABEL", "aliases:string[]", "mentions:int"]
    public static let relationshipHeader = [":START_ID", ":END_ID", ":TYPE", "support:int", "evidence_count:int",
                                            "evidence:string", "weight:double", "modality:string", "symmetric:boolean"]

    /// The contents of `nodes.csv`.
    public static func nodes(_ graph: TypedGraph) -> String {
        var out = InterchangeText.csvLine(nodeHeader) + "\n"
        out.reserveCapacity(graph.entities.count * 80)
        for entity in graph.entities {
            out += InterchangeText.csvLine([
                entity.id, entity.name, label(entity.type) + ";Entity",
                entity.aliases.joined(separator: ";"), String(entity.mentions),
            ])
            out += "\n"
        }
        return out
    }

    /// The contents of `relationships.csv`.
    public static func relationships(_ graph: TypedGraph) -> String {
        var out = InterchangeText.csvLine(relationshipHeader) + "\n"
        out.reserveCapacity(graph.relations.count * 120)
        for relation in graph.relations {
            out += InterchangeText.csvLine([
                relation.source, relation.target, relationshipType(relation.type), String(relation.support),
                String(relation.evidence.count), InterchangeText.evidenceSummary(relation),
                JSONWriter.formatDouble(InterchangeText.effectiveWeight(relation)), relation.modality.rawValue,
                String(relation.type.isSymmetric),
            ])
            out += "\n"
        }
        return out
    }

    /// The Neo4j label of an entity type: `military_unit` → `MilitaryUnit`.
    public static func label(_ type: EntityType) -> String { InterchangeNames.pascalCase(type.rawValue) }

    /// The Neo4j relationship type of a relation type: `deployed_to` → `DEPLOYED_TO`.
    public static func relationshipType(_ type: RelationType) -> String { InterchangeNames.upperSnakeCase(type.rawValue) }

    /// The three files as (name, bytes), ready to write into the output folder.
    public static func files(_ graph: TypedGraph) -> [(name: String, data: Data)] {
        [(fileNames.nodes, Data(nodes(graph).utf8)),
         (fileNames.relationships, Data(relationships(graph).utf8)),
         (fileNames.readme, Data(readme.utf8))]
    }

    /// Creates `directory` if needed and writes the three files into it.
    public static func write(_ graph: TypedGraph, toDirectory directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files(graph) {
            try file.data.write(to: directory.appendingPathComponent(file.name), options: .atomic)
        }
    }

    /// How to load the files, for the README the command line writes beside them.
    public static let readme = """
    # NewsGraph export for Neo4j

    `nodes.csv` and `relationships.csv` use the headers of Neo4j's bulk importer. Load them into
    an empty database (stop the database first; the importer writes the store directly):

    ```sh
    # Neo4j 5
    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter=";" --overwrite-destination=true neo4j
    # Neo4j 4.x
    neo4j-admin import --database=neo4j --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter=";"
    ```

    Paths are relative to where you run the command (usually the Neo4j home, with the files in
    its `import/` folder). Then start the database and try:

    ```cypher
    MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name, type(r), b.name, r.support ORDER BY r.support DESC LIMIT 25;
    MATCH (s:State)-[r:DEPLOYED_TO]->(t) RETURN s.name, t.name, r.evidence;
    ```

    Nodes: `id` (the entity id), `name`, `aliases` (a string array), `mentions`; labels: the entity
    type (`State`, `Person`, `MilitaryUnit`, …) and `Entity`. Relationships: the relation type in
    upper case (`DEPLOYED_TO`), `support` (documents that state it), `evidence_count`
    (sentences), `evidence` (the sentences, joined with " | "), `weight`, `modality`
    (`asserted`, `hedged`, `negated`) and `symmetric` (true for relations without direction, such
    as `MEETS`: query them with an undirected pattern, `(a)-[:MEETS]-(b)`).

    """
}
