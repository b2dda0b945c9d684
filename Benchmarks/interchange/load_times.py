"""Times how long networkx, igraph and Python's csv module take to open NewsGraph exports.

Usage: python3 load_times.py DIR
DIR holds graph.graphml, graph.gexf, graph.json and neo4j/{nodes,relationships}.csv, as
written by the opt-in benchmark test with NEWSGRAPH_BENCH_OUT=DIR (see README.md).
Any warning from a reader is turned into an error.
"""
import csv
import json
import os
import sys
import time
import warnings

warnings.simplefilter("error")
import igraph  # noqa: E402
import networkx as nx  # noqa: E402


def timed(name, load):
    start = time.perf_counter()
    nodes, edges = load()
    print(f"{name:28s} {time.perf_counter() - start:6.2f} s  {nodes} nodes, {edges} edges")


def node_link():
    with open(os.path.join(d, "graph.json"), encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f))
    return G.number_of_nodes(), G.number_of_edges()


def neo4j_csv():
    counts = []
    for name in ("nodes.csv", "relationships.csv"):
        with open(os.path.join(d, "neo4j", name), newline="", encoding="utf-8") as f:
            counts.append(sum(1 for _ in csv.DictReader(f)))
    return tuple(counts)


d = sys.argv[1]
G = None
timed("networkx read_graphml", lambda: (lambda G: (G.number_of_nodes(), G.number_of_edges()))(
    nx.read_graphml(os.path.join(d, "graph.graphml"), force_multigraph=True)))
timed("igraph Read_GraphML", lambda: (lambda g: (g.vcount(), g.ecount()))(
    igraph.Graph.Read_GraphML(os.path.join(d, "graph.graphml"))))
timed("networkx read_gexf", lambda: (lambda G: (G.number_of_nodes(), G.number_of_edges()))(
    nx.read_gexf(os.path.join(d, "graph.gexf"))))
timed("networkx node_link_graph", node_link)
timed("csv (Neo4j files)", neo4j_csv)
