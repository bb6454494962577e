#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl / test.jsonl.

Strata: (lang, first label or "none"). Within a stratum, items are sorted by id and
shuffled with random.Random(SEED); the first half goes to dev, the rest to test. When a
stratum has an odd size, the extra item alternates between dev and test over the strata
(taken in sorted order), so the halves differ by at most one item per stratum and stay
close in size overall. Writes MANIFEST.txt with per-half counts and SHA-256 checksums.
"""
import collections
import hashlib
import json
import os
import random

SEED = 20261218
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def counts(items):
    c = collections.OrderedDict()
    c["total"] = len(items)
    neg = [i for i in items if not i["labels"]]
    c["negatives"] = len(neg)
    c["hard negatives"] = sum(1 for i in neg if i["hard"])
    c["positives"] = len(items) - len(neg)
    for l in LANGS:
        c["lang " + l] = sum(1 for i in items if i["lang"] == l)
    for l in LABELS:
        c["label " + l] = sum(1 for i in items if l in i["labels"])
    return c


def main():
    src = os.path.join(HERE, "items.jsonl")
    with open(src, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    order = {it["id"]: n for n, it in enumerate(items)}
    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(SEED)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda it: it["id"])
        rng.shuffle(group)
        half = len(group) // 2
        if len(group) % 2:
            if extra_to_dev:
                half += 1
            extra_to_dev = not extra_to_dev
        dev_ids.update(it["id"] for it in group[:half])
        test_ids.update(it["id"] for it in group[half:])
    assert not dev_ids & test_ids and len(dev_ids) + len(test_ids) == len(items)
    dev = sorted((it for it in items if it["id"] in dev_ids), key=lambda it: order[it["id"]])
    test = sorted((it for it in items if it["id"] in test_ids), key=lambda it: order[it["id"]])
    for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for it in part:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    cd, ct = counts(dev), counts(test)
    lines = ["MANIFEST: blind evaluation set 18 (split seed %d, strata = (lang, first label or none))" % SEED, "",
             "%-32s %6s %6s" % ("", "dev", "test")]
    for k in cd:
        lines.append("%-32s %6d %6d" % (k, cd[k], ct[k]))
    lines += ["", "SHA-256"]
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append("%s  %s" % (sha256(os.path.join(HERE, name)), name))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("split.py: dev %d, test %d, strata %d" % (len(dev), len(test), len(strata)))


if __name__ == "__main__":
    main()
