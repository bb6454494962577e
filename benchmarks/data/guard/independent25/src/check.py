#!/usr/bin/env python3
"""Validate the hand-typed sources of blind evaluation set 25 and print counts."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = {"ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"}
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def unescape(s):
    return s.replace("\\n", "\n")


def load(lang):
    path = os.path.join(HERE, lang + ".txt")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
            channel, labels, hard, text, note = parts
            labels = [x.strip() for x in labels.split(",") if x.strip()]
            rows.append({"line": n, "channel": channel.strip(), "labels": labels,
                         "hard": hard.strip(), "text": unescape(text), "note": note.strip()})
    return rows


def main():
    errors = []
    all_rows = []
    seen_text = {}
    for lang in LANGS:
        for r in load(lang):
            r["lang"] = lang
            where = f"{lang}:{r['line']}"
            if r["channel"] not in CHANNELS:
                errors.append(f"{where}: bad channel {r['channel']!r}")
            for lab in r["labels"]:
                if lab not in LABELS:
                    errors.append(f"{where}: bad label {lab!r}")
            if len(set(r["labels"])) != len(r["labels"]):
                errors.append(f"{where}: duplicate label")
            if r["hard"] not in ("", "h"):
                errors.append(f"{where}: H must be 'h' or empty")
            if r["hard"] and r["labels"]:
                errors.append(f"{where}: hard on a positive")
            if not (120 <= len(r["text"]) <= 600):
                errors.append(f"{where}: length {len(r['text'])}")
            if r["text"] != r["text"].strip():
                errors.append(f"{where}: leading/trailing space")
            if not r["note"]:
                errors.append(f"{where}: empty note")
            if r["note"].startswith("implicit:") and not r["labels"]:
                errors.append(f"{where}: implicit note on a negative")
            if r["text"] in seen_text:
                errors.append(f"{where}: duplicate text (also {seen_text[r['text']]})")
            seen_text[r["text"]] = where
            all_rows.append(r)

    # ids (as build.py makes them) must be unique
    ids = []
    for lang in LANGS:
        k = 0
        for r in all_rows:
            if r["lang"] == lang:
                k += 1
                ids.append(f"{lang}-{r['channel']}-{k:04d}")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    total = len(all_rows)
    neg = [r for r in all_rows if not r["labels"]]
    pos = [r for r in all_rows if r["labels"]]
    hard = [r for r in neg if r["hard"]]
    impl = [r for r in pos if r["note"].startswith("implicit:")]
    short = sum(1 for r in all_rows if len(r["text"]) < 300)
    long_ = sum(1 for r in all_rows if len(r["text"]) > 450)

    print(f"total {total}; negatives {len(neg)} ({100*len(neg)/total:.1f}%), hard {len(hard)} "
          f"({100*len(hard)/max(1,len(neg)):.1f}% of negatives); positives {len(pos)}, implicit {len(impl)} "
          f"({100*len(impl)/max(1,len(pos)):.1f}%)")
    print(f"lengths: <300 {short} ({100*short/total:.1f}%), >450 {long_} ({100*long_/total:.1f}%)")
    print("channels:", dict(Counter(r["channel"] for r in all_rows).most_common()))
    print("labels:", dict(Counter(l for r in all_rows for l in r["labels"]).most_common()))
    hdr = "lang  n   neg  hard impl <300 >450  " + " ".join(l[:6] for l in LABELS)
    print(hdr)
    for lang in LANGS:
        rs = [r for r in all_rows if r["lang"] == lang]
        if not rs:
            errors.append(f"{lang}: no items")
            continue
        c = Counter(l for r in rs for l in r["labels"])
        n_neg = sum(1 for r in rs if not r["labels"])
        n_hard = sum(1 for r in rs if r["hard"])
        n_impl = sum(1 for r in rs if r["labels"] and r["note"].startswith("implicit:"))
        n_s = sum(1 for r in rs if len(r["text"]) < 300)
        n_l = sum(1 for r in rs if len(r["text"]) > 450)
        print(f"{lang:4} {len(rs):3} {n_neg:4} {n_hard:4} {n_impl:4} {n_s:4} {n_l:4}  "
              + " ".join(f"{c[l]:6}" for l in LABELS))
        if len(rs) < 90:
            errors.append(f"{lang}: only {len(rs)} items")
        for l in LABELS:
            if c[l] < 6:
                errors.append(f"{lang}: label {l} only {c[l]}")

    if total < 750:
        errors.append(f"total {total} < 750")
    if not (0.33 <= len(neg) / total <= 0.40):
        errors.append(f"negative share {len(neg)/total:.3f} outside 0.33-0.40")
    if len(hard) < 0.70 * len(neg):
        errors.append("fewer than 70% of negatives hard")
    if len(impl) < 0.35 * len(pos):
        errors.append("fewer than 35% of positives implicit")
    if short < total / 4:
        errors.append("fewer than a quarter under 300 chars")
    if long_ < total / 4:
        errors.append("fewer than a quarter over 450 chars")

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
