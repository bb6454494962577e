"""Deterministic stratified split of items.jsonl into dev.jsonl / test.jsonl; writes MANIFEST.txt."""
import hashlib
import json
import os
import random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]

with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
    items = [json.loads(l) for l in fh if l.strip()]

strata = defaultdict(list)
for idx, it in enumerate(items):
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(idx)

rng = random.Random(20261223)
dev_idx, test_idx = set(), set()
extra_to_dev = True
for key in sorted(strata):
    members = list(strata[key])
    rng.shuffle(members)
    half = len(members) // 2
    dev_part, test_part = members[:half], members[half:2 * half]
    if len(members) % 2:
        (dev_part if extra_to_dev else test_part).append(members[-1])
        extra_to_dev = not extra_to_dev
    dev_idx.update(dev_part)
    test_idx.update(test_part)

assert not dev_idx & test_idx and len(dev_idx) + len(test_idx) == len(items)
dev = [items[i] for i in sorted(dev_idx)]
test = [items[i] for i in sorted(test_idx)]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


write("dev.jsonl", dev)
write("test.jsonl", test)


def sha(name):
    with open(os.path.join(HERE, name), "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


lines = ["Blind evaluation set 23: long threads with several speakers", ""]
for name, rows in (("all", items), ("dev", dev), ("test", test)):
    neg = [r for r in rows if not r["labels"]]
    lines.append(f"[{name}] total {len(rows)}; negatives {len(neg)} (hard {sum(r['hard'] for r in neg)}); "
                 f"positives {len(rows) - len(neg)}")
    lc = Counter(r["lang"] for r in rows)
    lines.append("  per language: " + ", ".join(f"{l}={lc[l]}" for l in LANGS))
    lab = Counter(l for r in rows for l in r["labels"])
    lines.append("  per label: " + ", ".join(f"{l}={lab[l]}" for l in LABELS) + f", none={len(neg)}")
    lines.append("  language x label:")
    for lang in LANGS:
        lr = [r for r in rows if r["lang"] == lang]
        lab = Counter(l for r in lr for l in r["labels"])
        nn = sum(1 for r in lr if not r["labels"])
        lines.append(f"    {lang}: " + ", ".join(f"{l}={lab[l]}" for l in LABELS) + f", none={nn}")
    lines.append("")
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append(f"sha256 {name} {sha(name)}")
with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(f"dev {len(dev)} / test {len(test)}; MANIFEST.txt written")
