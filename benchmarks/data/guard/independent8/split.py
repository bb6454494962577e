#!/usr/bin/python3
"""Split items.jsonl into dev.jsonl / test.jsonl, stratified by (lang, first label or none)."""
import hashlib, json, os, random
ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261216

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

items = [json.loads(l) for l in open(os.path.join(ROOT, "items.jsonl"), encoding="utf-8")]
strata = {}
for it in items:
    strata.setdefault((it["lang"], it["labels"][0] if it["labels"] else "none"), []).append(it)
rng = random.Random(SEED)
dev, test = [], []
flip = 0
for key in sorted(strata):
    group = strata[key][:]
    rng.shuffle(group)
    half = len(group) // 2
    if len(group) % 2:
        half += flip
        flip = 1 - flip
    dev += group[:half]
    test += group[half:]
order = {it["id"]: i for i, it in enumerate(items)}
dev.sort(key=lambda x: order[x["id"]]); test.sort(key=lambda x: order[x["id"]])
for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
lines = ["seed %d" % SEED, "items %d, dev %d, test %d" % (len(items), len(dev), len(test))]
for name, rows in (("dev", dev), ("test", test)):
    neg = sum(1 for r in rows if not r["labels"])
    lines.append("%s: %d items, %d negatives, %d positives" % (name, len(rows), neg, len(rows) - neg))
    for lang in ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]:
        lines.append("  %s %s: %d" % (name, lang, sum(1 for r in rows if r["lang"] == lang)))
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append("sha256 %s %s" % (name, sha(os.path.join(ROOT, name))))
open(os.path.join(ROOT, "MANIFEST.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
