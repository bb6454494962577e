#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl and test.jsonl, plus MANIFEST.txt.

Strata are (lang, first label or "none"), visited in sorted order. One random.Random(20261232)
shuffles each stratum in turn. The first half of a shuffled stratum goes to dev, the second
half to test; when a stratum has an odd number of items, the extra item goes alternately to
dev and test, starting with dev. Output files keep the order of items.jsonl.
Standard library only.
"""
import hashlib
import json
import os
import random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261232
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write(path, items):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def split(items):
    strata = defaultdict(list)
    for it in items:
        key = (it["lang"], it["labels"][0] if it["labels"] else "none")
        strata[key].append(it["id"])
    rng = random.Random(SEED)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        ids = list(strata[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev_ids.update(ids[:half])
        test_ids.update(ids[half:2 * half])
        if len(ids) % 2:
            (dev_ids if extra_to_dev else test_ids).add(ids[-1])
            extra_to_dev = not extra_to_dev
    dev = [it for it in items if it["id"] in dev_ids]
    test = [it for it in items if it["id"] in test_ids]
    assert len(dev) + len(test) == len(items) and not dev_ids & test_ids
    return dev, test


def summary(name, items):
    out = []
    n = len(items)
    neg = [i for i in items if not i["labels"]]
    hard = [i for i in neg if i["hard"]]
    pos = [i for i in items if i["labels"]]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    out.append("## %s" % name)
    out.append("total: %d" % n)
    out.append("negatives: %d (%.1f%%)" % (len(neg), 100.0 * len(neg) / max(1, n)))
    out.append("hard negatives: %d (%.1f%% of negatives)" % (len(hard), 100.0 * len(hard) / max(1, len(neg))))
    out.append("positives: %d (implicit: %d, %.1f%% of positives)" % (len(pos), len(impl), 100.0 * len(impl) / max(1, len(pos))))
    lang = Counter(i["lang"] for i in items)
    out.append("per language: " + ", ".join("%s %d" % (l, lang[l]) for l in LANGS))
    lab = Counter(l for i in items for l in i["labels"])
    out.append("per label: " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS))
    chan = Counter(i["channel"] for i in items)
    out.append("per channel: " + ", ".join("%s %d" % (c, chan[c]) for c in sorted(chan)))
    out.append("")
    out.append("language x label (positives per label; neg = negatives, hard = hard negatives):")
    short = ["racial", "politi", "religi", "union", "geneti", "biomet", "health", "sexlif", "child"]
    out.append("lang  " + " ".join("%6s" % s for s in short) + "    neg   hard  total")
    for l in LANGS:
        li = [i for i in items if i["lang"] == l]
        c = Counter(x for i in li for x in i["labels"])
        ln = sum(1 for i in li if not i["labels"])
        lh = sum(1 for i in li if not i["labels"] and i["hard"])
        out.append("%-5s " % l + " ".join("%6d" % c[x] for x in LABELS) + "  %5d  %5d  %5d" % (ln, lh, len(li)))
    out.append("all   " + " ".join("%6d" % lab[x] for x in LABELS) + "  %5d  %5d  %5d" % (len(neg), len(hard), n))
    out.append("")
    return out


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    dev_path = os.path.join(HERE, "dev.jsonl")
    test_path = os.path.join(HERE, "test.jsonl")
    items = load(items_path)
    dev, test = split(items)
    write(dev_path, dev)
    write(test_path, test)
    lines = ["# MANIFEST: blind evaluation set 32", "",
             "split: stratified by (lang, first label or none), strata in sorted order,",
             "random.Random(%d) shuffle per stratum, first half dev, second half test," % SEED,
             "odd extra item alternating dev/test starting with dev.", ""]
    lines += summary("all (items.jsonl)", items)
    lines += summary("dev (dev.jsonl)", dev)
    lines += summary("test (test.jsonl)", test)
    lines.append("## SHA-256")
    lines.append("items.jsonl  %s" % sha256(items_path))
    lines.append("dev.jsonl    %s" % sha256(dev_path))
    lines.append("test.jsonl   %s" % sha256(test_path))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("dev %d, test %d; MANIFEST.txt written" % (len(dev), len(test)))


if __name__ == "__main__":
    main()
