import ArgumentParser
import GraphvizRendering

/// The root command. Every subcommand names itself (`commandName`) rather than leaving
/// ArgumentParser to derive the name from its type with `String(describing:)`: that runtime
/// reflection, once per subcommand on every run, cost about a millisecond of each command's
/// start-up in a binary with Foundation linked in.
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
        // A command that draws needs Graphviz's plugins (cairo, pango, fontconfig), a few
        // milliseconds to load: start loading them on another thread now, while the arguments
        // are parsed and the graph is read, rather than after.
        if let name = CommandLine.arguments.dropFirst().first, drawingCommands.contains(name) {
            GraphvizRenderer.prepare()
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: oneLineUsageError(error))
        }
    }

    /// The subcommands that draw with Graphviz.
    private static var drawingCommands: [String] {
        let commands: [any ParsableCommand.Type] = [Render.self, Analyze.self, Report.self]
        return commands.compactMap { $0.configuration.commandName }
    }

    /// A wrong value (an unknown format, entity type, option…) is reported like every other
    /// error, as one line naming the option and the problem, still with the usage status (64).
    /// A missing argument keeps ArgumentParser's report with the usage, which is what helps there.
    private static func oneLineUsageError(_ error: Error) -> Error {
        let code = exitCode(for: error)
        guard code.rawValue == 64 else { return error }
        let message = self.message(for: error)
        guard !message.isEmpty, !message.hasPrefix("Missing expected argument"), !message.hasPrefix("Missing value") else {
            return error
        }
        StandardError.write("newsgraph: error: \(oneLine(message))\n")
        return code
    }
}
