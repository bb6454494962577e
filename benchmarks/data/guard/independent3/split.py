#!/usr/bin/python3
"""Deal items.jsonl into dev.jsonl / test.jsonl halves, stratified by (lang, first label or 'none'),
seed 20261207; write MANIFEST.txt with per-half counts and SHA-256 of every file."""
import hashlib, json, os, random
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
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
    if len(group) % 2:
        half += 1 if extra_to_dev else 0
        extra_to_dev = not extra_to_dev
    dev.extend(group[:half]); test.extend(group[half:])
order = {it["id"]: i for i, it in enumerate(items)}
for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
    part.sort(key=lambda x: order[x["id"]])
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for it in part: f.write(json.dumps(it, ensure_ascii=False) + "\n")

def counts(part):
    lines = [f"  total {len(part)}; negatives {sum(1 for i in part if not i['labels'])}; hard {sum(1 for i in part if i['hard'])}"]
    lines.append("  lang: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(i['lang'] for i in part).items())))
    lines.append("  channel: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(i['channel'] for i in part).items())))
    lines.append("  labels: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(x for i in part for x in i['labels']).items())))
    return lines
def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()
out = [f"split seed {SEED}; strata (lang, first label or none)", "", "dev.jsonl"] + counts(dev) + ["", "test.jsonl"] + counts(test) + ["", "sha256"]
files = []
for root, _, names in os.walk(HERE):
    for nm in names:
        p = os.path.join(root, nm); rel = os.path.relpath(p, HERE)
        if rel == "MANIFEST.txt" or "__pycache__" in rel: continue
        files.append(rel)
for rel in sorted(files):
    out.append(f"{sha(os.path.join(HERE, rel))}  {rel}")
open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"dev {len(dev)} / test {len(test)}; MANIFEST.txt written")
