#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl.

Strata: (lang, first label or "none"), sorted. Each stratum is shuffled with one
random.Random(20261227); the first half goes to dev, the second to test, and the odd
extra of odd-sized strata alternates dev/test starting with dev.
Writes dev.jsonl, test.jsonl and MANIFEST.txt.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    with open(items_path, encoding="utf-8") as fh:
        lines = [l for l in fh.read().splitlines() if l.strip()]
    items = [json.loads(l) for l in lines]
    order = {it["id"]: i for i, it in enumerate(items)}

    strata = collections.defaultdict(list)
    for it in items:
        key = (it["lang"], it["labels"][0] if it["labels"] else "none")
        strata[key].append(it)

    rng = random.Random(20261227)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        group = list(strata[key])
        rng.shuffle(group)
        half = len(group) // 2
        dev_part, test_part = group[:half], group[half:2 * half]
        if len(group) % 2:
            (dev_part if extra_to_dev else test_part).append(group[-1])
            extra_to_dev = not extra_to_dev
        dev_ids.update(i["id"] for i in dev_part)
        test_ids.update(i["id"] for i in test_part)
    assert not dev_ids & test_ids and len(dev_ids) + len(test_ids) == len(items)

    by_line = dict(zip((it["id"] for it in items), lines))
    dev = sorted(dev_ids, key=order.get)
    test = sorted(test_ids, key=order.get)
    for name, ids in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for i in ids:
                fh.write(by_line[i] + "\n")

    parts = {"all": items,
             "dev": [it for it in items if it["id"] in dev_ids],
             "test": [it for it in items if it["id"] in test_ids]}
    out = ["Blind evaluation set 27: an ordinary day of personal data", ""]
    out.append("split: stratified by (lang, first label or none), random.Random(20261227)")
    out.append("")
    out.append("totals (items / positives / negatives / hard negatives):")
    for p, its in parts.items():
        pos = sum(1 for i in its if i["labels"])
        hard = sum(1 for i in its if i["hard"])
        out.append(f"  {p:5} {len(its):5} {pos:5} {len(its) - pos:5} {hard:5}")
    out.append("")
    out.append("per language (all / dev / test):")
    for lang in LANGS:
        c = [sum(1 for i in parts[p] if i["lang"] == lang) for p in parts]
        out.append(f"  {lang}  " + " / ".join(str(x) for x in c))
    out.append("")
    out.append("per label (all / dev / test); none = negatives:")
    for lab in LABELS + ["none"]:
        c = [sum(1 for i in parts[p] if (lab in i["labels"] if lab != "none" else not i["labels"]))
             for p in parts]
        out.append(f"  {lab:22} " + " / ".join(str(x) for x in c))
    out.append("")
    out.append("per language x label (all / dev / test):")
    for lang in LANGS:
        for lab in LABELS + ["none"]:
            c = [sum(1 for i in parts[p] if i["lang"] == lang and
                     (lab in i["labels"] if lab != "none" else not i["labels"])) for p in parts]
            out.append(f"  {lang} {lab:22} " + " / ".join(str(x) for x in c))
    out.append("")
    out.append("sha256:")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        out.append(f"  {name}  {sha(os.path.join(HERE, name))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"dev {len(dev)} / test {len(test)}")


if __name__ == "__main__":
    main()
