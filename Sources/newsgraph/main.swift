// Temporary developer driver (not committed): extract each file given, write graph JSON.
import Foundation
import Extraction
import NewsGraph
let args = CommandLine.arguments.dropFirst()
let lexicon = try Lexicon.builtIn()
let extractor = Extractor(lexicon: lexicon)
var outDir = args.first!
for (i, path) in args.dropFirst().enumerated() {
    let text = try TextDecoding.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
    let g = extractor.extract(SourceDocument(id: "d\(i+1)", source: path, text: text))
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    try GraphFormat.write(g).write(to: URL(fileURLWithPath: outDir + "/" + name + ".json"))
}
