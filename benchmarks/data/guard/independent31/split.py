#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl / test.jsonl, plus MANIFEST.txt.

Strata: (lang, first label or "none"), visited in sorted order. Each stratum is shuffled with
random.Random(20261231); the first half goes to dev, the second to test; the odd extra item of a
stratum alternates between dev and test (first extra to dev).
"""
import hashlib
import json
import os
import random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def sha(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    items = read("items.jsonl")
    strata = defaultdict(list)
    for r in items:
        strata[(r["lang"], r["labels"][0] if r["labels"] else "none")].append(r)
    rng = random.Random(20261231)
    dev_ids, test_ids = set(), set()
    extra_to_dev = True
    for key in sorted(strata):
        group = list(strata[key])
        rng.shuffle(group)
        half = len(group) // 2
        dev_ids.update(r["id"] for r in group[:half])
        test_ids.update(r["id"] for r in group[half:2 * half])
        if len(group) % 2:
            (dev_ids if extra_to_dev else test_ids).add(group[-1]["id"])
            extra_to_dev = not extra_to_dev
    dev = [r for r in items if r["id"] in dev_ids]
    test = [r for r in items if r["id"] in test_ids]
    assert len(dev) + len(test) == len(items) and not (dev_ids & test_ids)
    write("dev.jsonl", dev)
    write("test.jsonl", test)

    lines = ["Blind evaluation set 31: MANIFEST", ""]
    for name, rows in (("all", items), ("dev", dev), ("test", test)):
        neg = [r for r in rows if not r["labels"]]
        hard = [r for r in neg if r["hard"]]
        lines.append(f"[{name}] total {len(rows)}; negatives {len(neg)}; hard negatives {len(hard)}; "
                     f"positives {len(rows) - len(neg)}")
        lc = Counter(r["lang"] for r in rows)
        lines.append("  per language: " + ", ".join(f"{l} {lc[l]}" for l in LANGS))
        lab = Counter(l for r in rows for l in r["labels"])
        lines.append("  per label: " + ", ".join(f"{l} {lab[l]}" for l in LABELS) + f", none {len(neg)}")
        lines.append("  language x label:")
        lines.append("    " + "lang".ljust(6) + "".join(l[:8].rjust(10) for l in LABELS + ["none"]))
        for lang in LANGS:
            sub = [r for r in rows if r["lang"] == lang]
            c = Counter(l for r in sub for l in r["labels"])
            c["none"] = sum(1 for r in sub if not r["labels"])
            lines.append("    " + lang.ljust(6) + "".join(str(c[l]).rjust(10) for l in LABELS + ["none"]))
        lines.append("")
    lines.append("SHA-256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append(f"  {name}  {sha(name)}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"dev {len(dev)} / test {len(test)}; MANIFEST.txt written")


if __name__ == "__main__":
    main()
