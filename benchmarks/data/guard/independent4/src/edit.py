#!/usr/bin/python3
"""Hand-editing helper: stdin lines '- substring' delete the one src line containing it; '= substring' starts a
replacement (next line replaces the matched line in place); other non-blank lines are appended."""
import sys, os
lang = sys.argv[1]
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), lang + ".txt")
lines = open(p, encoding="utf-8").read().rstrip("\n").split("\n")
def find(sub):
    hits = [i for i, l in enumerate(lines) if sub in l]
    if len(hits) != 1:
        raise SystemExit("%s: %r matches %d lines" % (lang, sub, len(hits)))
    return hits[0]
pending = None
add = []
for raw in sys.stdin.read().split("\n"):
    if not raw.strip():
        continue
    if pending is not None:
        lines[pending] = raw; pending = None
    elif raw.startswith("= "):
        pending = find(raw[2:])
    elif raw.startswith("- "):
        lines[find(raw[2:])] = None
        lines = [l for l in lines if l is not None]
    else:
        add.append(raw)
lines = [l for l in lines if l is not None] + add
open(p, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(lang, len(lines))
