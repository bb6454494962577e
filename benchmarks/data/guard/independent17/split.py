#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl / test.jsonl,
then write MANIFEST.txt (stdlib only).

Strata: (lang, first label or "none"). Within each stratum the items (sorted
by id) are shuffled with random.Random(20261217) and dealt out alternately;
the half that receives the odd leftover item alternates from stratum to
stratum (strata visited in sorted order), so the two halves differ by at most
one item. Items keep their items.jsonl order inside each half.
"""
import collections
import hashlib
import json
import os
import random

SEED = 20261217
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    src = os.path.join(HERE, "items.jsonl")
    with open(src, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh]

    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it["id"])

    rng = random.Random(SEED)
    half_of = {}
    odd_to_dev = True
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        first, second = ("dev", "test") if odd_to_dev else ("test", "dev")
        for i, iid in enumerate(ids):
            half_of[iid] = first if i % 2 == 0 else second
        if len(ids) % 2 == 1:
            odd_to_dev = not odd_to_dev

    halves = {"dev": [], "test": []}
    for it in items:
        halves[half_of[it["id"]]].append(it)
    for name, rows in halves.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for it in rows:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")

    media = {}
    mpath = os.path.join(HERE, "src", "media.tsv")
    if os.path.exists(mpath):
        with open(mpath, encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                iid, med = line.rstrip("\n").split("\t")
                media[iid] = med

    out = []
    out.append("Guard blind set 17 (independent17): spoken words written down, and very short messages")
    out.append("Frozen after the split: no item may be edited, added or removed.")
    out.append("split: stratified by (lang, first label or none), seed %d" % SEED)
    out.append("")
    for name in ("all", "dev", "test"):
        rows = items if name == "all" else halves[name]
        neg = [i for i in rows if not i["labels"]]
        out.append("[%s] total %d; negatives %d; hard negatives %d; positives %d; multi-label %d; implicit %d" % (
            name, len(rows), len(neg), sum(1 for i in neg if i["hard"]), len(rows) - len(neg),
            sum(1 for i in rows if len(i["labels"]) > 1),
            sum(1 for i in rows if i["note"].startswith("implicit:"))))
        out.append("  per language (total/neg/hard): " + ", ".join(
            "%s %d/%d/%d" % (l, sum(1 for i in rows if i["lang"] == l),
                             sum(1 for i in rows if i["lang"] == l and not i["labels"]),
                             sum(1 for i in rows if i["lang"] == l and i["hard"]))
            for l in LANGS))
        lc = collections.Counter(l for i in rows for l in i["labels"])
        out.append("  per label: " + ", ".join("%s %d" % (l, lc[l]) for l in LABELS))
        cc = collections.Counter(i["channel"] for i in rows)
        out.append("  per channel: " + ", ".join("%s %d" % (c, n) for c, n in sorted(cc.items())))
        if media:
            mc = collections.Counter(media.get(i["id"], "?") for i in rows)
            out.append("  per medium (src/media.tsv): " + ", ".join("%s %d" % (m, n) for m, n in sorted(mc.items())))
        out.append("")
    out.append("SHA-256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        out.append("  %s  %s" % (sha256(os.path.join(HERE, name)), name))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main()
