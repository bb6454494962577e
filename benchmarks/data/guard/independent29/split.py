#!/usr/bin/env python3
"""Deterministic stratified dev/test split that keeps both twins of a pair in the same half."""
import hashlib, json, os, random, re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
PAIR_RE = re.compile(r"pair:([A-Za-z0-9_-]+)")


def load():
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def units_of(items):
    units = defaultdict(list)
    for it in items:
        m = PAIR_RE.search(it["note"])
        key = (it["lang"], "pair", m.group(1)) if m else (it["lang"], "single", it["id"])
        units[key].append(it)
    return units


def stratum(key, members):
    pos = [m for m in members if m["labels"]]
    return (key[0], pos[0]["labels"][0] if pos else "none")


def split(items):
    units = units_of(items)
    strata = defaultdict(list)
    for key, members in units.items():
        strata[stratum(key, members)].append(key)
    rng = random.Random(20261229)
    dev_keys, test_keys = set(), set()
    toggle = 0
    for s in sorted(strata):
        keys = sorted(strata[s])
        rng.shuffle(keys)
        half = len(keys) // 2
        dev_keys.update(keys[:half])
        test_keys.update(keys[half:2 * half])
        if len(keys) % 2:
            (dev_keys if toggle == 0 else test_keys).add(keys[-1])
            toggle ^= 1
    order = {it["id"]: i for i, it in enumerate(items)}
    dev = sorted((m for k in dev_keys for m in units[k]), key=lambda r: order[r["id"]])
    test = sorted((m for k in test_keys for m in units[k]), key=lambda r: order[r["id"]])
    assert len(dev) + len(test) == len(items)
    return dev, test


def write(name, rows):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def sha(name):
    with open(os.path.join(HERE, name), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def counts(rows):
    neg = [r for r in rows if not r["labels"]]
    out = [f"  total {len(rows)}; positives {len(rows) - len(neg)}; negatives {len(neg)} "
           f"(hard {sum(r['hard'] for r in neg)})"]
    lc = Counter(r["lang"] for r in rows)
    out.append("  per language: " + ", ".join(f"{l} {lc[l]}" for l in LANGS))
    lab = Counter(l for r in rows for l in r["labels"])
    out.append("  per label: " + ", ".join(f"{l} {lab[l]}" for l in LABELS) + f", none {len(neg)}")
    out.append("  language x label:")
    for lang in LANGS:
        lr = [r for r in rows if r["lang"] == lang]
        c = Counter(l for r in lr for l in r["labels"])
        out.append(f"    {lang}: " + " ".join(f"{l}={c[l]}" for l in LABELS)
                   + f" none={sum(1 for r in lr if not r['labels'])}")
    return out


def main():
    items = load()
    dev, test = split(items)
    write("dev.jsonl", dev)
    write("test.jsonl", test)
    lines = ["MANIFEST - blind evaluation set 29 (close calls, a second hand)", ""]
    for name, rows in (("all (items.jsonl)", items), ("dev.jsonl", dev), ("test.jsonl", test)):
        lines.append(name)
        lines.extend(counts(rows))
        lines.append("")
    lines.append("split: unit = pair (same pair tag and language) or single item; strata = (lang, first label "
                 "of the unit's positive item or 'none'); random.Random(20261229); sorted strata; first half "
                 "of each shuffled stratum to dev, odd extras alternate dev/test starting with dev")
    lines.append("")
    lines.append("sha256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append(f"  {name} {sha(name)}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"dev {len(dev)} / test {len(test)}")


if __name__ == "__main__":
    main()
