"""Validate the hand-typed source files and print counts. Exit 1 on any error."""
import sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LANGS, CHANNELS, LABELS, parse, with_ids, norm

errors, allitems = [], []
for lang in LANGS:
    if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), lang + ".txt")):
        errors.append(f"missing {lang}.txt")
        continue
    items, errs = parse(lang)
    errors += errs
    allitems += with_ids(items)

ids = Counter(i["id"] for i in allitems)
errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
seen = {}
for it in allitems:
    k = norm(it["text"])
    if k in seen:
        errors.append(f"duplicate text {it['id']} = {seen[k]}: {it['text'][:60]!r}")
    seen[k] = it["id"]

total = len(allitems)
neg = [i for i in allitems if not i["labels"]]
hard = [i for i in neg if i["hard"]]
print(f"total {total}; negatives {len(neg)} ({100*len(neg)/max(total,1):.1f}%), hard {len(hard)} "
      f"({100*len(hard)/max(len(neg),1):.1f}% of negatives)")
impl = sum(1 for i in allitems if i["labels"] and i["note"].startswith("implicit:"))
print(f"positives {total-len(neg)}, implicit {impl}")
bylang = Counter(i["lang"] for i in allitems)
print("languages:", dict(bylang))
print("channels:", dict(Counter(i["channel"] for i in allitems)))
print("labels:", {l: sum(l in i["labels"] for i in allitems) for l in LABELS})
print("multi-label items:", sum(len(i["labels"]) > 1 for i in allitems))
print(f"{'lang':4} {'n':>4} {'neg%':>5} {'hard%':>6} " + " ".join(f"{l[:6]:>6}" for l in LABELS))
for lang in LANGS:
    li = [i for i in allitems if i["lang"] == lang]
    if not li:
        continue
    ln = [i for i in li if not i["labels"]]
    lh = [i for i in ln if i["hard"]]
    counts = [sum(l in i["labels"] for i in li) for l in LABELS]
    print(f"{lang:4} {len(li):4d} {100*len(ln)/len(li):5.1f} {100*len(lh)/max(len(ln),1):6.1f} "
          + " ".join(f"{c:6d}" for c in counts))
    for l, c in zip(LABELS, counts):
        if c < 6:
            errors.append(f"{lang}: label {l} has {c} < 6 positives")
    chs = Counter(i["channel"] for i in li)
    for ch in CHANNELS:
        if chs[ch] == 0:
            errors.append(f"{lang}: channel {ch} missing")
    if not (0.40 <= len(ln) / len(li) <= 0.50):
        errors.append(f"{lang}: negative share {len(ln)/len(li):.3f} outside 40-50%")
    if len(lh) < 0.75 * len(ln):
        errors.append(f"{lang}: hard share of negatives {len(lh)/max(len(ln),1):.3f} < 75%")

if total and not (0.40 <= len(neg) / total <= 0.50):
    errors.append("overall negative share outside 40-50%")
if total and len(hard) < 0.75 * len(neg):
    errors.append("overall hard share < 75%")
if total < 960:
    errors.append(f"total {total} < 960")
if bylang:
    mean = total / len(LANGS)
    for lang in LANGS:
        if abs(bylang[lang] - mean) > 0.1 * mean:
            errors.append(f"{lang}: {bylang[lang]} items, not within 10% of mean {mean:.0f}")

for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
