#!/usr/bin/env python3
"""Checks that Lignum's libxml2-compatible headers declare every symbol of symbols.tsv with
the type libxml2 2.9.14's own headers give it.

    gen_symbols_test.py SYMBOLS.tsv --include DIR --system-cflags FLAGS [--cc CC] -o OUTDIR

The declarations of libxml2 are taken from its installed headers (found with FLAGS, the
output of `pkg-config --cflags libxml-2.0`) after preprocessing them with CC: each top-level
statement that comes from a libxml/ header and declares a symbol of SYMBOLS.tsv. For each
header named in SYMBOLS.tsv the script writes OUTDIR/<header>.c, which includes only the
project's header of that name (from DIR) and then, for each of its symbols,

  - refers to the symbol (`sizeof(&name)`), so a missing declaration is an error, and
  - repeats libxml2's declaration of it, so a declaration of another type is an error
    ("conflicting types"); for the per-thread variables, which libxml2's headers turn into
    macros over accessor functions, the replacement text of the macro is compared instead
    (the accessor itself is a function of the same file).

Functions libxml2 declares only for its own sources (#ifdef IN_LIBXML) are checked the same
way in OUTDIR/<header>.in_libxml.c, compiled with -DIN_LIBXML; those files also check that
the variables the project declares for IN_LIBXML have the types the accessors return.
Function attributes that change diagnostics (format, alloc_size) must match as well. Since
those declarations are written with libxml2's typedef names, OUTDIR/typedefs.c includes
all the headers and repeats every typedef of libxml2 that has no body of its own (C11
accepts a repeated typedef only if it names the same type), after checking the project
defines the name.

The core headers (the group of which including any member gives all, see globals.h) check
the symbols of every member of the group. Every file is compiled with -fsyntax-only,
-std=gnu11 -Wall -Wstrict-prototypes -Werror; each error is traced back to its symbol.
Symbols that libxml2's headers do not declare (internal exports, header `-`) cannot be
compared and are counted. Prints each mismatch and a summary; exits 1 on any mismatch or
missing declaration.
"""
import argparse
import csv
import os
import re
import shlex
import subprocess
import sys

CORE = ["tree.h", "parser.h", "globals.h", "xmlIO.h", "encoding.h", "entities.h", "valid.h",
        "xmlerror.h", "hash.h", "dict.h", "xmlregexp.h", "xmlautomata.h", "xmlmemory.h",
        "threads.h", "SAX2.h", "xlink.h"]
CFLAGS = ["-std=gnu11", "-fsyntax-only", "-Wall", "-Wstrict-prototypes", "-Werror"]
LINEMARK_RE = re.compile(r'^#\s*(\d+)\s+"([^"]*)"')
IDENT_RE = re.compile(r"[A-Za-z_]\w*")
ERROR_RE = re.compile(r"^(.*?):(\d+):(?:\d+:)?\s*(error|warning|fatal error):\s*(.*)$")


def read_symbols(path):
    """Returns [(symbol, kind, header or None)] for the functions and data of SYMBOLS.tsv."""
    out = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["kind"] not in ("function", "data"):
                continue
            h = row["header"].replace("(accessor)", "").strip()
            h = h[len("libxml/"):] if h.startswith("libxml/") else None
            out.append((row["symbol"], row["kind"], h))
    return out


def preprocess(cc, flags, text, extra=()):
    proc = subprocess.run([cc, "-E", *flags, *extra, "-x", "c", "-"], input=text,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"preprocessing failed:\n{proc.stderr}")
    return proc.stdout


def macros(cc, flags, text, extra=()):
    out = {}
    for line in preprocess(cc, flags, text, ["-dM", *extra]).splitlines():
        m = re.match(r"#define (\w+)(\([^)]*\))?(?: (.*))?$", line)
        if m:
            out[m.group(1)] = (m.group(2) or "") + " " + re.sub(r"\s+", "", m.group(3) or "")
    return out


def statements(pre):
    """Splits preprocessed text into top-level statements: [(file, text)]."""
    out, cur, depth, origin, where = [], [], 0, None, None
    for line in pre.splitlines():
        m = LINEMARK_RE.match(line)
        if m:
            where = m.group(2)
            continue
        if line.startswith("#"):
            continue
        i = 0
        while i < len(line):
            c = line[i]
            if c in "\"'":
                j = i + 1
                while j < len(line) and line[j] != c:
                    j += 2 if line[j] == "\\" else 1
                cur.append(line[i:j + 1])
                i = j + 1
                continue
            if not cur and c.isspace():
                i += 1
                continue
            if not cur:
                origin = where
            if c in "({[":
                depth += 1
            elif c in ")}]":
                depth -= 1
            if c == ";" and depth == 0:
                out.append((origin, re.sub(r"\s+", " ", "".join(cur)).strip() + ";"))
                cur = []
            else:
                cur.append(c)
            i += 1
        if cur:
            cur.append(" ")
    return out


def strip_attributes(s):
    """Returns s without __attribute__((...)) and __extension__, and the attributes."""
    attrs, out, i = [], "", 0
    while True:
        j = s.find("__attribute__", i)
        if j < 0:
            out += s[i:]
            break
        out += s[i:j]
        k = s.index("(", j)
        depth = 0
        for e in range(k, len(s)):
            depth += {"(": 1, ")": -1}.get(s[e], 0)
            if depth == 0:
                break
        attrs.append(re.sub(r"\s+", "", s[k:e + 1]))
        i = e + 1
    return out.replace("__extension__", " "), attrs


def declared_name(stmt):
    """The name a non-typedef declaration declares, or None."""
    body, _ = strip_attributes(stmt)
    if "{" in body or body.lstrip().startswith("typedef"):
        return None
    p = body.find("(")
    head = body[:p] if p >= 0 else re.split(r"[\[;=]", body)[0]
    names = IDENT_RE.findall(head)
    return names[-1] if names else None


def typedef_name(stmt):
    body, _ = strip_attributes(stmt)
    if not body.lstrip().startswith("typedef") or "{" in body:
        return None
    m = re.search(r"\(\s*\*\s*(\w+)\s*\)", body)
    if m:
        return m.group(1)
    names = IDENT_RE.findall(re.split(r"[\[;(]", body)[0] if "(" not in body
                             else body[:body.find("(")])
    return names[-1] if names else None


def significant(attrs):
    """Attributes that must agree: format and alloc_size."""
    out = []
    for a in attrs:
        for m in re.finditer(r"(__format__|format|alloc_size)\(([^()]*)\)", a):
            out.append(m.group(1).strip("_") + "(" + m.group(2) + ")")
    return sorted(out)


def libxml_decls(stmts, wanted):
    """{name: [(header, text, attrs)]} for declarations from libxml/ headers."""
    out = {}
    for origin, text in stmts:
        if not origin or "/libxml/" not in origin.replace("\\", "/"):
            continue
        name = declared_name(text)
        if name in wanted:
            out.setdefault(name, []).append((os.path.basename(origin), text,
                                             significant(strip_attributes(text)[1])))
    return out


def pick(decls, name, header):
    found = decls.get(name) or []
    for h, text, attrs in found:
        if h == header:
            return text, attrs
    return (found[0][1], found[0][2]) if found else None


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Unit:
    """One generated C file; remembers which symbol each line checks."""

    def __init__(self, path, header, in_libxml=False):
        self.path, self.header, self.in_libxml = path, header, in_libxml
        self.lines = ["/* Generated by Tests/CLayout/gen_symbols_test.py; do not edit. */",
                      f"#include <libxml/{header}>", ""]
        self.owner = {}
        self.count = 0

    def add(self, symbol, line):
        self.lines.append(line)
        self.owner[len(self.lines)] = symbol

    def check_declared(self, symbol):
        self.count += 1
        self.add(symbol, f"typedef char lignum_seen_{self.count}[sizeof(&{symbol}) > 0 ? 1 : -1];")

    def write(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")


def compile_unit(cc, include, unit):
    flags = ["-I", include] + (["-DIN_LIBXML"] if unit.in_libxml else [])
    proc = subprocess.run([cc, *CFLAGS, *flags, unit.path], capture_output=True, text=True)
    problems, unowned = {}, []
    if proc.returncode == 0:
        return problems, unowned
    here = os.path.abspath(unit.path)
    # Each diagnostic with the notes after it; a diagnostic located in a header (a macro
    # expanded by the file, say) belongs to the symbol of the first line of the file it
    # mentions.
    diags = []
    for line in proc.stderr.splitlines():
        m = ERROR_RE.match(line)
        if m and m.group(3) != "note":
            diags.append([line, m.group(4), [(m.group(1), int(m.group(2)))]])
        else:
            m = re.match(r"^\s*(?:In file included from\s+)?(.*?):(\d+):(?:\d+:)?\s*note:\s*(.*)",
                         line)
            if m and diags:
                diags[-1][2].append((m.group(1), int(m.group(2))))
                if m.group(3).startswith("previous"):
                    diags[-1][1] += "; " + m.group(3)
    for line, msg, places in diags:
        owners = [unit.owner[n] for p, n in places
                  if os.path.abspath(p) == here and n in unit.owner]
        if owners:
            problems.setdefault(owners[0], []).append(msg)
        else:
            unowned.append(line)
    if not problems and not unowned:
        unowned.append(f"{unit.path}: compiler failed: {proc.stderr.strip()}")
    return problems, unowned


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("symbols")
    ap.add_argument("--include", required=True, help="the project's include directory")
    ap.add_argument("--system-cflags", required=True, help="flags that find libxml2's headers")
    ap.add_argument("--cc", default=os.environ.get("CC", "cc"))
    ap.add_argument("-o", "--outdir", required=True)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    sysflags = shlex.split(args.system_cflags)
    projflags = ["-I", args.include]

    symbols = read_symbols(args.symbols)
    names = {s for s, _, _ in symbols}
    headers = sorted({h for _, _, h in symbols if h})
    everything = "".join(f"#include <libxml/{h}>\n" for h in headers)

    sys_stmts = statements(preprocess(args.cc, sysflags, everything))
    sys_public = libxml_decls(sys_stmts, names)
    sys_internal = libxml_decls(statements(preprocess(args.cc, sysflags, everything,
                                                      ["-DIN_LIBXML"])), names)
    sys_macros = macros(args.cc, sysflags, everything)
    proj_stmts = statements(preprocess(args.cc, projflags, everything, ["-DIN_LIBXML"]))
    proj_decls = libxml_decls(proj_stmts, names)
    proj_macros = macros(args.cc, projflags, everything)

    by_header = {}
    for s, kind, h in symbols:
        if h:
            by_header.setdefault(h, []).append((s, kind))
    core_symbols = [x for h in CORE for x in by_header.get(h, [])]

    units = []
    mismatches = {}
    compared = {"function": 0, "variable": 0, "macro": 0}
    not_declared = []
    checked_once = set()
    for h in headers:
        public = Unit(os.path.join(args.outdir, f"{h[:-2]}.c"), h)
        internal = Unit(os.path.join(args.outdir, f"{h[:-2]}.in_libxml.c"), h, in_libxml=True)
        todo = core_symbols if h in CORE else by_header[h]
        for s, kind in todo:
            own = (s, kind) in by_header[h]
            found = pick(sys_public, s, h)
            unit = public
            if found is None and pick(sys_internal, s, h) is not None:
                found, unit = pick(sys_internal, s, h), internal
            if found is not None:
                text, attrs = found
                unit.check_declared(s)
                unit.add(s, text)
                if own and s not in checked_once:
                    checked_once.add(s)
                    compared["function" if kind == "function" else "variable"] += 1
                    mine = pick(proj_decls, s, h)
                    if mine is not None and mine[1] != attrs:
                        mismatches.setdefault(s, []).append(
                            f"attributes {mine[1] or 'none'}, libxml2 has {attrs or 'none'}")
            elif kind == "data" and s in sys_macros:
                public.check_declared(s)
                if f"__{s}" in names:
                    internal.check_declared(s)
                    internal.add(s, f"_Static_assert(__builtin_types_compatible_p(__typeof__(&{s}), "
                                    f"__typeof__(__{s}())), {c_string(s + ' has another type')});")
                if own and s not in checked_once:
                    checked_once.add(s)
                    compared["macro"] += 1
                    if proj_macros.get(s) != sys_macros[s]:
                        mismatches.setdefault(s, []).append(
                            f"macro {proj_macros.get(s, '(not a macro)')!r}, "
                            f"libxml2 has {sys_macros[s]!r}")
            elif own:
                not_declared.append(s)
        for u in (public, internal):
            if u.count:
                u.write()
                units.append(u)
    not_declared += [s for s, _, h in symbols if not h]

    # The typedef names those declarations use must denote the same types, too.
    types = Unit(os.path.join(args.outdir, "typedefs.c"), headers[0])
    types.lines[1:2] = [f"#include <libxml/{h}>" for h in headers]
    typedefs = set()
    for origin, text in sys_stmts:
        name = typedef_name(text) if origin and "/libxml/" in origin.replace("\\", "/") else None
        if name and name not in typedefs:
            typedefs.add(name)
            types.count += 1
            types.add(name, f"typedef char lignum_type_{types.count}[sizeof({name} *) > 0 ? 1 : -1];")
            types.add(name, text)
    types.write()
    units.append(types)

    unowned = []
    for u in units:
        problems, other = compile_unit(args.cc, args.include, u)
        for s, msgs in problems.items():
            mismatches.setdefault(s, []).extend(f"{m} ({os.path.basename(u.path)})" for m in msgs
                                                if not any(x.startswith(m + " (")
                                                           for x in mismatches.get(s, [])))
        unowned.extend(x for x in other if x not in unowned)

    for s in sorted(mismatches):
        for m in dict.fromkeys(mismatches[s]):
            print(f"{'typedef' if s in typedefs else 'symbol'} {s}: {m}")
    for line in unowned:
        print(line)
    total = sum(compared.values())
    failures = len(mismatches) + len(unowned)
    print(f"symbols: {total} compared with libxml2's declarations ({compared['function']} functions,"
          f" {compared['variable']} variables, {compared['macro']} per-thread variables as"
          f" accessor macros) and {len(typedefs)} typedefs, in {len(units)} files;"
          f" {len(not_declared)} exported symbols that libxml2's headers do not declare were not"
          f" compared; {failures} mismatches")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
