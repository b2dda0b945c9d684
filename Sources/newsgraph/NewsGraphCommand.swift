import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn English news into a typed graph of actors and relations; rank, query and draw it.",
        discussion: "Start with `newsgraph analyze`, which analyzes the bundled example corpus.",
        version: "0.1.0",
        subcommands: [Analyze.self, Extract.self, Centrality.self, Path.self, Render.self, Report.self,
                      Export.self, Import.self, Eval.self]
    )

    static func main() {
        ignoreSIGPIPE()
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
