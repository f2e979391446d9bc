#!/usr/bin/env bash
# Builds lignum-jaxen in release mode and runs it over the Jaxen XPath suite.
#
#   scripts/run-jaxen.sh [runner options…]     e.g. --verbose, --update-baseline
#
# LIGNUM_SUITES: folder holding jaxen-xpath/ (default: ../shared/suites beside the repository).
# LIGNUM_SCRATCH_PATH: SwiftPM scratch folder (default: .build).
set -euo pipefail
cd "$(dirname "$0")/.."

export LIGNUM_SUITES="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
scratch="${LIGNUM_SCRATCH_PATH:-.build}"

swift build -c release --scratch-path "$scratch" --product lignum-jaxen
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
timeout "${LIGNUM_CONFORMANCE_TIMEOUT:-600}" "$bin/lignum-jaxen" "$@"
