#!/usr/bin/env bash
# Differential test of DTD validation diagnostics against libxml2's xmllint.
#
# For Examples/*.xml and the xmlconf valid and invalid documents of the xmltest, sun and ibm
# suites, runs `xmllint MODE --noout FILE` and `lignum lint MODE --noout FILE` for MODE in
# --valid and --postvalid, and compares the exit status and every "validity error" line
# (file, line, element, message). Known differences (libxml2 bugs, facts the tokenizer does not
# report yet) are listed in conformance/expected/validity-differences.txt as
# `MODE PATH  # reason`; a mismatch not listed there fails the run, and so does a listed one
# that no longer differs (the list only shrinks).
#
#   scripts/differential-validity.sh [--verbose] [--update]
#
# LIGNUM_SUITES: folder holding xmlconf/ (default: ../shared/suites).
# LIGNUM_BIN: folder with the built `lignum` (default: .build/release, else .build/debug).
# Skips (exit 0) when xmllint is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

verbose=0
update=0
for arg in "$@"; do
  case "$arg" in
    --verbose) verbose=1 ;;
    --update) update=1 ;;
    *) echo "usage: $0 [--verbose] [--update]" >&2; exit 2 ;;
  esac
done
export LIGNUM_SUITES="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
known_file=conformance/expected/validity-differences.txt

if ! command -v xmllint >/dev/null; then
  echo "differential-validity: xmllint not installed; skipped"
  exit 0
fi
bin="${LIGNUM_BIN:-}"
if [ -z "$bin" ]; then
  for candidate in .build/release .build/debug; do
    if [ -x "$candidate/lignum" ]; then bin=$candidate; break; fi
  done
fi
if [ -z "$bin" ] || [ ! -x "$bin/lignum" ]; then
  echo "differential-validity: build lignum first (or set LIGNUM_BIN)" >&2
  exit 2
fi

declare -A known=()
if [ -f "$known_file" ]; then
  while IFS= read -r line; do
    line="${line%%#*}"
    read -r mode path _ <<<"$line" || true
    [ -n "${path:-}" ] && known["$mode $path"]=1
  done <"$known_file"
fi

xmlconf="$LIGNUM_SUITES/xmlconf"
files=(Examples/*.xml)
if [ -d "$xmlconf" ]; then
  while IFS= read -r f; do files+=("$f"); done < <(
    cd "$xmlconf" && ls xmltest/valid/*/*.xml xmltest/invalid/*.xml xmltest/invalid/*/*.xml \
      sun/valid/*.xml sun/invalid/*.xml ibm/valid/P*/*.xml ibm/invalid/P*/*.xml 2>/dev/null | sed "s|^|$xmlconf/|")
fi

# Validity lines only: warnings and parser errors are compared elsewhere. Paths are printed
# relative to the suite so the list does not depend on where it lives.
validity_lines() { grep -a "validity error" | sed "s|$xmlconf/||g" || true; }
# run DIR FILE OUT COMMAND…: runs COMMAND… --noout FILE in DIR, output to OUT; prints the status.
run() {
  local dir=$1 base=$2 out=$3
  shift 3
  set +e
  (cd "$dir" && "$@" --noout "$base") >"$out" 2>&1
  local status=$?
  set -e
  echo "$status"
}
bin="$(cd "$bin" && pwd)"
tmp="$(mktemp)"
trap 'rm -f "$tmp" "$tmp.x" "$tmp.l"' EXIT

same=0
differ=0
new=()
fixed=()
updated=()
for mode in --valid --postvalid; do
  for f in "${files[@]}"; do
    name="${f#"$xmlconf/"}"
    dir="$(dirname "$f")"
    base="$(basename "$f")"
    expected_status=$(run "$dir" "$base" "$tmp.x" xmllint "$mode")
    actual_status=$(run "$dir" "$base" "$tmp.l" "$bin/lignum" lint "$mode")
    expected="$(validity_lines <"$tmp.x")"
    actual="$(validity_lines <"$tmp.l")"
    key="$mode $name"
    if [ "$expected" = "$actual" ] && [ "$expected_status" = "$actual_status" ]; then
      same=$((same + 1))
      [ -n "${known[$key]:-}" ] && fixed+=("$key")
      continue
    fi
    differ=$((differ + 1))
    updated+=("$key")
    if [ -z "${known[$key]:-}" ]; then
      new+=("$key")
      echo "DIFF $key (status xmllint $expected_status, lignum $actual_status)"
      diff <(echo "$expected") <(echo "$actual") | head -10 || true
    elif [ "$verbose" = 1 ]; then
      echo "known $key"
    fi
  done
done

echo "differential-validity: $same identical, $differ different (${#new[@]} not in $known_file, ${#fixed[@]} listed but now identical)"
if [ "$update" = 1 ]; then
  {
    echo "# Documents whose validity diagnostics (lines and exit status) differ from xmllint's, per mode."
    echo "# scripts/differential-validity.sh fails on a difference not listed here and on a listed"
    echo "# one that no longer differs. Reasons are written by hand; --update keeps them."
    for key in "${updated[@]}"; do
      reason="$(grep -F -e "$key " "$known_file" 2>/dev/null | head -1 | sed 's/^[^#]*#//' || true)"
      echo "$key  #${reason:- (reason not yet written)}"
    done
  } >"$known_file.new"
  mv "$known_file.new" "$known_file"
  echo "differential-validity: wrote ${#updated[@]} entries to $known_file"
  exit 0
fi
for key in "${fixed[@]}"; do echo "  now identical (remove it from the list): $key"; done
[ ${#new[@]} -eq 0 ] && [ ${#fixed[@]} -eq 0 ]
