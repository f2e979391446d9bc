#!/usr/bin/env python3
"""Runs the whole Jaxen XPath suite through the CLI contract of issue 4
(`lignum lint --xpath EXPR [--xpath-context EXPR]... [--xpath-var N=V]... [--xpath-ns P=URI]...
--xpath-format json FILE`) and checks that the result is the one the Swift API gives.

    scripts/jaxen-via-cli.py --bin DIR [--baseline FILE] [-v]

DIR holds release builds of `lignum` and `lignum-jaxen`. The tests come from
`lignum-jaxen --list` (one per line, nested valueOf as PARENT.vN); the Swift API's result from
`lignum-jaxen --verbose`. A context that selects several nodes is run once per node, through
`--xpath-context '(SELECT)[i]'`; the nested valueOf of a test run on each node it selects, through
a second `--xpath-context '(TEST)[j]'`. Every answer is checked against the JSON contract (one
object and a newline on stdout, exit 0; nothing on stdout and exit 2 for a static error, 3 for a
dynamic one). Exit status 0 when the CLI passes and fails exactly the tests the Swift API passes
and fails, and those failures are the baseline's; 1 otherwise. Tests calling Jaxen's own
functions are reported apart: the CLI does not bind them (they are unknown functions there).
"""
import json
import os
import re
import subprocess
import sys

KINDS = {"document", "element", "attribute", "text", "comment", "processing-instruction", "namespace"}


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def pairs(field):
    return [p for p in field.split(" ") if p] if field else []


class CLI:
    def __init__(self, lignum):
        self.lignum = lignum
        self.calls = 0
        self.contract_errors = []

    def run(self, doc, contexts, select, variables, namespaces):
        """(exit status, parsed JSON or None)."""
        argv = [self.lignum, "lint", "--xpath", select]
        for c in contexts:
            argv += ["--xpath-context", c]
        for v in variables:
            argv += ["--xpath-var", v]
        for n in namespaces:
            argv += ["--xpath-ns", n]
        argv += ["--xpath-format", "json", doc]
        self.calls += 1
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        out = p.stdout.decode("utf-8", "surrogateescape")
        where = f"{select!r} on {os.path.basename(doc)} (contexts {contexts})"
        if p.returncode != 0:
            if out:
                self.contract_errors.append(f"{where}: exit {p.returncode} with output on stdout")
            if p.returncode not in (2, 3):
                self.contract_errors.append(f"{where}: exit {p.returncode}: {p.stderr.decode(errors='replace').strip()}")
            if not p.stderr:
                self.contract_errors.append(f"{where}: exit {p.returncode} without a message on stderr")
            return p.returncode, None
        if not out.endswith("\n") or out.count("\n") != 1:
            self.contract_errors.append(f"{where}: stdout is not one line: {out!r}")
        try:
            v = json.loads(out)
        except ValueError as e:
            self.contract_errors.append(f"{where}: not JSON ({e}): {out!r}")
            return p.returncode, None
        self.check_shape(v, where)
        return 0, v

    def check_shape(self, v, where):
        ok = isinstance(v, dict) and v.get("type") in ("node-set", "string", "number", "boolean")
        if ok and v["type"] == "node-set":
            ok = set(v) == {"type", "nodes"} and isinstance(v["nodes"], list) and all(
                isinstance(n, dict) and set(n) == {"kind", "name", "value"} and n["kind"] in KINDS
                and isinstance(n["name"], str) and isinstance(n["value"], str) for n in v["nodes"])
        elif ok:
            want = bool if v["type"] == "boolean" else str
            ok = set(v) == {"type", "value"} and isinstance(v["value"], want)
        if not ok:
            self.contract_errors.append(f"{where}: JSON outside the contract: {v!r}")


def string_of(v):
    """XPath string() of a JSON result."""
    if v["type"] == "node-set":
        return v["nodes"][0]["value"] if v["nodes"] else ""
    if v["type"] == "boolean":
        return "true" if v["value"] else "false"
    return v["value"]


def check(cli, test, doc, contexts):
    """None when the test passes with these contexts, else why not."""
    status, v = cli.run(doc, contexts, test["select"], test["vars"], test["ns"])
    exp = test["expect"]
    if exp == "error":
        return None if status in (2, 3) else f"expected an error, got exit {status}"
    if v is None:
        return f"exit {status}"
    if exp.startswith("value:"):
        got = string_of(v)
        return None if got == exp[6:] else f"expected {exp[6:]!r}, got {got!r}"
    if v["type"] != "node-set":
        return f"expected a node-set, got a {v['type']}"
    n = len(v["nodes"])
    if exp.startswith("count:") and n != int(exp[6:]):
        return f"expected {exp[6:]} nodes, got {n}"
    for j in range(1, n + 1):
        for nested in test["nested"]:
            why = check(cli, nested, doc, contexts + [f"({test['select']})[{j}]"])
            if why:
                return f"nested {nested['id']} {nested['select']}: {why}"
    return None


def read_list(jaxen):
    out = subprocess.run([jaxen, "--list"], stdout=subprocess.PIPE, check=True).stdout.decode()
    tests, by_id = [], {}
    for line in out.splitlines():
        f = [unescape(x) for x in line.split("\t")]
        f += [""] * (7 - len(f))
        ident = f[0].rstrip("*")
        t = {"id": ident, "ext": f[0].endswith("*"), "doc": f[1], "context": f[2], "select": f[3],
             "expect": f[4], "vars": pairs(f[5]), "ns": pairs(f[6]), "nested": []}
        by_id[ident] = t
        parent = ident.rsplit(".v", 1)[0] if ".v" in ident else None
        if parent:
            by_id[parent]["nested"].append(t)
        else:
            tests.append(t)
    return tests


def swift_result(jaxen, baseline):
    out = subprocess.run([jaxen, "--verbose", "--baseline", baseline], stdout=subprocess.PIPE).stdout.decode()
    failed = {m.group(1) for m in re.finditer(r"^FAIL \([a-z ]+\) (\S+)", out, re.M)}
    m = re.search(r"^Passed: (\d+) / Failed: (\d+)", out, re.M)
    e = re.search(r"^Jaxen extension functions \(not counted\): (\d+) passed, (\d+) failed", out, re.M)
    return int(m.group(1)), failed, e.group(0) if e else "?"


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    bindir = args[args.index("--bin") + 1] if "--bin" in args else ".build/release"
    baseline = args[args.index("--baseline") + 1] if "--baseline" in args else "conformance/expected/jaxen-failures.txt"
    jaxen = os.path.join(bindir, "lignum-jaxen")
    cli = CLI(os.path.join(bindir, "lignum"))
    known = set()
    if os.path.exists(baseline):
        for line in open(baseline, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                known.add(re.split(r"[\s#]", line, 1)[0])

    context_sizes = {}
    passed, failed, ext_passed, ext_failed = 0, {}, 0, 0
    for t in read_list(jaxen):
        key = (t["doc"], t["context"], tuple(t["ns"]))
        if key not in context_sizes:
            status, v = cli.run(t["doc"], [], t["context"], [], t["ns"])
            context_sizes[key] = len(v["nodes"]) if v and v["type"] == "node-set" else 0
        size = context_sizes[key]
        why = None if size else f"context {t['context']} selects nothing"
        for i in range(1, size + 1):
            why = check(cli, t, t["doc"], [f"({t['context']})[{i}]"])
            if why:
                break
        if t["ext"]:
            ext_passed, ext_failed = ext_passed + (why is None), ext_failed + (why is not None)
            continue
        if why:
            failed[t["id"]] = why
            print(f"FAIL {t['id']} [{os.path.basename(t['doc'])}, context {t['context']}] {t['select']}: {why}")
        else:
            passed += 1
            if verbose:
                print(f"ok {t['id']} {t['select']}")

    api_passed, api_failed, api_ext = swift_result(jaxen, baseline)
    print(f"jaxen via the CLI ({cli.calls} runs of lignum lint --xpath-format json):")
    print(f"Passed: {passed} / Failed: {len(failed)}")
    print(f"Jaxen extension functions (not counted; not bound by the CLI): {ext_passed} passed, {ext_failed} failed")
    print(f"Swift API: Passed: {api_passed} / Failed: {len(api_failed)}; {api_ext}")
    ok = True
    for e in cli.contract_errors:
        print(f"  contract: {e}")
        ok = False
    for i in sorted(set(failed) - api_failed):
        print(f"  fails through the CLI only: {i}: {failed[i]}")
        ok = False
    for i in sorted(api_failed - set(failed)):
        print(f"  fails through the Swift API only: {i}")
        ok = False
    for i in sorted(set(failed) - known):
        print(f"  not in the baseline: {i}")
        ok = False
    if passed != api_passed:
        ok = False
    print("same result as the Swift API" if ok else "DIFFERENT from the Swift API or the contract")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
