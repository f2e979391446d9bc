#!/usr/bin/env bash
# Runs unmodified Debian programs on Lignum's libxml2.so.2 (LD_LIBRARY_PATH) and on the system
# libxml2, and compares stdout, stderr and exit status, case by case: xmlstarlet; xmllint on the C API tests'
# inputs and Examples/ with its common output flags and on the Jaxen documents with --xpath,
# Python's lxml (python3-lxml, when installed) through Tests/CAPI/lxml_cases.py, Swift's
# FoundationXML through Tests/CAPI/foundationxml_cases.swift, and xsltproc with the stylesheets
# of Tests/CAPI/xslt, on the same inputs.
# Known differences are listed with reasons in Tests/CAPI/known-consumer-differences.txt (the
# list only shrinks). Needs xmllint (libxml2-utils) and a library installed by
# scripts/build-libxml2.sh.
#
#   LIGNUM_PREFIX=DIR scripts/test-consumers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${LIGNUM_PREFIX:?set LIGNUM_PREFIX to a prefix of scripts/build-libxml2.sh}"
suites="${LIGNUM_SUITES:-$(cd .. && pwd)/shared/suites}"
known=Tests/CAPI/known-consumer-differences.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

source scripts/known-differences.sh
load_known "$known"

cases=()
for f in Tests/CAPI/inputs/*.xml Examples/*.xml; do
  for flags in "" "--noout" "--format" "--noblanks" "--noent" "--nowarning" "--noout --noent" "--c14n" "--exc-c14n" "--c14n11" "--stream" "--stream --debug"; do
    cases+=("xmllint${flags:+ $flags} $f")
  done
done
if [ -d "$suites/jaxen-xpath/xml" ]; then
  for f in "$suites"/jaxen-xpath/xml/*.xml; do
    rel="jaxen-xpath/xml/$(basename "$f")"
    for e in '//*' 'count(//*)' '//@*' '//namespace::*' 'string(/*)' '//text()[1]' 'name(/*)' \
             '//*[last()]' '/' '//comment()' '//processing-instruction()' '//*[' 'foo()' 'id("a")' \
             '(//*)[2]/following::*' '//*[1]/preceding::node()[1]' '//text()[normalize-space()]' 'x:y'; do
      cases+=("xmllint --xpath $e @$rel")
    done
  done
fi

# xsltproc (libxslt on top of the library) with the stylesheets of Tests/CAPI/xslt.
if command -v xsltproc >/dev/null; then
  for x in Tests/CAPI/xslt/*.xsl; do
    for f in Tests/CAPI/inputs/*.xml Examples/*.xml; do cases+=("xsltproc $x $f"); done
  done
fi
# xmlstarlet (sel, ed, fo, val, el) on the same inputs; its XPath arguments hold no spaces.
if command -v xmlstarlet >/dev/null; then
  for f in Tests/CAPI/inputs/*.xml Examples/*.xml; do
    for a in "sel -t -v //*[local-name()='to']" "sel -t -c /" "sel -T -t -m //* -v name() -n" \
             "sel -N g=urn:example:greeting -t -v count(//g:*)" "ed -u //*[1]/@* -v changed" "ed -d //comment()" \
             "ed -s /* -t elem -n added -v text" "fo" "fo -s 4" "fo -n" "val" "val -w" "el" "el -a"; do
      cases+=("xmlstarlet $a $f")
    done
  done
fi
# Swift's FoundationXML (XMLDocument) through a program compiled here.
if command -v swiftc >/dev/null && swiftc -O Tests/CAPI/foundationxml_cases.swift -o "$tmp/foundationxml_cases" 2>"$tmp/swiftc.log"; then
  for f in Tests/CAPI/inputs/*.xml Examples/*.xml; do cases+=("foundationxml $f"); done
else
  echo "FoundationXML cases skipped (swiftc failed: $(head -1 "$tmp/swiftc.log" 2>/dev/null))"
fi
if /usr/bin/python3 -c 'import lxml.etree' 2>/dev/null; then
  for f in Tests/CAPI/inputs/*.xml Examples/*.xml; do cases+=("lxml $f"); done
fi

for c in "${cases[@]}"; do
  # Split "xmllint FLAGS… FILE", or "xmllint --xpath EXPR @SUITE-FILE" (the expression may hold spaces).
  program=xmllint
  if [[ "$c" == "xsltproc "* ]]; then
    read -r -a words <<< "$c"; program=xsltproc; args=("${words[@]:1}")
  elif [[ "$c" == "xmlstarlet "* ]]; then
    read -r -a words <<< "$c"; program=xmlstarlet; args=("${words[@]:1}")
  elif [[ "$c" == "foundationxml "* ]]; then
    program="$tmp/foundationxml_cases"; args=("${c#foundationxml }")
  elif [[ "$c" == "lxml "* ]]; then
    program=/usr/bin/python3; args=(Tests/CAPI/lxml_cases.py "${c#lxml }")
  elif [[ "$c" == "xmllint --xpath "* ]]; then
    rest="${c#xmllint --xpath }"; file="${rest##* @}"; expr="${rest% @*}"
    args=(--xpath "$expr" "$suites/$file")
  else
    read -r -a words <<< "$c"; args=("${words[@]:1}")
  fi
  set +e
  "$program" "${args[@]}" > "$tmp/s.out" 2> "$tmp/s.err"; src=$?
  LD_LIBRARY_PATH="$prefix/lib" "$program" "${args[@]}" > "$tmp/l.out" 2> "$tmp/l.err"; lrc=$?
  set -e
  # File names in messages are the same on both sides; the suite path is made relative.
  sed -i "s|$suites/||g" "$tmp/s.err" "$tmp/l.err"
  classify "$c" "$src" "$lrc" "$tmp" 10
done
echo "consumers: xmllint, xmlstarlet, lxml, FoundationXML and xsltproc on Lignum's libxml2.so.2, ${#cases[@]} cases: $same the same as on libxml2, $explained listed differences, $new new, $stale stale"
[ "$new" = 0 ] && [ "$stale" = 0 ]
