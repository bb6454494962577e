#!/usr/bin/python3
"""Validate src/<lang>.txt; exit 1 on any error. --partial relaxes global totals."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import parse, LANGS

CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]

def main():
    partial = "--partial" in sys.argv
    errors, allrows, seen_ids, seen_texts = [], [], set(), {}
    for lang in LANGS:
        rows, errs = parse(lang)
        errors += errs
        if not rows:
            if not partial:
                errors.append("%s: no items" % lang)
            continue
        for r in rows:
            where = "%s:%d" % (lang, r["_line"])
            if r["channel"] not in CHANNELS:
                errors.append("%s: bad channel %r" % (where, r["channel"]))
            for l in r["labels"]:
                if l not in LABELS:
                    errors.append("%s: bad label %r" % (where, l))
            if len(set(r["labels"])) != len(r["labels"]):
                errors.append("%s: duplicate label" % where)
            if r["_h"] not in ("H", "-"):
                errors.append("%s: H field must be H or -" % where)
            if r["hard"] and r["labels"]:
                errors.append("%s: hard on a positive" % where)
            if not (1 <= len(r["text"]) <= 600):
                errors.append("%s: text length %d" % (where, len(r["text"])))
            if not r["note"]:
                errors.append("%s: empty note" % where)
            if r["id"] in seen_ids:
                errors.append("%s: duplicate id %s" % (where, r["id"]))
            seen_ids.add(r["id"])
            key = r["text"].lower()
            if key in seen_texts:
                errors.append("%s: duplicate text (also %s)" % (where, seen_texts[key]))
            seen_texts[key] = where
        neg = [r for r in rows if not r["labels"]]
        hard = [r for r in neg if r["hard"]]
        if len(neg) < 80:
            errors.append("%s: %d negatives (< 80)" % (lang, len(neg)))
        if len(hard) < 65:
            errors.append("%s: %d hard negatives (< 65)" % (lang, len(hard)))
        for l in LABELS:
            c = sum(1 for r in rows if l in r["labels"])
            if c < 3:
                errors.append("%s: label %s has %d positives (< 3)" % (lang, l, c))
        chans = set(r["channel"] for r in rows)
        for c in CHANNELS:
            if c not in chans:
                errors.append("%s: channel %s missing" % (lang, c))
        share = len(neg) / len(rows)
        print("%s: %d items, %d neg (%.1f%%), %d hard" % (lang, len(rows), len(neg), 100 * share, len(hard)))
        allrows += rows
    if allrows:
        neg = sum(1 for r in allrows if not r["labels"])
        share = neg / len(allrows)
        print("total %d, negatives %.1f%%" % (len(allrows), 100 * share))
        if not partial:
            if len(allrows) < 900:
                errors.append("total %d (< 900)" % len(allrows))
            if not (0.70 <= share <= 0.80):
                errors.append("negative share %.3f outside 0.70-0.80" % share)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
