#!/usr/bin/env bash
# Checks Lignum's libxml2-compatible C headers (Sources/CLignumLibXML2/include/libxml) against
# the measured facts of libxml2 2.9.14 in ../shared/abi:
#   1. layout: every struct of layouts.txt (size, alignment, typedef) and every field
#      (offset, size, type), by a generated C program built with AddressSanitizer;
#   2. headers: each header compiles on its own, each one followed by all the others, all
#      together as C99 and C++11, each header reaches the enum constants listed for it,
#      and the library's C sources (Sources/CLignumLibXML2/*.c) compile;
#   3. constants (only where `pkg-config --exists libxml-2.0`): every enum constant and
#      object-like macro of constants.txt, printed by a generated program (and, for macros
#      without a printable value, their replacement text from `cc -dM -E`), against the file;
#   4. symbols (only where `pkg-config --exists libxml-2.0`): every function and variable of
#      symbols.tsv is declared by the header it names, with the type libxml2's installed
#      headers give it (and the typedefs those declarations use name the same types), by
#      generated files that repeat libxml2's declarations after the project's headers.
#
#   scripts/test-c-layout.sh          (LIGNUM_ABI=DIR: another directory of fact files)
set -euo pipefail
cd "$(dirname "$0")/.."

abi="${LIGNUM_ABI:-$(cd .. && pwd)/shared/abi}"
inc=Sources/CLignumLibXML2/include
cflags=(-Wall -Werror -I "$inc")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# 1. layout
python3 Tests/CLayout/gen_layout_test.py "$abi/layouts.txt" -o "$tmp/layout.c"
cc "${cflags[@]}" -fsanitize=address "$tmp/layout.c" -o "$tmp/layout"
"$tmp/layout" || status=1

# 2. headers
headers=()
for h in "$inc"/libxml/*.h; do headers+=("libxml/$(basename "$h")"); done
{ for h in "${headers[@]}"; do echo "#include <$h>"; done; } > "$tmp/all.h"
printf '#include "all.h"\nint lignum_all_headers;\n' > "$tmp/all.c"
failed=0
for h in "${headers[@]}"; do
  if ! cc "${cflags[@]}" -Wextra -fsyntax-only -include "$h" -x c /dev/null; then
    echo "header $h does not compile on its own"; failed=$((failed + 1))
  elif ! cc "${cflags[@]}" -Wextra -fsyntax-only -include "$h" -I "$tmp" -x c "$tmp/all.c"; then
    echo "header $h followed by all headers does not compile"; failed=$((failed + 1))
  fi
done
cc "${cflags[@]}" -Wextra -std=c99 -pedantic -fsyntax-only -I "$tmp" "$tmp/all.c" \
  || { echo "the headers together do not compile as C99"; failed=$((failed + 1)); }
together="C99"
if command -v c++ > /dev/null; then
  together="C99 and C++11"
  c++ "${cflags[@]}" -Wextra -std=c++11 -pedantic -fsyntax-only -I "$tmp" -x c++ "$tmp/all.c" \
    || { echo "the headers together do not compile as C++11"; failed=$((failed + 1)); }
fi
python3 Tests/CLayout/gen_constants_test.py placement "$abi/constants.txt" -o "$tmp/placement" \
  > "$tmp/placement.txt"
placed=0
for f in "$tmp"/placement/*.c; do
  if cc "${cflags[@]}" -fsyntax-only "$f"; then placed=$((placed + 1));
  else echo "$(head -1 "$f")  FAILED"; failed=$((failed + 1)); fi
done
for c in Sources/CLignumLibXML2/*.c; do
  cc "${cflags[@]}" -Wextra -c "$c" -o "$tmp/$(basename "$c").o" \
    || { echo "$c does not compile"; failed=$((failed + 1)); }
done
echo "headers: ${#headers[@]} headers compile alone and followed by all others;" \
  "all together as $together; $placed/$(wc -l < "$tmp/placement.txt") headers reach their" \
  "enum constants; $failed failures"
[ "$failed" -eq 0 ] || status=1

# 3. constants
if pkg-config --exists libxml-2.0 2> /dev/null; then
  python3 Tests/CLayout/gen_constants_test.py program "$abi/constants.txt" -o "$tmp/constants.c"
  cc "${cflags[@]}" -fsanitize=address "$tmp/constants.c" -o "$tmp/constants"
  "$tmp/constants" > "$tmp/constants.out"
  cc -I "$inc" -I "$tmp" -dM -E "$tmp/all.c" > "$tmp/macros.txt"
  python3 Tests/CLayout/gen_constants_test.py compare "$abi/constants.txt" "$tmp/constants.out" \
    --dm "$tmp/macros.txt" || status=1
else
  echo "constants: skipped (pkg-config does not know libxml-2.0)"
fi

# 4. symbols
if pkg-config --exists libxml-2.0 2> /dev/null; then
  python3 Tests/CLayout/gen_symbols_test.py "$abi/symbols.tsv" --include "$inc" \
    --system-cflags "$(pkg-config --cflags libxml-2.0)" -o "$tmp/symbols" || status=1
else
  echo "symbols: skipped (pkg-config does not know libxml-2.0)"
fi

exit "$status"
