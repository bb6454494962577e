#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl.

Strata: (lang, first label or "none"), visited in sorted order. Within a stratum the items
(sorted by id) are shuffled with one random.Random(20261224) shared across strata; the first
half goes to dev, the second half to test; when a stratum has an odd count the extra item goes
to dev and test alternately across such strata, starting with dev.
Writes dev.jsonl, test.jsonl (both in items.jsonl order) and MANIFEST.txt.
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


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    with open(items_path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(20261224)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        rng.shuffle(group)
        half = len(group) // 2
        dev_part, test_part = group[:half], group[half:2 * half]
        if len(group) % 2:
            (dev_part if extra_to_dev else test_part).append(group[-1])
            extra_to_dev = not extra_to_dev
        dev_ids.update(x["id"] for x in dev_part)
        test_ids.update(x["id"] for x in test_part)
    assert not dev_ids & test_ids and len(dev_ids) + len(test_ids) == len(items)
    dev = [it for it in items if it["id"] in dev_ids]
    test = [it for it in items if it["id"] in test_ids]
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for it in rows:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

    def counts(rows):
        c = {"total": len(rows),
             "negatives": sum(1 for r in rows if not r["labels"]),
             "hard": sum(1 for r in rows if r["hard"]),
             "lang": collections.Counter(r["lang"] for r in rows),
             "label": collections.Counter(l for r in rows for l in r["labels"]),
             "langlabel": collections.Counter((r["lang"], l) for r in rows for l in (r["labels"] or ["none"]))}
        return c

    parts = [("all", counts(items)), ("dev", counts(dev)), ("test", counts(test))]
    lines = ["Blind evaluation set 24: children, families and the places they go", ""]
    lines.append("split: stratified by (lang, first label or none), random.Random(20261224)")
    lines.append("")
    lines.append("totals            all    dev   test")
    for k in ("total", "negatives", "hard"):
        lines.append(f"  {k:14} " + " ".join(f"{c[k]:6}" for _, c in parts))
    lines.append("")
    lines.append("per language      all    dev   test")
    for lang in LANGS:
        lines.append(f"  {lang:14} " + " ".join(f"{c['lang'][lang]:6}" for _, c in parts))
    lines.append("")
    lines.append("per label         all    dev   test")
    for lab in LABELS:
        lines.append(f"  {lab:20} " + " ".join(f"{c['label'][lab]:6}" for _, c in parts))
    lines.append("")
    lines.append("per language x label (all/dev/test)")
    cols = LABELS + ["none"]
    lines.append("  lang  " + " ".join(f"{c[:10]:>12}" for c in cols))
    for lang in LANGS:
        cells = []
        for lab in cols:
            cells.append("/".join(str(c["langlabel"][(lang, lab)]) for _, c in parts))
        lines.append(f"  {lang:5} " + " ".join(f"{x:>12}" for x in cells))
    lines.append("")
    lines.append("sha256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append(f"  {name:12} {sha256(os.path.join(HERE, name))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"dev {len(dev)} / test {len(test)}; wrote MANIFEST.txt")


if __name__ == "__main__":
    main()
