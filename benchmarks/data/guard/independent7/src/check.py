#!/usr/bin/python3
"""Validate src/<lang>.txt files. Exit 1 on any error.

Usage: check.py            full check (all languages, global totals)
       check.py --partial  only the languages present; global totals reported, not enforced
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import LANGS, build_items, parse_file  # noqa: E402

CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SPECIAL = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
           "sex_life_orientation"]
MIN_SPECIAL, MIN_CHILD, MIN_HEALTH = 8, 12, 12


def main():
    partial = "--partial" in sys.argv
    langs = [l for l in LANGS if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), l + ".txt"))] if partial else LANGS
    errors = []
    items, perr = build_items(langs)
    errors.extend(perr)
    for lang in langs:
        if not parse_file(lang)[0]:
            errors.append("%s: no items" % lang)
    ids, texts = set(), {}
    for it in items:
        where = "%s.txt:%d" % (it["lang"], it["_line"])
        if it["channel"] not in CHANNELS:
            errors.append("%s: unknown channel %r" % (where, it["channel"]))
        for l in it["labels"]:
            if l not in LABELS:
                errors.append("%s: unknown label %r" % (where, l))
        if len(set(it["labels"])) != len(it["labels"]):
            errors.append("%s: duplicate label" % where)
        if it["hard"] and it["labels"]:
            errors.append("%s: hard flag on a positive" % where)
        if not (1 <= len(it["text"]) <= 600):
            errors.append("%s: text length %d" % (where, len(it["text"])))
        if not it["note"]:
            errors.append("%s: empty note" % where)
        if it["note"].startswith("implicit:") and not it["labels"]:
            errors.append("%s: implicit note on a negative" % where)
        if it["id"] in ids:
            errors.append("%s: duplicate id %s" % (where, it["id"]))
        ids.add(it["id"])
        key = it["text"].casefold()
        if key in texts:
            errors.append("%s: duplicate text (also %s)" % (where, texts[key]))
        texts[key] = where

    # per-language targets
    for lang in langs:
        li = [i for i in items if i["lang"] == lang]
        for lab in LABELS:
            n = sum(lab in i["labels"] for i in li)
            need = MIN_CHILD if lab == "child_under_13" else MIN_HEALTH if lab == "health" else MIN_SPECIAL
            if n < need:
                errors.append("%s: %s has %d positives, need %d" % (lang, lab, n, need))
        for ch in CHANNELS:
            if not any(i["channel"] == ch for i in li):
                errors.append("%s: channel %s missing" % (lang, ch))

    # global targets
    total = len(items)
    neg = [i for i in items if not i["labels"]]
    pos = [i for i in items if i["labels"]]
    hard = [i for i in neg if i["hard"]]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    multi = [i for i in pos if len(i["labels"]) > 1]
    g = []
    if total < 1000:
        g.append("total %d < 1000" % total)
    if total and not (0.38 <= len(neg) / total <= 0.45):
        g.append("negatives %.1f%% outside 38-45%%" % (100.0 * len(neg) / total))
    if total and len(hard) / total < 0.30:
        g.append("hard negatives %.1f%% of all < 30%%" % (100.0 * len(hard) / total))
    if pos and len(impl) / len(pos) < 0.30:
        g.append("implicit %.1f%% of positives < 30%%" % (100.0 * len(impl) / len(pos)))
    if not multi:
        g.append("no multi-label items")

    for lang in langs:
        li = [i for i in items if i["lang"] == lang]
        ln = [i for i in li if not i["labels"]]
        lp = [i for i in li if i["labels"]]
        print("%s: %d items, neg %.1f%%, hard %.1f%% of all, implicit %.1f%% of pos, multi %d" % (
            lang, len(li), 100.0 * len(ln) / max(1, len(li)),
            100.0 * sum(i["hard"] for i in ln) / max(1, len(li)),
            100.0 * sum(i["note"].startswith("implicit:") for i in lp) / max(1, len(lp)),
            sum(len(i["labels"]) > 1 for i in lp)))
    print("total %d, negatives %d, hard %d, positives %d, implicit %d, multi %d" % (
        total, len(neg), len(hard), len(pos), len(impl), len(multi)))
    if partial:
        for m in g:
            print("note (not enforced in --partial):", m)
    else:
        errors.extend(g)
    for e in errors:
        print("ERROR", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
