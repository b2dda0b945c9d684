import CGraphviz
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

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(diagram.nodes.count)
        // Clusters first, creating their member nodes inside them, as the DOT parser does:
        // Graphviz 2.43's dot layout has been seen to double-free in its cleanup when the
        // members were created in the root graph before the cluster existed.
        for cluster in diagram.clusters {
            guard let sub = ngv_subgraph(root, cluster.name) else {
                throw session.failure("Graphviz could not create the subgraph '\(cluster.name)'")
            }
            try apply(cluster.attributes, to: UnsafeMutableRawPointer(sub), name: "subgraph '\(cluster.name)'")
            for member in cluster.members {
                guard let node = ngv_node(sub, member) else {
                    throw session.failure("Graphviz could not create the node '\(member)'")
                }
                nodes[member] = node
            }
        }

        for node in diagram.nodes {
            guard let handle = nodes[node.id] ?? ngv_node(root, node.id) else {
                throw session.failure("Graphviz could not create the node '\(node.id)'")
            }
            nodes[node.id] = handle
            try apply(node.attributes, to: UnsafeMutableRawPointer(handle), name: "node '\(node.id)'")
        }

        for edge in diagram.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                  let handle = ngv_edge(root, tail, head, edge.key) else {
                throw session.failure("Graphviz could not create the edge \(edge.tail) → \(edge.head)")
            }
            try apply(edge.attributes, to: UnsafeMutableRawPointer(handle), name: "edge \(edge.tail) → \(edge.head)")
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
