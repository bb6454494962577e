"""Validate the source files: parsing, schema values, unique ids and texts, length, balance targets."""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CHANNELS, LABELS, LANGS, parse  # noqa: E402

MAX_LEN = 600


def main():
    errors = []
    texts = {}
    ids = set()
    per_lang = {}
    langs = [l for l in LANGS if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), l + ".txt"))]
    for l in LANGS:
        if l not in langs:
            errors.append(f"{l}: source file missing")
    for lang in langs:
        items = parse(lang)
        per_lang[lang] = items
        for n, it in enumerate(items, 1):
            where = f"{lang}:{it['lineno']}"
            iid = f"{lang}-{it['channel']}-{n:04d}"
            if iid in ids:
                errors.append(f"{where}: duplicate id {iid}")
            ids.add(iid)
            if it["channel"] not in CHANNELS:
                errors.append(f"{where}: bad channel {it['channel']!r}")
            for l in it["labels"]:
                if l not in LABELS:
                    errors.append(f"{where}: bad label {l!r}")
            if len(set(it["labels"])) != len(it["labels"]):
                errors.append(f"{where}: repeated label")
            if it["hard"] not in ("0", "1"):
                errors.append(f"{where}: H must be 0 or 1")
            if it["hard"] == "1" and it["labels"]:
                errors.append(f"{where}: hard flag on a positive")
            if not it["text"] or len(it["text"]) > MAX_LEN:
                errors.append(f"{where}: text length {len(it['text'])}")
            if not it["note"]:
                errors.append(f"{where}: empty note")
            if it["note"].startswith("implicit:") and not it["labels"]:
                errors.append(f"{where}: implicit note on a negative")
            key = it["text"].strip().lower()
            if key in texts:
                errors.append(f"{where}: duplicate text (also {texts[key]})")
            texts[key] = where

    # balance report and targets
    tot = neg = hard = pos = impl = 0
    label_tot = collections.Counter()
    for lang in langs:
        items = per_lang[lang]
        n = len(items)
        negs = [i for i in items if not i["labels"]]
        poss = [i for i in items if i["labels"]]
        h = sum(1 for i in negs if i["hard"] == "1")
        im = sum(1 for i in poss if i["note"].startswith("implicit:"))
        lc = collections.Counter(l for i in poss for l in i["labels"])
        label_tot.update(lc)
        lens = [len(i["text"]) for i in items]
        long_share = sum(1 for x in lens if x >= 200) / max(n, 1)
        chans = collections.Counter(i["channel"] for i in items)
        print(f"{lang}: n={n} neg={len(negs)} ({len(negs)/max(n,1):.1%}) hard={h} pos={len(poss)} "
              f"implicit={im} ({im/max(len(poss),1):.1%}) len>=200: {long_share:.0%} median_len={sorted(lens)[n//2] if n else 0}")
        print("    labels: " + " ".join(f"{l}={lc.get(l,0)}" for l in LABELS))
        print("    channels: " + " ".join(f"{c}={chans[c]}" for c in CHANNELS if chans[c]))
        if not 110 <= n <= 130:
            errors.append(f"{lang}: {n} items, expected about 115-125")
        if not 0.33 <= len(negs) / max(n, 1) <= 0.42:
            errors.append(f"{lang}: negative share {len(negs)/max(n,1):.1%} outside 33-42%")
        for l in LABELS:
            need = 10 if l in ("health", "child_under_13") else 8
            if lc.get(l, 0) < need:
                errors.append(f"{lang}: label {l} has {lc.get(l,0)} < {need}")
        if im / max(len(poss), 1) < 0.30:
            errors.append(f"{lang}: implicit share {im/max(len(poss),1):.1%} < 30%")
        tot += n
        neg += len(negs)
        hard += h
        pos += len(poss)
        impl += im
    print(f"TOTAL n={tot} neg={neg} ({neg/max(tot,1):.1%}) hard={hard} pos={pos} implicit={impl} ({impl/max(pos,1):.1%})")
    print("labels: " + " ".join(f"{l}={label_tot.get(l,0)}" for l in LABELS))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
