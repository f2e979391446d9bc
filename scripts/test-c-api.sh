#!/usr/bin/env bash
# C API tests of Lignum's libxml2-compatible library: each program in Tests/CAPI/*.c is built
# against Lignum's headers and library with AddressSanitizer (leaks included) and, where
# libxml2-dev is installed, against the system libxml2; every case's stdout, stderr and exit
# status must be the same on both, except the differences listed with reasons in
# Tests/CAPI/known-differences.txt (a listed case that no longer differs fails too: the list
# only shrinks). Without libxml2-dev the cases still run under ASan.
#
#   scripts/test-c-api.sh            (LIGNUM_PREFIX=DIR: use a library installed there by
#                                     scripts/build-libxml2.sh instead of building one)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

prefix="${LIGNUM_PREFIX:-}"
if [ -z "$prefix" ]; then
  prefix="$tmp/prefix"
  scripts/build-libxml2.sh "$prefix" > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
fi
have_system=0
if pkg-config --exists libxml-2.0 2>/dev/null; then have_system=1; fi

for src in Tests/CAPI/*.c; do
  name=$(basename "$src" .c)
  cc -Wall -Werror -g -fsanitize=address -I "$prefix/include/libxml2" "$src" -L "$prefix/lib" -lxml2 -o "$tmp/$name-lignum"
  if [ "$have_system" = 1 ]; then
    # shellcheck disable=SC2046
    cc -Wall -g $(pkg-config --cflags libxml-2.0) "$src" $(pkg-config --libs libxml-2.0) -o "$tmp/$name-libxml2"
  fi
done

# The cases: program and arguments (inputs relative to Tests/CAPI/inputs).
cases=("strings_memory")
for options in 0 1 2 32 256 16384; do
  for input in Tests/CAPI/inputs/*.xml; do cases+=("tree_walk $options $(basename "$input")"); done
done
for options in 0 2; do
  for input in Tests/CAPI/inputs/*.xml; do cases+=("sax_push $options $(basename "$input")"); done
done
for input in Tests/CAPI/inputs/*.xml; do cases+=("xpath_functions $(basename "$input")"); done
for options in 0 2 8; do
  for input in Tests/CAPI/inputs/*.xml; do cases+=("dtd_declarations $options $(basename "$input")"); done
done

known="Tests/CAPI/known-differences.txt"
source scripts/known-differences.sh
load_known "$known"

asan=0
cd Tests/CAPI/inputs
for c in "${cases[@]}"; do
  read -r -a words <<< "$c"
  prog="${words[0]}"; args=("${words[@]:1}")
  set +e
  ASAN_OPTIONS=detect_leaks=1:exitcode=99 LD_LIBRARY_PATH="$prefix/lib" "$tmp/$prog-lignum" "${args[@]}" > "$tmp/l.out" 2> "$tmp/l.err"
  lrc=$?
  set -e
  if [ "$lrc" = 99 ] || grep -q "ERROR: \(AddressSanitizer\|LeakSanitizer\)" "$tmp/l.err"; then
    echo "ASAN: $c"; sed -n 1,40p "$tmp/l.err"; asan=$((asan + 1)); continue
  fi
  [ "$have_system" = 1 ] || continue
  set +e
  "$tmp/$prog-libxml2" "${args[@]}" > "$tmp/s.out" 2> "$tmp/s.err"
  src=$?
  set -e
  classify "$c" "$src" "$lrc" "$tmp" 20
done
cd "$root"
if [ "$have_system" = 1 ]; then
  echo "C API: ${#cases[@]} cases; $same same as libxml2, $explained listed differences, $new new, $stale stale; $asan with ASan reports"
else
  echo "C API: ${#cases[@]} cases under ASan ($asan with reports); libxml2-dev not installed, outputs not compared"
fi
[ "$new" = 0 ] && [ "$stale" = 0 ] && [ "$asan" = 0 ]
