#!/usr/bin/env python3
"""In-process rendering (libgvc) against the `dot -Tsvg` command, on the same graphs.

For each graph the script asks *our* command for the styled graph as DOT once (untimed), then
times, interleaved in the same run, our command drawing SVG and `dot -Tsvg` drawing that DOT
(whose `layout` attribute names the same engine, so both do the same layout). It prints the
median wall time of each and the ratio ours / dot. Target: ratio <= 1.0.

Our command is a template, because the CLI is not fixed yet:
  {graph}  the graph JSON      {out}  the output file      {format}  svg (timed) or dot (export)

Example:
  Benchmarks/rendering/bench.py \
      --ours '.build/release/newsgraph render {graph} -o {out} --format {format}'

Graphs: `sahel` (29 entities, 43 relations, the Sahel test graph) and `generated-1000`
(1,000 entities, 1,500 relations, preferential attachment, fixed seed); add your own with
--graph path.json (repeatable).
"""
import argparse
import json
import os
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

SAHEL_ENTITIES = [
    ("Russia", "state"), ("United States", "state"), ("Niger", "state"), ("Mali", "state"),
    ("Burkina Faso", "state"), ("France", "state"), ("Chad", "state"), ("Germany", "state"),
    ("Ukraine", "state"), ("Alliance of Sahel States", "alliance"), ("ECOWAS", "alliance"),
    ("Air Base 101", "base"), ("Air Base 201", "base"), ("Niamey", "city"), ("Agadez", "city"),
    ("N'Djamena", "city"), ("Lloyd Austin", "person"), ("Abdourahamane Tiani", "person"),
    ("Assimi Goita", "person"), ("Ibrahim Traore", "person"), ("Sabrina Singh", "person"),
    ("Vladimir Putin", "person"), ("Pentagon", "organization"),
    ("Russian Defense Ministry", "organization"), ("Africa Corps", "military_unit"),
    ("Wagner Group", "armed_group"), ("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group"),
    ("Sahel", "region"), ("CNN", "media"),
]
SAHEL_RELATIONS = [
    ("Russia", "stationed_at", "Air Base 101", 2, "asserted"),
    ("United States", "stationed_at", "Air Base 101", 3, "asserted"),
    ("Air Base 101", "located_in", "Niamey", 1, "asserted"),
    ("Niamey", "located_in", "Niger", 1, "asserted"),
    ("Air Base 201", "located_in", "Agadez", 1, "asserted"),
    ("Agadez", "located_in", "Niger", 1, "asserted"),
    ("United States", "stationed_at", "Air Base 201", 2, "asserted"),
    ("Niger", "demands_withdrawal_of", "United States", 3, "asserted"),
    ("United States", "withdraws_from", "Niger", 2, "asserted"),
    ("Russia", "deployed_to", "Niger", 2, "asserted"),
    ("Africa Corps", "deployed_to", "Niger", 1, "asserted"),
    ("Africa Corps", "part_of", "Russian Defense Ministry", 1, "asserted"),
    ("Niger", "member_of", "Alliance of Sahel States", 2, "asserted"),
    ("Mali", "member_of", "Alliance of Sahel States", 2, "asserted"),
    ("Burkina Faso", "member_of", "Alliance of Sahel States", 2, "asserted"),
    ("Niger", "leaves", "ECOWAS", 1, "asserted"),
    ("Mali", "leaves", "ECOWAS", 1, "asserted"),
    ("Burkina Faso", "leaves", "ECOWAS", 1, "asserted"),
    ("ECOWAS", "sanctions", "Niger", 2, "asserted"),
    ("Abdourahamane Tiani", "leads", "Niger", 2, "asserted"),
    ("Abdourahamane Tiani", "seized_power_in", "Niger", 1, "asserted"),
    ("Assimi Goita", "leads", "Mali", 1, "asserted"),
    ("Ibrahim Traore", "leads", "Burkina Faso", 1, "asserted"),
    ("Lloyd Austin", "leads", "Pentagon", 1, "asserted"),
    ("Pentagon", "part_of", "United States", 1, "asserted"),
    ("Sabrina Singh", "spokesperson_for", "Pentagon", 2, "asserted"),
    ("Lloyd Austin", "meets", "Abdourahamane Tiani", 1, "hedged"),
    ("Vladimir Putin", "leads", "Russia", 1, "asserted"),
    ("Vladimir Putin", "meets", "Abdourahamane Tiani", 1, "asserted"),
    ("Russia", "cooperates_with", "Niger", 2, "asserted"),
    ("Russia", "signs_agreement_with", "Niger", 1, "hedged"),
    ("France", "withdraws_from", "Mali", 1, "asserted"),
    ("Niger", "expels", "France", 1, "asserted"),
    ("France", "deployed_to", "Chad", 1, "asserted"),
    ("France", "stationed_at", "N'Djamena", 1, "asserted"),
    ("Chad", "demands_withdrawal_of", "France", 1, "asserted"),
    ("Wagner Group", "supports", "Mali", 2, "asserted"),
    ("Wagner Group", "deployed_to", "Niger", 1, "negated"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "attacks", "Burkina Faso", 1, "asserted"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "located_in", "Sahel", 1, "asserted"),
    ("Germany", "withdraws_from", "Niger", 1, "asserted"),
    ("Ukraine", "fights", "Russia", 1, "asserted"),
    ("CNN", "accuses", "Russia", 1, "hedged"),
]
SYMMETRIC = {"allied_with", "cooperates_with", "meets", "fights", "signs_agreement_with"}


def slug(name):
    out, pending = "", False
    for ch in name.lower():
        if ch in "'.":
            continue
        if ch.isascii() and ch.isalnum():
            if pending and out:
                out += "-"
            pending = False
            out += ch
        else:
            pending = True
    return out


def evidence(n):
    return [{"document": f"d{j + 1}", "start": 0, "end": 1, "text": "sentence", "rule": "bench"}
            for j in range(n)]


def graph_json(entities, relations):
    return {"format": "newsgraph", "version": 1,
            "documents": [{"id": f"d{j + 1}", "source": f"doc{j + 1}.txt"} for j in range(3)],
            "entities": entities, "relations": relations}


def sahel_graph():
    entities = [{"id": slug(n), "name": n, "type": t, "aliases": [], "mentions": 1}
                for n, t in SAHEL_ENTITIES]
    relations = []
    for s, r, t, support, modality in SAHEL_RELATIONS:
        rel = {"source": slug(s), "type": r, "target": slug(t), "evidence": evidence(support)}
        if modality != "asserted":
            rel["modality"] = modality
        relations.append(rel)
    return graph_json(entities, relations)


def generated_graph(n=1000, m=1500, seed=7):
    rng = random.Random(seed)
    types = (["state"] * 3 + ["person"] * 4 + ["organization"] * 2 + ["city"] * 2
             + ["base", "military_unit", "armed_group", "media", "region", "alliance"])
    rtypes = ["deployed_to", "stationed_at", "member_of", "leads", "meets", "supports", "accuses",
              "attacks", "located_in", "cooperates_with", "visits", "sanctions"]
    words = ["North", "Alpha", "Sahel", "River", "Group", "Coast"]
    entities = [{"id": f"e{i}", "name": f"Entity {i} {rng.choice(words)}", "type": rng.choice(types),
                 "aliases": [], "mentions": 1} for i in range(n)]
    degree = [1] * n
    relations = {}
    while len(relations) < m:
        a = rng.randrange(n)
        b = rng.choices(range(n), weights=degree)[0]
        if a == b:
            continue
        r = rng.choice(rtypes)
        key = (min(a, b), r, max(a, b)) if r in SYMMETRIC else (a, r, b)
        if key in relations:
            continue
        degree[a] += 1
        degree[b] += 1
        relations[key] = {"source": f"e{a}", "type": r, "target": f"e{b}",
                          "evidence": evidence(rng.choice([1, 1, 1, 2, 3]))}
    return graph_json(entities, list(relations.values()))


def run(template, **values):
    command = template.format(**{k: shlex.quote(v) for k, v in values.items()})
    start = time.perf_counter()
    done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {command}\n{done.stderr.decode(errors='replace')}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ours", required=True,
                        help="our command; placeholders {graph}, {out}, {format}")
    parser.add_argument("--ours-startup", default=None,
                        help="optional: a command of ours that does no rendering (e.g. 'newsgraph --version'), "
                             "timed too, to show how much of our time is process start-up")
    parser.add_argument("--dot", default="dot", help="the Graphviz command (default: dot)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per side (default 7)")
    parser.add_argument("--graph", action="append", default=[],
                        help="extra graph JSON to time (repeatable)")
    parser.add_argument("--only-extra", action="store_true", help="skip the built-in graphs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as work:
        graphs = []
        if not args.only_extra:
            for name, data in (("sahel", sahel_graph()), ("generated-1000", generated_graph())):
                path = os.path.join(work, name + ".json")
                with open(path, "w") as f:
                    json.dump(data, f)
                graphs.append((name, path, len(data["entities"]), len(data["relations"])))
        for path in args.graph:
            with open(path) as f:
                data = json.load(f)
            graphs.append((os.path.basename(path), path, len(data["entities"]), len(data["relations"])))

        startup = None
        if args.ours_startup:
            run(args.ours_startup)
            startup = statistics.median(run(args.ours_startup) for _ in range(args.runs))
        version = subprocess.run([args.dot, "-V"], capture_output=True, text=True).stderr.strip()
        print(f"{version}; {args.runs} runs per side, interleaved; wall-clock medians")
        print(f"{'graph':<22}{'entities':>9}{'relations':>10}{'engine':>8}{'ours (s)':>11}{'dot (s)':>10}{'ratio':>8}")
        worst = 0.0
        for name, path, n, m in graphs:
            dot_file = os.path.join(work, name + ".dot")
            run(args.ours, graph=path, out=dot_file, format="dot")
            with open(dot_file) as f:
                text = f.read()
            engine = text.split("layout=", 1)[1].split()[0].strip(",;]\"") if "layout=" in text else "dot"
            svg_ours = os.path.join(work, name + ".ours.svg")
            svg_dot = os.path.join(work, name + ".dot.svg")
            dot_template = shlex.quote(args.dot) + " -Tsvg {graph} -o {out}"
            run(args.ours, graph=path, out=svg_ours, format="svg")   # warm-up (page cache, fonts)
            run(dot_template, graph=dot_file, out=svg_dot)
            ours, theirs = [], []
            for _ in range(args.runs):
                ours.append(run(args.ours, graph=path, out=svg_ours, format="svg"))
                theirs.append(run(dot_template, graph=dot_file, out=svg_dot))
            a, b = statistics.median(ours), statistics.median(theirs)
            worst = max(worst, a / b)
            print(f"{name:<22}{n:>9}{m:>10}{engine:>8}{a:>11.3f}{b:>10.3f}{a / b:>7.2f}x")
        if startup is not None:
            print(f"our process start-up alone (no rendering): {startup:.3f} s median")
        print(f"worst ratio {worst:.2f}x (target <= 1.00x): {'met' if worst <= 1.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
