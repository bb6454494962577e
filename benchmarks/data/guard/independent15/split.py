#!/usr/bin/env python3
"""Stratified split of items.jsonl into dev.jsonl / test.jsonl, plus MANIFEST.txt.

Strata: (lang, first label or "none"), visited in sorted order. Within each stratum
the items (sorted by id) are shuffled with random.Random(20261215) and assigned
alternately to dev and test; after a stratum with an odd number of items the
starting half flips, so the halves stay within one item of each other.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261215


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    with open(items_path, encoding="utf-8") as fh:
        items = [json.loads(l) for l in fh if l.strip()]
    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(SEED)
    halves = {"dev": [], "test": []}
    start = "dev"
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda i: i["id"])
        rng.shuffle(group)
        order = [start, "test" if start == "dev" else "dev"]
        for n, it in enumerate(group):
            halves[order[n % 2]].append(it)
        if len(group) % 2 == 1:
            start = order[1]
    for name, rows in halves.items():
        rows.sort(key=lambda i: i["id"])
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in rows:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    lines = ["Blind set 15 split (seed %d, strata = (lang, first label or none), sorted strata," % SEED,
             "shuffle within stratum, alternate assignment, start flips after odd strata)", ""]
    for name in ("dev", "test"):
        rows = halves[name]
        neg = [i for i in rows if not i["labels"]]
        lines.append("%s: %d items, %d negatives (%d hard), %d positives" % (
            name, len(rows), len(neg), sum(i["hard"] for i in neg), len(rows) - len(neg)))
        lang = collections.Counter(i["lang"] for i in rows)
        lines.append("  lang: " + ", ".join("%s %d" % kv for kv in sorted(lang.items())))
        lab = collections.Counter(l for i in rows for l in i["labels"])
        lines.append("  labels: " + ", ".join("%s %d" % kv for kv in sorted(lab.items())))
        ch = collections.Counter(i["channel"] for i in rows)
        lines.append("  channels: " + ", ".join("%s %d" % kv for kv in sorted(ch.items())))
    lines.append("")
    for name in ("items", "dev", "test"):
        lines.append("sha256 %s.jsonl %s" % (name, sha256(os.path.join(HERE, name + ".jsonl"))))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
