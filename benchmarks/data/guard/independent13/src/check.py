import os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load, LANGS, CHANNELS, LABELS

items, errors = load()
seen_ids, seen_texts = set(), {}
for it in items:
    w = it["_where"]
    if it["channel"] not in CHANNELS:
        errors.append("%s bad channel %r" % (w, it["channel"]))
    for l in it["labels"]:
        if l not in LABELS:
            errors.append("%s bad label %r" % (w, l))
    if len(set(it["labels"])) != len(it["labels"]):
        errors.append("%s duplicate label" % w)
    if it["_hard_raw"] not in ("", "H"):
        errors.append("%s bad hard flag %r" % (w, it["_hard_raw"]))
    if it["hard"] and it["labels"]:
        errors.append("%s hard on a positive" % w)
    if not (1 <= len(it["text"]) <= 600):
        errors.append("%s text length %d" % (w, len(it["text"])))
    if not it["note"]:
        errors.append("%s empty note" % w)
    if it["id"] in seen_ids:
        errors.append("%s duplicate id" % w)
    seen_ids.add(it["id"])
    key = " ".join(it["text"].lower().split())
    if key in seen_texts:
        errors.append("%s duplicate text of %s" % (w, seen_texts[key]))
    seen_texts[key] = w

n = len(items)
neg = [i for i in items if not i["labels"]]
hard = [i for i in neg if i["hard"]]
print("items %d, negatives %d (%.1f%%), hard %d (%.1f%% of negatives)" % (
    n, len(neg), 100.0 * len(neg) / max(n, 1), len(hard), 100.0 * len(hard) / max(len(neg), 1)))
if n < 900:
    errors.append("only %d items (target >= 900)" % n)
if n and not (0.45 <= len(neg) / n <= 0.55):
    errors.append("negative share %.3f outside 0.45-0.55" % (len(neg) / n))
if neg and len(hard) / len(neg) < 0.80:
    errors.append("hard share of negatives %.3f < 0.80" % (len(hard) / len(neg)))
per_lang = Counter(i["lang"] for i in items)
print("languages:", dict(per_lang))
for lang in LANGS:
    li = [i for i in items if i["lang"] == lang]
    ch = Counter(i["channel"] for i in li)
    for c in CHANNELS:
        if ch[c] == 0:
            errors.append("%s: no item in channel %s" % (lang, c))
    lab = Counter(l for i in li for l in i["labels"])
    print(lang, len(li), " ".join("%s=%d" % (l, lab[l]) for l in LABELS))
    for l in LABELS:
        if lab[l] < 6:
            errors.append("%s: only %d positives for %s" % (lang, lab[l], l))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
