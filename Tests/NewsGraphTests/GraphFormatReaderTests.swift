import Testing
import Foundation
@testable import NewsGraph

/// The byte-level reader behind `GraphFormat.read` against the `JSONDecoder` path it replaced
/// (kept as `GraphFormat.readWithDecoder`): the same graphs, the same messages.
@Suite struct GraphFormatReaderTests {
    /// What reading gives: the graph, or the one-line message.
    private enum Result: Equatable {
        case graph(TypedGraph)
        case error(String)
    }

    private func fast(_ json: String) -> Result { fast(Data(json.utf8)) }

    private func fast(_ data: Data) -> Result {
        do { return .graph(try GraphFormat.read(data)) } catch let e as GraphFormatError { return .error(e.message) } catch {
            return .error("unexpected \(error)")
        }
    }

    private func reference(_ json: String) -> Result { reference(Data(json.utf8)) }

    private func reference(_ data: Data) -> Result {
        do { return .graph(try GraphFormat.readWithDecoder(data)) } catch let e as GraphFormatError { return .error(e.message) } catch {
            return .error("unexpected \(error)")
        }
    }

    /// The same outcome, where a syntax error's message may now say where it is.
    private func same(_ new: Result, _ old: Result) -> Bool {
        if case .error(let a) = new, case .error(let b) = old, b == "not valid JSON" {
            return a == b || a.hasPrefix("not valid JSON at line ") || a == "not valid JSON (it ends too early: truncated?)"
        }
        return new == old
    }

    /// Every field, every optional member present and absent, text that needs escapes.
    static func richGraph() throws -> TypedGraph {
        let documents = [
            Document(id: "d1", source: "a.txt", title: "Ouagadougou — «A»", date: "2024-05-03", sha256: "ab12"),
            Document(id: "d2", source: "-"),
            Document(id: "d3", source: "C:\\news\\b \"quoted\".txt", title: "line\nbreak\ttab\u{1}ctl", sha256: "cd"),
        ]
        let entities = [
            Entity(name: "Russia", type: .state, aliases: ["Russian", "Moscow", "Россия"], mentions: 3),
            Entity(name: "Air Base 101", type: .base, aliases: ["Airbase 101"], mentions: 2),
            Entity(name: "Goïta 😀 𝄞", type: .person, mentions: 0),
            Entity(id: "x/y", name: "Slash \\ back \"q\"", type: .armedGroup, aliases: ["东京", "\u{7F}del"], mentions: -4),
            Entity(name: "Other", type: .other),
        ]
        let e1 = Evidence(document: "d1", start: 0, end: 10, text: "Russians \"moved\" in.\n", rule: "deploy-into")
        let e2 = Evidence(document: "d3", start: 12345678, end: 12345699, text: "😀 Goïta met «them» 𝄞", rule: "meet")
        let e3 = Evidence(document: "d1", start: 11, end: 20, text: "", rule: "import")
        let relations = [
            Relation(source: "russia", type: .deployedTo, target: "air-base-101", evidence: [e1, e3]),
            Relation(source: "goita", type: .meets, target: "russia", evidence: [e2], modality: .hedged),
            Relation(source: "x/y", type: .attacks, target: "russia", weight: 2.5, modality: .negated),
            Relation(source: "russia", type: .supports, target: "x/y", weight: -0.5),
            Relation(source: "other", type: .relatedTo, target: "russia", weight: 1e-7),
            Relation(source: "russia", type: .relatedTo, target: "other", weight: 0.1),
            Relation(source: "other", type: .demandsWithdrawalOf, target: "x/y", weight: 1.7976931348623157e308),
            Relation(source: "goita", type: .leads, target: "x/y", weight: 3),
        ]
        return try TypedGraph(documents: documents, entities: entities, relations: relations, directed: true)
    }

    @Test func roundTripOfEveryField() throws {
        let graph = try Self.richGraph()
        let data = GraphFormat.write(graph)
        #expect(fast(data) == .graph(graph))
        #expect(fast(data) == reference(data))
        var undirected = graph
        undirected.directed = false
        #expect(fast(GraphFormat.write(undirected)) == .graph(undirected))
        undirected.directed = nil
        #expect(fast(GraphFormat.write(undirected)) == .graph(undirected))
        #expect(fast(GraphFormat.write(TypedGraph())) == .graph(TypedGraph()))
    }

    @Test func escapesAndUnicodeAsJSONDecoderReadsThem() throws {
        let json = #"""
        {"format":"newsgraph","version":1,"documents":[{"id":"d\u0031","source":"a\/b","title":"\"q\" \\ \b\f\n\r\t","date":null,"sha256":null}],
         "entities":[{"id":"a","name":"\u00e9\u6771\ud83d\ude00 \uD834\uDD1E","type":"state","aliases":["é東😀"],"mentions":1},
                     {"id":"b","name":"B"}],
         "relations":[{"source":"a","type":"meets","target":"b","evidence":[{"document":"d1","start":0,"end":1,"text":"\u0000x","rule":"r"}]}]}
        """#
        let result = fast(json)
        #expect(result == reference(json))
        guard case .graph(let graph) = result else { Issue.record("\(result)"); return }
        #expect(graph.documents[0].id == "d1")
        #expect(graph.documents[0].source == "a/b")
        #expect(graph.documents[0].title == "\"q\" \\ \u{8}\u{C}\n\r\t")
        #expect(graph.entities[0].name == "é東😀 𝄞")
        #expect(graph.entities[0].aliases == ["é東😀"])
        #expect(graph.relations[0].evidence[0].text == "\u{0}x")
    }

    @Test func defaultsForMissingMembers() throws {
        let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A"},{"id":"b","name":"B","type":null,"aliases":null,"mentions":null}],"relations":[{"source":"a","type":"expels","target":"b","weight":null,"modality":null,"evidence":null}]}"#
        let result = fast(json)
        #expect(result == reference(json))
        guard case .graph(let graph) = result else { Issue.record("\(result)"); return }
        #expect(graph.entities.map(\.type) == [.other, .other])
        #expect(graph.entities.allSatisfy { $0.aliases.isEmpty && $0.mentions == 0 })
        #expect(graph.relations[0].weight == nil)
        #expect(graph.relations[0].modality == .asserted)
        #expect(graph.relations[0].evidence.isEmpty)
        #expect(graph.documents.isEmpty)
        #expect(graph.directed == nil)
    }

    @Test func aliasesAreKeptAsWritten() throws {
        // The Codable reader does not dedupe aliases; neither does the fast one.
        let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","aliases":["A","x","x",""]}],"relations":[]}"#
        #expect(fast(json) == reference(json))
        guard case .graph(let graph) = fast(json) else { Issue.record("not read"); return }
        #expect(graph.entities[0].aliases == ["A", "x", "x", ""])
    }

    @Test func unknownKeysAreSkippedAndOrderDoesNotMatter() throws {
        let json = """
          \r\n\t {  "relations" : [ { "extra" : { "a" : [ 1 , -2.5e-3 , true , false , null , "\\u00e9" , { } , [ ] ] } ,
              "source" : "a" , "type" : "supports" , "target" : "b" , "weight" : 1e3 } ] ,
          "x-unknown" : [ [ [ ] ] , { "k" : { "k" : "v" } } ] ,
          "entities" : [ { "id" : "a" , "name" : "A" , "note" : "\\"}\\"" } , { "name" : "B" , "id" : "b" , "mentions" : -0 } ] ,
          "version" : 1 , "format" : "newsgraph" , "directed" : false , "more" : null
          }  \n
        """
        let result = fast(json)
        #expect(result == reference(json))
        guard case .graph(let graph) = result else { Issue.record("\(result)"); return }
        #expect(graph.relations[0].weight == 1000)
        #expect(graph.directed == false)
        #expect(graph.entities.map(\.id) == ["a", "b"])
    }

    @Test func numbersAsJSONDecoderReadsThem() throws {
        for weight in ["1e3", "-0.5", "0", "-0", "1E+2", "2.5E-3", "123456789012345678901234567890", "0.1", "1e-320",
                       "3.141592653589793238462643383279", "1e400", "-1e400", "1e-400", "17", "-17", "9007199254740993"] {
            let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"leads","target":"a","weight":\#(weight)}]}"#
            let result = fast(json)
            #expect(result == reference(json), "weight \(weight)")
            if case .graph(let g) = result, case .graph(let r) = reference(json) {
                #expect(g.relations[0].weight?.bitPattern == r.relations[0].weight?.bitPattern, "weight \(weight)")
            }
        }
        for mentions in ["1e3", "1.0", "1.5", "-0", "-12", "0", "123456789012345678", "9223372036854775807",
                         "9223372036854775808", "-9223372036854775808", "1e30", "\"3\"", "true", "[]"] {
            let json = #"{"format":"newsgraph","version":1,"entities":[{"id":"a","name":"A","mentions":\#(mentions)}],"relations":[]}"#
            #expect(fast(json) == reference(json), "mentions \(mentions)")
        }
        for version in ["1", "1.0", "1e0", "2", "0", "-1", "\"1\"", "null", "99999999999999999999"] {
            let json = #"{"format":"newsgraph","version":\#(version),"entities":[],"relations":[]}"#
            #expect(fast(json) == reference(json), "version \(version)")
        }
    }

    /// Files that are valid JSON but not a valid graph: the messages are exactly the old ones.
    @Test func rejectionsAreUnchanged() throws {
        let head = #""format":"newsgraph","version":1"#
        let cases = [
            #"{"format":"gexf","version":1,"entities":[],"relations":[]}"#,
            #"{"entities":[],"relations":[]}"#,
            #"{"format":null,"version":1,"entities":[],"relations":[]}"#,
            #"{"format":3,"version":1,"entities":[],"relations":[]}"#,
            #"{"format":"newsgraph","entities":[],"relations":[]}"#,
            #"{"format":"newsgraph","version":2,"entities":[],"relations":[]}"#,
            #"{"format":"newsgraph","version":0,"entities":[],"relations":[]}"#,
            #"{"format":"newsgraph","version":"one","entities":[],"relations":[]}"#,
            #"{"format":"something","version":1}"#,
            #"{"relations":[],"version":2,"format":"newsgraph"}"#,
            #"{\#(head)}"#,
            #"{\#(head),"entities":[]}"#,
            #"{\#(head),"relations":[]}"#,
            #"{\#(head),"entities":null,"relations":[]}"#,
            #"{\#(head),"entities":{},"relations":[]}"#,
            #"{\#(head),"entities":[],"relations":[],"documents":{}}"#,
            #"{\#(head),"entities":[],"relations":[],"directed":"yes"}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","type":"state","mentions":"many"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","type":"planet"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","type":"state"},{"id":"a","name":"B","type":"city"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","type":"state"}],"relations":[{"source":"a","type":"expels","target":"b"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"c","type":"expels","target":"a"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"befriends","target":"a"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","target":"a"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"meets","target":"a","modality":"maybe"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"meets","target":"a","weight":"heavy"}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"meets","target":"a","evidence":[{"document":"d1","start":0,"end":1,"text":"t"}]}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"meets","target":"a","evidence":[{"document":"d1","start":0.5,"end":1,"text":"t","rule":"r"}]}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[{"source":"a","type":"meets","target":"a","evidence":{}}]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"}],"relations":[3]}"#,
            #"{\#(head),"entities":[{"name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":null,"name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","aliases":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","aliases":[1]}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","aliases":[null]}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A"},{"id":"b","name":7}],"relations":[]}"#,
            // The first error in decoding order wins, wherever it stands in the file.
            #"{"relations":[{"source":1}],\#(head),"entities":[{"id":"a","name":"A","mentions":"x"}]}"#,
            #"{\#(head),"entities":[{"mentions":"x","id":"a"}],"relations":[]}"#,
            #"{\#(head),"documents":[{"id":"d1"}],"entities":[],"relations":[]}"#,
            #"{\#(head),"documents":[{"id":"d1","source":"s"},{"id":"d1","source":"t"}],"entities":[],"relations":[]}"#,
            #"{\#(head),"documents":[{"id":"d1","source":"s","title":5}],"entities":[],"relations":[]}"#,
            // Repeated keys, escaped keys, other encodings: JSONDecoder decides.
            #"{\#(head),"entities":[{"id":"a","name":"A","id":"b"}],"relations":[]}"#,
            #"{\#(head),"entities":[],"relations":[],"entities":[{"id":"a","name":"A"}]}"#,
            #"{\#(head),"entities":[{"\u0069d":"a","name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"\ud800","name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"\udc00x","name":"A"}],"relations":[]}"#,
            "\u{FEFF}{\(head),\"entities\":[],\"relations\":[]}",
            #"[]"#,
            // JSONDecoder's leniencies: trailing commas, a bad escape in a string it never decodes.
            #"{\#(head),"entities":[],"relations":[],}"#,
            #"{\#(head),"x":{"a":1,},"entities":[],"relations":[]}"#,
            #"{\#(head),"x":[1,],"y":[[],{},],"entities":[],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","aliases":["x",],},],"relations":[{"source":"a","type":"meets","target":"a","evidence":[],},]}"#,
            #"{\#(head),"entities":[,],"relations":[]}"#,
            #"{\#(head),"entities":[],"relations":[],,}"#,
            #"{,}"#,
            #"{\#(head),"x":"\x","entities":[],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A\x"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A\u12G4"}],"relations":[]}"#,
            "{\(head),\"x\":\"a\tb\",\"entities\":[],\"relations\":[]}",
            #"{\#(head),"x":\#(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)),"entities":[],"relations":[]}"#,
            #"{\#(head),"x":\#(String(repeating: "[", count: 600) + String(repeating: "]", count: 600)),"entities":[],"relations":[]}"#,
            #"3"#,
            #""newsgraph""#,
            #"null"#,
        ]
        for json in cases {
            #expect(same(fast(json), reference(json)), "\(json): \(fast(json)) vs \(reference(json))")
        }
        let utf16 = try #require("{\(head),\"entities\":[],\"relations\":[]}".data(using: .utf16LittleEndian))
        #expect(fast(utf16) == reference(utf16))
        let latin1 = Data("{\(head),\"entities\":[{\"id\":\"a\",\"name\":\"".utf8) + Data([0xE9, 0xFF]) + Data("\"}],\"relations\":[]}".utf8)
        #expect(fast(latin1) == reference(latin1))
    }

    @Test func pinnedMessages() {
        let head = #""format":"newsgraph","version":1"#
        #expect(fast(#"{\#(head),"entities":[{"id":"a","name":"A","type":"state","mentions":"many"}],"relations":[]}"#)
                == .error("entities[0].mentions: expected a number"))
        #expect(fast(#"{\#(head),"entities":[{"id":"a","name":"A"},{"id":"a","name":"B"}],"relations":[]}"#)
                == .error("duplicate entity id 'a'"))
        #expect(fast(#"{"format":"gexf","version":1,"entities":[],"relations":[]}"#)
                == .error("unknown format 'gexf' (expected 'newsgraph')"))
        #expect(fast(#"{"entities":[],"relations":[]}"#) == .error(#"not a NewsGraph graph: no "format": "newsgraph" field"#))
        #expect(fast(#"{"relations":[],"version":2,"format":"newsgraph","entities":[]}"#)
                == .error("graph format version 2 is newer than this newsgraph reads (1); upgrade newsgraph"))
        #expect(fast(#"{\#(head),"entities":[{"id":"a","name":"A","type":"planet"}],"relations":[]}"#)
                == .error("entities[0].type: 'planet' is not a known entity type"))
    }

    /// Syntax errors: still "not valid JSON", now with the line, or "truncated" when it ends early.
    @Test func syntaxErrors() {
        let head = #""format":"newsgraph","version":1"#
        let truncated = [
            #"{"format":"newsgraph","version":1,"entities":["#,
            "{\"format\": \"newsgraph\", \"version\": 1, \"entities\": [",
            #"{\#(head),"entities":[{"id":"a","name":"A"#,
            #"{\#(head),"entities":[],"relations":[]"#,
            #"{\#(head),"entities":[],"relations":[{"source":"a","type":"meets","target":"a","weight":1"#,
            #"{"#,
        ]
        for json in truncated {
            #expect(fast(json) == .error("not valid JSON (it ends too early: truncated?)"), "\(json)")
            // The JSONDecoder path said only "not valid JSON".
            #expect(reference(json) == .error("not valid JSON"), "\(json)")
        }
        let broken = [
            #"{\#(head),"entities":[,],"relations":[]}"#,
            #"{\#(head),"entities":[],"relations":[]} x"#,
            #"{\#(head),"entities":[],"relations":[]}{}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":01}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":+1}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":1.}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":.5}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":1e}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","mentions":-}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","x":tru}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A","x":nul}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A\q"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a","name":"A\u12G4"}],"relations":[]}"#,
            "{\(head),\"entities\":[{\"id\":\"a\",\"name\":\"A\tB\"}],\"relations\":[]}",
            #"{\#(head),"entities":[{"id":"a" "name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id":"a",,"name":"A"}],"relations":[]}"#,
            #"{\#(head),"entities":[{"id"="a"}],"relations":[]}"#,
            #"{\#(head),"entities":[{id:"a"}],"relations":[]}"#,
            #"{\#(head),"entities":['a'],"relations":[]}"#,
            #"{\#(head),"x":[1 2],"entities":[],"relations":[]}"#,
            #"{\#(head),"x":{"a" 1},"entities":[],"relations":[]}"#,
            #"{\#(head),"x":{"a":1]],"entities":[],"relations":[]}"#,
            #"{\#(head),"format":"gexf","entities":[],"relations":[] x}"#,
            #"{"format":"gexf","version":1,"entities":[{"id":"a","name":"A","mentions":"many"}],"relations":[]]"#,
        ]
        for json in broken {
            guard case .error(let message) = fast(json) else { Issue.record("read: \(json)"); continue }
            #expect(message.hasPrefix("not valid JSON at line "), "\(json): \(message)")
            guard case .error(let old) = reference(json) else { Issue.record("old reader read: \(json)"); continue }
            #expect(old.hasPrefix("not valid JSON"), "\(json): \(old)")
        }
        let lines = "{\n  \(head),\n  \"entities\": [\n    {\"id\": \"a\", \"name\": \"A\"},\n    {\"id\": \"b\" \"name\": \"B\"}\n  ],\n  \"relations\": []\n}\n"
        #expect(fast(lines) == .error("not valid JSON at line 5"))
    }

    /// A larger graph of every shape, read both ways.
    @Test func generatedGraphReadsAsJSONDecoderReadsIt() throws {
        var generator = SplitMix(seed: 7)
        let names = ["Mali", "Niger", "Goïta", "Wagner \"Group\"", "東京", "a\\b", "😀", "line\nbreak"]
        var entities: [Entity] = []
        for i in 0..<600 {
            let name = names[i % names.count] + " \(i)"
            let aliases = (0..<Int(generator.next() % 3)).map { "\(name) alias \($0)" }
            entities.append(Entity(id: "e\(i)", name: name, type: EntityType.allCases[i % EntityType.allCases.count],
                                   aliases: aliases, mentions: Int(generator.next() % 50)))
        }
        let documents = (0..<20).map { i in
            Document(id: "d\(i)", source: "doc\(i).txt", title: i % 2 == 0 ? "Title \(i) «x»" : nil,
                     date: i % 3 == 0 ? "2024-01-0\(i % 9 + 1)" : nil, sha256: i % 4 == 0 ? String(repeating: "ab", count: 32) : nil)
        }
        var relations: [Relation] = []
        for _ in 0..<5000 {
            let s = Int(generator.next() % 600), t = Int(generator.next() % 600)
            let type = RelationType.allCases[Int(generator.next() % UInt64(RelationType.allCases.count))]
            let evidence = (0..<Int(generator.next() % 3)).map { k in
                Evidence(document: "d\(generator.next() % 20)", start: k * 10, end: k * 10 + 9,
                         text: names[Int(generator.next() % UInt64(names.count))] + " said.", rule: "rule-\(k)")
            }
            let weight: Double? = generator.next() % 3 == 0 ? Double(generator.next() % 1_000_000) / 997 : nil
            let modality: Relation.Modality = [.asserted, .hedged, .negated][Int(generator.next() % 3)]
            relations.append(Relation(source: "e\(s)", type: type, target: "e\(t)", evidence: evidence, weight: weight, modality: modality))
        }
        let graph = try TypedGraph(documents: documents, entities: entities, relations: relations)
        let data = GraphFormat.write(graph)
        let result = fast(data)
        #expect(result == .graph(graph))
        #expect(result == reference(data))
        // Compact, on one line, with the header last.
        let compact = JSONWriter.serialize(.object([
            ("documents", .array(graph.documents.map(GraphFormat.value(of:)))),
            ("entities", .array(graph.entities.map(GraphFormat.value(of:)))),
            ("relations", .array(graph.relations.map(GraphFormat.value(of:)))),
            ("version", .int(1)), ("format", .string("newsgraph")),
        ]))
        #expect(fast(compact) == .graph(graph))
    }
}

/// A small deterministic generator for test data.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
