#!/bin/sh
# Compares `lignum lint` with libxml2's xmllint, byte for byte (stdout and exit status), on
# the given files (default: Examples/, scripts/cli-fixtures/ and the well-formed documents of the W3C suite's valid
# tests) for each mode: default output, --format (also with XMLLINT_INDENT set to a tab), --c14n, --exc-c14n, --noent.
# Usage: scripts/test-cli.sh [-v] [FILE...]   (LIGNUM: path of the binary; LIGNUM_SUITES: suites folder)
# Prints one line per difference, then "Same: N / Different: M" per mode.
set -u
verbose=0
[ "${1:-}" = "-v" ] && { verbose=1; shift; }
lignum=${LIGNUM:-.build-dom/debug/lignum}
suites=${LIGNUM_SUITES:-/work/shared/suites}
command -v xmllint >/dev/null || { echo "xmllint not installed"; exit 0; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
  find Examples scripts/cli-fixtures -name '*.xml' ! -name f.xml | sort > "$tmp/files"
  find "$suites/xmlconf" -path '*/valid/*' -name '*.xml' | grep -v -e invalid -e not-wf -e /out/ | sort >> "$tmp/files"
else
  printf '%s\n' "$@" > "$tmp/files"
fi
status=0
# "--format-tab": --format with XMLLINT_INDENT set to a tab.
for label in "" "--format" "--format-tab" "--c14n" "--exc-c14n" "--noent" "--encode ISO-8859-1" "--encode UTF-16"; do
  same=0; diff=0
  mode=$label; indent="  "
  if [ "$label" = "--format-tab" ]; then mode="--format"; indent="$(printf '\t')"; fi
  while read -r f; do
    XMLLINT_INDENT="$indent" xmllint $mode "$f" > "$tmp/x" 2>/dev/null; xr=$?
    XMLLINT_INDENT="$indent" "$lignum" lint $mode "$f" > "$tmp/l" 2>/dev/null; lr=$?
    if [ $xr -eq $lr ] && cmp -s "$tmp/x" "$tmp/l"; then same=$((same + 1)); else
      diff=$((diff + 1)); echo "DIFF ${label:-default} $f (status $lr, xmllint $xr)"
      [ $verbose = 1 ] && diff "$tmp/x" "$tmp/l" | head -6
    fi
  done < "$tmp/files"
  echo "mode ${label:-default}: Same: $same / Different: $diff"
  [ $diff -eq 0 ] || status=1
done
# Exit statuses of multi-file runs, unreadable files, stdin, --stream, --recover, output errors.
good=Examples/hello.xml
printf '<a>\n<b></c>\n</a>\n' > "$tmp/bad.xml"
for args in "--noout $good" "--noout $good $tmp/bad.xml" "--noout $tmp/missing.xml $good" \
            "--stream $tmp/bad.xml" "--stream $tmp/missing.xml" "--recover $tmp/bad.xml" \
            "--encode bogus $good" "-o /nonexistent/dir/out.xml $good" "--noout --c14n $good" "-"; do
  xmllint $args < $good > "$tmp/x" 2>/dev/null; xr=$?
  "$lignum" lint $args < $good > "$tmp/l" 2>/dev/null; lr=$?
  if [ $xr -eq $lr ]; then echo "status same ($lr): $args"; else echo "DIFF status $lr, xmllint $xr: $args"; status=1; fi
done
# Malformed and questionable documents: stdout and stderr together (libxml2 reports errors after
# a mismatched end tag or an undeclared entity, warns on version 1.1, recovers namespace errors).
printf '<a><b></a>\n' > "$tmp/mismatch.xml"
printf '<a>\n <b><c>text</b>\n</a>\n' > "$tmp/mismatch2.xml"
printf '<r>&e; &f;</r>\n' > "$tmp/undeclared.xml"
printf '<?xml version="1.1"?>\n<r/>\n' > "$tmp/version11.xml"
printf '<?xml version="2.0"?>\n<r/>\n' > "$tmp/version20.xml"
printf '<!DOCTYPE r [<!ENTITY a:b "x">]>\n<r><?p:i d?><q:s/></r>\n' > "$tmp/colons.xml"
# compare_diagnostics ARGS FILE: stdout, stderr and exit status of both, on one file.
compare_diagnostics() {
  xmllint $1 "$2" > "$tmp/x" 2>&1; xr=$?
  "$lignum" lint $1 "$2" > "$tmp/l" 2>&1; lr=$?
  if [ $xr -eq $lr ] && cmp -s "$tmp/x" "$tmp/l"; then echo "same with diagnostics ($lr): $1 $2"; else
    echo "DIFF with diagnostics (status $lr, xmllint $xr): $1 $2"; status=1
    [ $verbose = 1 ] && diff "$tmp/x" "$tmp/l" | head -6
  fi
}
for args in "--noout" "" "--recover" "--stream" "--format --recover"; do
  for f in mismatch mismatch2 undeclared version11 version20 colons; do compare_diagnostics "$args" "$tmp/$f.xml"; done
done
# Validation on the bundled examples: stdout and stderr together, so the order of validity
# errors and the document is compared too, and the exit status.
for args in "--valid" "--valid --noout" "--postvalid" "--valid --insert" "--valid --dropdtd" "--noent --valid"; do
  for f in Examples/*.xml; do compare_diagnostics "$args" "$f"; done
done
exit $status
