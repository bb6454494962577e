#!/usr/bin/env python3
"""Split items.jsonl into dev.jsonl and test.jsonl.

Strata: (lang, first label or "none"). Seed 20261209. Within each stratum (strata in
sorted order) the items are shuffled and assigned alternately to dev and test; the
starting half flips after every stratum with an odd number of items, so the halves
differ by at most one item. Each output keeps the order of items.jsonl.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def summary(name, rows):
    neg = [r for r in rows if not r["labels"]]
    lines = [f"{name}: items {len(rows)}, negatives {len(neg)}, hard {sum(r['hard'] for r in neg)}"]
    langs = collections.Counter(r["lang"] for r in rows)
    lines.append("  langs: " + " ".join(f"{k}={langs[k]}" for k in sorted(langs)))
    labs = collections.Counter(l for r in rows for l in r["labels"])
    lines.append("  labels: " + " ".join(f"{l}={labs[l]}" for l in LABELS))
    return lines


def main():
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    strata = collections.defaultdict(list)
    for i, r in enumerate(rows):
        strata[(r["lang"], r["labels"][0] if r["labels"] else "none")].append(i)
    rng = random.Random(SEED)
    half = {}
    start = 0
    for key in sorted(strata):
        idx = list(strata[key])
        rng.shuffle(idx)
        for k, i in enumerate(idx):
            half[i] = "dev" if (k + start) % 2 == 0 else "test"
        if len(idx) % 2 == 1:
            start = 1 - start
    out = {"dev": [], "test": []}
    for i, r in enumerate(rows):
        out[half[i]].append(r)
    for name in ("dev", "test"):
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in out[name]:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["Split of items.jsonl: strata (lang, first label or none), seed 20261209,",
             "alternate assignment within each shuffled stratum, start flipped after odd strata.", ""]
    lines += summary("dev", out["dev"]) + summary("test", out["test"]) + [""]
    lines.append("SHA-256:")
    for name in ("items", "dev", "test"):
        lines.append(f"  {sha256(os.path.join(HERE, name + '.jsonl'))}  {name}.jsonl")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
