import Foundation
import Testing
import NewsGraph
@testable import GraphvizRendering

@Suite struct AtomicWriteTests {
    let graph = SahelFixture.graph()

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheFileAndNothingElse() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("graph.svg")
        try GraphvizRenderer.write(graph, options: RenderOptions(format: .svg), to: out)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.svg"])
    }

    @Test func failedRenderLeavesThePreviousFileUntouched() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("graph.png")
        try GraphvizRenderer.write(graph, options: RenderOptions(format: .png), to: out)
        let before = try Data(contentsOf: out)

        // Fails before Graphviz runs (unknown focus)…
        #expect(throws: RenderError.self) {
            try GraphvizRenderer.write(graph, options: RenderOptions(format: .png, focus: "nowhere"), to: out)
        }
        // …and inside Graphviz (an engine it does not have).
        let diagram = try DiagramBuilder.diagram(for: graph, options: RenderOptions(format: .png))
        #expect(throws: RenderError.self) {
            try AtomicFile.write(
                try GraphvizRenderer.render(diagram, graphvizFormat: "png", requiredPlugin: "png", engineName: "bogus"),
                to: out)
        }
        #expect(try Data(contentsOf: out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.png"])
    }

    @Test func replacingKeepsPermissions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("graph.dot")
        try Data("old".utf8).write(to: out)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: out.path)
        try GraphvizRenderer.write(graph, options: RenderOptions(format: .dot), to: out)
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func unwritableDestinationsAreClearErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = [
            folder.appendingPathComponent("missing/graph.svg"),  // no such folder
            folder,                                                 // a folder, not a file
        ]
        for url in cases {
            #expect {
                try GraphvizRenderer.write(graph, options: RenderOptions(format: .svg), to: url)
            } throws: { error in
                (error as? RenderError)?.kind == .output && "\(error)".contains("cannot write")
            }
        }
        // A read-only folder (skipped when running as root, which may write anyway).
        if getuid() != 0 {
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
            #expect(throws: RenderError.self) {
                try GraphvizRenderer.write(graph, options: RenderOptions(format: .svg),
                                           to: locked.appendingPathComponent("graph.svg"))
            }
        }
    }
}
