import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A tiny DOM over Graphviz's SVG, parsed with Foundation's `XMLParser`, for assertions on
/// the elements of one node or edge.
final class SVGElement {
    let name: String
    let attributes: [String: String]
    var children: [SVGElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// This element and every descendant, depth first.
    var all: [SVGElement] { [self] + children.flatMap(\.all) }

    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

    /// The text of every `<text>` element inside, joined by spaces (wrapped names are
    /// several `<text>` lines).
    var joinedText: String {
        all.filter { $0.name == "text" }.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: " ")
    }

    /// The `<g>` with this `id`.
    func group(id: String) -> SVGElement? { all.first { $0.name == "g" && $0.attributes["id"] == id } }

    /// Groups of the given Graphviz class (`node`, `edge`, `cluster`).
    func groups(ofClass name: String) -> [SVGElement] { all.filter { $0.name == "g" && $0.classes.contains(name) } }

    /// The first drawn shape (the node outline or the edge path).
    var firstShape: SVGElement? {
        all.first { ["polygon", "ellipse", "path", "polyline"].contains($0.name) }
    }

    static func parse(_ data: Data) throws -> SVGElement {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw SVGParseError(message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    struct SVGParseError: Error { let message: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGElement?
        var stack: [SVGElement] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let element = SVGElement(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
