#!/usr/bin/env bash
# Differential test of Canonical XML 1.0 output against libxml2's xmllint.
#
# For every applicable xmlconf test document that Lignum's parser accepts (as listed by
# `lignum-conformance --list-files`), runs `xmllint --c14n FILE` and `lignum lint --c14n FILE`;
# where both exit 0, the outputs must be byte-identical. Known differences (libxml2 bugs, or
# documents where the two disagree on purpose) are listed in conformance/expected/c14n-differences.txt
# as `ID  # reason`; a mismatch not listed there fails the run.
#
#   scripts/differential-c14n.sh [--verbose]
#
# LIGNUM_SUITES: folder holding xmlconf/ (default: ../shared/suites).
# LIGNUM_BIN: folder with the built `lignum` and `lignum-conformance` (default: .build/release,
#             else .build/debug).
# Skips (exit 0) when xmllint is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

verbose=0
[ "${1:-}" = "--verbose" ] && verbose=1
export LIGNUM_SUITES="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
known_file=conformance/expected/c14n-differences.txt

if ! command -v xmllint >/dev/null; then
  echo "differential-c14n: xmllint not installed; skipped"
  exit 0
fi
bin="${LIGNUM_BIN:-}"
if [ -z "$bin" ]; then
  for candidate in .build/release .build/debug; do
    if [ -x "$candidate/lignum" ] && [ -x "$candidate/lignum-conformance" ]; then bin=$candidate; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin/lignum" ] || [ ! -x "$bin/lignum-conformance" ]; then
  echo "differential-c14n: build lignum and lignum-conformance first (or set LIGNUM_BIN)" >&2
  exit 2
fi

declare -A known=()
if [ -f "$known_file" ]; then
  while IFS= read -r line; do
    id="${line%%#*}"; id="${id//[[:space:]]/}"
    [ -n "$id" ] && known[$id]="${line#*#}"
  done < "$known_file"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin/lignum-conformance" --list-files > "$work/files"

total=0 both=0 identical=0 known_diff=0 new_diff=0 only_xmllint=0 only_lignum=0 neither=0
declare -A still_differs=()
while IFS=$'\t' read -r id file; do
  total=$((total + 1))
  xrc=0; lrc=0
  timeout 60 xmllint --c14n "$file" > "$work/x" 2>/dev/null || xrc=$?
  timeout 60 "$bin/lignum" lint --c14n "$file" > "$work/l" 2>"$work/lerr" || lrc=$?
  if [ "$xrc" -ne 0 ] && [ "$lrc" -ne 0 ]; then neither=$((neither + 1)); continue; fi
  if [ "$xrc" -ne 0 ]; then
    only_lignum=$((only_lignum + 1))
    [ "$verbose" -eq 1 ] && echo "only lignum accepts: $id ($file; xmllint exit $xrc)"
    continue
  fi
  if [ "$lrc" -ne 0 ]; then
    only_xmllint=$((only_xmllint + 1))
    [ "$verbose" -eq 1 ] && echo "only xmllint accepts: $id ($file; lignum exit $lrc: $(head -c 200 "$work/lerr"))"
    continue
  fi
  both=$((both + 1))
  if cmp -s "$work/x" "$work/l"; then
    identical=$((identical + 1))
    continue
  fi
  where=$(cmp "$work/x" "$work/l" 2>&1 | head -1 || true)
  if [ -n "${known[$id]+set}" ]; then
    known_diff=$((known_diff + 1)); still_differs[$id]=1
    [ "$verbose" -eq 1 ] && echo "known difference: $id:${known[$id]}"
  else
    new_diff=$((new_diff + 1))
    echo "MISMATCH $id ($file): $where"
    if [ "$verbose" -eq 1 ]; then diff <(od -c "$work/x") <(od -c "$work/l") | head -20 || true; fi
  fi
done < "$work/files"

stale=0
for id in "${!known[@]}"; do
  if [ -z "${still_differs[$id]+set}" ]; then
    stale=$((stale + 1))
    echo "note: listed difference no longer seen (identical, or not both accepted): $id"
  fi
done

echo "differential-c14n: $total documents; both accept $both: identical $identical, known differences $known_diff, new mismatches $new_diff"
echo "differential-c14n: only xmllint accepts $only_xmllint, only lignum accepts $only_lignum, neither $neither; stale list entries $stale"
[ "$new_diff" -eq 0 ]
