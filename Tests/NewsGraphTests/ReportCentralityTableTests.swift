import Testing
import Foundation
@testable import NewsGraph

@Suite struct ReportCentralityTableTests {
    static func table(grouped: Bool = false) throws -> CentralityTable {
        let graph = try InterchangeFixtures.newsGraph()
        let degree = ["russia": 0.42857142857142855, "niger": 0.5714285714285714, "united-states": 0.2857142857142857,
                      "air-base-101": 0.14285714285714285, "africa-corps": 0.14285714285714285,
                      "abdourahamane-tiani": 0.2857142857142857, "goita-assimi": 0.14285714285714285, "sahel": 0]
        var core: [String: Double] = [:]
        for (id, value) in degree { core[id] = value > 0.2 ? 2 : 1 }
        let betweenness = ["niger": 0.000012345, "russia": 0.25]
        return CentralityTable(entities: graph.entities,
                               summary: .init(nodes: 8, edges: 8, directed: false, weighted: false),
                               measures: ["degree", "core_number", "betweenness"],
                               values: ["degree": degree, "core_number": core, "betweenness": betweenness],
                               top: 5, groupedByType: grouped)
    }

    @Test func ranksByTheFirstMeasure() throws {
        let t = try Self.table()
        #expect(t.rows.map(\.entityID) == ["niger", "russia", "abdourahamane-tiani", "united-states", "africa-corps"])
        #expect(t.rows.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(t.rows[2].values[2].isNaN)
    }

    @Test func jsonFollowsTheContract() throws {
        let json = try Self.table().formatted(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys).sorted() == ["entities", "graph", "measures"])
        #expect(json.hasPrefix("{\n  \"graph\": {\"nodes\": 8, \"edges\": 8, \"directed\": false, \"weighted\": false},\n  \"measures\": [\"degree\", \"core_number\", \"betweenness\"],"))
        #expect(json.contains(#"{"id": "niger", "name": "Niger", "type": "state", "degree": 0.5714285714285714, "core_number": 2.0, "betweenness": 1.2345e-05}"#))
        #expect(json.contains(#""betweenness": null}"#))
    }

    @Test func terminalTableIsAligned() throws {
        let text = try Self.table().formatted(as: .table)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "8 entities, 8 relations; undirected, unweighted")
        #expect(lines[2] == "#  entity               type           degree  core_number  betweenness")
        #expect(lines[4] == "1  Niger                state          0.5714            2    1.234e-05")
        #expect(lines[5] == "2  Russia               state          0.4286            2       0.2500")
        #expect(lines[6] == "3  Abdourahamane Tiani  person         0.2857            2")
        // Every value of the degree column ends where its header ends.
        let end = lines[2].distance(from: lines[2].startIndex, to: lines[2].range(of: "degree")!.upperBound)
        for line in lines[4...8] {
            let characters = Array(line)
            #expect(characters[end - 1].isNumber && characters[end] == " ", "misaligned: \(line)")
        }
    }

    @Test func groupedOutputs() throws {
        let t = try Self.table(grouped: true)
        let text = t.formatted(as: .table)
        #expect(text.contains("person (1)\n#  entity"))
        #expect(text.range(of: "person (1)")!.lowerBound < text.range(of: "state (3)")!.lowerBound)
        let csv = t.formatted(as: .csv).split(separator: "\n").map(String.init)
        #expect(csv[0] == "rank,group_rank,id,name,type,degree,core_number,betweenness")
        #expect(csv[1] == "3,1,abdourahamane-tiani,Abdourahamane Tiani,person,0.2857142857142857,2.0,")
        #expect(csv[2] == "1,1,niger,Niger,state,0.5714285714285714,2.0,1.2345e-05")
        let markdown = t.formatted(as: .markdown)
        #expect(markdown.contains("### military unit (1)\n\n| # | Entity | Type | degree | core_number | betweenness |\n|--:|:--|:--|--:|--:|--:|\n| 5 | Africa Corps | military unit | 0.1429 | 1 |  |"))
        #expect(t.formatted(as: .json).contains(#""type": "person", "group_rank": 1, "degree""#))
    }

    @Test func displayKeepsFourSignificantDigits() {
        #expect(CentralityTable.display(0.123456) == "0.1235")
        #expect(CentralityTable.display(0.00123456) == "0.001235")
        #expect(CentralityTable.display(12.3456) == "12.35")
        #expect(CentralityTable.display(0.5) == "0.5000")
        #expect(CentralityTable.display(3, integer: true) == "3")
        #expect(CentralityTable.display(.nan) == "")
        #expect(CentralityTable.display(0) == "0")
    }
}
