#!/usr/bin/env python3
"""scripts/gen-unimplemented.py LIBRARY ABI_DIR > Sources/CLignumLibXML2/unimplemented.c

Writes clean-failure definitions for the libxml2 functions that real programs import
(ABI_DIR/needs/*.txt) but the library does not implement yet, so that those programs load
(their binaries bind every symbol at start-up): each records "NAME is not implemented in
Lignum yet" as the thread's last error and returns NULL, -1, 0 or NaN by its return type.

LIBRARY is libxml2.so.2 built WITHOUT the generated file (move it away first): what it exports
is what is implemented. Signatures come from the project's own headers. Implementing a function
means deleting its stub (the link fails on the duplicate otherwise):

  scripts/gen-unimplemented.py --prune    drops the stubs of functions that Sources/LignumLibXML2
                                          now exports with @_cdecl
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "Sources", "CLignumLibXML2", "include")


def exported(lib):
    out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}


def wanted(abi):
    kinds = {}
    with open(os.path.join(abi, "symbols.tsv")) as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            kinds[cols[0]] = cols[1]
    names = set()
    for consumer in os.listdir(os.path.join(abi, "needs")):
        for line in open(os.path.join(abi, "needs", consumer)):
            if line.strip() and not line.startswith("#"):
                names.add(line.split("\t")[0])
    return names, kinds


def preprocessed():
    headers = sorted(h for h in os.listdir(os.path.join(INCLUDE, "libxml")) if h.endswith(".h"))
    with tempfile.NamedTemporaryFile("w", suffix=".c", delete=False) as f:
        for h in headers:
            f.write(f"#include <libxml/{h}>\n")
        path = f.name
    out = subprocess.run(["cc", "-E", "-P", "-DIN_LIBXML", "-I", INCLUDE, path], capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    return re.sub(r"__attribute__\s*\(\((?:[^()]|\([^()]*\))*\)\)", "", out)


def declaration(text, name):
    m = re.search(r"(?:^|[;}])\s*([^;{}]*?\b" + re.escape(name) + r"\s*\()", text)
    if not m:
        return None
    start = m.start(1)
    depth, i = 0, m.end(1) - 1
    while i < len(text):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    head = text[start:m.end(1) - 1]
    params = text[m.end(1):i]
    ret = re.sub(r"\b(extern|XMLPUBFUN|XMLCALL)\b", "", head[: head.rfind(name)]).strip()
    return " ".join(ret.split()), " ".join(params.split())


def split_params(params):
    parts, depth, cur = [], 0, ""
    for ch in params:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def named(params):
    if params in ("", "void"):
        return "void"
    out = []
    for k, p in enumerate(split_params(params)):
        if p == "..." or re.search(r"[A-Za-z_]\w*\s*(\[\s*\])?$", p) and not re.fullmatch(r"(const\s+)?(unsigned\s+|signed\s+)?(int|char|long|short|double|float|size_t|void)\s*", p) and not p.endswith("*") and len(p.replace("const", "").split()) > 1:
            out.append(p)
        elif "(*" in p:
            out.append(p)
        else:
            out.append(f"{p} arg{k}")
    return ", ".join(out)


def failure(ret):
    if ret == "void":
        return ""
    if "*" in ret:
        return " return NULL;"
    if ret in ("double", "float"):
        return " return NAN;"
    if ret.startswith("unsigned") or ret in ("size_t",):
        return " return 0;"
    if ret in ("int", "long", "short", "char", "signed char", "long long"):
        return " return -1;"
    return f" return ({ret}) 0;"


def prune():
    path = os.path.join(ROOT, "Sources", "CLignumLibXML2", "unimplemented.c")
    swift = os.path.join(ROOT, "Sources", "LignumLibXML2")
    done = set()
    for f in os.listdir(swift):
        if f.endswith(".swift"):
            done.update(re.findall(r'@_cdecl\("(\w+)"\)', open(os.path.join(swift, f)).read()))
    lines = open(path).read().splitlines(keepends=True)
    kept = [l for l in lines if not any(f'lignumUnimplemented("{n}")' in l for n in done)]
    open(path, "w").write("".join(kept))
    print(f"removed {len(lines) - len(kept)} stubs now implemented")


def main():
    if sys.argv[1:] == ["--prune"]:
        return prune()
    lib, abi = sys.argv[1], sys.argv[2]
    have = exported(lib)
    names, kinds = wanted(abi)
    text = preprocessed()
    missing = sorted(n for n in names if n not in have)
    print("/* Generated by scripts/gen-unimplemented.py: the libxml2 functions that known programs import and")
    print(" * Lignum does not implement yet. Each fails cleanly (last error set, NULL/-1/0/NaN returned) so that")
    print(" * those programs load; implementing one means deleting it here. Do not edit otherwise. */")
    print("#define IN_LIBXML")
    print("#include <math.h>")
    print("#include <stddef.h>")
    print("#include <stdio.h>")
    for h in sorted(h for h in os.listdir(os.path.join(INCLUDE, "libxml")) if h.endswith(".h")):
        print(f'#include "libxml/{h}"')
    print('#include "lignum_shim.h"')
    print('#pragma GCC diagnostic ignored "-Wunused-parameter"')
    print()
    skipped = []
    for n in missing:
        if kinds.get(n) != "function":
            skipped.append(n)
            continue
        d = declaration(text, n)
        if d is None:
            skipped.append(n)
            continue
        ret, params = d
        print(f'{ret} {n}({named(params)}) {{ lignumUnimplemented("{n}");{failure(ret)} }}')
    if skipped:
        print("\n/* Not generated (data symbols or no declaration): " + " ".join(skipped) + " */")


main()
