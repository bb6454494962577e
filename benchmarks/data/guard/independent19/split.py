"""Deterministic stratified dev/test split of items.jsonl (standard library only).

Strata = (lang, first label or "none"). Within a stratum items are sorted by id and then
shuffled with one random.Random(20261219) instance (strata visited in sorted order). The
first half (floor) goes to dev, the rest to test; when a stratum is odd, the extra item
goes alternately to dev and to test (first odd stratum -> dev).
"""
import json, os, random, hashlib
from collections import defaultdict, Counter

SEED = 20261219
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def sha(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
strata = defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)

rng = random.Random(SEED)
dev, test = [], []
extra_to_dev = True
for key in sorted(strata):
    group = sorted(strata[key], key=lambda x: x["id"])
    rng.shuffle(group)
    half = len(group) // 2
    d, t = group[:half], group[half:]
    if len(group) % 2 == 1:
        if extra_to_dev:
            d, t = group[:half + 1], group[half + 1:]
        extra_to_dev = not extra_to_dev
    dev += d
    test += t

dev.sort(key=lambda x: x["id"])
test.sort(key=lambda x: x["id"])
for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(rows):
    lines = []
    c = Counter(r["lang"] for r in rows)
    lines.append("  languages: " + ", ".join(f"{l} {c[l]}" for l in LANGS))
    neg = [r for r in rows if not r["labels"]]
    lines.append(f"  negatives {len(neg)} (hard {sum(r['hard'] for r in neg)}), positives {len(rows)-len(neg)}")
    lines.append("  labels: " + ", ".join(f"{l} {sum(l in r['labels'] for r in rows)}" for l in LABELS))
    lines.append("  per language (label positives / negatives):")
    for lang in LANGS:
        lr = [r for r in rows if r["lang"] == lang]
        lines.append(f"    {lang}: n={len(lr)} neg={sum(not r['labels'] for r in lr)} "
                     + " ".join(f"{l}={sum(l in r['labels'] for r in lr)}" for l in LABELS))
    return lines


out = ["Guard blind evaluation set 19 (independent19) - split manifest",
       f"seed {SEED}; strata (lang, first label or none); items {len(items)}, dev {len(dev)}, test {len(test)}", ""]
for name, rows in (("dev", dev), ("test", test)):
    out.append(f"{name}: {len(rows)}")
    out += table(rows)
    out.append("")
out.append("SHA-256")
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    out.append(f"  {name}  {sha(os.path.join(HERE, name))}")
with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
print("\n".join(out))
