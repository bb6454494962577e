#!/usr/bin/env python3
"""Stratified dev/test split of items.jsonl by (lang, first label or 'none'); seed 20261207."""
import hashlib, json, os, random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207

with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as f:
    items = [json.loads(x) for x in f if x.strip()]

strata = defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)

rng = random.Random(SEED)
dev_ids, flip = set(), 0
for key in sorted(strata):
    group = strata[key][:]
    rng.shuffle(group)
    half = len(group) // 2
    if len(group) % 2:
        half += flip
        flip ^= 1
    dev_ids.update(it["id"] for it in group[:half])

dev = [it for it in items if it["id"] in dev_ids]
test = [it for it in items if it["id"] not in dev_ids]


def write(name, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        for it in rows:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


lines = [f"seed {SEED}; stratified by (lang, first label or none)"]
for name, rows in (("items.jsonl", items), ("dev.jsonl", dev), ("test.jsonl", test)):
    digest = write(name, rows) if name != "items.jsonl" else hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
    neg = sum(1 for r in rows if not r["labels"])
    hard = sum(1 for r in rows if r["hard"])
    labs = Counter(l for r in rows for l in r["labels"])
    langs = Counter(r["lang"] for r in rows)
    lines.append(f"{name}: {len(rows)} items, negatives {neg}, hard {hard}, sha256 {digest}")
    lines.append("  langs: " + ", ".join(f"{k} {langs[k]}" for k in sorted(langs)))
    lines.append("  labels: " + ", ".join(f"{k} {labs[k]}" for k in sorted(labs)))
with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
