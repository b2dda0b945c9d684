import ArgumentParser
import Foundation

/// A failure reported to the user as one line: `newsgraph: error: <path>: <problem>`.
struct CLIError: Error, CustomStringConvertible {
    /// The input or output the problem is about, when there is one.
    var path: String?
    var message: String
    /// The exit status (1 unless a command says otherwise, e.g. "no path found").
    var exitCode: Int32 = 1

    init(_ path: String?, _ message: String, exitCode: Int32 = 1) {
        self.path = path
        self.message = message
        self.exitCode = exitCode
    }

    var description: String { (path.map { "\($0): " } ?? "") + message }
}

/// Runs a command's body, turning any error into the one-line report and an exit code, so that
/// no error reaches ArgumentParser's generic printer and nothing ever prints a stack trace.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CLIError {
        StandardError.write("newsgraph: error: \(oneLine(error.description))\n")
        throw ExitCode(error.exitCode)
    } catch {
        StandardError.write("newsgraph: error: \(oneLine(String(describing: error)))\n")
        throw ExitCode.failure
    }
}

/// Folds a message onto one line, and cuts one that quotes pages of input (a library error that
/// shows a 10 MB row) to its first and last 500 characters.
func oneLine(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    guard line.count > 1200 else { return line }
    return String(line.prefix(500)) + " … (\(line.count - 1000) characters left out) … " + String(line.suffix(500))
}

/// Wraps a library error thrown while working on `path` into a ``CLIError`` naming it.
func at<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CLIError {
        throw error
    } catch {
        var message = String(describing: error)
        // Some library errors already start with the path (a lexicon error names file and
        // line), perhaps made absolute: name it once, as the user wrote it.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute != path, message.hasPrefix(absolute) { message = path + message.dropFirst(absolute.count) }
        throw message.hasPrefix(path) ? CLIError(nil, message) : CLIError(path, message)
    }
}
