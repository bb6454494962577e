#!/usr/bin/env python3
"""Deterministic stratified split of items.jsonl into dev.jsonl / test.jsonl.

Strata: (lang, first label or "none"). Inside each stratum items are ordered by
SHA-256 of their id and assigned alternately dev, test, dev, ... (the alternation carries over from
one stratum to the next, strata taken in sorted order), so the split is stable
(depends only on the ids) and every stratum is halved to within one item. Writes MANIFEST.txt with per-half counts and file SHA-256s.
Python standard library only."""
import hashlib, json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]

def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(65536), b""):
            h.update(block)
    return h.hexdigest()

def main():
    src = os.path.join(HERE, "items.jsonl")
    with open(src, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    strata = collections.defaultdict(list)
    for it in items:
        first = it["labels"][0] if it["labels"] else "none"
        strata[(it["lang"], first)].append(it)
    assign = {}
    k = 0  # alternation continues across strata so odd strata do not all favour dev
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda it: hashlib.sha256(it["id"].encode("utf-8")).hexdigest())
        for it in group:
            assign[it["id"]] = "dev" if k % 2 == 0 else "test"
            k += 1
    halves = {"dev": [], "test": []}
    for it in items:  # keep original file order inside each half
        halves[assign[it["id"]]].append(it)
    for name, rows in halves.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for it in rows:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")

    out = ["MANIFEST for the blind Art. 9 / child<13 evaluation set",
           "split: stratified by (lang, first label|none), alternate assignment in SHA-256(id) order", ""]
    for name in ("dev", "test"):
        rows = halves[name]
        neg = [r for r in rows if not r["labels"]]
        out.append(f"== {name}: {len(rows)} items; negatives {len(neg)} (hard {sum(r['hard'] for r in neg)})")
        for title, counter in (
            ("lang", collections.Counter(r["lang"] for r in rows)),
            ("channel", collections.Counter(r["channel"] for r in rows)),
            ("label", collections.Counter(l for r in rows for l in r["labels"])),
        ):
            out.append(f"-- {title}")
            keys = LABELS if title == "label" else sorted(counter)
            for k in keys:
                out.append(f"   {k:<22}{counter.get(k, 0):>5}")
        out.append("")
    out.append("== sha256")
    for fn in ("items.jsonl", "dev.jsonl", "test.jsonl", "split.py"):
        out.append(f"{sha256_file(os.path.join(HERE, fn))}  {fn}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"dev {len(halves['dev'])}  test {len(halves['test'])}")

if __name__ == "__main__":
    main()
