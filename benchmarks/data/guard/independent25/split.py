#!/usr/bin/env python3
"""Deterministic stratified dev/test split of items.jsonl and MANIFEST.txt.

Strata: (lang, first label or "none"), visited in sorted order. Each stratum is sorted by id and
shuffled with one random.Random(20261225); the first half (floor) goes to dev, the rest to test,
except that the odd extra item of an odd-sized stratum alternates dev/test, starting with dev.
"""
import hashlib
import json
import os
import random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    items_path = os.path.join(HERE, "items.jsonl")
    with open(items_path, encoding="utf-8") as fh:
        items = [json.loads(l) for l in fh if l.strip()]
    strata = defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(20261225)
    dev_ids, test_ids = set(), set()
    odd_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        rng.shuffle(group)
        half = len(group) // 2
        dev_part, test_part = group[:half], group[half:2 * half]
        if len(group) % 2:
            (dev_part if odd_to_dev else test_part).append(group[-1])
            odd_to_dev = not odd_to_dev
        dev_ids.update(x["id"] for x in dev_part)
        test_ids.update(x["id"] for x in test_part)
    assert not (dev_ids & test_ids) and len(dev_ids) + len(test_ids) == len(items)
    dev = [it for it in items if it["id"] in dev_ids]
    test = [it for it in items if it["id"] in test_ids]
    for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for it in part:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")

    def counts(part):
        neg = [i for i in part if not i["labels"]]
        return {
            "total": len(part),
            "neg": len(neg),
            "hard": sum(1 for i in neg if i["hard"]),
            "lang": Counter(i["lang"] for i in part),
            "label": Counter(l for i in part for l in i["labels"]),
            "lang_label": Counter((i["lang"], l) for i in part for l in (i["labels"] or ["none"])),
        }

    parts = {"all": counts(items), "dev": counts(dev), "test": counts(test)}
    out = ["MANIFEST - Blind evaluation set 25: conversations where people talk about things and about themselves", ""]
    out.append("split: strata (lang, first label or none), sorted; random.Random(20261225); first half to dev; odd extras alternate dev/test starting with dev")
    out.append("")
    for name in ("all", "dev", "test"):
        c = parts[name]
        out.append(f"[{name}] total {c['total']}, negatives {c['neg']} (hard {c['hard']}), positives {c['total'] - c['neg']}")
    out.append("")
    out.append("per language (all / dev / test)")
    for lang in LANGS:
        out.append(f"  {lang}: " + " / ".join(str(parts[n]["lang"][lang]) for n in ("all", "dev", "test")))
    out.append("")
    out.append("per label (all / dev / test)")
    for lab in LABELS:
        out.append(f"  {lab}: " + " / ".join(str(parts[n]["label"][lab]) for n in ("all", "dev", "test")))
    out.append("")
    out.append("per language x label (all / dev / test)")
    for lang in LANGS:
        for lab in LABELS + ["none"]:
            out.append(f"  {lang} {lab}: " + " / ".join(str(parts[n]["lang_label"][(lang, lab)]) for n in ("all", "dev", "test")))
    out.append("")
    out.append("sha256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        out.append(f"  {name}: {sha(os.path.join(HERE, name))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"dev {len(dev)} / test {len(test)}; MANIFEST.txt written")


if __name__ == "__main__":
    main()
