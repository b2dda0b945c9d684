import Testing
import Foundation
@testable import NewsGraph

@Suite struct InterchangeGraphMLTests {
    @Test func roundTripLosesNothing() throws {
        let graph = try InterchangeFixtures.newsGraph()
        let back = try GraphMLReader.read(GraphMLWriter.write(graph))
        #expect(back.documents == graph.documents)
        #expect(back.entities == graph.entities)
        #expect(back.relations == graph.relations)
        #expect(back == graph)
    }

    @Test func roundTripKeepsAwkwardText() throws {
        let names = ["  padded\tname  ", "]]> & &amp; <b>", "Côte d'Ivoire 🇨🇮", "北京", "שלום", "line\r\nbreak", "\"quoted\"", "a|b"]
        var entities: [Entity] = []
        for (index, name) in names.enumerated() {
            entities.append(Entity(id: "e\(index)", name: name, type: .other, aliases: [name + " alias", "x|y|" + name], mentions: index))
        }
        let doc = Document(id: "d<1>", source: "C:\\news\\a & b.txt", title: "  ", date: nil, sha256: nil)
        let relations = (1..<names.count).map { i in
            Relation(source: "e\(i - 1)", type: .relatedTo, target: "e\(i)",
                     evidence: [Evidence(document: "d<1>", start: i, end: i + 3, text: names[i] + "\n" + names[i - 1], rule: "r&r")],
                     weight: Double(i) / 3)
        }
        let graph = try TypedGraph(documents: [doc], entities: entities, relations: relations)
        #expect(try GraphMLReader.read(GraphMLWriter.write(graph)) == graph)
    }

    @Test func roundTripKeepsDirectedHintAndWeights() throws {
        var graph = InterchangeFixtures.generated(nodes: 50, edges: 200)
        graph.directed = false
        let back = try GraphMLReader.read(GraphMLWriter.write(graph))
        #expect(back == graph)
        #expect(GraphMLWriter.string(graph).contains("edgedefault=\"undirected\""))
    }

    /// More than 10 MB of GraphML: the reader must stream it through the parser.
    @Test func largeFileReadsBack() throws {
        var graph = try InterchangeFixtures.newsGraph()
        let sentence = String(repeating: "Russian troops arrived at the base again. ", count: 1_500)
        for (index, relation) in graph.relations.enumerated() {
            var copy = relation
            copy.evidence = (0..<25).map { Evidence(document: "d1", start: $0, end: $0 + 1, text: "\(index)-\($0) " + sentence, rule: "r") }
            graph.add(copy)
        }
        let data = GraphMLWriter.write(graph)
        #expect(data.count > 10_000_000)
        #expect(try GraphMLReader.read(data) == graph)
        let dir = try InterchangeProcess.temporaryDirectory("ng-graphml")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("big.graphml")
        try data.write(to: url)
        #expect(try GraphMLReader.read(contentsOf: url) == graph)
    }

    @Test func writesTypedKeysAndDirectedEdges() throws {
        let text = GraphMLWriter.string(try InterchangeFixtures.newsGraph())
        #expect(text.contains("edgedefault=\"directed\""))
        #expect(text.contains("attr.name=\"mentions\" attr.type=\"int\""))
        #expect(text.contains("attr.name=\"weight\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"symmetric\" attr.type=\"boolean\""))
        #expect(text.contains("<data key=\"n_aliases\">Russian|Moscow|the Russians</data>"))
        #expect(text.contains("&lt;rulers&gt;"))
        #expect(!text.contains("<rulers>"))
    }

    @Test func readsForeignGraphML() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="d0" for="node" attr.name="type" attr.type="string"/>
          <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
          <key id="d2" for="edge" attr.name="label" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="17"><data key="d0">State</data></node>
            <node id="18"/>
            <edge source="17" target="18"><data key="d1">2.5</data><data key="d2">Deployed To</data></edge>
            <edge source="18" target="17"/>
          </graph>
        </graphml>
        """
        let graph = try GraphMLReader.read(Data(xml.utf8))
        #expect(graph.directed == false)
        #expect(graph.entities.map(\.id) == ["17", "18"])
        #expect(graph.entities.map(\.type) == [.state, .other])
        #expect(graph.relations.map(\.type) == [.deployedTo, .relatedTo])
        #expect(graph.relations.first?.weight == 2.5)
        #expect(try graph.resolveEntity("17").id == "17")
    }

    @Test func malformedInputNamesTheLine() {
        func failure(_ xml: String, strict: Bool = false) -> String {
            do {
                _ = try GraphMLReader.read(Data(xml.utf8), options: ImportOptions(strict: strict))
                return "no error"
            } catch { return "\(error)" }
        }
        #expect(failure("") == "empty file")
        #expect(failure("<graphml>\n<graph>\n<node>\n</graph></graphml>") == "line 3: a <node> has no id")
        #expect(failure("<graphml>\n<graph>\n<node id='a'>\n</graph></graphml>").hasPrefix("line 4: not well-formed XML"))
        #expect(failure("<graphml><key id='k' for='edge' attr.name='relation'/><graph>\n<node id='a'/>\n<edge source='a' target='a'><data key='k'>likes</data></edge></graph></graphml>", strict: true)
                == "line 3: 'likes' is not a relation type of the ontology")
        #expect(failure("<graphml><graph><edge source='a' target='b'/></graph></graphml>")
                == "relation a related_to b names 'a', which is not an entity")
    }
}
