// libFuzzer entry point for the CSV triples importer (CSVTriplesReader). Built by scripts/fuzz.sh.
import Foundation
import NewsGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    // The first byte picks the options, so that strict and undirected paths are reached too.
    let flags = data.first ?? 0
    let options = ImportOptions(strict: flags & 1 != 0, directed: flags & 2 != 0 ? false : nil)
    guard let graph = try? CSVTriplesReader.read(data.dropFirst(), options: options) else { return 0 }
    _ = try? GraphFormat.read(GraphFormat.write(graph))
    return 0
}
