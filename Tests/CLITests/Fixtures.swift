/// Small graphs the end-to-end tests write into their scratch folders.
enum Fixtures {
    /// Seven entities; the US reaches Air Base 101 only against the direction of `stationed_at`,
    /// and Russia reaches the US through Niger too (`cooperates_with` is symmetric), a path as
    /// short and as specific (Niger and the base both have three neighbours) but less evidenced.
    /// Chatham House is isolated.
    static let graph = """
    {"format": "newsgraph", "version": 1,
     "documents": [{"id": "d1", "source": "wire/a.txt"}, {"id": "d2", "source": "wire/b.txt"}],
     "entities": [
      {"id": "russia", "name": "Russia", "type": "state", "aliases": ["Russian", "Moscow"], "mentions": 4},
      {"id": "united-states", "name": "United States", "type": "state", "aliases": ["US", "U.S.", "Washington"], "mentions": 5},
      {"id": "air-base-101", "name": "Air Base 101", "type": "base", "aliases": [], "mentions": 3},
      {"id": "niger", "name": "Niger", "type": "state", "aliases": ["Nigerien"], "mentions": 6},
      {"id": "niamey", "name": "Niamey", "type": "city", "aliases": [], "mentions": 2},
      {"id": "chatham-house", "name": "Chatham House", "type": "organization", "aliases": [], "mentions": 1},
      {"id": "sahel", "name": "Sahel", "type": "region", "aliases": [], "mentions": 1}
     ],
     "relations": [
      {"source": "russia", "type": "deployed_to", "target": "air-base-101", "evidence": [{"document": "d1", "start": 0, "end": 36, "text": "Russian troops entered Air Base 101.", "rule": "test"}]},
      {"source": "united-states", "type": "stationed_at", "target": "air-base-101", "evidence": [{"document": "d2", "start": 0, "end": 40, "text": "US troops are stationed at Air Base 101.", "rule": "test"}, {"document": "d1", "start": 100, "end": 130, "text": "American troops use the base too.", "rule": "test"}]},
      {"source": "niger", "type": "located_in", "target": "sahel", "evidence": [{"document": "d1", "start": 131, "end": 150, "text": "Niger lies in the Sahel.", "rule": "test"}]},
      {"source": "air-base-101", "type": "located_in", "target": "niamey", "evidence": [{"document": "d1", "start": 40, "end": 66, "text": "Air Base 101 is in Niamey.", "rule": "test"}]},
      {"source": "niger", "type": "expels", "target": "united-states", "evidence": [{"document": "d2", "start": 41, "end": 63, "text": "Niger expelled the US.", "rule": "test"}]},
      {"source": "russia", "type": "cooperates_with", "target": "niger", "evidence": [{"document": "d1", "start": 70, "end": 97, "text": "Russia and Niger cooperate.", "rule": "test"}]}
     ]}
    """

    /// A path graph of `n` untyped entities: its centrality JSON overflows a pipe's buffer.
    static func chain(_ n: Int) -> String {
        var entities: [String] = []
        var relations: [String] = []
        for i in 0..<n {
            entities.append("{\"id\": \"e\(i)\", \"name\": \"Entity \(i)\", \"type\": \"other\"}")
            if i > 0 { relations.append("{\"source\": \"e\(i - 1)\", \"type\": \"related_to\", \"target\": \"e\(i)\"}") }
        }
        return "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [" + entities.joined(separator: ",\n")
            + "], \"relations\": [" + relations.joined(separator: ",\n") + "]}"
    }
}
