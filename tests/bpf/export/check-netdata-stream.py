#!/usr/bin/env python3
"""Reads a Netdata external-plugin stream on stdin and checks it the way the
agent's parser (plugins.d) would: every line a known keyword, BEGIN only for a
defined chart, SET only for a dimension defined on that chart, integer values,
END closing each BEGIN, incremental dimensions never going backwards.
Prints a summary; exits 1 on the first violation."""
import shlex
import sys

charts = {}          # chart id -> {dimension id: algorithm}
last = {}            # (chart, dim) -> last incremental value
current = None
blocks = 0
sets = 0
required = sys.argv[1:]  # chart ids that must receive data


def fail(lineno, line, why):
    print(f"line {lineno}: {why}: {line!r}")
    sys.exit(1)


seen_data = set()
chart = None
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line:
        continue
    words = shlex.split(line)
    key = words[0]
    if key == "CHART":
        # CHART type.id name title units family context charttype priority update_every options plugin module
        if len(words) < 9 or "." not in words[1]:
            fail(lineno, line, "CHART needs type.id and at least 8 fields")
        if words[7] not in ("line", "area", "stacked", "heatmap"):
            fail(lineno, line, "unknown chart type")
        int(words[8])
        chart = words[1]
        charts.setdefault(chart, {})
    elif key == "DIMENSION":
        if chart is None or current is not None:
            fail(lineno, line, "DIMENSION outside a chart definition")
        if len(words) < 6:
            fail(lineno, line, "DIMENSION needs id name algorithm multiplier divisor")
        if words[3] not in ("absolute", "incremental", "percentage-of-absolute-row", "percentage-of-incremental-row"):
            fail(lineno, line, "unknown algorithm")
        if int(words[4]) == 0 or int(words[5]) == 0:
            fail(lineno, line, "multiplier and divisor must not be 0")
        charts[chart][words[1]] = words[3]
    elif key == "BEGIN":
        if current is not None:
            fail(lineno, line, "BEGIN inside BEGIN")
        if words[1] not in charts:
            fail(lineno, line, "BEGIN for an undefined chart")
        current = words[1]
        chart = None
    elif key == "SET":
        if current is None or len(words) != 4 or words[2] != "=":
            fail(lineno, line, "SET outside BEGIN or malformed")
        dim = words[1]
        if dim not in charts[current]:
            fail(lineno, line, f"SET of a dimension not defined on {current}")
        value = int(words[3])
        if charts[current][dim] == "incremental":
            if value < last.get((current, dim), 0):
                fail(lineno, line, "incremental counter went backwards")
            last[(current, dim)] = value
        seen_data.add(current)
        sets += 1
    elif key == "END":
        if current is None:
            fail(lineno, line, "END without BEGIN")
        current = None
        blocks += 1
    elif key in ("DISABLE",):
        fail(lineno, line, "plugin disabled itself")
    else:
        fail(lineno, line, "unknown keyword")

if current is not None:
    print("stream ended inside a BEGIN block")
    sys.exit(1)
missing = [c for c in required if c not in seen_data]
if missing:
    print("no data for: " + ", ".join(missing))
    sys.exit(1)
print(f"ok: {len(charts)} charts, {sum(len(d) for d in charts.values())} dimensions, {blocks} updates, {sets} values")
