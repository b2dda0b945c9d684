/// A styled graph in plain Swift: exactly what will be handed to cgraph, and nothing of C.
///
/// Keeping the styling decisions in a value type means they are testable without Graphviz,
/// and the C side (``CGraphBuilder``) is a mechanical translation done under the context lock.
struct Diagram: Sendable, Equatable {
    /// An ordered list of Graphviz attributes. Order is kept so that DOT output is stable.
    struct Attributes: Sendable, Equatable {
        private(set) var pairs: [(name: String, value: String, html: Bool)] = []

        init(_ pairs: [(String, String)] = []) {
            for (n, v) in pairs { self[n] = v }
        }

        subscript(name: String) -> String? {
            get { pairs.first { $0.name == name }?.value }
            set {
                if let i = pairs.firstIndex(where: { $0.name == name }) {
                    if let newValue { pairs[i] = (name, newValue, false) } else { pairs.remove(at: i) }
                } else if let newValue {
                    pairs.append((name, newValue, false))
                }
            }
        }

        /// Sets an HTML-like value (Graphviz's `<...>` labels); `html` is the markup inside.
        mutating func setHTML(_ name: String, _ html: String) {
            self[name] = nil
            pairs.append((name, html, true))
        }

        func isHTML(_ name: String) -> Bool { pairs.first { $0.name == name }?.html ?? false }

        static func == (a: Attributes, b: Attributes) -> Bool {
            a.pairs.elementsEqual(b.pairs) { $0.name == $1.name && $0.value == $1.value && $0.html == $1.html }
        }
    }

    struct Node: Sendable, Equatable {
        /// The Graphviz node name: the entity id.
        var id: String
        var attributes: Attributes
    }

    struct Edge: Sendable, Equatable {
        var tail: String
        var head: String
        /// Distinguishes parallel edges of different relation types between the same ends.
        var key: String
        var attributes: Attributes
    }

    /// A `cluster…` subgraph (only for engines that support clusters).
    struct Cluster: Sendable, Equatable {
        var name: String
        var members: [String]
        var attributes: Attributes
    }

    var name: String
    /// The concrete engine (never ``LayoutEngine/auto``).
    var engine: LayoutEngine
    var graphAttributes: Attributes
    var nodeDefaults: Attributes
    var edgeDefaults: Attributes
    var nodes: [Node]
    var edges: [Edge]
    var clusters: [Cluster]
}
