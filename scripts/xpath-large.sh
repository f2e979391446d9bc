#!/usr/bin/env bash
# `//x` on a 10,000,000-node document and on a 1,000,000-deep one, through a release build of
# `lignum lint --xpath` (too slow for `swift test`): each must finish, without a stack overflow,
# within LIGNUM_XPATH_LARGE_TIMEOUT seconds (default 300), and give the right count. Prints the
# wall time of each run and of a plain parse of the same file, so that the XPath part can be read
# off (linear time: count(//x) costs a few times the parse, not the square of it).
#
#   LIGNUM_BIN=.build/release scripts/xpath-large.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${LIGNUM_BIN:-.build/release}/lignum"
limit="${LIGNUM_XPATH_LARGE_TIMEOUT:-300}"
[ -x "$bin" ] || { echo "xpath-large: no $bin (build lignum first)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 10,000,000 nodes under the root element: 5,000,000 <x> elements, each with a text child.
python3 -c '
import sys
w = sys.stdout.write
w("<r>")
chunk = "<x>t</x>" * 10000
for _ in range(500): w(chunk)
w("</r>\n")' > "$tmp/wide.xml"
# 1,000,000 nested <x> elements.
python3 -c '
import sys
n = 1000000
sys.stdout.write("<x>" * n + "</x>" * n + "\n")' > "$tmp/deep.xml"

status=0
check() {  # NAME FILE EXPECTED ARGS…
  local name=$1 file=$2 expected=$3; shift 3
  local start=$SECONDS out
  timeout "$limit" "$bin" lint --noout "$@" "$file" || { echo "xpath-large: $name: parse failed" >&2; status=1; return; }
  local parse=$((SECONDS - start))
  start=$SECONDS
  if ! out=$(timeout "$limit" "$bin" lint "$@" --xpath 'count(//x)' --xpath-format json "$file"); then
    echo "xpath-large: $name: count(//x) failed or took more than $limit s" >&2; status=1; return
  fi
  local both=$((SECONDS - start))
  start=$SECONDS
  local bytes
  if ! bytes=$(timeout "$limit" "$bin" lint "$@" --xpath '(//x)[last()]' "$file" | wc -c); then
    echo "xpath-large: $name: (//x)[last()] failed" >&2; status=1; return
  fi
  local last=$((SECONDS - start))
  if [ "$out" != "$expected" ]; then echo "xpath-large: $name: count(//x) = $out, expected $expected" >&2; status=1; fi
  echo "xpath-large: $name: parse ${parse} s, parse + count(//x) ${both} s ($out), parse + (//x)[last()] ${last} s"
}
check "10,000,000 nodes" "$tmp/wide.xml" '{"type":"number","value":"5000000"}'
check "1,000,000 deep" "$tmp/deep.xml" '{"type":"number","value":"1000000"}' --huge
exit $status
