#!/usr/bin/env python3
"""Validate src/<lang>.txt files and print balance counts.

Per-language targets are checked for every language present; overall targets
are checked only when all eight languages are present (or with --final).
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import LANGS, build_all  # noqa: E402

LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]


def main():
    items = build_all()
    errors = []
    warnings = []
    ids, texts = set(), {}
    for it in items:
        src = it["_src"]
        if it["id"] in ids:
            errors.append("%s duplicate id %s" % (src, it["id"]))
        ids.add(it["id"])
        key = it["text"].strip().lower()
        if key in texts:
            errors.append("%s duplicate text (also %s)" % (src, texts[key]))
        texts[key] = src
        if not 1 <= len(it["text"]) <= 600:
            errors.append("%s text length %d" % (src, len(it["text"])))
        if it["channel"] not in CHANNELS:
            errors.append("%s bad channel %r" % (src, it["channel"]))
        for l in it["labels"]:
            if l not in LABELS:
                errors.append("%s bad label %r" % (src, l))
        if len(set(it["labels"])) != len(it["labels"]):
            errors.append("%s repeated label" % src)
        if it["hard"] and it["labels"]:
            errors.append("%s hard flag on a positive" % src)
        if not it["note"]:
            errors.append("%s empty note" % src)
        if it["note"].startswith("implicit:") and not it["labels"]:
            errors.append("%s implicit note on a negative" % src)

    by_lang = collections.defaultdict(list)
    for it in items:
        by_lang[it["lang"]].append(it)

    def stats(group):
        pos = [i for i in group if i["labels"]]
        neg = [i for i in group if not i["labels"]]
        hard = [i for i in neg if i["hard"]]
        impl = [i for i in pos if i["note"].startswith("implicit:")]
        long_ = [i for i in group if len(i["text"]) >= 250]
        lab = collections.Counter(l for i in group for l in i["labels"])
        ch = collections.Counter(i["channel"] for i in group)
        return pos, neg, hard, impl, long_, lab, ch

    print("lang  n   pos neg hard impl long | " + " ".join(l[:6] for l in LABELS))
    for lang in LANGS:
        g = by_lang.get(lang)
        if not g:
            continue
        pos, neg, hard, impl, long_, lab, ch = stats(g)
        print("%-4s %4d %4d %3d %4d %4d %4d | %s" % (
            lang, len(g), len(pos), len(neg), len(hard), len(impl), len(long_),
            " ".join("%6d" % lab[l] for l in LABELS)))
        for l in LABELS:
            if lab[l] < 8:
                errors.append("%s: label %s only %d (<8)" % (lang, l, lab[l]))
        for c in CHANNELS:
            if ch[c] == 0:
                errors.append("%s: channel %s unused" % (lang, c))
        nr = len(neg) / len(g)
        if not 0.31 <= nr <= 0.39:
            warnings.append("%s: negative share %.1f%%" % (lang, 100 * nr))
        if neg and len(hard) / len(neg) < 0.70:
            errors.append("%s: hard share of negatives %.1f%% (<70%%)" % (lang, 100 * len(hard) / len(neg)))
        if pos and len(impl) / len(pos) < 0.35:
            errors.append("%s: implicit share %.1f%% (<35%%)" % (lang, 100 * len(impl) / len(pos)))
        lr = len(long_) / len(g)
        if not 0.20 <= lr <= 0.32:
            warnings.append("%s: long share %.1f%%" % (lang, 100 * lr))
        if not 120 <= len(g) <= 145:
            warnings.append("%s: %d items" % (lang, len(g)))

    pos, neg, hard, impl, long_, lab, ch = stats(items)
    n = len(items) or 1
    print("\nTOTAL %d  positives %d  negatives %d (%.1f%%)  hard %d (%.1f%% of neg)  implicit %d (%.1f%% of pos)  long %d (%.1f%%)" % (
        len(items), len(pos), len(neg), 100 * len(neg) / n, len(hard), 100 * len(hard) / max(1, len(neg)),
        len(impl), 100 * len(impl) / max(1, len(pos)), len(long_), 100 * len(long_) / n))
    print("labels: " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS))
    print("channels: " + ", ".join("%s %d" % (c, ch[c]) for c in CHANNELS))

    final = "--final" in sys.argv or all(by_lang.get(l) for l in LANGS)
    if final:
        if not 1000 <= len(items) <= 1100:
            errors.append("total %d outside 1000-1100" % len(items))
        if not 0.32 <= len(neg) / n <= 0.38:
            errors.append("negative share %.1f%% outside 32-38%%" % (100 * len(neg) / n))
        for l in LABELS:
            if lab[l] < 70:
                errors.append("label %s only %d (<70)" % (l, lab[l]))
        if lab["child_under_13"] < 100:
            errors.append("child_under_13 only %d (<100)" % lab["child_under_13"])
        if lab["health"] < 120:
            errors.append("health only %d (<120)" % lab["health"])
        if not 0.20 <= len(long_) / n <= 0.32:
            errors.append("long share %.1f%% outside 20-32%%" % (100 * len(long_) / n))

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
