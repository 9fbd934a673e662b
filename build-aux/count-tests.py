#!/usr/bin/env python3
"""Counts test cases in a meson test log: the TAP test points of each GTest program (a
program that crashed before printing any counts as one failure), and prints
"N passed, N failed"."""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        entry = json.loads(line)
        out = entry.get("stdout") or ""
        oks = len(re.findall(r"^ok \d+(?! .*# SKIP)", out, re.M))
        skips = len(re.findall(r"^ok \d+ .*# SKIP", out, re.M))
        nots = len(re.findall(r"^not ok \d+", out, re.M))
        result = entry.get("result")
        if oks + nots + skips == 0:
            if result == "OK":
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
            continue
        passed += oks
        skipped += skips
        failed += nots
        if result not in ("OK", "SKIP", "EXPECTEDFAIL") and nots == 0:
            failed += 1  # crashed or timed out after its last test point

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
