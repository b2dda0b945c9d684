#!/usr/bin/env bash
# Extract over a large generated corpus with a release build: peak memory and throughput.
#
#   Benchmarks/corpus/run.sh [N] [CORPUS_FOLDER] [SCRATCH]
#
# N files (default 20000) are generated into CORPUS_FOLDER (default /tmp/corpus<N>) from the
# sentences of examples/, then `newsgraph extract` runs on them under /usr/bin/time -v. Prints
# peak RSS, wall time, files/s and words/s. SCRATCH is the SwiftPM scratch folder (.build).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-20000}
corpus=${2:-/tmp/corpus$((n / 1000))k}
scratch=${3:-.build}
if [ ! -d "$corpus" ]; then
    python3 Benchmarks/corpus/generate.py "$corpus" "$n"
fi
swift build -c release --scratch-path "$scratch" --product newsgraph >&2
files=$(find "$corpus" -name '*.txt' | wc -l)
words=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -w)
log=$(mktemp)
/usr/bin/time -v "$scratch/release/newsgraph" extract "$corpus" -o /tmp/corpus-graph.json 2> "$log"
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
user=$(awk -F': ' '/User time/ {print $2}' "$log")
system=$(awk -F': ' '/System time/ {print $2}' "$log")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
seconds=$(python3 -c "
p='$wall'.split(':'); s=0.0
for x in p: s = s*60 + float(x)
print(s)")
python3 - <<PY
files, words, seconds, peak, cpu = $files, $words, $seconds, $peak_kb, $user + $system
print(f"files: {files}  words: {words}")
print(f"wall: {seconds:.1f} s  peak RSS: {peak / 1024:.0f} MB")
print(f"throughput: {files / seconds:.0f} files/s, {words / seconds:.0f} words/s (wall clock)")
print(f"CPU time: {cpu:.1f} s, {files / cpu:.0f} files/s, {words / cpu:.0f} words/s per CPU second (one core)")
PY
ls -l /tmp/corpus-graph.json
rm -f "$log"
