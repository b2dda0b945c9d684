#!/usr/bin/env bash
# Our side of Benchmarks/algorithms/bench.py, through the real command line:
#   newsgraph-cli.sh EDGELIST MEASURE OUT [--directed]
# imports the edge list, computes the measure, and writes one value per node (nodes 0..n-1) to
# OUT so the driver can check the answer. The time it reports is the whole command's: import,
# JSON and process start included.
set -euo pipefail
newsgraph=${NEWSGRAPH:-"$(dirname "$0")/../../.build/release/newsgraph"}
edges=$1 measure=$2 out=$3 directed=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$measure" in
    betweenness_k100) args=(--measure betweenness --samples 100 --seed 1); name=betweenness ;;
    *) args=(--measure "$measure"); name=$measure ;;
esac
"$newsgraph" import --edgelist "$edges" $directed -o "$work/g.json"
"$newsgraph" centrality "$work/g.json" "${args[@]}" $directed --format json > "$work/c.json"
python3 - "$work/c.json" "$name" "$out" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
values = {e["name"]: e[sys.argv[2]] for e in data["entities"]}
with open(sys.argv[3], "w") as f:
    for i in range(len(values)):
        f.write(f"{values.get(str(i), 0.0)!r}\n")
PY
