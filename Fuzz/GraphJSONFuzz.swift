// libFuzzer entry point for the graph JSON reader (GraphFormat.read). Built by scripts/fuzz.sh.
import Foundation
import NewsGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    guard let graph = try? GraphFormat.read(data) else { return 0 }
    // What was accepted must be written and read back.
    _ = try? GraphFormat.read(GraphFormat.write(graph))
    return 0
}
