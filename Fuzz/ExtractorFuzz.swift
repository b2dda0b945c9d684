// libFuzzer entry point for the text extractor: bytes → TextDecoding → Extractor.
// Built by scripts/fuzz.sh, never by SwiftPM (an @_cdecl("LLVMFuzzerTestOneInput") in a package
// target would clash with `swift test`).
import Extraction
import Foundation
import NewsGraph

/// Loaded once: the lexicon folder is given by NEWSGRAPH_LEXICON (scripts/fuzz.sh sets it to
/// Sources/Extraction/Resources/lexicon), else the package's built-in resource bundle.
nonisolated(unsafe) let fuzzExtractor: Extractor = {
    let lexicon: Lexicon
    do {
        if let folder = ProcessInfo.processInfo.environment["NEWSGRAPH_LEXICON"] {
            lexicon = try Lexicon.load(folder: URL(fileURLWithPath: folder))
        } else {
            lexicon = try Lexicon.builtIn()
        }
    } catch {
        fatalError("fuzz setup: cannot load the lexicon: \(error)")
    }
    return Extractor(lexicon: lexicon, keepUnasserted: true)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let text = try? TextDecoding.decode(data) else { return 0 }
    let graph = fuzzExtractor.extract(SourceDocument(id: "d1", source: "fuzz.txt", text: text))
    // The result must survive its own format.
    _ = try? GraphFormat.read(GraphFormat.write(graph))
    return 0
}
