#!/usr/bin/python3
"""Split items.jsonl into dev.jsonl / test.jsonl, stratified by (lang, first label or none), seed 20261208."""
import json, os, random, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
rng = random.Random(20261208)
groups = {}
for r in rows:
    groups.setdefault((r["lang"], r["labels"][0] if r["labels"] else "none"), []).append(r)
dev, test = [], []
flip = 0
for key in sorted(groups):
    g = groups[key][:]
    rng.shuffle(g)
    half = len(g) // 2
    if len(g) % 2:
        half += flip
        flip = 1 - flip
    dev += g[:half]
    test += g[half:]
order = {r["id"]: i for i, r in enumerate(rows)}
dev.sort(key=lambda r: order[r["id"]]); test.sort(key=lambda r: order[r["id"]])
lines = []
for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
    p = os.path.join(HERE, name)
    with open(p, "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in part if not r["labels"])
    lines.append("%s: %d items, %d negatives, %d hard" % (name, len(part), neg, sum(1 for r in part if r["hard"])))
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    h = hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
    lines.append("sha256 %s  %s" % (h, name))
open(os.path.join(HERE, "MANIFEST.txt"), "w").write("split seed 20261208, stratified by (lang, first label or none)\n" + "\n".join(lines) + "\n")
print("\n".join(lines))
