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
            exit(withError: oneLineUsageError(error))
        }
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
