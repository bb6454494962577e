#!/usr/bin/python3
"""Split items.jsonl into dev.jsonl / test.jsonl, stratified by (lang, first label or none)."""
import json, os, random, hashlib, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261218

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "items.jsonl"), encoding="utf-8") if l.strip()]
    strata = collections.OrderedDict()
    for it in items:
        strata.setdefault((it["lang"], it["labels"][0] if it["labels"] else "none"), []).append(it)
    rng = random.Random(SEED)
    dev_ids, flip = set(), 0
    for key in sorted(strata):
        group = list(strata[key]); rng.shuffle(group)
        k = len(group) // 2
        if len(group) % 2:
            k += flip; flip = 1 - flip
        dev_ids.update(i["id"] for i in group[:k])
    halves = {"dev": [i for i in items if i["id"] in dev_ids], "test": [i for i in items if i["id"] not in dev_ids]}
    for name, its in halves.items():
        with open(os.path.join(ROOT, name + ".jsonl"), "w", encoding="utf-8") as f:
            for it in its: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    lines = ["seed %d; stratified by (lang, first label or none); %d items" % (SEED, len(items))]
    for name, its in halves.items():
        neg = sum(1 for i in its if not i["labels"])
        lines.append("%s: %d items, %d negatives, %d hard" % (name, len(its), neg, sum(i["hard"] for i in its)))
        lines.append("  langs: " + " ".join("%s=%d" % kv for kv in sorted(collections.Counter(i["lang"] for i in its).items())))
        lines.append("  labels: " + " ".join("%s=%d" % kv for kv in sorted(collections.Counter(l for i in its for l in i["labels"]).items())))
    for fn in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append("sha256 %s %s" % (sha(os.path.join(ROOT, fn)), fn))
    open(os.path.join(ROOT, "MANIFEST.txt"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))

if __name__ == "__main__":
    main()
