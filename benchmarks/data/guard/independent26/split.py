"""Deterministic stratified dev/test split of items.jsonl; writes MANIFEST.txt.

Strata: (lang, first label or "none"), visited in sorted order. Each stratum is
shuffled with one random.Random(20261226); the first half goes to dev, and when a
stratum has an odd count the extra item alternates dev/test across strata,
starting with dev. Standard library only.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def dump(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


items = load(os.path.join(HERE, "items.jsonl"))
strata = collections.defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)

rng = random.Random(20261226)
dev, test = [], []
odd_to_dev = True
for key in sorted(strata):
    group = list(strata[key])
    rng.shuffle(group)
    half = len(group) // 2
    dev.extend(group[:half])
    test.extend(group[half:2 * half])
    if len(group) % 2:
        (dev if odd_to_dev else test).append(group[-1])
        odd_to_dev = not odd_to_dev

order = {it["id"]: i for i, it in enumerate(items)}
dev.sort(key=lambda it: order[it["id"]])
test.sort(key=lambda it: order[it["id"]])
dump(os.path.join(HERE, "dev.jsonl"), dev)
dump(os.path.join(HERE, "test.jsonl"), test)


def counts(name, rows):
    out = []
    langs = sorted({it["lang"] for it in items})
    neg = sum(1 for it in rows if not it["labels"])
    hard = sum(1 for it in rows if it["hard"])
    out.append("[%s] total %d; negatives %d; hard %d; positives %d" % (
        name, len(rows), neg, hard, len(rows) - neg))
    lc = collections.Counter(it["lang"] for it in rows)
    out.append("  per language: " + ", ".join("%s %d" % (l, lc[l]) for l in langs))
    lab = collections.Counter(l for it in rows for l in it["labels"])
    out.append("  per label: " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS) + ", none %d" % neg)
    ll = collections.Counter()
    for it in rows:
        for l in (it["labels"] or ["none"]):
            ll[(it["lang"], l)] += 1
    out.append("  language x label:")
    for lang in langs:
        out.append("    %s: " % lang + " ".join("%s=%d" % (l, ll[(lang, l)]) for l in LABELS + ["none"]))
    return out


lines = ["Blind evaluation set 26: messy text: how people really type",
         "split: random.Random(20261226), strata (lang, first label or none), sorted;"
         " first half to dev, odd extras alternate dev/test starting with dev", ""]
lines += counts("all", items) + [""] + counts("dev", dev) + [""] + counts("test", test) + [""]
for fn in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append("sha256 %s %s" % (fn, sha(os.path.join(HERE, fn))))
with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print("dev %d, test %d" % (len(dev), len(test)))
