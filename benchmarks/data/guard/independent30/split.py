#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl.

Unit = a pair (same pair:<tag> in the note and same language) or a single item.
Stratum = (lang, first label of the unit's positive item, or "none").
Strata are processed in sorted order; the units of each stratum are shuffled with
random.Random(20261230); the first half goes to dev, and odd extras alternate
dev/test across strata, starting with dev.
"""
import hashlib
import json
import os
import random
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]


def pair_tag(note):
    for tok in note.split():
        if tok.startswith("pair:"):
            return tok[5:]
    return None


def load():
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def units_of(items):
    units = OrderedDict()
    for it in items:
        tag = pair_tag(it["note"])
        key = ("pair", it["lang"], tag) if tag else ("single", it["id"])
        units.setdefault(key, []).append(it)
    return units


def stratum(members):
    lang = members[0]["lang"]
    pos = [m for m in members if m["labels"]]
    return (lang, pos[0]["labels"][0] if pos else "none")


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def counts(items):
    c_lang = Counter(i["lang"] for i in items)
    c_lab = Counter(l for i in items for l in i["labels"])
    c_ll = Counter((i["lang"], l) for i in items for l in i["labels"])
    neg = sum(1 for i in items if not i["labels"])
    hard = sum(1 for i in items if i["hard"])
    return c_lang, c_lab, c_ll, neg, hard


def main():
    items = load()
    units = units_of(items)
    strata = {}
    for key, members in units.items():
        strata.setdefault(stratum(members), []).append(key)
    rng = random.Random(20261230)
    dev_keys, test_keys = set(), set()
    extra_to_dev = True
    for s in sorted(strata):
        keys = list(strata[s])
        rng.shuffle(keys)
        half = len(keys) // 2
        dev_keys.update(keys[:half])
        test_keys.update(keys[half:2 * half])
        if len(keys) % 2:
            (dev_keys if extra_to_dev else test_keys).add(keys[-1])
            extra_to_dev = not extra_to_dev
    dev_ids = {m["id"] for k in dev_keys for m in units[k]}
    dev = [i for i in items if i["id"] in dev_ids]
    test = [i for i in items if i["id"] not in dev_ids]
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    lines = ["# MANIFEST – blind evaluation set 30: the category as a topic", ""]
    for name, rows in (("all", items), ("dev", dev), ("test", test)):
        c_lang, c_lab, c_ll, neg, hard = counts(rows)
        npairs = len({(r["lang"], pair_tag(r["note"])) for r in rows if pair_tag(r["note"])})
        lines.append(f"## {name}: {len(rows)} items, {neg} negatives ({hard} hard), "
                     f"{len(rows) - neg} positives, {npairs} pairs")
        lines.append("per language: " + ", ".join(f"{l} {c_lang[l]}" for l in LANGS))
        lines.append("per label: " + ", ".join(f"{l} {c_lab[l]}" for l in LABELS))
        lines.append("language x label:")
        lines.append("  lang " + " ".join(f"{l[:8]:>8}" for l in LABELS))
        for lang in LANGS:
            lines.append(f"  {lang:4} " + " ".join(f"{c_ll[(lang, l)]:>8}" for l in LABELS))
        lines.append("")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append(f"sha256 {name} {sha(os.path.join(HERE, name))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"dev {len(dev)} / test {len(test)}")


if __name__ == "__main__":
    main()
