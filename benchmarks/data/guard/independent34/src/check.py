"""Validate the hand-typed source files and report balance figures."""
import sys
from collections import Counter
from common import LANGS, CHANNELS, LABELS, load, make_ids

errors = []
warnings = []
all_texts = {}
all_ids = set()
tot = Counter()
lab_tot = Counter()

for lang in LANGS:
    try:
        rows = load(lang)
    except FileNotFoundError:
        errors.append("%s: source file missing" % lang)
        continue
    except ValueError as exc:
        errors.append("%s: %s" % (lang, exc))
        continue
    ids = make_ids(lang, rows)
    c = Counter()
    lab = Counter()
    chan = Counter()
    for (no, ch, labs, hard, text, note), iid in zip(rows, ids):
        where = "%s.txt:%d" % (lang, no)
        if ch not in CHANNELS:
            errors.append("%s: bad channel %r" % (where, ch))
        for l in labs:
            if l not in LABELS:
                errors.append("%s: bad label %r" % (where, l))
        if len(set(labs)) != len(labs):
            errors.append("%s: repeated label" % where)
        if hard not in ("0", "1"):
            errors.append("%s: H must be 0 or 1" % where)
        if hard == "1" and labs:
            errors.append("%s: hard flag on a positive" % where)
        if not (1 <= len(text) <= 600):
            errors.append("%s: text length %d" % (where, len(text)))
        if not note:
            errors.append("%s: empty note" % where)
        if note.startswith("implicit:") and not labs:
            errors.append("%s: implicit note on a negative" % where)
        if iid in all_ids:
            errors.append("%s: duplicate id %s" % (where, iid))
        all_ids.add(iid)
        key = text.strip().lower()
        if key in all_texts:
            errors.append("%s: duplicate text (also %s)" % (where, all_texts[key]))
        all_texts[key] = where
        c["all"] += 1
        chan[ch] += 1
        if labs:
            c["pos"] += 1
            if note.startswith("implicit:"):
                c["implicit"] += 1
            for l in labs:
                lab[l] += 1
            if len(labs) > 1:
                c["multi"] += 1
        else:
            c["neg"] += 1
            if hard == "1":
                c["hard"] += 1
        n = len(text)
        if n < 120:
            c["short"] += 1
        if 200 <= n <= 500:
            c["long"] += 1
    for l in LABELS:
        if lab[l] < 8:
            errors.append("%s: label %s has %d positives (< 8)" % (lang, l, lab[l]))
    for ch in CHANNELS:
        if chan[ch] == 0:
            errors.append("%s: channel %s missing" % (lang, ch))
    if c["all"]:
        neg_share = c["neg"] / c["all"]
        hard_share = c["hard"] / max(c["neg"], 1)
        impl_share = c["implicit"] / max(c["pos"], 1)
        if not 0.30 <= neg_share <= 0.42:
            warnings.append("%s: negatives %.1f%%" % (lang, 100 * neg_share))
        if hard_share < 0.60:
            errors.append("%s: hard negatives only %.1f%% of negatives" % (lang, 100 * hard_share))
        if impl_share < 1 / 3:
            errors.append("%s: implicit only %.1f%% of positives" % (lang, 100 * impl_share))
        if not 120 <= c["all"] <= 160:
            warnings.append("%s: %d items" % (lang, c["all"]))
        print("%s: %3d items | neg %3d (%.0f%%) hard %3d (%.0f%% of neg) | pos %3d implicit %3d (%.0f%%) multi %2d"
              " | <120 chars %.0f%% | 200-500 chars %.0f%%" % (
                  lang, c["all"], c["neg"], 100 * neg_share, c["hard"], 100 * hard_share,
                  c["pos"], c["implicit"], 100 * impl_share, c["multi"],
                  100 * c["short"] / c["all"], 100 * c["long"] / c["all"]))
        print("    labels: " + " ".join("%s=%d" % (l, lab[l]) for l in LABELS))
        print("    channels: " + " ".join("%s=%d" % (ch, chan[ch]) for ch in CHANNELS))
    tot.update(c)
    lab_tot.update(lab)

if tot["all"]:
    print("ALL: %d items, neg %d (%.1f%%), hard %d (%.1f%% of neg), pos %d, implicit %d (%.1f%%),"
          " <120 chars %.1f%%, 200-500 chars %.1f%%" % (
              tot["all"], tot["neg"], 100 * tot["neg"] / tot["all"], tot["hard"],
              100 * tot["hard"] / max(tot["neg"], 1), tot["pos"], tot["implicit"],
              100 * tot["implicit"] / max(tot["pos"], 1), 100 * tot["short"] / tot["all"],
              100 * tot["long"] / tot["all"]))
    print("    labels: " + " ".join("%s=%d" % (l, lab_tot[l]) for l in LABELS))
for w in warnings:
    print("WARNING " + w)
for e in errors:
    print("ERROR " + e)
sys.exit(1 if errors else 0)
