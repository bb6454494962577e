import hashlib, json, os, random
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261219
items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
strata = defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
rng = random.Random(SEED)
dev, test = [], []
flip = 0
for key in sorted(strata):
    group = list(strata[key]); rng.shuffle(group)
    half = len(group) // 2
    if len(group) % 2:
        half += flip; flip ^= 1
    dev += group[:half]; test += group[half:]
order = {it["id"]: n for n, it in enumerate(items)}
dev.sort(key=lambda i: order[i["id"]]); test.sort(key=lambda i: order[i["id"]])
def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
write("dev.jsonl", dev); write("test.jsonl", test)
def sha(name): return hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
lines = [f"seed {SEED}; stratified by (lang, first label or none)"]
for name, rows in (("dev", dev), ("test", test)):
    neg = sum(not r["labels"] for r in rows)
    lines.append(f"{name}: {len(rows)} items, {neg} negatives, {sum(r['hard'] for r in rows)} hard")
    lines.append("  langs: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['lang'] for r in rows).items())))
    lc = Counter(l for r in rows for l in r["labels"])
    lines.append("  labels: " + ", ".join(f"{k} {v}" for k, v in sorted(lc.items())))
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append(f"sha256 {name} {sha(name)}")
open(os.path.join(HERE, "MANIFEST.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
