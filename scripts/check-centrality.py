#!/usr/bin/env python3
"""Checks `newsgraph centrality` against networkx from the outside, on graphs the tests never saw.

For a few random graphs (undirected and directed, weighted and not, seeded), writes an edge list,
runs `newsgraph import --edgelist` and `newsgraph centrality --measure all --format json`, and
compares every measure with networkx's default, printing the largest difference per measure.

usage: scripts/check-centrality.py [--newsgraph PATH] [--seed N]
"""
import argparse, json, math, os, random, subprocess, sys, tempfile
import networkx as nx

MEASURES = {
    "degree": lambda g, w: nx.degree_centrality(g),
    "in_degree": lambda g, w: nx.in_degree_centrality(g) if g.is_directed() else None,
    "out_degree": lambda g, w: nx.out_degree_centrality(g) if g.is_directed() else None,
    "closeness": lambda g, w: nx.closeness_centrality(g, distance=w),
    "harmonic": lambda g, w: nx.harmonic_centrality(g, distance=w),
    "betweenness": lambda g, w: nx.betweenness_centrality(g, weight=w),
    "eigenvector": lambda g, w: nx.eigenvector_centrality(g, weight=w),
    "katz": lambda g, w: nx.katz_centrality(g, weight=w),
    "pagerank": lambda g, w: nx.pagerank(g, weight=w),
    "hits_hub": lambda g, w: nx.hits(g)[0],
    "hits_authority": lambda g, w: nx.hits(g)[1],
    "core_number": lambda g, w: nx.core_number(g),
}


def graphs(seed):
    rng = random.Random(seed)
    out = []
    for directed in (False, True):
        for weighted in (False, True):
            n = rng.randint(30, 80)
            g = nx.gnm_random_graph(n, rng.randint(2 * n, 4 * n), seed=rng.randint(0, 10**6), directed=directed)
            g.remove_edges_from(nx.selfloop_edges(g))
            # An edge list cannot carry isolated nodes: compare the graph it describes.
            g.remove_nodes_from([v for v in list(g.nodes()) if g.degree(v) == 0])
            if weighted:
                for u, v in g.edges():
                    g[u][v]["weight"] = round(rng.uniform(0.5, 5.0), 3)
            out.append((g, directed, weighted))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--newsgraph", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "newsgraph"))
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    worst_overall = 0.0
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        for k, (g, directed, weighted) in enumerate(graphs(args.seed)):
            edges = os.path.join(work, f"g{k}.txt")
            with open(edges, "w") as f:
                for u, v, d in g.edges(data=True):
                    f.write(f"{u} {v} {d['weight']}\n" if weighted else f"{u} {v}\n")
            gjson = os.path.join(work, f"g{k}.json")
            flags = ["--directed"] if directed else []
            subprocess.run([args.newsgraph, "import", "--edgelist", edges, "-o", gjson] + flags, check=True)
            cmd = [args.newsgraph, "centrality", gjson, "--measure", "all", "--format", "json"] + flags + (["--weighted"] if weighted else [])
            ours = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            values = {e["name"]: e for e in ours["entities"]}
            w = "weight" if weighted else None
            label = f"graph {k}: n={g.number_of_nodes()} m={g.number_of_edges()} {'directed' if directed else 'undirected'} {'weighted' if weighted else 'unweighted'}"
            print(label)
            for name, fn in MEASURES.items():
                try:
                    want = fn(g, w)
                except Exception as e:  # networkx itself gives no answer (e.g. no convergence)
                    print(f"  {name:15s} networkx: {type(e).__name__}")
                    continue
                if want is None:
                    continue
                got = [values.get(str(node), {}).get(name) for node in g.nodes()]
                if any(x is None for x in got):
                    print(f"  {name:15s} MISSING in our output")
                    failures += 1
                    continue
                diff = max(abs(float(values[str(node)][name]) - float(want[node])) for node in g.nodes())
                worst_overall = max(worst_overall, diff)
                flag = "" if diff <= 1e-6 else "   <-- over 1e-6"
                failures += diff > 1e-6
                print(f"  {name:15s} max |ours - networkx| = {diff:.2e}{flag}")
    print(f"largest difference: {worst_overall:.2e}; measures over 1e-6: {failures}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
