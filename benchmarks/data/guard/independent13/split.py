import hashlib, json, os, random
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
strata = defaultdict(list)
for it in items:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
rng = random.Random(SEED)
dev, test = [], []
flip = 0
for key in sorted(strata):
    group = strata[key][:]
    rng.shuffle(group)
    for i, it in enumerate(group):
        ((dev if (i + flip) % 2 == 0 else test)).append(it)
    if len(group) % 2:
        flip ^= 1
order = {it["id"]: n for n, it in enumerate(items)}
for name, part in (("dev", dev), ("test", test)):
    part.sort(key=lambda it: order[it["id"]])
    with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
        for it in part:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

lines = ["seed %d; stratified by (lang, first label or none); half each" % SEED, ""]
for name, part in (("dev", dev), ("test", test)):
    neg = sum(1 for i in part if not i["labels"])
    lines.append("%s: %d items, %d negatives, %d hard" % (name, len(part), neg, sum(1 for i in part if i["hard"])))
    lines.append("  langs: " + ", ".join("%s %d" % kv for kv in sorted(Counter(i["lang"] for i in part).items())))
    lines.append("  labels: " + ", ".join("%s %d" % kv for kv in sorted(Counter(l for i in part for l in i["labels"]).items())))
lines.append("")
for fn in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append("sha256 %s %s" % (fn, sha(os.path.join(HERE, fn))))
open(os.path.join(HERE, "MANIFEST.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
