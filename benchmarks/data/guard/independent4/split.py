#!/usr/bin/python3
"""Split items.jsonl into dev.jsonl / test.jsonl, stratified by (lang, first label or none); write MANIFEST.txt."""
import json, os, random, hashlib
from collections import defaultdict, Counter
ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261206
items = [json.loads(l) for l in open(os.path.join(ROOT, "items.jsonl"), encoding="utf-8")]
strata = defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
rng = random.Random(SEED)
dev_ids, test_ids = set(), set()
flip = 0
for key in sorted(strata):
    group = sorted(strata[key], key=lambda i: i["id"])
    rng.shuffle(group)
    for k, it in enumerate(group):
        ((dev_ids if (k + flip) % 2 == 0 else test_ids)).add(it["id"])
    flip += len(group) % 2  # alternate which half gets the odd item
halves = {"dev": [i for i in items if i["id"] in dev_ids], "test": [i for i in items if i["id"] in test_ids]}
for name, rows in halves.items():
    with open(os.path.join(ROOT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for it in rows:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
def sha(p):
    return hashlib.sha256(open(os.path.join(ROOT, p), "rb").read()).hexdigest()
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
out = ["Blind set 4 manifest (date 2026-12-06, split seed %d)" % SEED, ""]
for name in ["items"] + list(halves):
    rows = items if name == "items" else halves[name]
    neg = sum(1 for i in rows if not i["labels"]); hard = sum(1 for i in rows if i["hard"])
    out.append("%s.jsonl: %d items, negatives %d, hard %d" % (name, len(rows), neg, hard))
    lc = Counter(i["lang"] for i in rows)
    out.append("  langs: " + " ".join("%s=%d" % (l, lc[l]) for l in sorted(lc)))
    lab = Counter(l for i in rows for l in i["labels"])
    out.append("  labels: " + " ".join("%s=%d" % (l, lab[l]) for l in LABELS))
out.append("")
out.append("SHA-256")
files = ["items.jsonl", "dev.jsonl", "test.jsonl", "README.md", "split.py", "src/build.py", "src/check.py", "src/edit.py", "src/readme.py"] + \
        ["src/%s.txt" % l for l in ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]]
for p in files:
    if os.path.exists(os.path.join(ROOT, p)):
        out.append("%s  %s" % (sha(p), p))
with open(os.path.join(ROOT, "MANIFEST.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("\n".join(out))
