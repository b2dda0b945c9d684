#!/usr/bin/env bash
# Sets up, builds, and analyzes the bundled example corpus into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.build/release/newsgraph analyze -o out "$@"
