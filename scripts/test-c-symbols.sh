#!/usr/bin/env bash
# Symbol check of Lignum's libxml2.so.2 against ../shared/abi: every symbol the library exports
# must carry libxml2's version node for it (a wrong node fails), and for each consumer of
# ../shared/abi/needs/ it reports how many of the symbols it imports are exported. A consumer
# loads (all its binaries are linked with BIND_NOW) only when none is missing.
#
#   scripts/test-c-symbols.sh LIBRARY [--require CONSUMER,...]
#     --require: also fail when one of these consumers lacks a symbol.
set -euo pipefail
cd "$(dirname "$0")/.."
lib="${1:?usage: scripts/test-c-symbols.sh LIBRARY [--require CONSUMER,...]}"
require="${3:-}"
abi="${LIGNUM_ABI:-$(cd .. && pwd)/shared/abi}"
python3 - "$lib" "$abi" "$require" <<'PY'
import os, subprocess, sys
lib, abi, require = sys.argv[1], sys.argv[2], [r for r in sys.argv[3].split(",") if r]
out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
exported = {}
other = 0
for line in out.splitlines():
    name = line.split()[-1]
    if "@" in name:
        sym, _, node = name.partition("@@") if "@@" in name else name.partition("@")
        if sym != node:
            exported[sym] = node
    elif not name.startswith("LIBXML2_"):
        other += 1
expected = {}
with open(os.path.join(abi, "symbols.tsv")) as f:
    next(f)
    for line in f:
        sym, _kind, _header, node = line.rstrip("\n").split("\t")[:4]
        expected[sym] = node
status = 0
wrong = [s for s, n in exported.items() if s in expected and expected[s] not in (n, "(none)")]
foreign = [s for s in exported if s not in expected]
for s in wrong:
    print(f"WRONG VERSION NODE: {s}@{exported[s]}, libxml2 has {expected[s]}")
for s in foreign:
    print(f"NOT A LIBXML2 SYMBOL: {s}@{exported[s]}")
if wrong or foreign:
    status = 1
print(f"exported: {len(exported)} of libxml2's {len(expected)} symbols, in their version nodes; "
      f"{other} other dynamic symbols without a version (Swift type metadata)")
union = set()
for consumer in sorted(os.listdir(os.path.join(abi, "needs"))):
    name = consumer[:-4]
    needs = [l.split("\t")[0] for l in open(os.path.join(abi, "needs", consumer)) if l.strip() and not l.startswith("#")]
    union.update(needs)
    have = sum(1 for s in needs if s in exported)
    state = "loads" if have == len(needs) else f"missing {len(needs) - have}"
    print(f"  {name:24} {have:4}/{len(needs):<4} {state}")
    if name in require and have < len(needs):
        status = 1
print(f"census union: {sum(1 for s in union if s in exported)}/{len(union)} exported")
sys.exit(status)
PY
