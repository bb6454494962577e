"""Validate src/<lang>.txt. Usage: python3 src/check.py [--partial]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import items, LANGS, CHANNELS, LABELS

partial = "--partial" in sys.argv
errs = []
try:
    rows = items()
except ValueError as e:
    print("PARSE ERROR:", e); sys.exit(1)
ids, texts = set(), {}
for it in rows:
    w = it["_line"]
    if it["channel"] not in CHANNELS: errs.append("%s: bad channel %r" % (w, it["channel"]))
    for l in it["labels"]:
        if l not in LABELS: errs.append("%s: bad label %r" % (w, l))
    if len(set(it["labels"])) != len(it["labels"]): errs.append("%s: duplicate label" % w)
    if it["hard"] and it["labels"]: errs.append("%s: hard on a positive" % w)
    if not 1 <= len(it["text"]) <= 600: errs.append("%s: text length %d" % (w, len(it["text"])))
    if not it["note"]: errs.append("%s: empty note" % w)
    if it["note"].startswith("implicit:") and not it["labels"]: errs.append("%s: implicit note on negative" % w)
    if it["id"] in ids: errs.append("%s: duplicate id %s" % (w, it["id"]))
    ids.add(it["id"])
    k = it["text"].casefold()
    if k in texts: errs.append("%s: duplicate text (first at %s)" % (w, texts[k]))
    texts.setdefault(k, w)
present = [l for l in LANGS if any(it["lang"] == l for it in rows)]
for lang in present:
    for lab in LABELS:
        c = sum(1 for it in rows if it["lang"] == lang and lab in it["labels"])
        if c < 3: errs.append("%s: only %d positives for %s" % (lang, c, lab))
n = len(rows); neg = sum(1 for it in rows if not it["labels"]); hard = sum(1 for it in rows if it["hard"])
en = sum(1 for it in rows if it["lang"] == "en")
if not partial:
    if n < 900: errs.append("only %d items (< 900)" % n)
    if en < 200: errs.append("only %d English items (< 200)" % en)
    for ch in CHANNELS:
        if not any(it["channel"] == ch for it in rows): errs.append("channel %s missing" % ch)
    if n and not 0.45 <= neg / n <= 0.55: errs.append("negatives %.1f%% outside 45-55%%" % (100 * neg / n))
print("items %d, negatives %d (%.1f%%), hard %d; " % (n, neg, 100 * neg / max(n, 1), hard) +
      ", ".join("%s %d" % (l, sum(1 for it in rows if it["lang"] == l)) for l in present))
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
