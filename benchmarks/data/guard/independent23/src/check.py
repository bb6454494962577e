"""Validate the hand-typed source files and the balance targets; print counts."""
import statistics
import sys
from collections import Counter

from common import LANGS, CHANNELS, LABELS, parse_all, assign_ids

errors = []
items = assign_ids(parse_all())

ids = Counter(it["id"] for it in items)
for k, v in ids.items():
    if v > 1:
        errors.append(f"duplicate id {k}")
texts = Counter(it["text"] for it in items)
for k, v in texts.items():
    if v > 1:
        errors.append(f"duplicate text: {k[:60]!r}")

for it in items:
    where = f"{it['lang']}.txt:{it['line']}"
    if it["channel"] not in CHANNELS:
        errors.append(f"{where}: bad channel {it['channel']!r}")
    for l in it["raw_labels"]:
        if l not in LABELS:
            errors.append(f"{where}: bad label {l!r}")
    if len(set(it["raw_labels"])) != len(it["raw_labels"]):
        errors.append(f"{where}: repeated label")
    if it["hard_raw"] not in ("", "h"):
        errors.append(f"{where}: H field must be 'h' or empty")
    if it["hard"] and it["labels"]:
        errors.append(f"{where}: hard on a positive")
    n = len(it["text"])
    if not 300 <= n <= 600:
        errors.append(f"{where}: length {n} outside 300-600")
    if it["text"].count("\n") < 2:
        errors.append(f"{where}: fewer than 3 lines (not a thread?)")
    if not it["note"]:
        errors.append(f"{where}: empty note")
    if it["note"].startswith("implicit:") and not it["labels"]:
        errors.append(f"{where}: implicit note on a negative")
    if it["text"] != it["text"].strip():
        errors.append(f"{where}: leading/trailing whitespace")

total = len(items)
neg = [it for it in items if not it["labels"]]
pos = [it for it in items if it["labels"]]
hard = [it for it in neg if it["hard"]]
impl = [it for it in pos if it["note"].startswith("implicit:")]
lens = [len(it["text"]) for it in items]

print(f"total {total}; negatives {len(neg)} ({100*len(neg)/total:.1f}%), hard {len(hard)} "
      f"({100*len(hard)/max(1,len(neg)):.1f}% of negatives); positives {len(pos)}, implicit {len(impl)} "
      f"({100*len(impl)/max(1,len(pos)):.1f}%)")
print(f"length min {min(lens)} median {statistics.median(lens)} max {max(lens)}")

if total < 700:
    errors.append(f"total {total} < 700")
if not 0.33 <= len(neg) / total <= 0.40:
    errors.append(f"negatives {len(neg)/total:.3f} outside 33-40%")
if len(hard) / len(neg) < 0.70:
    errors.append("hard < 70% of negatives")
if len(impl) / len(pos) < 0.35:
    errors.append("implicit < 35% of positives")
if statistics.median(lens) < 430:
    errors.append("overall median length < 430")

for lang in LANGS:
    li = [it for it in items if it["lang"] == lang]
    ln = [it for it in li if not it["labels"]]
    lp = [it for it in li if it["labels"]]
    lab = Counter(l for it in li for l in it["labels"])
    ch = Counter(it["channel"] for it in li)
    med = statistics.median(len(it["text"]) for it in li) if li else 0
    limp = sum(1 for it in lp if it["note"].startswith("implicit:"))
    print(f"{lang}: {len(li)} items, neg {len(ln)} (hard {sum(it['hard'] for it in ln)}), "
          f"pos {len(lp)} (implicit {limp}), median len {med}")
    print("    labels: " + ", ".join(f"{l}={lab[l]}" for l in LABELS))
    print("    channels: " + ", ".join(f"{c}={ch[c]}" for c in CHANNELS if ch[c]))
    if len(li) < 85:
        errors.append(f"{lang}: only {len(li)} items")
    if med < 430:
        errors.append(f"{lang}: median length {med} < 430")
    for l in LABELS:
        if lab[l] < 6:
            errors.append(f"{lang}: label {l} only {lab[l]}")
    if len(ch) < 5:
        errors.append(f"{lang}: only {len(ch)} channels used")

ch = Counter(it["channel"] for it in items)
print("channels: " + ", ".join(f"{c}={ch[c]}" for c in CHANNELS))
lab = Counter(l for it in items for l in it["labels"])
print("labels: " + ", ".join(f"{l}={lab[l]}" for l in LABELS))

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
