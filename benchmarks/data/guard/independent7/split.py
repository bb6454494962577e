#!/usr/bin/python3
"""Split items.jsonl into dev.jsonl / test.jsonl, stratified by (lang, first label or 'none')."""
import hashlib
import json
import os
import random
from collections import defaultdict

SEED = 20261214
HERE = os.path.dirname(os.path.abspath(__file__))


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(l) for l in fh if l.strip()]
    strata = defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(SEED)
    dev_ids = set()
    extra_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            half += 1 if extra_to_dev else 0
            extra_to_dev = not extra_to_dev
        dev_ids.update(r["id"] for r in group[:half])
    dev = [r for r in items if r["id"] in dev_ids]
    test = [r for r in items if r["id"] not in dev_ids]
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    lines = ["seed %d; stratified by (lang, first label or none)" % SEED, ""]
    for name, rows in (("dev", dev), ("test", test)):
        neg = sum(1 for r in rows if not r["labels"])
        lines.append("%s: %d items, %d negatives (%d hard), %d positives" % (
            name, len(rows), neg, sum(1 for r in rows if not r["labels"] and r["hard"]), len(rows) - neg))
        langs = defaultdict(int)
        labs = defaultdict(int)
        for r in rows:
            langs[r["lang"]] += 1
            for l in r["labels"]:
                labs[l] += 1
        lines.append("  langs: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
        lines.append("  labels: " + ", ".join("%s %d" % kv for kv in sorted(labs.items())))
    lines.append("")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append("sha256 %s  %s" % (sha(os.path.join(HERE, name)), name))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
