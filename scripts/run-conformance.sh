#!/usr/bin/env bash
# Builds lignum-conformance in release mode and runs it over the W3C XML Conformance Test Suite.
#
#   scripts/run-conformance.sh [runner options…]     e.g. --verbose, --filter ibm, --update-baseline
#
# LIGNUM_SUITES: folder holding xmlconf/ (default: ../shared/suites beside the repository).
# LIGNUM_SCRATCH_PATH: SwiftPM scratch folder (default: .build).
# LIGNUM_CONFORMANCE_TIMEOUT: seconds before a hung run counts as a failure (default: 1800).
set -euo pipefail
cd "$(dirname "$0")/.."

export LIGNUM_SUITES="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
scratch="${LIGNUM_SCRATCH_PATH:-.build}"

swift build -c release --scratch-path "$scratch" --product lignum-conformance
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"

# The runner parses one document at a time in-process; the timeout turns a tokenizer hang into a
# failed run instead of a stuck CI job (rerun with --verbose to see which test hung).
status=0
timeout "${LIGNUM_CONFORMANCE_TIMEOUT:-1800}" "$bin/lignum-conformance" "$@" || status=$?
if [ "$status" -eq 124 ]; then
  echo "run-conformance: timed out; rerun with --verbose to see the test that hangs" >&2
fi
exit "$status"
