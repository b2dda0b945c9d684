import Foundation

/// The report an analyst opens: one self-contained HTML file with the diagram, the ranking,
/// the entities, and every relation with the sentences and sources behind it.
///
/// Self-contained means it works offline and from an e-mail attachment: CSS and script are
/// inline, nothing is fetched (a Content-Security-Policy forbids it), and the data the script
/// needs is embedded as a `<script type="application/json">` block. Every text that comes
/// from the news is HTML-escaped (``InterchangeText/markupEscaped(_:)``), and the JSON block
/// escapes `<`, `>` and `&`, so a sentence can never close a tag.
///
/// Clicking the diagram: the SVG is Graphviz output. A node is a `<g class="node">`, an edge
/// a `<g class="edge">`. The script identifies them by their `id` when it has the renderer's
/// form, `node-<entityId>` / `entity-<entityId>`, `edge-<index>` (index into `graph.relations`) /
/// `relation-<source>-<type>-<target>` (the ids GraphvizRendering writes), and otherwise by
/// Graphviz's `<title>`: the entity id for a node, `a->b` (or `a--b`) for an edge, which
/// selects every relation between the two. A node shows the entity and all its relations
/// with their sentences; an edge its relation(s). Entity names in the tables do the same.
public struct HTMLReport: Sendable {
    public var title: String
    public var graph: TypedGraph
    /// The Graphviz SVG of the graph, or nil to leave the diagram out.
    public var svg: String?
    /// The ranking to show, if computed.
    public var centrality: CentralityTable?
    /// A line naming what made the report ("newsgraph 0.3, 2024-05-03").
    public var generator: String?

    public init(graph: TypedGraph, svg: String? = nil, centrality: CentralityTable? = nil,
                title: String = "NewsGraph report", generator: String? = nil) {
        self.graph = graph
        self.svg = svg
        self.centrality = centrality
        self.title = title
        self.generator = generator
    }

    /// The report as UTF-8 bytes.
    public func data() -> Data { Data(render().utf8) }

    /// The report as text.
    public func render() -> String {
        let esc = InterchangeText.markupEscaped
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header>
        <h1>\(esc(title))</h1>
        <p class="summary">\(graph.entities.count) entities, \(graph.relations.count) relations, \(graph.documents.count) documents\(generator.map { " · " + esc($0) } ?? "")</p>
        </header>
        <div class="layout">
        <section id="diagram" aria-label="Diagram">

        """
        if let svg {
            out += Self.inlineSVG(svg)
        } else {
            out += "<p class=\"muted\">No diagram in this report.</p>"
        }
        out += """

        </section>
        <aside id="panel" aria-live="polite"><p class="muted">Click a node or an edge of the diagram, or an entity name below, to see the sentences behind it.</p></aside>
        </div>
        <main>

        """
        if let centrality { out += centralitySection(centrality) }
        out += entitySection()
        out += relationSection()
        out += documentSection()
        out += "</main>\n<script type=\"application/json\" id=\"newsgraph-data\">"
        out += Self.scriptSafeJSON(JSONWriter.serialize(dataValue()))
        out += "</script>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: Sections

    private func entityLink(_ id: String) -> String {
        let name = graph.entity(id: id)?.name ?? id
        return "<a href=\"#\" class=\"entity\" data-entity=\"\(InterchangeText.markupEscaped(id))\">\(InterchangeText.markupEscaped(name))</a>"
    }

    private func centralitySection(_ table: CentralityTable) -> String {
        let esc = InterchangeText.markupEscaped
        var out = "<section id=\"centrality\"><h2>Centrality</h2>\n"
        out += "<p class=\"muted\">\(table.graph.nodes) entities, \(table.graph.edges) relations; \(table.graph.directed ? "directed" : "undirected"), \(table.graph.weighted ? "weighted" : "unweighted").</p>\n"
        func render(_ rows: [CentralityTable.Row]) -> String {
            var html = "<table class=\"numbers\"><thead><tr><th>#</th><th>Entity</th><th>Type</th>"
            html += table.measures.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
            for row in rows {
                html += "<tr><td>\(row.rank)</td><td>\(entityLink(row.entityID))</td><td><span class=\"type t-\(row.type.rawValue)\">\(row.type.label)</span></td>"
                html += table.displayCells(row).map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n"
            }
            return html + "</tbody></table>\n"
        }
        if table.groupedByType {
            for group in table.groups {
                out += "<h3>\(group.type.label) (\(group.rows.count))</h3>\n" + render(group.rows)
            }
        } else {
            out += render(table.rows)
        }
        return out + "</section>\n"
    }

    private func entitySection() -> String {
        let esc = InterchangeText.markupEscaped
        var out = "<section id=\"entities\"><h2>Entities</h2>\n<table><thead><tr><th>Name</th><th>Type</th><th>Also called</th><th class=\"num\">Mentions</th></tr></thead><tbody>\n"
        for entity in graph.entities.sorted(by: { ($0.type, -$0.mentions, $0.name) < ($1.type, -$1.mentions, $1.name) }) {
            out += "<tr><td>\(entityLink(entity.id))</td><td><span class=\"type t-\(entity.type.rawValue)\">\(entity.type.label)</span></td>"
            out += "<td>\(esc(entity.aliases.joined(separator: ", ")))</td><td class=\"num\">\(entity.mentions)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func relationSection() -> String {
        let esc = InterchangeText.markupEscaped
        var out = "<section id=\"relations\"><h2>Relations</h2>\n<table><thead><tr><th>Source</th><th>Relation</th><th>Target</th><th class=\"num\">Support</th><th>Evidence</th></tr></thead><tbody>\n"
        let order = graph.relations.indices.sorted {
            let a = graph.relations[$0], b = graph.relations[$1]
            return (-a.support, a.source, a.type, a.target) < (-b.support, b.source, b.type, b.target)
        }
        for index in order {
            let relation = graph.relations[index]
            let arrow = relation.type.isSymmetric ? "↔" : "→"
            var label = "\(relation.type.label) \(arrow)"
            if relation.modality != .asserted { label += " <span class=\"modality\">(\(relation.modality.rawValue))</span>" }
            out += "<tr id=\"relation-\(index)\"\(relation.isAsserted ? "" : " class=\"unasserted\"")><td>\(entityLink(relation.source))</td><td>\(label)</td>"
            out += "<td>\(entityLink(relation.target))</td><td class=\"num\">\(relation.support)</td><td>"
            if relation.evidence.isEmpty {
                out += "<span class=\"muted\">imported, no sentence\(relation.weight.map { "; weight \(JSONWriter.formatDouble($0))" } ?? "")</span>"
            } else {
                out += "<ul class=\"evidence\">"
                for item in relation.evidence {
                    out += "<li><q>\(esc(InterchangeText.collapsingWhitespace(item.text)))</q> <cite>\(esc(citation(item.document)))</cite></li>"
                }
                out += "</ul>"
            }
            out += "</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func documentSection() -> String {
        guard !graph.documents.isEmpty else { return "" }
        let esc = InterchangeText.markupEscaped
        var out = "<section id=\"documents\"><h2>Sources</h2>\n<table><thead><tr><th>Id</th><th>Title</th><th>Date</th><th>Source</th></tr></thead><tbody>\n"
        for document in graph.documents {
            out += "<tr><td>\(esc(document.id))</td><td>\(esc(document.title ?? ""))</td><td>\(esc(document.date ?? ""))</td><td><code>\(esc(document.source))</code></td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    /// "Title (source, date)" for an evidence item's document.
    private func citation(_ documentID: String) -> String {
        guard let document = graph.document(id: documentID) else { return documentID }
        var parts = [document.source]
        if let date = document.date { parts.append(date) }
        if let title = document.title, !title.isEmpty { return "\(title) (\(parts.joined(separator: ", ")))" }
        return parts.joined(separator: ", ")
    }

    // MARK: Data for the script

    /// What the script needs: entities, relations with their index, documents.
    func dataValue() -> JSONWriter.Value {
        let entities: [JSONWriter.Value] = graph.entities.map { entity in
            .object([("id", .string(entity.id)), ("name", .string(entity.name)), ("type", .string(entity.type.rawValue)),
                     ("aliases", .array(entity.aliases.map(JSONWriter.Value.string))), ("mentions", .int(entity.mentions))])
        }
        let relations: [JSONWriter.Value] = graph.relations.map { relation in
            var members: [(String, JSONWriter.Value)] = [
                ("source", .string(relation.source)), ("type", .string(relation.type.rawValue)),
                ("label", .string(relation.type.label)), ("target", .string(relation.target)),
                ("symmetric", .bool(relation.type.isSymmetric)), ("support", .int(relation.support)),
                ("modality", .string(relation.modality.rawValue)),
            ]
            if let weight = relation.weight { members.append(("weight", .double(weight))) }
            members.append(("evidence", .array(relation.evidence.map { item in
                .object([("document", .string(item.document)), ("text", .string(InterchangeText.collapsingWhitespace(item.text)))])
            })))
            return .object(members)
        }
        let documents: [JSONWriter.Value] = graph.documents.map { document in
            .object([("id", .string(document.id)), ("cite", .string(citation(document.id)))])
        }
        return .object([("entities", .array(entities)), ("relations", .array(relations)), ("documents", .array(documents))])
    }

    /// JSON made safe inside `<script>`: no `<`, `>` or `&` can end the element or start markup.
    static func scriptSafeJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// Graphviz's SVG without its XML declaration, DOCTYPE and leading comments, which have no
    /// place inside HTML; scripts in it, which Graphviz never writes, are removed.
    static func inlineSVG(_ svg: String) -> String {
        var text = svg
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        while let open = text.range(of: "<script", options: .caseInsensitive) {
            let close = text.range(of: "</script>", options: .caseInsensitive, range: open.upperBound..<text.endIndex)
            text.removeSubrange(open.lowerBound..<(close?.upperBound ?? text.endIndex))
        }
        return text
    }

    // MARK: Style and script

    static let css = """
    :root{--ink:#1d232a;--muted:#66707a;--line:#d9dee3;--accent:#c0392b;--bg:#fafbfc}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
    header{padding:16px 24px;border-bottom:1px solid var(--line);background:#fff}
    h1{margin:0;font-size:22px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 6px;text-transform:capitalize}
    .summary,.muted{color:var(--muted)}
    .layout{display:flex;gap:16px;padding:16px 24px;align-items:flex-start}
    #diagram{flex:1 1 auto;min-width:0;overflow:auto;max-height:80vh;background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px}
    #diagram svg{max-width:100%;height:auto}
    #diagram g.node,#diagram g.edge{cursor:pointer}
    #diagram g.selected path,#diagram g.selected polygon,#diagram g.selected ellipse{stroke:var(--accent);stroke-width:3}
    #diagram g.node:focus{outline:none}
    #panel{flex:0 0 360px;position:sticky;top:16px;max-height:80vh;overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
    #panel h2{margin-top:0}
    main{padding:0 24px 32px}
    table{border-collapse:collapse;width:100%;background:#fff}
    th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
    th{font-weight:600;background:#f1f3f5}
    table.numbers td:nth-child(n+4),table.numbers th:nth-child(n+4),td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    ul.evidence{margin:0;padding-left:18px}
    q{font-style:italic}cite{color:var(--muted);font-style:normal;font-size:13px}
    .type{font-size:12px;padding:1px 6px;border-radius:8px;background:#eef1f4;white-space:nowrap}
    .modality,.unasserted{color:var(--muted)}
    a.entity{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
    .rel{margin:10px 0;padding-top:8px;border-top:1px solid var(--line)}
    @media (max-width:900px){.layout{flex-direction:column}#panel{position:static;flex-basis:auto;width:100%}}
    """

    /// The interaction: resolve what was clicked, fill the panel with DOM nodes (textContent
    /// only, never innerHTML, so data cannot inject markup).
    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("newsgraph-data").textContent);
      var entities = {}, documents = {};
      data.entities.forEach(function (e) { entities[e.id] = e; });
      data.documents.forEach(function (d) { documents[d.id] = d; });
      var panel = document.getElementById("panel");
      var diagram = document.getElementById("diagram");

      function el(tag, text, cls) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) node.textContent = text;
        if (cls) node.className = cls;
        return node;
      }
      function nameOf(id) { return entities[id] ? entities[id].name : id; }

      function relationBlock(index) {
        var r = data.relations[index];
        var box = el("div", null, "rel");
        var head = el("p");
        head.appendChild(el("strong", nameOf(r.source)));
        head.appendChild(document.createTextNode(" " + r.label + (r.symmetric ? " \u2194 " : " \u2192 ")));
        head.appendChild(el("strong", nameOf(r.target)));
        var facts = "support " + r.support;
        if (r.modality !== "asserted") facts += ", " + r.modality;
        if (r.weight !== undefined) facts += ", weight " + r.weight;
        head.appendChild(el("span", " (" + facts + ")", "muted"));
        box.appendChild(head);
        if (r.evidence.length === 0) {
          box.appendChild(el("p", "Imported; no sentence.", "muted"));
        } else {
          var list = el("ul", null, "evidence");
          r.evidence.forEach(function (item) {
            var li = el("li");
            li.appendChild(el("q", item.text));
            var doc = documents[item.document];
            li.appendChild(document.createTextNode(" "));
            li.appendChild(el("cite", doc ? doc.cite : item.document));
            list.appendChild(li);
          });
          box.appendChild(list);
        }
        return box;
      }

      function show(heading, subtitle, indices) {
        panel.textContent = "";
        panel.appendChild(el("h2", heading));
        if (subtitle) panel.appendChild(el("p", subtitle, "muted"));
        if (indices.length === 0) panel.appendChild(el("p", "No relations.", "muted"));
        indices.forEach(function (i) { panel.appendChild(relationBlock(i)); });
      }

      function showEntity(id) {
        var e = entities[id];
        if (!e) return;
        var indices = [];
        data.relations.forEach(function (r, i) { if (r.source === id || r.target === id) indices.push(i); });
        var sub = e.type.replace(/_/g, " ") + " \u00b7 " + e.mentions + " mentions";
        if (e.aliases.length) sub += " \u00b7 also " + e.aliases.join(", ");
        show(e.name, sub, indices);
        select(findNode(id));
      }

      function showRelations(indices) {
        if (indices.length === 0) return;
        var r = data.relations[indices[0]];
        show(nameOf(r.source) + " \u2013 " + nameOf(r.target), indices.length + (indices.length === 1 ? " relation" : " relations"), indices);
      }

      function titleOf(g) {
        for (var c = g.firstElementChild; c; c = c.nextElementSibling) {
          if (c.tagName.toLowerCase() === "title") return c.textContent.trim();
        }
        return "";
      }

      function entityOf(g) {
        var id = g.getAttribute("id") || "";
        if (id.indexOf("node-") === 0 && entities[id.slice(5)]) return id.slice(5);
        if (id.indexOf("entity-") === 0 && entities[id.slice(7)]) return id.slice(7);
        var t = titleOf(g);
        return entities[t] ? t : null;
      }

      function relationsBetween(title) {
        var found = [];
        data.relations.forEach(function (r, i) {
          if (title === r.source + "->" + r.target || title === r.source + "--" + r.target || title === r.target + "--" + r.source ||
              (r.symmetric && title === r.target + "->" + r.source)) found.push(i);
        });
        return found;
      }

      function relationsOf(g) {
        var id = g.getAttribute("id") || "", t = titleOf(g);
        if (id.indexOf("relation-") === 0) {
          var exact = [];
          data.relations.forEach(function (r, i) { if (id === "relation-" + r.source + "-" + r.type + "-" + r.target) exact.push(i); });
          if (exact.length) return exact;
        }
        var m = /^edge-(\d+)$/.exec(id);
        if (m) {
          var i = Number(m[1]), r = data.relations[i];
          if (r && (!t || relationsBetween(t).indexOf(i) >= 0)) return [i];
        }
        return t ? relationsBetween(t) : [];
      }

      function findNode(id) {
        if (!diagram) return null;
        var nodes = diagram.querySelectorAll("g.node");
        for (var k = 0; k < nodes.length; k++) if (entityOf(nodes[k]) === id) return nodes[k];
        return null;
      }

      var selected = null;
      function select(g) {
        if (selected) selected.classList.remove("selected");
        selected = g;
        if (g) g.classList.add("selected");
      }

      function activate(g) {
        if (g.classList.contains("node")) {
          var id = entityOf(g);
          if (id) showEntity(id);
        } else {
          var indices = relationsOf(g);
          if (indices.length) { showRelations(indices); select(g); }
        }
      }

      if (diagram) {
        diagram.addEventListener("click", function (event) {
          var g = event.target.closest ? event.target.closest("g.node, g.edge") : null;
          if (g) activate(g);
        });
        Array.prototype.forEach.call(diagram.querySelectorAll("g.node, g.edge"), function (g) {
          g.setAttribute("tabindex", "0");
          g.addEventListener("keydown", function (event) {
            if (event.key === "Enter" || event.key === " ") { event.preventDefault(); activate(g); }
          });
        });
      }
      document.addEventListener("click", function (event) {
        var a = event.target.closest ? event.target.closest("a.entity") : null;
        if (!a) return;
        event.preventDefault();
        showEntity(a.getAttribute("data-entity"));
        panel.scrollIntoView({block: "nearest"});
      });
    })();
    """#
}
