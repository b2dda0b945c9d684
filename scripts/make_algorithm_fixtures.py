#!/usr/bin/env python3
"""Writes the networkx reference fixtures for the GraphAlgorithms tests.

Each fixture is one graph variant (directed or not, weighted or not) with its
edge list and the values networkx 3.x computes with default arguments for
every measure the Swift module implements. The Swift tests rebuild the graph
from the edge list and compare node by node within 1e-6.

Usage: python3 scripts/make_algorithm_fixtures.py [OUTDIR]
(default OUTDIR: Tests/GraphAlgorithmsTests/Fixtures). Deterministic: every
random choice uses a fixed seed.
"""
import itertools
import json
import math
import os
import random
import sys

import networkx as nx
import numpy as np

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "Tests", "GraphAlgorithmsTests", "Fixtures")


def relabel(G):
    """Maps nodes to 0..n-1 in sorted order of their labels' string form."""
    order = sorted(G.nodes(), key=lambda x: (str(type(x)), x))
    mapping = {v: i for i, v in enumerate(order)}
    H = nx.relabel_nodes(G, mapping)
    K = G.__class__()
    K.add_nodes_from(range(len(order)))
    K.add_edges_from(H.edges(data=True))
    return K


def node_list(d, n):
    return [float(d[i]) for i in range(n)]


def try_measure(f):
    try:
        return f()
    except nx.PowerIterationFailedConvergence:
        return "failedToConverge"
    except nx.NetworkXNotImplemented:
        return "notDefined"


def hits_if_unique(G, weighted):
    """networkx hits is only well defined when the top singular value is simple."""
    n = len(G)
    if G.number_of_edges() == 0:
        return None
    A = nx.to_numpy_array(G, nodelist=range(n), weight="weight" if weighted else None)
    s = np.linalg.svd(A, compute_uv=False)
    if len(s) > 1 and s[0] - s[1] < 1e-3 * s[0]:
        return None
    h, a = nx.hits(G)
    return {"hubs": node_list(h, n), "authorities": node_list(a, n)}


def describe(name, G, weighted, pairs):
    n = len(G)
    directed = G.is_directed()
    w = "weight" if weighted else None
    if not weighted:
        for _, _, d in G.edges(data=True):
            d.pop("weight", None)
    m = {}
    m["degree"] = node_list(nx.degree_centrality(G), n)
    if directed:
        m["in_degree"] = node_list(nx.in_degree_centrality(G), n)
        m["out_degree"] = node_list(nx.out_degree_centrality(G), n)
    m["closeness"] = node_list(nx.closeness_centrality(G, distance=w), n)
    m["harmonic"] = node_list(nx.harmonic_centrality(G, distance=w), n)
    m["betweenness"] = node_list(nx.betweenness_centrality(G, weight=w), n)
    m["betweenness_unnormalized"] = node_list(nx.betweenness_centrality(G, weight=w, normalized=False), n)
    eb = nx.edge_betweenness_centrality(G, weight=w)
    m["edge_betweenness"] = [[u, v, float(x)] for (u, v), x in eb.items()]
    ev = try_measure(lambda: nx.eigenvector_centrality(G, weight=w))
    m["eigenvector"] = ev if isinstance(ev, str) else node_list(ev, n)
    kz = try_measure(lambda: nx.katz_centrality(G, weight=w))
    m["katz"] = kz if isinstance(kz, str) else node_list(kz, n)
    m["pagerank"] = node_list(nx.pagerank(G, weight=w), n)
    seeds = sorted({0, n // 2})
    m["pagerank_personalized"] = {
        "seeds": seeds,
        "values": node_list(nx.pagerank(G, weight=w, personalization={s: 1 for s in seeds}), n),
    }
    m["hits"] = hits_if_unique(G, weighted)
    cn = try_measure(lambda: nx.core_number(G))
    m["core_number"] = cn if isinstance(cn, str) else [cn[i] for i in range(n)]
    comps = nx.weakly_connected_components(G) if directed else nx.connected_components(G)
    m["components"] = sorted(sorted(c) for c in comps)
    # Modularity of fixed partitions: the components, and networkx's Louvain.
    louv = nx.community.louvain_communities(G, weight=w, seed=7) if G.number_of_edges() else [set(G)]
    parts = {"components": m["components"], "louvain_nx": sorted(sorted(c) for c in louv)}
    m["modularity"] = (
        [{"partition": p, "value": float(nx.community.modularity(G, p, weight=w))} for p in parts.values()]
        if G.number_of_edges() else [])
    # Paths.
    sp = nx.single_source_dijkstra_path_length(G, 0, weight=w) if weighted else \
        nx.single_source_shortest_path_length(G, 0)
    m["distances_from_0"] = [float(sp[i]) if i in sp else None for i in range(n)]
    path_cases = []
    for s, t in pairs:
        case = {"source": s, "target": t}
        if nx.has_path(G, s, t):
            case["distance"] = float(nx.shortest_path_length(G, s, t, weight=w))
            case["all_shortest"] = sorted(nx.all_shortest_paths(G, s, t, weight=w))
            ks = list(itertools.islice(nx.shortest_simple_paths(G, s, t, weight=w), 6))
            cost = (lambda p: nx.path_weight(G, p, "weight")) if weighted else (lambda p: len(p) - 1)
            case["k_shortest_costs"] = [float(cost(p)) for p in ks]
            case["simple_paths_cutoff_3"] = sorted(nx.all_simple_paths(G, s, t, cutoff=3))
        else:
            case["distance"] = None
        path_cases.append(case)
    m["paths"] = path_cases
    edges = [[u, v, float(d.get("weight", 1.0))] for u, v, d in G.edges(data=True)]
    return {"name": name, "n": n, "directed": directed, "weighted": weighted,
            "edges": edges, "measures": m}


def variants():
    rng = random.Random(2024)
    K = relabel(nx.karate_club_graph())            # has integer 'weight' attributes
    yield "karate", K, [(0, 33), (5, 26)]
    Kd = nx.DiGraph()
    Kd.add_nodes_from(K)
    for u, v, d in K.edges(data=True):
        r = rng.random()
        if r < 0.45:
            Kd.add_edge(u, v, **d)
        elif r < 0.9:
            Kd.add_edge(v, u, **d)
        else:
            Kd.add_edge(u, v, **d)
            Kd.add_edge(v, u, **d)
    yield "karate_directed", Kd, [(0, 33), (33, 0)]
    F = relabel(nx.florentine_families_graph())
    for u, v in F.edges():
        F[u][v]["weight"] = float(rng.randint(1, 4))
    yield "florentine", F, [(0, 14), (2, 9)]
    D = nx.gnp_random_graph(40, 0.12, seed=11, directed=True)
    wr = random.Random(5)
    for u, v in D.edges():
        D[u][v]["weight"] = round(wr.uniform(0.5, 5.0), 3)
    yield "random_directed", D, [(0, 39), (3, 17)]
    Dis = nx.Graph()
    Dis.add_nodes_from(range(12))
    Dis.add_weighted_edges_from([(0, 1, 1.0), (1, 2, 2.0), (2, 3, 1.0), (3, 0, 3.0), (1, 3, 1.5),
                                 (4, 5, 1.0), (5, 6, 1.0), (6, 4, 2.0), (7, 8, 1.0), (8, 9, 0.5),
                                 (9, 10, 2.5)])
    yield "disconnected", Dis, [(0, 2), (0, 5), (7, 10)]
    DisD = nx.DiGraph()
    DisD.add_nodes_from(range(12))
    DisD.add_edges_from(Dis.edges(data=True))
    yield "disconnected_directed", DisD, [(0, 3), (7, 10)]
    S = nx.Graph()
    S.add_nodes_from(range(7))
    S.add_weighted_edges_from([(0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (2, 2, 1.0), (2, 3, 4.0),
                               (3, 4, 1.0), (4, 4, 2.0)])
    yield "selfloop_isolated", S, [(0, 4), (0, 5)]
    Sd = nx.DiGraph()
    Sd.add_nodes_from(range(7))
    Sd.add_weighted_edges_from([(0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (2, 2, 1.0), (2, 3, 4.0),
                                (3, 4, 1.0), (4, 4, 2.0), (4, 3, 0.5)])
    yield "selfloop_isolated_directed", Sd, [(0, 4), (4, 0)]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, G, pairs in variants():
        for weighted in (False, True):
            H = G.copy()
            full = f"{name}_{'weighted' if weighted else 'unweighted'}"
            fx = describe(full, H, weighted, pairs)
            with open(os.path.join(OUT, full + ".json"), "w") as f:
                json.dump(fx, f, separators=(",", ":"))
            print("wrote", full, "n =", fx["n"], "m =", len(fx["edges"]))


if __name__ == "__main__":
    main()
