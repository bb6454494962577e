"""Deterministic stratified dev/test split and MANIFEST.txt (standard library only).

Strata are (lang, first label or "none"), visited in sorted order. One
random.Random(20261234) instance shuffles each stratum in turn. The first half of a
stratum goes to dev, the second half to test; when a stratum has an odd size, its
last shuffled item is the extra one, and extras alternate dev, test, dev, ...
"""
import hashlib
import json
import os
import random
from collections import Counter

SEED = 20261234
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def write(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def sha(name):
    with open(os.path.join(HERE, name), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


items = read("items.jsonl")
order = {it["id"]: i for i, it in enumerate(items)}
strata = {}
for it in items:
    key = (it["lang"], it["labels"][0] if it["labels"] else "none")
    strata.setdefault(key, []).append(it)

rng = random.Random(SEED)
dev, test = [], []
extra_to_dev = True
for key in sorted(strata):
    group = list(strata[key])
    rng.shuffle(group)
    half = len(group) // 2
    dev.extend(group[:half])
    test.extend(group[half:2 * half])
    if len(group) % 2:
        (dev if extra_to_dev else test).append(group[-1])
        extra_to_dev = not extra_to_dev

dev.sort(key=lambda it: order[it["id"]])
test.sort(key=lambda it: order[it["id"]])
write("dev.jsonl", dev)
write("test.jsonl", test)


def summary(name, rows):
    out = []
    neg = [r for r in rows if not r["labels"]]
    hard = [r for r in neg if r["hard"]]
    out.append("## %s" % name)
    out.append("total %d" % len(rows))
    out.append("negatives %d" % len(neg))
    out.append("hard negatives %d" % len(hard))
    out.append("positives %d" % (len(rows) - len(neg)))
    langs = Counter(r["lang"] for r in rows)
    out.append("per language: " + " ".join("%s=%d" % (l, langs[l]) for l in LANGS))
    labs = Counter(l for r in rows for l in r["labels"])
    out.append("per label: " + " ".join("%s=%d" % (l, labs[l]) for l in LABELS))
    out.append("language x label (positives per label; none = negatives):")
    heads = ["lang"] + [l[:8] for l in LABELS] + ["none"]
    out.append("  " + " ".join("%-8s" % h for h in heads))
    for lg in LANGS:
        sub = [r for r in rows if r["lang"] == lg]
        c = Counter(l for r in sub for l in r["labels"])
        cells = [lg] + [str(c[l]) for l in LABELS] + [str(sum(1 for r in sub if not r["labels"]))]
        out.append("  " + " ".join("%-8s" % x for x in cells))
    out.append("")
    return out


lines = ["# MANIFEST: blind evaluation set 34", "",
         "split: strata (lang, first label or none), sorted; random.Random(%d); "
         "first half dev, second half test; odd extras alternate starting with dev" % SEED, ""]
lines += summary("all (items.jsonl)", items)
lines += summary("dev (dev.jsonl)", dev)
lines += summary("test (test.jsonl)", test)
lines.append("## SHA-256")
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append("%s  %s" % (sha(name), name))
with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(lines) + "\n")
print("dev %d, test %d; MANIFEST.txt written" % (len(dev), len(test)))
