"""Validate src/<lang>.txt of blind set 26 and print counts. Standard library only."""
import collections
import sys

from common import LANGS, CHANNELS, LABELS, parse

errors = []
texts = {}
rows = []
for lang in LANGS:
    for n, channel, labels, hard, text, note in parse(lang):
        where = "%s:%d" % (lang, n)
        if channel not in CHANNELS:
            errors.append("%s bad channel %r" % (where, channel))
        for lab in labels:
            if lab not in LABELS:
                errors.append("%s bad label %r" % (where, lab))
        if len(set(labels)) != len(labels):
            errors.append("%s duplicate label" % where)
        if hard not in ("", "h"):
            errors.append("%s bad hard flag %r" % (where, hard))
        if hard == "h" and labels:
            errors.append("%s hard flag on a positive" % where)
        if not (10 <= len(text) <= 400):
            errors.append("%s length %d outside 10-400" % (where, len(text)))
        if text != text.strip():
            errors.append("%s leading/trailing space" % where)
        if not note:
            errors.append("%s empty note" % where)
        if note.startswith("implicit:") and not labels:
            errors.append("%s implicit note on a negative" % where)
        key = text.strip().lower()
        if key in texts:
            errors.append("%s duplicate text of %s" % (where, texts[key]))
        texts[key] = where
        rows.append((lang, channel, labels, hard == "h", text, note))

total = len(rows)
neg = [r for r in rows if not r[2]]
pos = [r for r in rows if r[2]]
hard = [r for r in neg if r[3]]
impl = [r for r in pos if r[5].startswith("implicit:")]
per_lang = collections.Counter(r[0] for r in rows)
per_chan = collections.Counter(r[1] for r in rows)
per_label = collections.Counter(l for r in rows for l in r[2])
lang_label = collections.Counter((r[0], l) for r in rows for l in r[2])

for lang in LANGS:
    if per_lang[lang] < 110:
        errors.append("%s has %d items (< 110)" % (lang, per_lang[lang]))
    for lab in LABELS:
        if lang_label[(lang, lab)] < 7:
            errors.append("%s has %d x %s (< 7)" % (lang, lang_label[(lang, lab)], lab))
if total < 900:
    errors.append("total %d < 900" % total)
neg_share = len(neg) / total if total else 0
if not (0.33 <= neg_share <= 0.40):
    errors.append("negatives %.1f%% outside 33-40%%" % (100 * neg_share))
if neg and len(hard) / len(neg) < 0.70:
    errors.append("hard negatives %.1f%% of negatives < 70%%" % (100 * len(hard) / len(neg)))
if pos and len(impl) / len(pos) < 0.35:
    errors.append("implicit positives %.1f%% < 35%%" % (100 * len(impl) / len(pos)))

print("total %d; negatives %d (%.1f%%), hard %d (%.1f%% of negatives); positives %d, implicit %d (%.1f%%)" % (
    total, len(neg), 100 * neg_share, len(hard), 100 * len(hard) / max(1, len(neg)),
    len(pos), len(impl), 100 * len(impl) / max(1, len(pos))))
for lang in LANGS:
    lr = [r for r in rows if r[0] == lang]
    ln = [r for r in lr if not r[2]]
    lp = [r for r in lr if r[2]]
    li = [r for r in lp if r[5].startswith("implicit:")]
    print("  %s: %d items, neg %d (%.1f%%), hard %d, implicit %d/%d (%.1f%%); %s" % (
        lang, len(lr), len(ln), 100 * len(ln) / max(1, len(lr)), sum(r[3] for r in ln),
        len(li), len(lp), 100 * len(li) / max(1, len(lp)),
        " ".join("%s=%d" % (lab[:6], lang_label[(lang, lab)]) for lab in LABELS)))
print("channels: " + ", ".join("%s %d" % (c, per_chan[c]) for c in CHANNELS))
print("labels: " + ", ".join("%s %d" % (l, per_label[l]) for l in LABELS))
lens = sorted(len(r[4]) for r in rows)
if lens:
    print("lengths: min %d, median %d, max %d, under 200: %d" % (
        lens[0], lens[len(lens) // 2], lens[-1], sum(1 for x in lens if x < 200)))

if errors:
    print("\n%d problem(s):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
