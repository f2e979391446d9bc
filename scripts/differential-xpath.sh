#!/usr/bin/env bash
# Differential test: `lignum lint --xpath EXPR FILE` against `xmllint --xpath EXPR FILE` (stdout and
# exit status) for a generated set of expressions covering every axis, node test and core function,
# on the Jaxen suite's documents and the xmlconf documents of xmltest/valid/sa (LIGNUM_XPATH_ALL=1:
# every xmlconf document both parse).
#
#   LIGNUM_BIN=.build/release scripts/differential-xpath.sh [-v]      (-v: every new difference, progress)
#
# Known libxml2 differences are listed in conformance/expected/xpath-differences.txt as
# `DOC|EXPR  # reason` (DOC `*` for every document; a leading `?` when xmllint's answer varies
# from run to run). The run fails on an unlisted difference and on a listed one that no longer
# differs (when its document ran). LIGNUM_XPATH_DOCS limits the number
# of xmlconf documents; LIGNUM_XPATH_FILES names the documents instead (to split a full run).
set -euo pipefail
cd "$(dirname "$0")/.."

suites="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
bin="${LIGNUM_BIN:-.build/release}/lignum"
known_file=conformance/expected/xpath-differences.txt
verbose="${1:-}"
command -v xmllint >/dev/null || { echo "differential-xpath: xmllint not installed; skipped"; exit 0; }
[ -x "$bin" ] || { echo "differential-xpath: no $bin (build lignum first)" >&2; exit 2; }

# ---- expressions -------------------------------------------------------------------------------
exprs=()
axes="ancestor ancestor-or-self attribute child descendant descendant-or-self following following-sibling
      namespace parent preceding preceding-sibling self"
for axis in $axes; do
  for test in '*' 'node()' 'text()' 'comment()' 'processing-instruction()'; do
    exprs+=("count(//*[1]/$axis::$test)")
  done
  exprs+=("//*[2]/$axis::node()[1]" "//*[last()]/$axis::*[last()]" "name(//*[3]/$axis::*[2])")
done
exprs+=(
  "/" "/*" "//*" "//node()" "//text()" "//comment()" "//processing-instruction()" "//@*" "//*/@*[1]"
  "/*/*[1]" "/*/*[last()]" "//*[position() = 2]" "//*[position() < 3][last()]" "(//*)[5]" "(//*)[last()]"
  "(//node())[position() mod 2 = 0]" "//*[@*]" "//*[not(*)]" "//*[text()]" "//*[count(*) > 1]"
  "//*[*][1]" "//*[2][1]" "(//*[2])[1]" "//*[.//*]" "//*/.." "//*/../.." "//@*/.." "//*/self::*"
  "/descendant::*[3]" "/descendant::node()[7]" "//*[1]/following::*[1]" "//*[last()]/preceding::*[1]"
  "//*[1] | //*[2]" "//*[2] | //*[1]" "//@* | //*[1]" "(//*[1] | //text())[last()]"
  "count(//*)" "count(//@*)" "count(//text())" "count(//node())" "count(/)" "count(//*[@*])"
  "last()" "position()" "count(//*[last()])" "count(//*[position()=last()])"
  "local-name(/*)" "local-name(//*[2])" "local-name(//@*)" "local-name()" "local-name(//processing-instruction())"
  "namespace-uri(/*)" "namespace-uri(//*[2])" "namespace-uri(//@*)" "name(/*)" "name(//*[2])" "name(//@*)"
  "name()" "name(//processing-instruction())" "id('a')" "id('a b c')" "count(id(//@*))" "id(//*[1])"
  "string(/)" "string(/*)" "string(//*[2])" "string(//@*)" "string(//text())" "string(//comment())"
  "string(//processing-instruction())" "string()" "string(1)" "string(-1)" "string(0)" "string(1 div 0)"
  "string(-1 div 0)" "string(0 div 0)" "string(true())" "string(false())" "string(12345678)"
  "concat(name(/*), '-', count(//*))" "concat('a', 'b', 'c', 'd')" "concat(//*[1], //text())"
  "starts-with(name(/*), substring(name(/*), 1, 1))" "starts-with('abc', 'b')" "starts-with('', '')"
  "contains(string(/), 'a')" "contains('abc', '')" "contains('', 'x')"
  "substring-before('a/b/c', '/')" "substring-before(name(/*), 'e')" "substring-before('abc', '')"
  "substring-after('a/b/c', '/')" "substring-after(name(/*), 'e')" "substring-after('abc', 'x')"
  "substring('12345', 2)" "substring('12345', 2, 3)" "substring('12345', 1.5, 2.6)" "substring('12345', 0, 3)"
  "substring('12345', 0 div 0, 3)" "substring('12345', -42, 1 div 0)" "substring(name(/*), 2)"
  "string-length('')" "string-length('abc')" "string-length(name(/*))" "string-length()" "string-length(/)"
  "normalize-space('  a  b  ')" "normalize-space(/)" "normalize-space()" "normalize-space(//text())"
  "translate('abc', 'b', 'B')" "translate('abcabc', 'abc', 'x')" "translate(name(/*), 'aeiou', 'AEIOU')"
  "boolean(/)" "boolean(//zzz)" "boolean('')" "boolean('x')" "boolean(0)" "boolean(0 div 0)" "boolean(-1)"
  "not(//*)" "not(0)" "true()" "false()" "true() and false()" "true() or false()" "1 and //*"
  "lang('en')" "count(//*[lang('en')])" "count(//*[lang('fr')])"
  "number('12')" "number(' 12 ')" "number('1.5')" "number('.5')" "number('abc')" "number('')" "number(true())"
  "number(//@*)" "number()" "sum(//@*[number(.) = number(.)])" "sum(//zzz)" "count(//*[number(.) = number(.)])"
  "floor(1.5)" "floor(-1.5)" "floor(0)" "ceiling(1.5)" "ceiling(-1.5)" "round(1.5)" "round(-1.5)" "round(2.5)"
  "round(-0.2)" "floor(0 div 0)" "round(1 div 0)"
  "1 + 2" "5 - 7" "2 * 3" "7 div 2" "7 mod 3" "-7 mod 3" "7 mod -3" "-(3)" "- - 3" "1 div 0" "-1 div 0" "0 div 0"
  "1 = 1" "1 != 1" "1 < 2" "2 <= 1" "2 > 1" "1 >= 1" "'a' = 'a'" "'a' != 'b'" "1 = '1'" "true() = 1"
  "//* = //*" "//* != //*" "//*[1] = 'x'" "//@* = //@*" "//@* < 5" "5 > //@*" "count(//*) > 3"
  "//* = true()" "//zzz = false()" "//zzz = ''" "//zzz != ''" "(1 + 2) * 3" "1 + 2 * 3" "8 div 4 div 2"
  "3 - 2 - 1" "1 < 2 < 3" "3 > 2 > 1" "1 = 2 = 0" "1e3" "number('1e3')" "number('-')"
)

# ---- documents ---------------------------------------------------------------------------------
# LIGNUM_XPATH_FILES="F…": these documents only (to split a full run into parallel parts).
docs=()
[ -z "${LIGNUM_XPATH_FILES:-}" ] && for f in "$suites"/jaxen-xpath/xml/*.xml; do docs+=("$f"); done
# LIGNUM_XPATH_DOCS=N: N documents spread evenly over the folder (every k-th); unset or 0: all.
# LIGNUM_XPATH_ALL=1: every xmlconf document instead of xmltest/valid/sa.
if [ "${LIGNUM_XPATH_ALL:-0}" = 1 ]; then
  mapfile -t xmlconf < <(find "$suites/xmlconf" -name '*.xml' | LC_ALL=C sort)
else
  xmlconf=("$suites"/xmlconf/xmltest/valid/sa/*.xml)
fi
step=1
if [ -n "${LIGNUM_XPATH_DOCS:-}" ] && [ "$LIGNUM_XPATH_DOCS" -gt 0 ] && [ "$LIGNUM_XPATH_DOCS" -lt "${#xmlconf[@]}" ]; then
  step=$(( ${#xmlconf[@]} / LIGNUM_XPATH_DOCS ))
fi
[ -n "${LIGNUM_XPATH_FILES:-}" ] && xmlconf=()
read -r -a listed_files <<< "${LIGNUM_XPATH_FILES:-}"
docs+=("${listed_files[@]}")
for ((i = 0; i < ${#xmlconf[@]}; i += step)); do
  [ "${LIGNUM_XPATH_DOCS:-0}" -gt 0 ] && [ $(( i / step )) -ge "$LIGNUM_XPATH_DOCS" ] && break
  docs+=("${xmlconf[$i]}")
done

# ---- run ---------------------------------------------------------------------------------------
declare -A known=() seen=() ran=() flaky=()
if [ -f "$known_file" ]; then
  while IFS= read -r line; do
    case "$line" in '#'*|'') continue ;; esac
    key="${line%%  #*}"
    # `?DOC|EXPR`: xmllint's output varies from run to run; never reported as no longer different.
    if [ "${key#\?}" != "$key" ]; then key="${key#\?}"; flaky["$key"]=1; fi
    known["$key"]=1
  done < "$known_file"
fi
same=0; differ=0; listed=0; skipped=0; new=(); slow=()
xmllint_limit="${LIGNUM_XPATH_XMLLINT_TIMEOUT:-10}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# One difference: listed (by document or for every document) or new.
record_difference() {  # REL EXPR XMLLINT_STATUS LIGNUM_STATUS
  differ=$((differ + 1))
  if [ -n "${known["$1|$2"]:-}" ]; then seen["$1|$2"]=1; listed=$((listed + 1)); return; fi
  if [ -n "${known["*|$2"]:-}" ]; then seen["*|$2"]=1; listed=$((listed + 1)); return; fi
  new+=("$1|$2")
  if [ "$verbose" = "-v" ]; then echo "DIFF $1: $2 (xmllint $3, lignum $4)"; fi
}

# Process mode: one xmllint and one lignum process per expression.
compare_by_process() {  # DOC REL
  local e xs ls
  for e in "${exprs[@]}"; do
    set +e
    timeout "$xmllint_limit" xmllint --xpath "$e" "$1" >"$tmp/x" 2>/dev/null; xs=$?
    set -e
    # libxml2 is quadratic on some axes over large documents (count(//*[1]/following::node()) on
    # much_ado.xml runs for minutes): such a case is left out and counted, not compared.
    if [ "$xs" = 124 ]; then slow+=("$2|$e"); continue; fi
    set +e
    "$bin" lint --xpath "$e" "$1" >"$tmp/l" 2>/dev/null; ls=$?
    set -e
    if [ "$xs" = "$ls" ] && cmp -s "$tmp/x" "$tmp/l"; then same=$((same + 1)); continue; fi
    record_difference "$2" "$e" "$xs" "$ls"
    if [ "$verbose" = "-v" ]; then diff "$tmp/x" "$tmp/l" | head -5 || true; fi
  done
}

# Batch mode (default): the document parsed once on each side. libxml2's side is
# scripts/xpath-batch-libxml2.c (xmllint's printing over the same library calls), lignum's is
# `lint --xpath-batch`; a document whose batch does not finish in time runs in process mode.
mode="${LIGNUM_XPATH_MODE:-batch}"
if [ "$mode" = batch ]; then
  # shellcheck disable=SC2046
  cc -O2 -o "$tmp/xpath-batch-libxml2" scripts/xpath-batch-libxml2.c $(pkg-config --cflags --libs libxml-2.0)
  printf '%s\n' "${exprs[@]}" >"$tmp/exprs"
fi
verify="${LIGNUM_XPATH_VERIFY_DOCS:-2}"   # documents on which the batch program is checked against xmllint
compare_by_batch() {  # DOC REL
  local i xs ls diffs
  set +e
  timeout 600 "$tmp/xpath-batch-libxml2" "$tmp/exprs" "$1" >"$tmp/xb" 2>/dev/null
  timeout 600 "$bin" lint --xpath-batch "$tmp/exprs" "$1" >"$tmp/lb" 2>/dev/null
  diffs=$(python3 scripts/xpath-batch-compare.py "$tmp/xb" "$tmp/lb" "${#exprs[@]}")
  local complete=$?
  set -e
  if [ "$complete" != 0 ]; then compare_by_process "$1" "$2"; return; fi
  if [ "$verify" -gt 0 ]; then
    verify=$((verify - 1))
    python3 scripts/xpath-batch-compare.py --verify "$tmp/xb" "$1" "$tmp/exprs"
  fi
  same=$((same + ${#exprs[@]}))
  for i in $diffs; do
    same=$((same - 1))
    record_difference "$2" "${exprs[$i]}" "?" "?"
  done
}

for doc in "${docs[@]}"; do
  xmllint --noout "$doc" 2>/dev/null || { skipped=$((skipped + 1)); continue; }
  "$bin" lint --noout "$doc" 2>/dev/null || { skipped=$((skipped + 1)); continue; }
  rel="${doc#"$suites"/}"
  ran["$rel"]=1
  if [ "$mode" = batch ]; then compare_by_batch "$doc" "$rel"; else compare_by_process "$doc" "$rel"; fi
  [ "$verbose" = "-v" ] && echo "done $rel: $same identical, $differ different so far"
done

echo "differential-xpath: ${#exprs[@]} expressions x $(( ${#docs[@]} - skipped )) documents ($skipped skipped):" \
     "$same identical, $differ different ($listed listed in $known_file, ${#new[@]} new)"
stale=()
# An entry is stale when its document ran (or it is for every document) and it did not differ.
for key in "${!known[@]}"; do
  d="${key%%|*}"
  [ "$d" = '*' ] || [ "${ran[$d]:-}" = 1 ] || continue
  [ "${seen[$key]:-}" = 1 ] || [ "${flaky[$key]:-}" = 1 ] || stale+=("$key")
done
[ ${#slow[@]} -eq 0 ] || echo "  ${#slow[@]} left out: xmllint took more than $xmllint_limit s (LIGNUM_XPATH_XMLLINT_TIMEOUT)"
for k in "${slow[@]}"; do echo "  left out (xmllint too slow): $k"; done
for k in "${new[@]}"; do echo "  new difference: $k"; done
for k in "${stale[@]}"; do echo "  listed but no longer different: $k"; done
[ ${#new[@]} -eq 0 ] && [ ${#stale[@]} -eq 0 ]
