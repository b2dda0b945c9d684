#!/usr/bin/env bash
# Sets up (including the browser and Python packages the tests use) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --for-tests
swift build --build-tests
swift test --skip-build "$@"
