#!/usr/bin/env python3
"""Stratified dev/test split of items.jsonl by (lang, first label or "none").

Seed 20261216; strata processed in sorted order; items of a stratum are sorted
by id, shuffled, then assigned alternately to dev/test. The starting half is
flipped after every stratum with an odd number of items.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261216


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def counts(items):
    c = collections.OrderedDict()
    c["total"] = len(items)
    c["negatives"] = sum(1 for i in items if not i["labels"])
    c["hard"] = sum(1 for i in items if i["hard"])
    for lang in ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]:
        c["lang " + lang] = sum(1 for i in items if i["lang"] == lang)
    labs = collections.Counter(l for i in items for l in i["labels"])
    for l in sorted(labs):
        c["label " + l] = labs[l]
    return c


def main():
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    strata = collections.defaultdict(list)
    for it in items:
        key = (it["lang"], it["labels"][0] if it["labels"] else "none")
        strata[key].append(it)
    rng = random.Random(SEED)
    dev, test = [], []
    start_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda i: i["id"])
        rng.shuffle(group)
        for n, it in enumerate(group):
            to_dev = (n % 2 == 0) == start_dev
            (dev if to_dev else test).append(it)
        if len(group) % 2 == 1:
            start_dev = not start_dev
    dev.sort(key=lambda i: i["id"])
    test.sort(key=lambda i: i["id"])
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for it in rows:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    cd, ct = counts(dev), counts(test)
    lines = ["MANIFEST – blind set 16 (split seed %d, strata = (lang, first label or none))" % SEED, ""]
    lines.append("%-32s %6s %6s" % ("count", "dev", "test"))
    for k in cd:
        lines.append("%-32s %6d %6d" % (k, cd[k], ct.get(k, 0)))
    lines.append("")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append("sha256 %s  %s" % (sha(os.path.join(HERE, name)), name))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("dev %d, test %d, strata %d" % (len(dev), len(test), len(strata)))


if __name__ == "__main__":
    main()
