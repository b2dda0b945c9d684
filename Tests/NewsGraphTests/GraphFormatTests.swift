import Testing
import Foundation
@testable import NewsGraph

/// A small graph used across the format tests.
func sampleGraph() throws -> TypedGraph {
    let doc = Document(id: "d1", source: "a.txt", title: "A", date: "2024-05-03", sha256: "ab")
    let russia = Entity(name: "Russia", type: .state, aliases: ["Russian", "Moscow"], mentions: 3)
    let base = Entity(name: "Air Base 101", type: .base, aliases: ["Airbase 101"], mentions: 2)
    let evidence = Evidence(document: "d1", start: 0, end: 10, text: "Russians moved in.", rule: "deploy-into")
    return try TypedGraph(documents: [doc], entities: [russia, base],
                          relations: [Relation(source: "russia", type: .deployedTo, target: "air-base-101", evidence: [evidence])])
}

@Suite struct GraphFormatTests {
    @Test func roundTripKeepsEverything() throws {
        let graph = try sampleGraph()
        let data = GraphFormat.write(graph)
        let back = try GraphFormat.read(data)
        #expect(back == graph)
        let text = String(decoding: data, as: UTF8.self)
        // The header comes first, as DESIGN.md shows it.
        #expect(text.range(of: "\"format\"")!.lowerBound < text.range(of: "\"entities\"")!.lowerBound)
    }

    private func rejection(_ json: String) -> String? {
        do {
            _ = try GraphFormat.read(Data(json.utf8))
            return nil
        } catch let error as GraphFormatError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func rejectsUnknownFormat() {
        #expect(rejection(#"{"format":"gexf","version":1,"entities":[],"relations":[]}"#)?.contains("unknown format 'gexf'") == true)
        #expect(rejection(#"{"entities":[],"relations":[]}"#)?.contains("not a NewsGraph graph") == true)
    }

    @Test func rejectsNewerVersion() {
        #expect(rejection(#"{"format":"newsgraph","version":2,"entities":[],"relations":[]}"#)?.contains("newer") == true)
    }

    @Test func rejectsDanglingRelation() {
        let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","type":"state"}],"relations":[{"source":"a","type":"expels","target":"b"}]}"#
        #expect(rejection(json)?.contains("'b', which is not an entity") == true)
    }

    @Test func rejectsDuplicateId() {
        let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","type":"state"},{"id":"a","name":"B","type":"city"}],"relations":[]}"#
        #expect(rejection(json) == "duplicate entity id 'a'")
    }

    @Test func rejectsWrongTypesAndTruncation() {
        let wrongType = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","type":"state","mentions":"many"}],"relations":[]}"#
        #expect(rejection(wrongType) == "entities[0].mentions: expected a number")
        let badEnum = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","type":"planet"}],"relations":[]}"#
        #expect(rejection(badEnum)?.contains("'planet' is not a known entity type") == true)
        #expect(rejection(#"{"format":"newsgraph","version":1,"entities":["#)?.hasPrefix("not valid JSON") == true)
    }
}

@Suite struct GraphModelTests {
    @Test func mergeFoldsByAliasAndUnionsEvidence() throws {
        var a = try sampleGraph()
        let doc = Document(id: "d1", source: "b.txt", sha256: "cd")
        let moscow = Entity(name: "Moscow", type: .state, aliases: ["Kremlin forces"], mentions: 1)
        let base = Entity(name: "Airbase 101", type: .base, mentions: 1)
        let ev = Evidence(document: "d1", start: 5, end: 20, text: "Moscow's forces arrived.", rule: "deploy-into")
        let b = try TypedGraph(documents: [doc], entities: [moscow, base],
                               relations: [Relation(source: "moscow", type: .deployedTo, target: "airbase-101", evidence: [ev])])
        a.merge(b)
        #expect(a.entities.count == 2)
        #expect(a.documents.map(\.id) == ["d1", "d2"])
        let rel = try #require(a.relations.first)
        #expect(a.relations.count == 1)
        #expect(rel.support == 2)
        #expect(rel.evidence.last?.document == "d2")
        #expect(a.entity(id: "russia")?.mentions == 4)
        #expect(a.entity(id: "russia")?.aliases.contains("Kremlin forces") == true)
    }

    @Test func symmetricRelationsAreOne() throws {
        var g = TypedGraph()
        g.upsert(Entity(name: "Mali", type: .state))
        g.upsert(Entity(name: "Russia", type: .state))
        g.add(Relation(source: "mali", type: .alliedWith, target: "russia"))
        g.add(Relation(source: "russia", type: .alliedWith, target: "mali"))
        g.add(Relation(source: "russia", type: .supports, target: "mali"))
        g.add(Relation(source: "mali", type: .supports, target: "russia"))
        #expect(g.relations.count == 3)
    }

    @Test func lookupByAnyAliasCaseInsensitively() throws {
        let g = try sampleGraph()
        #expect(try g.resolveEntity("russia").id == "russia")
        #expect(try g.resolveEntity("MOSCOW").id == "russia")
        #expect(try g.resolveEntity("airbase 101").id == "air-base-101")
        #expect(throws: EntityLookupError.self) { try g.resolveEntity("Rusia") }
        do { _ = try g.resolveEntity("Rusia") } catch let e as EntityLookupError {
            #expect(e.suggestions.first == "Russia")
        }
    }

    @Test func nameKeyFollowsScoringRules() {
        #expect(NameKey.normalized("U.S.") == "us")
        #expect(NameKey.normalized("The  Alliance of Sahel-States") == "alliance of sahel states")
        #expect(NameKey.normalized("Niger’s") == "niger")
        #expect(NameKey.folded("Goïta") == "goita")
    }

    /// The one-pass ASCII path must say what the Unicode path says, on every ASCII name,
    /// including the corners: "the" alone or before a hyphen, periods, a trailing 's, tabs.
    @Test func asciiFastPathAgreesWithUnicodePath() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("tThe .-'s`\tXa\n")
        var names = ["the", "the ", " the x", "the-x", ".the x", "the.x", "The  Hague's", "U.S.'s", "'s", "s'", "-", "", "the\tjunta", "theater"]
        for _ in 0..<3000 {
            names.append(String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for name in names {
            #expect(NameKey.normalizedASCII(name) == NameKey.normalizedUnicode(name), "\(name.debugDescription)")
            #expect(NameKey.normalizedASCII(name, droppingApostrophes: true) == NameKey.normalizedUnicode(name).replacingOccurrences(of: "'", with: ""),
                    "\(name.debugDescription)")
        }
    }
}
