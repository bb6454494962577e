#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl and test.jsonl.

Strata are (lang, first label or "none"), visited in sorted order. One
random.Random(20261233) generator shuffles each stratum in turn. The first
half of a shuffled stratum goes to dev, the second half to test; the odd
extra item of a stratum alternates between dev and test, starting with dev.
Both halves keep the order of items.jsonl. MANIFEST.txt gets the counts and
the SHA-256 of items.jsonl, dev.jsonl and test.jsonl. Standard library only.
"""
import collections
import hashlib
import json
import os
import random

SEED = 20261233
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def split(items):
    strata = collections.defaultdict(list)
    for pos, it in enumerate(items):
        key = (it["lang"], it["labels"][0] if it["labels"] else "none")
        strata[key].append(pos)
    rng = random.Random(SEED)
    dev, test = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        members = list(strata[key])
        rng.shuffle(members)
        half = len(members) // 2
        cut = half
        if len(members) % 2 == 1:
            if extra_to_dev:
                cut = half + 1
            extra_to_dev = not extra_to_dev
        dev.update(members[:cut])
        test.update(members[cut:])
    return ([it for pos, it in enumerate(items) if pos in dev],
            [it for pos, it in enumerate(items) if pos in test])


def counts(items):
    lines = []
    neg = [i for i in items if not i["labels"]]
    hard = [i for i in neg if i["hard"]]
    pos = [i for i in items if i["labels"]]
    implicit = [i for i in pos if i["note"].startswith("implicit:")]
    lines.append("total %d" % len(items))
    lines.append("negatives %d (%.1f%%), hard negatives %d (%.1f%% of negatives)" % (
        len(neg), 100.0 * len(neg) / max(1, len(items)), len(hard), 100.0 * len(hard) / max(1, len(neg))))
    lines.append("positives %d, implicit %d (%.1f%% of positives)" % (
        len(pos), len(implicit), 100.0 * len(implicit) / max(1, len(pos))))
    lang_c = collections.Counter(i["lang"] for i in items)
    lines.append("per language: " + ", ".join("%s %d" % (l, lang_c[l]) for l in LANGS))
    lab_c = collections.Counter(l for i in items for l in i["labels"])
    lines.append("per label: " + ", ".join("%s %d" % (l, lab_c[l]) for l in LABELS))
    lines.append("")
    short = ["racial", "politi", "religi", "union", "genet", "biomet", "health", "sexlif", "child", "none"]
    lines.append("%-5s" % "lang" + "".join("%8s" % s for s in short) + "%8s" % "total")
    for lang in LANGS:
        li = [i for i in items if i["lang"] == lang]
        c = collections.Counter(l for i in li for l in i["labels"])
        row = "%-5s" % lang + "".join("%8d" % c[l] for l in LABELS)
        row += "%8d" % sum(1 for i in li if not i["labels"]) + "%8d" % len(li)
        lines.append(row)
    return lines


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    dev_path = os.path.join(HERE, "dev.jsonl")
    test_path = os.path.join(HERE, "test.jsonl")
    items = load(items_path)
    dev, test = split(items)
    write(dev_path, dev)
    write(test_path, test)
    out = ["# MANIFEST – blind evaluation set 33", "",
           "split: strata (lang, first label or none) in sorted order; random.Random(%d) shuffles each stratum;" % SEED,
           "first half to dev, second half to test; odd extra items alternate dev/test, first to dev.", ""]
    for name, part in (("all (items.jsonl)", items), ("dev (dev.jsonl)", dev), ("test (test.jsonl)", test)):
        out.append("## " + name)
        out.extend(counts(part))
        out.append("")
    out.append("## SHA-256")
    for path in (items_path, dev_path, test_path):
        out.append("%s  %s" % (sha256(path), os.path.basename(path)))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print("dev %d, test %d" % (len(dev), len(test)))


if __name__ == "__main__":
    main()
