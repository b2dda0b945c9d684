internal import CGraphviz
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a cgraph graph from a ``Diagram`` with direct cgraph calls (`agopen`, `agnode`,
/// `agedge`, `agsubg`, `agattr`, `agsafeset`): no DOT text is written or parsed on the way.
///
/// Only called inside ``GraphvizContext/perform(_:)``. The caller owns the returned graph and
/// must `agclose` it; ``withGraph(_:in:_:)`` does that on every path.
enum CGraphBuilder {
    /// Builds the graph, runs `body` with it, and closes it whatever happens (freeing the
    /// layout first, so a throwing `body` cannot leak engine data either).
    static func withGraph<T>(_ diagram: Diagram, in session: GraphvizContext.Session,
                             _ body: (UnsafeMutablePointer<Agraph_t>) throws -> T) throws -> T {
        guard let graph = ngv_open_directed(diagram.name) else {
            throw session.failure("Graphviz could not create a graph (agopen failed)")
        }
        defer {
            session.freeLayout(graph)
            agclose(graph)
        }
        try populate(graph, with: diagram, session: session)
        return try body(graph)
    }

    private static func populate(_ root: UnsafeMutablePointer<Agraph_t>, with diagram: Diagram,
                                 session: GraphvizContext.Session) throws {
        func check(_ status: Int32, _ what: @autoclosure () -> String) throws {
            if status != 0 { throw session.failure("Graphviz refused \(what())") }
        }
        func apply(_ attributes: Diagram.Attributes, to object: UnsafeMutableRawPointer, name: String) throws {
            for pair in attributes.pairs {
                let status = pair.html
                    ? ngv_set_html(root, object, pair.name, pair.value)
                    : ngv_set(object, pair.name, pair.value)
                try check(status, "the attribute \(pair.name) of \(name)")
            }
        }

        try apply(diagram.graphAttributes, to: UnsafeMutableRawPointer(root), name: "the graph")
        // Defaults are declared once for the whole graph: DOT output stays compact, and
        // cgraph stores one shared value instead of one per object.
        for pair in diagram.nodeDefaults.pairs {
            try check(ngv_declare(root, ngv_kind_node(), pair.name, pair.value), "the node default \(pair.name)")
        }
        for pair in diagram.edgeDefaults.pairs {
            try check(ngv_declare(root, ngv_kind_edge(), pair.name, pair.value), "the edge default \(pair.name)")
        }

        // Creation order. Graphviz's force-directed engines depend on the order of nodes and
        // edges, so the graph is built in exactly the order a DOT parser would rebuild it from
        // our own DOT export (`agwrite` writes cluster members first, then walks nodes in
        // order, declaring each out-edge's head just before the edge). The in-process drawing
        // is then identical to what `dot -Tsvg` draws from ``GraphvizRenderer/dotSource``,
        // which keeps the two interchangeable and the benchmark honest.
        var outEdges: [String: [Int]] = [:]
        for (i, edge) in diagram.edges.enumerated() { outEdges[edge.tail, default: []].append(i) }
        var order: [String] = []
        var placed: Set<String> = []
        var cursor = 0
        func place(_ id: String) { if placed.insert(id).inserted { order.append(id) } }
        func walk() {
            while cursor < order.count {
                for i in outEdges[order[cursor]] ?? [] { place(diagram.edges[i].head) }
                cursor += 1
            }
        }
        for cluster in diagram.clusters { cluster.members.forEach(place) }
        walk()
        for node in diagram.nodes {
            place(node.id)
            walk()
        }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(order.count)
        for cluster in diagram.clusters {
            guard let sub = ngv_subgraph(root, cluster.name) else {
                throw session.failure("Graphviz could not create the subgraph '\(cluster.name)'")
            }
            try apply(cluster.attributes, to: UnsafeMutableRawPointer(sub), name: "subgraph '\(cluster.name)'")
            for member in cluster.members {
                guard let node = nodes[member] ?? ngv_node(sub, member) else {
                    throw session.failure("Graphviz could not create the node '\(member)'")
                }
                nodes[member] = node
            }
        }
        let attributes = Dictionary(diagram.nodes.map { ($0.id, $0.attributes) }, uniquingKeysWith: { a, _ in a })
        for id in order {
            guard let handle = nodes[id] ?? ngv_node(root, id) else {
                throw session.failure("Graphviz could not create the node '\(id)'")
            }
            nodes[id] = handle
            if let a = attributes[id] { try apply(a, to: UnsafeMutableRawPointer(handle), name: "node '\(id)'") }
        }

        for id in order {
            for i in outEdges[id] ?? [] {
                let edge = diagram.edges[i]
                guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                      let handle = ngv_edge(root, tail, head, edge.key) else {
                    throw session.failure("Graphviz could not create the edge \(edge.tail) → \(edge.head)")
                }
                try apply(edge.attributes, to: UnsafeMutableRawPointer(handle), name: "edge \(edge.tail) → \(edge.head)")
            }
        }
    }

    /// The graph as DOT text, before layout (cgraph's `agwrite` into a memory stream).
    static func dotText(of graph: UnsafeMutablePointer<Agraph_t>, session: GraphvizContext.Session) throws -> Data {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw session.failure("could not open a memory stream for DOT output")
        }
        let status = agwrite(graph, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else { throw session.failure("Graphviz could not write the graph as DOT") }
        return Data(bytes: buffer, count: size)
    }
}
