#!/usr/bin/env python3
"""Compares two `--xpath-batch` outputs (records: output, U+001E, status, newline).

    xpath-batch-compare.py EXPECTED ACTUAL COUNT

Prints the 0-based indices of the records that differ (output or status), one per line, and
exits 2 when either file does not hold exactly COUNT records (a crash or a timeout)."""
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


expected, actual, count = records(sys.argv[1]), records(sys.argv[2]), int(sys.argv[3])
if len(expected) != count or len(actual) != count:
    print(f"records: expected {len(expected)}, actual {len(actual)}, of {count}", file=sys.stderr)
    sys.exit(2)
for i, (x, y) in enumerate(zip(expected, actual)):
    if x != y:
        print(i)
