import os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_all, LANGS, LABELS, CHANNELS
partial = "--partial" in sys.argv
items, errors = parse_all()
ids = Counter(i["id"] for i in items)
errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
texts = Counter(i["text"].lower() for i in items)
errors += [f"duplicate text {k[:60]!r}" for k, v in texts.items() if v > 1]
langs = [l for l in LANGS if any(i["lang"] == l for i in items)]
for l in langs:
    li = [i for i in items if i["lang"] == l]
    for lab in LABELS:
        c = sum(lab in i["labels"] for i in li)
        if c < 5:
            errors.append(f"{l}: only {c} positives for {lab}")
    for ch in CHANNELS:
        if not any(i["channel"] == ch for i in li):
            errors.append(f"{l}: channel {ch} missing")
neg = [i for i in items if not i["labels"]]
hard = [i for i in neg if i["hard"]]
share = len(neg) / max(1, len(items))
if not partial:
    if len(items) < 800:
        errors.append(f"only {len(items)} items (< 800)")
    if not 0.45 <= share <= 0.55:
        errors.append(f"negative share {share:.3f} outside 0.45-0.55")
print(f"items {len(items)}; negatives {len(neg)} ({share:.1%}); hard {len(hard)}"
      f" ({len(hard)/max(1,len(neg)):.1%} of negatives); langs {', '.join(langs)}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
