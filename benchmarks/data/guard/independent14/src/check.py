#!/usr/bin/env python3
"""Validate the sources (and items.jsonl if present) and print balances."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

LONG_MIN, LONG_MAX = 250, 600


def main():
    errors = []
    try:
        rows = build.build(build.read_sources())
    except build.SourceError as exc:
        print("ERROR:", exc)
        return 1
    ids = collections.Counter(r["id"] for r in rows)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    texts = collections.Counter(r["text"] for r in rows)
    for k, v in texts.items():
        if v > 1:
            errors.append(f"duplicate text: {k[:70]!r}")
    for r in rows:
        if not 1 <= len(r["text"]) <= 600:
            errors.append(f"{r['id']}: length {len(r['text'])}")
        if r["text"] != r["text"].strip():
            errors.append(f"{r['id']}: leading/trailing whitespace")
        if r["note"].startswith("implicit:") and not r["labels"]:
            errors.append(f"{r['id']}: implicit note on a negative")
    items_path = os.path.join(build.ROOT, "items.jsonl")
    if os.path.exists(items_path):
        with open(items_path, encoding="utf-8") as fh:
            built = [json.loads(line) for line in fh]
        if built != rows:
            errors.append("items.jsonl is out of date with src/ (run src/build.py)")

    n = len(rows)
    neg = [r for r in rows if not r["labels"]]
    hard = [r for r in neg if r["hard"]]
    pos = [r for r in rows if r["labels"]]
    impl = [r for r in pos if r["note"].startswith("implicit:")]
    long_ = [r for r in rows if LONG_MIN <= len(r["text"]) <= LONG_MAX]
    print(f"total {n}; negatives {len(neg)} ({100*len(neg)/n:.1f}%), hard {len(hard)} "
          f"({100*len(hard)/max(1,len(neg)):.1f}% of negatives); positives {len(pos)}, implicit {len(impl)} "
          f"({100*len(impl)/max(1,len(pos)):.1f}%); long (250-600 chars) {len(long_)} ({100*len(long_)/n:.1f}%)")
    print()
    hdr = f"{'lang':5}{'items':>6}{'neg':>5}{'hard':>5}{'pos':>5}{'impl':>5}{'long':>5}"
    print(hdr)
    for lang in build.LANGS:
        rl = [r for r in rows if r["lang"] == lang]
        nl = [r for r in rl if not r["labels"]]
        print(f"{lang:5}{len(rl):>6}{len(nl):>5}{sum(r['hard'] for r in nl):>5}"
              f"{len(rl)-len(nl):>5}{sum(r['note'].startswith('implicit:') for r in rl):>5}"
              f"{sum(LONG_MIN <= len(r['text']) <= LONG_MAX for r in rl):>5}")
    print()
    short = {"racial_ethnic": "eth", "political": "pol", "religious": "rel", "trade_union": "uni",
             "genetic": "gen", "biometric": "bio", "health": "hea",
             "sex_life_orientation": "sex", "child_under_13": "chi"}
    print(f"{'lang':5}" + "".join(f"{short[l]:>5}" for l in build.LABELS))
    mins = {l: None for l in build.LABELS}
    for lang in build.LANGS:
        c = collections.Counter(l for r in rows if r["lang"] == lang for l in r["labels"])
        print(f"{lang:5}" + "".join(f"{c[l]:>5}" for l in build.LABELS))
        for l in build.LABELS:
            mins[l] = c[l] if mins[l] is None else min(mins[l], c[l])
            if c[l] < 9:
                errors.append(f"{lang}: only {c[l]} positives for {l}")
    tot = collections.Counter(l for r in rows for l in r["labels"])
    print(f"{'all':5}" + "".join(f"{tot[l]:>5}" for l in build.LABELS))
    print(f"{'min':5}" + "".join(f"{mins[l]:>5}" for l in build.LABELS))
    print()
    print("channels:")
    for lang in build.LANGS:
        c = collections.Counter(r["channel"] for r in rows if r["lang"] == lang)
        missing = [ch for ch in build.CHANNELS if c[ch] == 0]
        if missing:
            errors.append(f"{lang}: missing channels {missing}")
        print(f"  {lang}: " + " ".join(f"{ch}={c[ch]}" for ch in build.CHANNELS))
    c = collections.Counter(r["channel"] for r in rows)
    print("  all: " + " ".join(f"{ch}={c[ch]}" for ch in build.CHANNELS))
    print()
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
