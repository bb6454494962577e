#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl.

Strata = (lang, first label or "none"). Within a stratum items are sorted by id, then shuffled with
one random.Random(20261220) instance (strata visited in sorted order). The first half goes to dev,
the second half to test; when a stratum has an odd size, the extra item alternates between dev and
test (first odd stratum -> dev). Writes dev.jsonl, test.jsonl and MANIFEST.txt.
"""
import hashlib
import json
import os
import random
from collections import Counter, defaultdict

SEED = 20261220
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    with open(items_path, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]

    strata = defaultdict(list)
    for it in items:
        key = (it["lang"], it["labels"][0] if it["labels"] else "none")
        strata[key].append(it)

    rng = random.Random(SEED)
    dev, test = [], []
    odd_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        rng.shuffle(group)
        half = len(group) // 2
        dev.extend(group[:half])
        test.extend(group[half:2 * half])
        if len(group) % 2:
            (dev if odd_to_dev else test).append(group[-1])
            odd_to_dev = not odd_to_dev

    order = {it["id"]: i for i, it in enumerate(items)}
    dev.sort(key=lambda x: order[x["id"]])
    test.sort(key=lambda x: order[x["id"]])

    for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as out:
            for it in part:
                out.write(json.dumps(it, ensure_ascii=False) + "\n")

    lines = []
    lines.append("Blind evaluation set 20 (what a company's systems hold) - split manifest")
    lines.append("seed %d; strata = (lang, first label or none); sorted by id, shuffled, first half dev, odd extras alternate dev/test" % SEED)
    lines.append("")
    lines.append("items.jsonl %d   dev.jsonl %d   test.jsonl %d" % (len(items), len(dev), len(test)))
    lines.append("")
    for name, part in (("dev", dev), ("test", test)):
        negs = [it for it in part if not it["labels"]]
        hard = sum(1 for it in negs if it["hard"])
        lines.append("[%s] total %d, negatives %d (hard %d), positives %d" % (name, len(part), len(negs), hard, len(part) - len(negs)))
        lc = Counter(it["lang"] for it in part)
        lines.append("  per language: " + ", ".join("%s %d" % (l, lc[l]) for l in LANGS))
        lab = Counter(l for it in part for l in it["labels"])
        lines.append("  per label:    " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS) + ", none %d" % len(negs))
        lines.append("  per language x label (racial political religious union genetic biometric health sex child | none):")
        for lang in LANGS:
            li = [it for it in part if it["lang"] == lang]
            lab_l = Counter(l for it in li for l in it["labels"])
            lines.append("    %s: " % lang + " ".join("%3d" % lab_l[l] for l in LABELS) + " | %3d" % sum(1 for it in li if not it["labels"]))
        lines.append("")
    lines.append("sha256 items.jsonl %s" % sha256(items_path))
    lines.append("sha256 dev.jsonl   %s" % sha256(os.path.join(HERE, "dev.jsonl")))
    lines.append("sha256 test.jsonl  %s" % sha256(os.path.join(HERE, "test.jsonl")))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
