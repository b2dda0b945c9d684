#!/usr/bin/env bash
# Builds a libFuzzer target from Fuzz/ and runs it for a given time.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#
# TARGET: extractor (text → graph), graph-json (GraphFormat.read) or csv (CSVTriplesReader).
#
# How it is built: the library modules are compiled by SwiftPM into their own scratch folder
# (.build-fuzz) with coverage instrumentation and AddressSanitizer (-sanitize=fuzzer,address on
# every Swift module; nothing is linked there), then the entry file Fuzz/<Target>Fuzz.swift is
# compiled and linked against those objects with libFuzzer's main. The entry files are not a
# SwiftPM target: their @_cdecl("LLVMFuzzerTestOneInput") would break `swift test`.
#
# The corpus lives in .build-fuzz/corpus/<target> (kept between runs), seeded from examples/;
# crashing inputs are written to .build-fuzz/crashes/<target>/. Environment: FUZZ_CONFIG
# (release or debug; default release).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh extractor|graph-json|csv SECONDS [libFuzzer options…]}
seconds=${2:?usage: scripts/fuzz.sh extractor|graph-json|csv SECONDS [libFuzzer options…]}
shift 2
config=${FUZZ_CONFIG:-release}
scratch=.build-fuzz

case "$target" in
    extractor)  entry=Fuzz/ExtractorFuzz.swift;  module=Extraction ;;
    graph-json) entry=Fuzz/GraphJSONFuzz.swift;  module=NewsGraph ;;
    csv)        entry=Fuzz/CSVImportFuzz.swift;  module=NewsGraph ;;
    *) echo "fuzz.sh: unknown target '$target' (extractor, graph-json, csv)" >&2; exit 2 ;;
esac

# 1. The library modules, instrumented (the Extraction target pulls in NewsGraph and the rest).
swift build --scratch-path "$scratch" -c "$config" --target "$module" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
bin="$scratch/$config"

# 2. The fuzzer: the entry file + every library object (no executables, no tests). A Swift
# module's objects are those its output file map lists: the scratch folder keeps the object of a
# source file that was since renamed or deleted, and linking it too defines its symbols twice.
objects=()
for dir in "$bin"/*.build; do
    name=$(basename "$dir" .build)
    case "$name" in newsgraph|*Tests|*PackageTests|*PackageDiscoveredTests) continue ;; esac
    map="$dir/output-file-map.json"
    while IFS= read -r -d '' o; do
        if [ -f "$map" ] && ! grep -qF "\"$(realpath "$o")\"" "$map"; then continue; fi
        objects+=("$o")
    done < <(find "$dir" -name '*.o' -print0)
done
modulemaps=()
while IFS= read -r -d '' m; do modulemaps+=(-Xcc "-fmodule-map-file=$m"); done \
    < <(find "$bin" -maxdepth 2 -name module.modulemap -print0)
includes=()
for inc in "$scratch"/checkouts/*/Sources/*/include; do [ -d "$inc" ] && includes+=(-Xcc "-I$inc"); done
optimize=-O
[ "$config" = debug ] && optimize=-Onone
exe="$scratch/fuzz-$target"
swiftc -sanitize=fuzzer,address -parse-as-library $optimize -g -module-name "Fuzz_${target//-/_}" \
    -I "$bin/Modules" "${modulemaps[@]}" "${includes[@]}" \
    "$entry" "${objects[@]}" -o "$exe" >&2

# 3. The corpus, seeded from the examples.
corpus="$scratch/corpus/$target"
crashes="$scratch/crashes/$target"
mkdir -p "$corpus" "$crashes"
case "$target" in
    extractor)
        find examples -name '*.txt' -exec cp {} "$corpus/" \; ;;
    graph-json)
        # Graphs the extractor makes from the examples (when the tool is built), and the gold files.
        for json in examples/*/gold/*.json examples/*/*/gold/*.json; do
            [ -f "$json" ] && cp "$json" "$corpus/gold-$(basename "$(dirname "$(dirname "$json")")")-$(basename "$json")"
        done
        for tool in .build-hard/release/newsgraph .build-hard/debug/newsgraph .build/debug/newsgraph; do
            if [ -x "$tool" ]; then
                for folder in examples/niger-air-base examples/sahel-eval/dev; do
                    "$tool" extract "$folder" -o "$corpus/extracted-$(basename "$folder").json" 2>/dev/null || true
                done
                break
            fi
        done
        printf '{"format": "newsgraph", "version": 1, "documents": [{"id": "d1", "source": "a.txt"}], "entities": [{"id": "a", "name": "A", "type": "state", "aliases": ["Ay"], "mentions": 2}, {"id": "b", "name": "B", "type": "city"}], "relations": [{"source": "a", "type": "located_in", "target": "b", "weight": 2, "evidence": [{"document": "d1", "start": 0, "end": 5, "text": "A in B", "rule": "r"}]}]}\n' > "$corpus/small.json" ;;
    csv)
        # First byte: options (bit 0 strict, bit 1 undirected); then the CSV.
        printf '\x00source,relation,target\nRussia,deployed_to,Air Base 101\nNiger,expels,United States\n' > "$corpus/plain.csv"
        printf '\x01source,relation,target,weight,source_type,target_type\n"Russia, the state",Deployed To,"Air ""Base"" 101",2.5,state,base\n' > "$corpus/quoted.csv"
        printf '\x02\xef\xbb\xbfTarget;Source\r\nA,B\r\n\r\nC,"D\nE"\r\n' > "$corpus/bom.csv" ;;
esac

# 4. Run. -max_len: news articles are a few kB; the JSON and CSV readers get up to 64 kB.
max_len=16384
[ "$target" = extractor ] || max_len=65536
export NEWSGRAPH_LEXICON="$PWD/Sources/Extraction/Resources/lexicon"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$exe" "$corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$@"
