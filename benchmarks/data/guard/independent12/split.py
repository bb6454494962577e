#!/usr/bin/env python3
"""Stratified half split of items.jsonl into dev.jsonl / test.jsonl, plus MANIFEST.txt."""
import json, os, random, hashlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
strata = collections.defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
rng = random.Random(SEED)
dev, test = [], []
flip = 0
for key in sorted(strata):
    group = sorted(strata[key], key=lambda i: i["id"])
    rng.shuffle(group)
    half = len(group) // 2
    if len(group) % 2:
        half += flip; flip ^= 1
    dev += group[:half]; test += group[half:]
order = {it["id"]: k for k, it in enumerate(items)}
dev.sort(key=lambda i: order[i["id"]]); test.sort(key=lambda i: order[i["id"]])
for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for it in part: f.write(json.dumps(it, ensure_ascii=False) + "\n")
def sha(name):
    return hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
LABELS = "racial_ethnic political religious trade_union genetic biometric health sex_life_orientation child_under_13".split()
lines = [f"seed {SEED}; stratified by (lang, first label or none); half each", ""]
for name, part in (("items.jsonl", items), ("dev.jsonl", dev), ("test.jsonl", test)):
    neg = sum(not i["labels"] for i in part)
    lines.append(f"{name}: {len(part)} items, negatives {neg}, hard {sum(i['hard'] for i in part)}, sha256 {sha(name)}")
    lines.append("  langs: " + " ".join(f"{k}:{v}" for k, v in sorted(collections.Counter(i['lang'] for i in part).items())))
    lines.append("  labels: " + " ".join(f"{l}:{sum(l in i['labels'] for i in part)}" for l in LABELS))
with open(os.path.join(HERE, "MANIFEST.txt"), "w") as f: f.write("\n".join(lines) + "\n")
print("\n".join(lines))
