#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl for blind set 28.

Unit = a pair (same `pair:` tag in the same language) or a single item; both twins of a pair
always land in the same half. Units are stratified by (lang, first label of the unit's positive
item, or "none"). random.Random(20261228); strata in sorted order; within each stratum the shuffled
units are split in half (first half to dev); an odd extra unit alternates dev/test across strata,
starting with dev. Writes dev.jsonl, test.jsonl and MANIFEST.txt.
"""
import collections
import hashlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
PAIR_RE = re.compile(r"^(?:(?:implicit|explicit):\s*)?pair:([A-Za-z0-9_-]+)")


def read(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write(path, items):
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def main():
    items = read(os.path.join(HERE, "items.jsonl"))
    units = collections.OrderedDict()
    for it in items:
        m = PAIR_RE.match(it["note"])
        key = ("pair", it["lang"], m.group(1)) if m else ("single", it["id"])
        units.setdefault(key, []).append(it["id"])
    by_id = {it["id"]: it for it in items}

    strata = collections.defaultdict(list)
    for key, ids in units.items():
        pos = [by_id[i] for i in ids if by_id[i]["labels"]]
        first = pos[0]["labels"][0] if pos else "none"
        strata[(by_id[ids[0]]["lang"], first)].append(key)

    rng = random.Random(20261228)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for stratum in sorted(strata):
        keys = list(strata[stratum])
        rng.shuffle(keys)
        half = len(keys) // 2
        dev_keys, test_keys = keys[:half], keys[half:2 * half]
        if len(keys) % 2:
            (dev_keys if extra_to_dev else test_keys).append(keys[-1])
            extra_to_dev = not extra_to_dev
        for k in dev_keys:
            dev_ids.update(units[k])
        for k in test_keys:
            test_ids.update(units[k])
    assert not dev_ids & test_ids and len(dev_ids) + len(test_ids) == len(items)

    dev = [it for it in items if it["id"] in dev_ids]
    test = [it for it in items if it["id"] in test_ids]
    write(os.path.join(HERE, "dev.jsonl"), dev)
    write(os.path.join(HERE, "test.jsonl"), test)

    langs = []
    for it in items:
        if it["lang"] not in langs:
            langs.append(it["lang"])

    def block(name, rows):
        neg = [r for r in rows if not r["labels"]]
        out = [f"== {name}: {len(rows)} items; negatives {len(neg)}, hard {sum(r['hard'] for r in neg)}"]
        out.append("per language: " + " ".join(
            f"{l}={sum(1 for r in rows if r['lang'] == l)}" for l in langs))
        out.append("per label: " + " ".join(
            f"{l}={sum(1 for r in rows if l in r['labels'])}" for l in LABELS) +
            f" none={len(neg)}")
        out.append("language x label:")
        out.append("      " + " ".join(f"{l[:8]:>8}" for l in LABELS + ["none"]))
        for lang in langs:
            lr = [r for r in rows if r["lang"] == lang]
            cells = [sum(1 for r in lr if l in r["labels"]) for l in LABELS]
            cells.append(sum(1 for r in lr if not r["labels"]))
            out.append(f"  {lang}  " + " ".join(f"{c:>8}" for c in cells))
        return out

    lines = ["Blind evaluation set 28: close calls -- MANIFEST",
             f"units: {len(units)} ({sum(1 for k in units if k[0] == 'pair')} pairs, "
             f"{sum(1 for k in units if k[0] == 'single')} single items); "
             f"strata: {len(strata)}; seed 20261228", ""]
    for name, rows in (("all", items), ("dev", dev), ("test", test)):
        lines += block(name, rows) + [""]
    lines.append("SHA-256")
    for fn in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append(f"  {fn}  {sha(os.path.join(HERE, fn))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"dev {len(dev)} / test {len(test)}; MANIFEST.txt written")


if __name__ == "__main__":
    main()
