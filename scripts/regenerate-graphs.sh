#!/usr/bin/env bash
# Regenerates graphs/ (the example corpus's graph, rankings, drawings and report) from
# examples/niger-air-base with the current build. Run it after changing the extractor, the
# lexicon, the analysis or the renderer: a test fails while graphs/ is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product newsgraph >/dev/null
.build/release/newsgraph analyze -o graphs
