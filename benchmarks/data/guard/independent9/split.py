"""Split items.jsonl into dev.jsonl / test.jsonl (stratified by lang + first label), write MANIFEST.txt."""
import hashlib, json, os, random
from collections import Counter, defaultdict

root = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(root, "items.jsonl"), encoding="utf-8")]
strata = defaultdict(list)
for it in rows:
    strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
rng = random.Random(20261217)
dev_ids, extra_to_dev = set(), True
for key in sorted(strata):
    group = sorted(strata[key], key=lambda x: x["id"])
    rng.shuffle(group)
    k = len(group) // 2
    if len(group) % 2:
        k += 1 if extra_to_dev else 0
        extra_to_dev = not extra_to_dev
    dev_ids.update(it["id"] for it in group[:k])
dev = [it for it in rows if it["id"] in dev_ids]
test = [it for it in rows if it["id"] not in dev_ids]
for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
    with open(os.path.join(root, name), "w", encoding="utf-8") as f:
        for it in part:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

def sha(name):
    return hashlib.sha256(open(os.path.join(root, name), "rb").read()).hexdigest()

lines = ["independent9 guard set manifest (seed 20261217)", ""]
for name, part in (("items", rows), ("dev", dev), ("test", test)):
    neg = sum(1 for it in part if not it["labels"])
    lines.append("%s: %d items, %d negatives, %d hard" % (name, len(part), neg, sum(it["hard"] for it in part)))
    lines.append("  langs: " + ", ".join("%s %d" % kv for kv in sorted(Counter(it["lang"] for it in part).items())))
    lines.append("  labels: " + ", ".join("%s %d" % kv for kv in sorted(Counter(l for it in part for l in it["labels"]).items())))
lines.append("")
for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
    lines.append("sha256 %s  %s" % (sha(name), name))
open(os.path.join(root, "MANIFEST.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("\n".join(lines))
