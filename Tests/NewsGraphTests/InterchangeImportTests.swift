import Testing
import Foundation
@testable import NewsGraph

@Suite struct InterchangeEdgeListTests {
    private func failure(_ text: String) -> String {
        do {
            _ = try EdgeListReader.read(text)
            return "no error"
        } catch { return "\(error)" }
    }

    @Test func readsTokensWeightsCommentsAndBlankLines() throws {
        let text = """
        # a comment line
        17 18 2.5
        18\t19   # trailing comment

        Foo foo
        19 17 1e-3\r
        """
        let graph = try EdgeListReader.read(text, options: ImportOptions(directed: true))
        #expect(graph.directed == true)
        #expect(graph.entities.map(\.name) == ["17", "18", "19", "Foo", "foo"])
        #expect(graph.entities.map(\.id) == ["17", "18", "19", "foo", "foo-2"])
        #expect(graph.entities.allSatisfy { $0.type == .other && $0.aliases.isEmpty })
        #expect(graph.relations.count == 4)
        #expect(graph.relations.allSatisfy { $0.type == .relatedTo && $0.evidence.isEmpty })
        #expect(graph.relations.map(\.weight) == [2.5, nil, nil, 0.001])
        #expect(try graph.resolveEntity("17").id == "17")
        // `foo` is the id of `Foo` (its slug), and an id wins in the lookup; `foo` is `foo-2`.
        #expect(try graph.resolveEntity("foo-2").name == "foo")
    }

    @Test func repeatedSourcesResolveToTheirOwnEntities() throws {
        let graph = try EdgeListReader.read("a b\na c\nab d\nb a\na d\n", options: ImportOptions(directed: true))
        #expect(graph.relations.map { "\($0.source)>\($0.target)" } == ["a>b", "a>c", "ab>d", "b>a", "a>d"])
    }

    @Test func undirectedFoldsReversedLinesAndSumsWeights() throws {
        let graph = try EdgeListReader.read("a b 1\nb a 2\na c\n", options: ImportOptions(directed: false))
        #expect(graph.directed == false)
        #expect(graph.relations.count == 2)
        #expect(graph.relations.first?.weight == 3)
        let directed = try EdgeListReader.read("a b 1\nb a 2\n", options: ImportOptions(directed: true))
        #expect(directed.relations.count == 2)
    }

    @Test func streamsFromAFileAcrossChunkBoundaries() throws {
        let dir = try InterchangeProcess.temporaryDirectory("ng-edgelist")
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = ""
        for i in 0..<60_000 { text += "node\(i) node\((i * 7 + 1) % 60_000) \(1 + i % 4)\n" }
        let url = dir.appendingPathComponent("big.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 1 << 20)  // more than one read chunk
        let graph = try EdgeListReader.read(contentsOf: url, options: ImportOptions(directed: true))
        #expect(graph.entities.count == 60_000)
        #expect(graph.relations.count == 60_000)
        #expect(graph.relations[54_321].source == "node54321")
    }

    @Test func malformedLinesAreNamed() {
        #expect(failure("") == "empty file")
        #expect(failure("# only\n\n") == "no edges: every line is blank or a comment")
        #expect(failure("a b\nc\n") == "line 2: expected 2 or 3 columns (u v [weight]), found 1")
        #expect(failure("a b\n\na b 1 2\n") == "line 3: expected 2 or 3 columns (u v [weight]), found 4")
        #expect(failure("a b heavy") == "line 1: weight 'heavy' is not a number")
        #expect(failure("a b nan") == "line 1: weight 'nan' is not a finite number")
        #expect(failure("a b 0") == "line 1: weight 0 is not positive (weights are strengths or lengths and must be > 0)")
        #expect(failure("a b -2") == "line 1: weight -2 is not positive (weights are strengths or lengths and must be > 0)")
    }
}

@Suite struct InterchangeCSVTriplesTests {
    private func failure(_ text: String, strict: Bool = false) -> String {
        do {
            _ = try CSVTriplesReader.read(text, options: ImportOptions(strict: strict))
            return "no error"
        } catch { return "\(error)" }
    }

    @Test func readsTypesRelationsAndWeights() throws {
        let text = """
        Source,Relation,Target,weight,source_type,target_type,note
        Russia,deployed to,Air Base 101,2,State,base,x
        "Wagner, Group",SUPPORTS,Mali,,armed group,STATE,"multi
        line note"
        Mali,likes,Russia,0.5,,,
        Russia,cooperatesWith,Mali,,,,

        """
        let graph = try CSVTriplesReader.read(text)
        #expect(graph.directed == nil)
        #expect(graph.entities.map(\.id) == ["russia", "air-base-101", "wagner-group", "mali"])
        #expect(graph.entities.map(\.type) == [.state, .base, .armedGroup, .state])
        #expect(graph.entities[2].name == "Wagner, Group")
        #expect(graph.relations.map(\.type) == [.deployedTo, .supports, .relatedTo, .cooperatesWith])
        #expect(graph.relations.map(\.weight) == [2, nil, 0.5, nil])
        #expect(graph.relations.allSatisfy { $0.evidence.isEmpty && $0.support == 1 })
    }

    @Test func errorsNameTheLine() {
        #expect(failure("") == "empty file")
        #expect(failure("source,relation,target\n") == "no relations: the file has a header but no rows")
        #expect(failure("Russia,deployed_to,Niger\n").hasPrefix("line 1: missing header: expected a first line naming the columns source,relation,target"))
        #expect(failure("source,relation,target\na,b,c\n\"d\ne\",f,g\nh,i\n") == "line 5: expected 3 columns (source,relation,target), found 2")
        #expect(failure("source,relation,target,weight\na,meets,b,zero\n") == "line 2: weight 'zero' is not a number")
        #expect(failure("source,relation,target,weight\na,meets,b,-1\n").hasPrefix("line 2: weight -1 is not positive"))
        #expect(failure("source,relation,target\na,likes,b\n", strict: true) == "line 2: 'likes' is not a relation type of the ontology (strict mode)")
        #expect(failure("source,relation,target,source_type\na,meets,b,planet\n", strict: true) == "line 2: 'planet' is not an entity type of the ontology (strict mode)")
        #expect(failure("source,relation,target\n,meets,b\n") == "line 2: the source is empty")
    }

    @Test func readsByteOrderMarkAndCRLF() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("source,relation,target\r\nA,meets,B\r\n\r\nB,x,C\r\n".utf8))
        let graph = try CSVTriplesReader.read(data)
        #expect(graph.entities.map(\.name) == ["A", "B", "C"])
        #expect(graph.relations.map(\.type) == [.meets, .relatedTo])
        do {
            _ = try CSVTriplesReader.read("source,relation,target\r\na,b,c\r\nd,e\r\n")
            Issue.record("no error")
        } catch let error as ImportError {
            #expect(error.line == 3)
        }
    }

    @Test func importFormatDetection() {
        #expect(ImportFormat.detect(path: "x.GraphML", edgelist: false) == .graphml)
        #expect(ImportFormat.detect(path: "x.csv", edgelist: false) == .csv)
        #expect(ImportFormat.detect(path: "x.graphml", edgelist: true) == .edgelist)
    }

    @Test func importedGraphExportsAndReadsBack() throws {
        let graph = try CSVTriplesReader.read("source,relation,target,weight\nA,meets,B,2\nB,trains,C,\n")
        #expect(try GraphMLReader.read(GraphMLWriter.write(graph)) == graph)
    }
}
