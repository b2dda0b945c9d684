import NewsGraph

/// Turns a typed graph and the options into a ``Diagram``: chooses what is drawn (filter,
/// focus, path) and how (``DiagramStyle``, ``Legend``, engine attributes).
enum DiagramBuilder {
    // MARK: What is drawn

    /// The part of `graph` the options ask for.
    ///
    /// Filter first, then the focus neighbourhood (hops counted over the *filtered* relations,
    /// so that a hidden relation does not pull in neighbours the reader cannot see how they
    /// are reached). The entities of a highlighted path and the relations between consecutive
    /// ones are added back even when the filter or focus left them out: a path is never cut.
    /// - Throws: ``RenderError`` when a path or focus id is not an entity of the graph.
    static func view(of graph: TypedGraph, options: RenderOptions) throws -> TypedGraph {
        let path = options.highlightPath ?? []
        for id in path + (options.focus.map { [$0] } ?? []) where graph.entity(id: id) == nil {
            let hint = graph.closestNames(to: id)
            throw RenderError(kind: .unknownEntity,
                              message: "no entity with id '\(id)' in the graph"
                                + (hint.isEmpty ? "" : "; did you mean " + hint.map { "'\($0)'" }.joined(separator: ", ") + "?"))
        }
        let admitted = options.filter.keepsEverythingAsserted && graph.relations.allSatisfy(\.isAsserted)
            ? graph : graph.filtered(by: options.filter)
        var keep: Set<String>
        if let focus = options.focus {
            keep = Set(admitted.neighborhood(of: focus, radius: options.radius).entities.map(\.id))
            keep.insert(focus)
        } else {
            keep = Set(admitted.entities.map(\.id))
        }
        keep.formUnion(path)
        let admittedKeys = Set(admitted.relations.map(\.key))
        let hops = pathHops(path, in: graph, admitted: admittedKeys)

        var view = graph
        if keep.count != graph.entities.count { view.removeEntities { !keep.contains($0.id) } }
        if admittedKeys.count != view.relations.count || !hops.isEmpty {
            view.removeRelations { !admittedKeys.contains($0.key) && !hops.contains($0.key) }
        }
        return view
    }

    /// The relations of the path: between each consecutive pair, the admitted relations
    /// joining them in either direction, or every such relation if none is admitted.
    static func pathHops(_ path: [String], in graph: TypedGraph, admitted: Set<Relation.Key>) -> Set<Relation.Key> {
        guard path.count > 1 else { return [] }
        var pairs: [UnorderedPair: [Relation.Key]] = [:]
        for i in 0..<(path.count - 1) { pairs[UnorderedPair(path[i], path[i + 1])] = [] }
        for relation in graph.relations {
            let pair = UnorderedPair(relation.source, relation.target)
            if pairs[pair] != nil { pairs[pair]!.append(relation.key) }
        }
        var hops: Set<Relation.Key> = []
        for keys in pairs.values {
            let preferred = keys.filter(admitted.contains)
            hops.formUnion(preferred.isEmpty ? keys : preferred)
        }
        return hops
    }

    struct UnorderedPair: Hashable {
        let a: String, b: String
        init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    // MARK: How it is drawn

    static func diagram(for graph: TypedGraph, options: RenderOptions) throws -> Diagram {
        let view = try self.view(of: graph, options: options)
        return styled(view, options: options)
    }

    /// Styles an already selected view.
    static func styled(_ view: TypedGraph, options: RenderOptions) -> Diagram {
        let engine = options.engine.resolved(nodeCount: view.entities.count, edgeCount: view.relations.count)
        let path = options.highlightPath ?? []
        let highlighting = path.count > 0
        let pathNodes = Set(path)
        let hops = pathHops(path, in: view, admitted: Set(view.relations.map(\.key)))
        let sizes = options.sizeBy.map { DiagramStyle.normalizedSizes($0, for: view.entities.map(\.id)) } ?? [:]

        // Alliance groups: each member joins the first alliance it is a member of.
        var allianceOf: [String: String] = [:]
        var members: [String: [String]] = [:]
        for relation in view.relations where relation.type == .memberOf {
            guard let target = view.entity(id: relation.target), target.type == .alliance,
                  let source = view.entity(id: relation.source), source.type != .alliance,
                  allianceOf[source.id] == nil else { continue }
            allianceOf[source.id] = target.id
            members[target.id, default: []].append(source.id)
        }
        let useClusters = engine.supportsClusters && !members.isEmpty

        // Graph
        var g = Diagram.Attributes([
            ("layout", engine.rawValue),
            ("fontname", DiagramStyle.fontName),
            ("fontsize", "12"),
            ("bgcolor", "white"),
            ("pad", "0.3"),
            ("outputorder", "edgesfirst"),
            ("forcelabels", "true"),
            ("splines", "true"),
        ])
        switch engine {
        case .dot, .auto:
            g["rankdir"] = "LR"
            // The global ranking of newer Graphviz. Besides ranking clusters better, it avoids
            // a double free in Graphviz 2.43's dot cleanup (gvFreeLayout) that the old
            // cluster ranking triggers on some graphs with clusters and several components
            // (reproducible with the dot command on two copies of such a graph in one file).
            g["newrank"] = "true"
            g["nodesep"] = "0.3"
            g["ranksep"] = "0.7"
        case .neato, .fdp, .sfdp:
            // Overlap removal keeps nodes apart; `sep`/`esep` add margins so labels fit.
            g["overlap"] = "prism"
            g["sep"] = "+14"
            g["esep"] = "+6"
            // Spring lengths several times the engines' defaults: relation labels sit at the
            // middle of their edges and need the room (tried on the Sahel test graph: with the
            // defaults, labels around the hubs overlap; with these they do not).
            if engine == .fdp || engine == .sfdp { g["K"] = "1" }
            // Spline routing around nodes costs far more than the layout itself beyond a few
            // dozen nodes (see ``LayoutEngine/splineRoutingLimit``).
            if view.entities.count > LayoutEngine.splineRoutingLimit { g["splines"] = "false" }
        case .circo:
            g["overlap"] = "false"
            if view.entities.count > LayoutEngine.splineRoutingLimit { g["splines"] = "false" }
        case .twopi:
            g["overlap"] = "false"
            g["ranksep"] = "1.5"
            if view.entities.count > LayoutEngine.splineRoutingLimit { g["splines"] = "false" }
            if let root = options.focus ?? mostConnected(view) { g["root"] = root }
        }
        if options.format == .png { g["dpi"] = format(min(300, max(72, options.dpi))) }

        var types: [EntityType] = Array(Set(view.entities.map(\.type))).sorted()
        if types.isEmpty { types = [] }
        let supports = Set(view.relations.map(\.support))
        let legend = Legend(
            title: options.title, entityTypes: types,
            modalities: Set(view.relations.map(\.modality)),
            hasSymmetric: view.relations.contains { $0.type.isSymmetric },
            hasDirected: view.relations.contains { !$0.type.isSymmetric },
            supportVaries: supports.count > 1,
            hasHighlight: highlighting, hasAllianceGroups: useClusters,
            hasSizeMeasure: !sizes.isEmpty, sizeMeasureName: options.sizeByName, showLegend: options.showLegend)
        if let html = legend.html {
            g.setHTML("label", html)
            g["labelloc"] = "t"
            g["labeljust"] = "l"
        }

        let nodeDefaults = Diagram.Attributes([
            ("fontname", DiagramStyle.fontName),
            ("fontsize", format(DiagramStyle.nodeFontSize)),
            ("style", "filled"),
            ("color", "#333333"),
            ("penwidth", "1.2"),
            ("margin", "0.11,0.055"),
            ("height", "0.4"),
        ])
        var edgeDefaults = Diagram.Attributes([
            ("fontname", DiagramStyle.fontName),
            ("fontsize", format(DiagramStyle.edgeFontSize)),
            ("color", DiagramStyle.edgeColor),
            ("fontcolor", DiagramStyle.edgeTextColor),
            ("arrowsize", "0.8"),
            ("penwidth", "1.2"),
        ])

        if engine == .neato { edgeDefaults["len"] = "1.9" }

        // Nodes
        var nodes: [Diagram.Node] = []
        nodes.reserveCapacity(view.entities.count)
        for entity in view.entities {
            let look = DiagramStyle.look(for: entity.type)
            var a = Diagram.Attributes()
            a["label"] = wrapped(entity.name)
            a["shape"] = look.shape
            a["fillcolor"] = look.fill
            a["fontcolor"] = look.text
            if let extra = look.extraStyle { a["style"] = "filled," + extra }
            if look.peripheries != 1 { a["peripheries"] = String(look.peripheries) }
            if let t = sizes[entity.id] {
                a["fontsize"] = format(DiagramStyle.nodeFontSize + (DiagramStyle.maxNodeFontSize - DiagramStyle.nodeFontSize) * t)
            }
            var classes = "entity \(entity.type.rawValue)"
            if highlighting {
                if pathNodes.contains(entity.id) {
                    a["color"] = DiagramStyle.highlightColor
                    a["penwidth"] = format(DiagramStyle.highlightPenWidth)
                    classes += " highlighted"
                } else {
                    a["fillcolor"] = look.fill + DiagramStyle.fadedAlpha
                    a["fontcolor"] = DiagramStyle.fadedTextColor
                    a["color"] = DiagramStyle.fadedLineColor
                    classes += " faded"
                }
            }
            if entity.id == options.focus {
                if !pathNodes.contains(entity.id) { a["penwidth"] = "3" }
                classes += " focus"
            }
            a["id"] = "entity-" + entity.id
            a["class"] = classes
            a["tooltip"] = "\(entity.name) (\(entity.type.label))"
            nodes.append(Diagram.Node(id: entity.id, attributes: a))
        }

        // Parallel relations (several between the same two entities) are drawn as a bundle of
        // nearly coincident edges by the engines other than dot, whose labels then all land on
        // the same spot. There, the bundle's labels go together, one per line, on its first
        // edge; dot gives every label its own place and keeps them apart.
        var bundleLabel: [Int: String] = [:]
        var unlabelled: Set<Int> = []
        if engine != .dot {
            var bundles: [UnorderedPair: [Int]] = [:]
            for (i, r) in view.relations.enumerated() { bundles[UnorderedPair(r.source, r.target), default: []].append(i) }
            for members in bundles.values where members.count > 1 {
                bundleLabel[members[0]] = members.map { escaped(DiagramStyle.label(for: view.relations[$0])) }
                    .joined(separator: "\\n")
                unlabelled.formUnion(members.dropFirst())
            }
        }

        // Edges
        var edges: [Diagram.Edge] = []
        edges.reserveCapacity(view.relations.count)
        for (index, relation) in view.relations.enumerated() {
            var a = Diagram.Attributes()
            if !unlabelled.contains(index) {
                a["label"] = bundleLabel[index] ?? escaped(DiagramStyle.label(for: relation))
            }
            if relation.modality != .asserted { a["style"] = DiagramStyle.lineStyle(relation.modality) }
            let width = DiagramStyle.penWidth(support: relation.support)
            if relation.support > 1 { a["penwidth"] = format(width) }
            if relation.type.isSymmetric { a["dir"] = "none" }
            if relation.type == .memberOf && !useClusters && allianceOf[relation.source] == relation.target {
                // Without clusters, pull members close to their alliance instead.
                a["weight"] = "4"
                a["len"] = "1.2"
            }
            var classes = "relation \(relation.type.rawValue) \(relation.modality.rawValue)"
            if highlighting {
                if hops.contains(relation.key) {
                    a["color"] = DiagramStyle.highlightColor
                    a["fontcolor"] = DiagramStyle.highlightColor
                    a["penwidth"] = format(max(DiagramStyle.highlightPenWidth, width))
                    a["fontname"] = DiagramStyle.boldFontName
                    classes += " highlighted"
                } else {
                    a["color"] = DiagramStyle.fadedLineColor
                    a["fontcolor"] = DiagramStyle.fadedTextColor
                    classes += " faded"
                }
            }
            a["id"] = "relation-\(relation.source)-\(relation.type.rawValue)-\(relation.target)"
            a["class"] = classes
            a["tooltip"] = tooltip(for: relation, in: view)
            edges.append(Diagram.Edge(tail: relation.source, head: relation.target,
                                      key: relation.type.rawValue, attributes: a))
        }

        // Alliance clusters
        var clusters: [Diagram.Cluster] = []
        if useClusters {
            for alliance in view.entities where members[alliance.id] != nil {
                clusters.append(Diagram.Cluster(
                    name: "cluster_" + alliance.id,
                    members: [alliance.id] + members[alliance.id]!,
                    attributes: Diagram.Attributes([
                        ("label", ""),
                        ("style", "filled,rounded"),
                        ("fillcolor", DiagramStyle.clusterFill),
                        ("color", DiagramStyle.clusterLine),
                        ("penwidth", "1.5"),
                        ("margin", "10"),
                        ("id", "group-" + alliance.id),
                        ("class", "alliance-group"),
                    ])))
            }
        }

        return Diagram(name: "newsgraph", engine: engine, graphAttributes: g,
                       nodeDefaults: nodeDefaults, edgeDefaults: edgeDefaults,
                       nodes: nodes, edges: edges, clusters: clusters)
    }

    // MARK: Helpers

    /// The entity with the most relations (twopi's centre when there is no focus).
    static func mostConnected(_ graph: TypedGraph) -> String? {
        var degree: [String: Int] = [:]
        for r in graph.relations { degree[r.source, default: 0] += 1; degree[r.target, default: 0] += 1 }
        return graph.entities.max { (degree[$0.id] ?? 0, $1.id) < (degree[$1.id] ?? 0, $0.id) }?.id
    }

    static func tooltip(for relation: Relation, in graph: TypedGraph) -> String {
        let source = graph.entity(id: relation.source)?.name ?? relation.source
        let target = graph.entity(id: relation.target)?.name ?? relation.target
        let documents = relation.support == 1 ? "1 document" : "\(relation.support) documents"
        var text = "\(source) \(DiagramStyle.label(for: relation)) \(target) (\(documents))"
        if let sentence = relation.evidence.first?.text {
            text += ": " + (sentence.count > 160 ? String(sentence.prefix(157)) + "…" : sentence)
        }
        return escaped(text)
    }

    /// Escapes Graphviz's label escapes (`\N`, `\n`, `\l`…) so that a backslash in a name
    /// is drawn as a backslash.
    static func escaped(_ text: String) -> String {
        text.contains("\\") ? text.replacingOccurrences(of: "\\", with: "\\\\") : text
    }

    /// The name broken into lines of at most ``DiagramStyle/wrapWidth`` characters at spaces
    /// (a single longer word stays whole), joined with Graphviz's centred line break.
    static func wrapped(_ name: String) -> String {
        let safe = escaped(name)
        guard safe.count > DiagramStyle.wrapWidth else { return safe }
        var lines: [String] = []
        var line = ""
        for word in safe.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= DiagramStyle.wrapWidth {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\\n")
    }

    /// A number as Graphviz likes it: no exponent, at most two decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var s = String(rounded)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
