#!/usr/bin/env bash
# Compiles the C/C++ benchmark programs with -O2 into $1 (default: .build-bench/c at the root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../.build-bench/c}"
mkdir -p "$out"
CFLAGS="-O2 -Wall -Wextra"
cc $CFLAGS -o "$out/bench-libxml2" "$here/bench-libxml2.c" $(pkg-config --cflags --libs libxml-2.0 2>/dev/null || echo "-I/usr/include/libxml2 -lxml2") -lm
cc $CFLAGS -o "$out/bench-expat" "$here/bench-expat.c" -lexpat -lm
c++ $CFLAGS -o "$out/bench-pugixml" "$here/bench-pugixml.cpp" -lpugixml -lm
