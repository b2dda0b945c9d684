#!/usr/bin/env python3
"""Times GraphAlgorithms against igraph, NetworKit and networkx on the same graphs.

In one run it generates the edge lists (fixed seeds), times each library's
kernel (graph construction excluded: only the measure is timed), and prints
the median of --repeats runs and the ratio ours / theirs.

Our side is an external command, so the lead can plug in the CLI:

    python3 Benchmarks/algorithms/bench.py \\
        --ours "newsgraph-bench-wrapper {edgelist} {measure} --out {out}"

Placeholders: {edgelist} (whitespace-separated "u v" lines, nodes 0..n-1),
{measure} (betweenness, pagerank, closeness, components, betweenness_k100),
{directed} ("--directed" or empty) and optionally {out}. If the command prints
a line containing `compute_seconds=X`, X is taken as its time (so parsing and
graph building are excluded like for the other libraries); otherwise the
command's whole wall time is used and the table says "wall". If {out} is used,
the command must write one value per node (one per line) there, and the
driver reports the largest difference from the reference values (networkx's
when it ran, else igraph's normalized betweenness), so speed is never
reported for wrong answers.

For the newsgraph CLI the command would look like:
    sh -c 'newsgraph import --edgelist {edgelist} -o /tmp/g.json &&
           newsgraph centrality /tmp/g.json --measure {measure} --format json'
(wall time then includes JSON import/export).

Graphs: Barabási–Albert n=20,000 m=3 (seed 42), ~60k edges; and
Barabási–Albert n=200,000 m=5 (seed 7), ~1,000,000 edges. networkx is only
run where it finishes in reasonable time (not betweenness/closeness on
either graph; use --networkx-slow to force it on the 20k graph).
"""
import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

import igraph as ig
import networkit as nk
import networkx as nx
import numpy as np


def write_edgelist(G, path):
    with open(path, "w") as f:
        for u, v in G.edges():
            f.write(f"{u} {v}\n")


def timed(fn, repeats):
    times, result = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def run_ours(template, edgelist, measure, directed, repeats, n):
    out = tempfile.NamedTemporaryFile(suffix=".txt", delete=False).name
    cmd = template.format(edgelist=edgelist, measure=measure, out=out,
                          directed="--directed" if directed else "")
    times, kind = [], "compute"
    for _ in range(repeats):
        t = time.perf_counter()
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        wall = time.perf_counter() - t
        if proc.returncode != 0:
            print(f"  ours failed ({proc.returncode}): {proc.stderr.strip()[:300]}", file=sys.stderr)
            return None, None, None
        m = re.search(r"compute_seconds=([0-9.eE+-]+)", proc.stdout)
        if m:
            times.append(float(m.group(1)))
        else:
            times.append(wall)
            kind = "wall"
    values = None
    if "{out}" in template and os.path.exists(out):
        with open(out) as f:
            values = np.array([float(x) for x in f.read().split()])
        os.unlink(out)
    return statistics.median(times), kind, values


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", help="command template for our implementation (see above)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="NetworKit threads (our side uses all cores)")
    ap.add_argument("--only", help="comma-separated measures to run")
    ap.add_argument("--skip-large", action="store_true", help="skip the 1M-edge graph")
    ap.add_argument("--networkx-slow", action="store_true")
    ap.add_argument("--workdir", default=tempfile.gettempdir())
    args = ap.parse_args()
    nk.setNumberOfThreads(args.threads)
    nk.engineering.setLogLevel("ERROR") if hasattr(nk, "engineering") else None

    graphs = [("BA n=20k m=3", 20_000, 3, 42)]
    if not args.skip_large:
        graphs.append(("BA n=200k m=5 (~1M edges)", 200_000, 5, 7))
    rows = []
    for label, n, m, seed in graphs:
        G = nx.barabasi_albert_graph(n, m, seed=seed)
        path = os.path.join(args.workdir, f"bench_ba_{n}_{m}_{seed}.txt")
        write_edgelist(G, path)
        edges = list(G.edges())
        print(f"{label}: n={G.number_of_nodes()} m={G.number_of_edges()} edgelist={path}", flush=True)
        gi = ig.Graph(n=n, edges=edges, directed=False)
        gk = nk.Graph(n, weighted=False, directed=False)
        for u, v in edges:
            gk.addEdge(u, v)
        large = n > 50_000
        norm = (n - 1) * (n - 2) / 2
        measures = {
            "betweenness": {
                "igraph": lambda: np.array(gi.betweenness(directed=False)) / norm,
                "networkit": lambda: np.array(nk.centrality.Betweenness(gk, normalized=True).run().scores()),
                "networkx": (lambda: nx.betweenness_centrality(G)) if args.networkx_slow and not large else None,
            },
            "pagerank": {
                "igraph": lambda: np.array(gi.pagerank(damping=0.85)),
                "networkit": lambda: np.array(_nk_pagerank(gk)),
                "networkx": lambda: nx.pagerank(G),
            },
            "closeness": {
                "igraph": lambda: np.array(gi.closeness()),
                "networkit": lambda: np.array(nk.centrality.Closeness(gk, True, nk.centrality.ClosenessVariant.GENERALIZED).run().scores()),
                "networkx": (lambda: nx.closeness_centrality(G)) if args.networkx_slow and not large else None,
            },
            "components": {
                "igraph": lambda: gi.connected_components().membership,
                "networkit": lambda: nk.components.ConnectedComponents(gk).run().getPartition(),
                "networkx": lambda: list(nx.connected_components(G)),
            },
        }
        if large:
            for k in ("betweenness", "closeness"):
                del measures[k]   # O(n·m): hours for every library on 1M edges
        if args.only:
            keep = set(args.only.split(","))
            measures = {k: v for k, v in measures.items() if k in keep}
        for measure, libs in measures.items():
            result = {"graph": label, "measure": measure}
            reference = None
            for lib, fn in libs.items():
                if fn is None:
                    result[lib] = None
                    continue
                reps = 1 if (lib == "networkx" or (measure in ("betweenness", "closeness") and lib == "igraph")) \
                    else args.repeats
                if lib == "igraph" and measure == "betweenness":
                    reps = min(args.repeats, 3)
                t, values = timed(fn, reps)
                result[lib] = t
                # Reference values for the correctness check: networkx's own
                # definition, else igraph's (same definition for betweenness).
                if measure in ("betweenness", "pagerank") and lib in ("igraph", "networkx"):
                    reference = np.array([values[i] for i in range(n)]) if isinstance(values, dict) \
                        else np.array(values)
                print(f"  {measure:12s} {lib:9s} {t:9.3f} s (median of {reps})", flush=True)
            if args.ours:
                t, kind, values = run_ours(args.ours, path, measure, False, args.repeats, n)
                result["ours"], result["kind"] = t, kind
                if values is not None and reference is not None and len(values) == len(reference):
                    result["maxdiff"] = float(np.max(np.abs(values - reference)))
                if t is not None:
                    print(f"  {measure:12s} {'ours':9s} {t:9.3f} s ({kind}, median of {args.repeats})"
                          + (f" max|diff| vs reference {result['maxdiff']:.2e}" if "maxdiff" in result else ""),
                          flush=True)
            rows.append(result)

    print()
    header = f"{'graph':28s} {'measure':12s} {'ours':>9s} {'igraph':>9s} {'networkit':>9s} {'networkx':>9s}" \
             f" {'ours/ig':>8s} {'ours/nk':>8s} {'ours/nx':>8s}"
    print(header)
    print("-" * len(header))
    fmt = lambda x: f"{x:9.3f}" if isinstance(x, float) else f"{'-':>9s}"
    ratio = lambda a, b: f"{a / b:8.2f}" if isinstance(a, float) and isinstance(b, float) and b > 0 else f"{'-':>8s}"
    for r in rows:
        ours = r.get("ours")
        print(f"{r['graph']:28s} {r['measure']:12s} {fmt(ours)} {fmt(r.get('igraph'))} {fmt(r.get('networkit'))}"
              f" {fmt(r.get('networkx'))} {ratio(ours, r.get('igraph'))} {ratio(ours, r.get('networkit'))}"
              f" {ratio(ours, r.get('networkx'))}")
    print("\nTimes in seconds, median of runs; measure only (graph construction excluded where the"
          " command reports compute_seconds). NetworKit threads:", args.threads)


def _nk_pagerank(g):
    pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-6)
    pr.run()
    return pr.scores()


if __name__ == "__main__":
    main()
