#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/*
 * Header-only helpers for GraphvizRendering. A system-library target cannot compile .c files,
 * so everything here is `static inline`. They exist for three reasons:
 *  - cgraph takes `char *` where it means `const char *`; Swift strings bridge to `const char *`
 *    only, and the casts are safer written once here than at every call site;
 *  - `Agdirected` is a mutable C global, which Swift 6 strict concurrency refuses to read;
 *  - HTML-like labels need `agstrdup_html` followed by `agstrfree` around the set.
 */

static inline Agraph_t *ngv_open_directed(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}

static inline Agraph_t *ngv_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

static inline Agnode_t *ngv_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agedge_t *ngv_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head, const char *name) {
    return agedge(g, tail, head, (char *)name, 1);
}

/* Declares `name` for every object of `kind` (AGRAPH, AGNODE, AGEDGE) with a default value. */
static inline int ngv_declare(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value) != NULL ? 0 : -1;
}

/* Sets an attribute on a graph, subgraph, node or edge, declaring it (default "") if needed. */
static inline int ngv_set(void *obj, const char *name, const char *value) {
    return agsafeset(obj, (char *)name, (char *)value, "");
}

/* Same, for an HTML-like label: the value is interned as an HTML string first. */
static inline int ngv_set_html(Agraph_t *root, void *obj, const char *name, const char *value) {
    char *html = agstrdup_html(root, (char *)value);
    int rc = agsafeset(obj, (char *)name, html, "");
    agstrfree(root, html);
    return rc;
}

static inline int ngv_kind_graph(void) { return AGRAPH; }
static inline int ngv_kind_node(void) { return AGNODE; }
static inline int ngv_kind_edge(void) { return AGEDGE; }

#endif
