#!/usr/bin/env bash
# Fails when Swift code outside the audited core opts out of memory safety, or when a library
# module imports Foundation. Run from anywhere; it checks the repository it lives in.
#
#   scripts/check-unsafe.sh
#
# Audited (allowed to use `unsafe`): Sources/LignumKernel, Sources/LignumLibXML2, and Fuzz/
# (fuzz harnesses take libFuzzer's raw pointers). Comment lines are not counted.
set -euo pipefail
cd "$(dirname "$0")/.."

audited='^\./(Sources/(LignumKernel|LignumLibXML2)|Fuzz)/'
# `unsafe` as a word covers the `unsafe` expression marker, `nonisolated(unsafe)`,
# `unowned(unsafe)` and `@unsafe`; the rest catch pointer types, bit casts and unchecked Sendable.
pattern='\bunsafe\b|@unsafe|@safe\b|\bUnsafe[A-Z][A-Za-z]*|\bunsafeBitCast\b|\bunsafeDowncast\b|@unchecked\b|\bwithUnsafe[A-Z][A-Za-z]*|_unsafe[A-Z]'
status=0

swift_files() {
  find . \( -path './.build*' -o -path './.swiftpm' -o -path './.git' \) -prune -o -name '*.swift' -print
}

# A hit is `file:line:text`; drop lines whose text starts with `//` (comments and doc comments)
# and lines inside /* … */ blocks that begin with `*`.
hits=$(swift_files | grep -vE "$audited" | xargs -r grep -nE "$pattern" /dev/null \
  | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*|/\*)' || true)
if [ -n "$hits" ]; then
  echo "unsafe code outside the audited modules (Sources/LignumKernel, Sources/LignumLibXML2):"
  echo "$hits"
  status=1
fi

# Library modules use the standard library and libc only. The CLI (Sources/lignum) may use more.
foundation=$(find Sources -name '*.swift' -not -path 'Sources/lignum/*' -print0 \
  | xargs -0 -r grep -nE '^[[:space:]]*(@_exported[[:space:]]+|@preconcurrency[[:space:]]+)?import[[:space:]]+(struct[[:space:]]+|class[[:space:]]+|enum[[:space:]]+|func[[:space:]]+)?(Foundation|FoundationEssentials|FoundationXML|FoundationNetworking)\b' \
  || true)
if [ -n "$foundation" ]; then
  echo "Foundation imported by a library module:"
  echo "$foundation"
  status=1
fi

if [ "$status" -eq 0 ]; then
  n=$(swift_files | grep -vcE "$audited" || true)
  echo "check-unsafe: OK ($n Swift files outside the audited modules; no Foundation in library modules)"
fi
exit "$status"
