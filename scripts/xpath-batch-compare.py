#!/usr/bin/env python3
"""Compares `--xpath-batch` outputs (records: output, U+001E, status, newline).

    xpath-batch-compare.py EXPECTED ACTUAL COUNT
        Prints the 0-based indices of the records that differ (output or status), one per line;
        exits 2 when either file does not hold exactly COUNT records (a crash or a timeout).
    xpath-batch-compare.py --verify BATCH DOC EXPRS
        Checks a batch output of DOC against `xmllint --xpath` run once per line of EXPRS;
        exits 1 on any difference."""
import subprocess
import sys


def records(path):
    data = open(path, "rb").read()
    out, rest = [], data
    while rest:
        sep = rest.find(b"\x1e")
        if sep < 0:
            break
        nl = rest.find(b"\n", sep)
        if nl < 0:
            break
        out.append((rest[:sep], rest[sep + 1:nl]))
        rest = rest[nl + 1:]
    return out


def verify(batch, doc, exprs_file):
    exprs = open(exprs_file).read().split("\n")[:-1]
    bad = 0
    for e, (out, status) in zip(exprs, records(batch)):
        r = subprocess.run(["xmllint", "--xpath", e, doc], capture_output=True, timeout=60)
        if r.stdout != out or str(r.returncode).encode() != status:
            bad += 1
            print(f"differential-xpath: the batch program disagrees with xmllint on {doc}: {e}", file=sys.stderr)
    print(f"differential-xpath: batch program checked against xmllint on {doc}: {len(exprs) - bad}/{len(exprs)} identical")
    sys.exit(1 if bad else 0)


if sys.argv[1] == "--verify":
    verify(*sys.argv[2:5])
expected, actual, count = records(sys.argv[1]), records(sys.argv[2]), int(sys.argv[3])
if len(expected) != count or len(actual) != count:
    print(f"records: expected {len(expected)}, actual {len(actual)}, of {count}", file=sys.stderr)
    sys.exit(2)
for i, (x, y) in enumerate(zip(expected, actual)):
    if x != y:
        print(i)
