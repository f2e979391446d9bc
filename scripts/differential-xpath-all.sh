#!/usr/bin/env bash
# The XPath differential test (scripts/differential-xpath.sh) on every xmlconf document and every
# Jaxen document, split over one process per core. Prints each part's summary and the new
# differences; fails when a part fails.
#
#   LIGNUM_BIN=.build/release scripts/differential-xpath-all.sh [PARTS]
#
# About 75 minutes of CPU time (libxml2 is slow on a few large documents); the 36 documents CI
# runs are the default set of differential-xpath.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

suites="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
export LIGNUM_SUITES="$suites"
parts="${1:-$(nproc)}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

{ ls "$suites"/jaxen-xpath/xml/*.xml; find "$suites/xmlconf" -name '*.xml' | LC_ALL=C sort; } >"$tmp/docs"
pids=()
for ((p = 0; p < parts; p++)); do
  awk -v p="$p" -v n="$parts" 'NR % n == p' "$tmp/docs" | tr '\n' ' ' >"$tmp/files$p"
  LIGNUM_XPATH_FILES="$(cat "$tmp/files$p")" bash scripts/differential-xpath.sh >"$tmp/out$p" 2>&1 &
  pids+=($!)
done
status=0
for ((p = 0; p < parts; p++)); do
  wait "${pids[$p]}" || status=1
  echo "== part $((p + 1)) of $parts"
  grep -v '^differential-xpath: batch program checked' "$tmp/out$p" || true
done
exit $status
