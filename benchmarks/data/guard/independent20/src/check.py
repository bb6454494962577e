#!/usr/bin/env python3
"""Validate the hand-typed source files src/<lang>.txt of blind set 20 and print counts.

Line format: channel|labels|H|text|note
  labels: comma-separated label names, or "-" for a negative
  H:      "H" for a hard negative, empty otherwise
  text:   "\\n" stands for a line break; "\\|" stands for a literal "|" (escape, see README)
  note:   short English reason; "implicit:" prefix for implicit positives
Blank lines and lines starting with "#" are ignored.
Exit status 1 if any hard error or unmet target.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
WEIGHTED = ["csv_cell", "json_value", "file_or_device_name", "form_field", "ticket"]
PIPE_PLACEHOLDER = "\x00PIPE\x00"


def unescape_text(raw):
    return raw.replace(PIPE_PLACEHOLDER, "|").replace("\\n", "\n")


def parse_line(line):
    """Return (channel, labels, hard, text, note) or raise ValueError."""
    protected = line.replace("\\|", PIPE_PLACEHOLDER)
    parts = protected.split("|")
    if len(parts) != 5:
        raise ValueError("expected 5 fields, got %d" % len(parts))
    channel, labels_raw, hard_raw, text_raw, note_raw = parts
    channel = channel.strip()
    labels_raw = labels_raw.strip()
    if labels_raw in ("-", ""):
        labels = []
    else:
        labels = [x.strip() for x in labels_raw.split(",") if x.strip()]
    hard_raw = hard_raw.strip()
    if hard_raw not in ("", "H"):
        raise ValueError("hard field must be 'H' or empty, got %r" % hard_raw)
    text = unescape_text(text_raw.strip())
    note = note_raw.replace(PIPE_PLACEHOLDER, "|").strip()
    # canonical label order
    labels_sorted = [l for l in LABELS if l in labels]
    unknown = [l for l in labels if l not in LABELS]
    if unknown:
        raise ValueError("unknown labels %r" % unknown)
    if len(set(labels)) != len(labels):
        raise ValueError("duplicate label")
    return channel, labels_sorted, hard_raw == "H", text, note


def load(lang):
    path = os.path.join(HERE, "%s.txt" % lang)
    items = []
    errors = []
    counters = Counter()
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                channel, labels, hard, text, note = parse_line(line)
            except ValueError as exc:
                errors.append("%s:%d: %s" % (lang, lineno, exc))
                continue
            if channel not in CHANNELS:
                errors.append("%s:%d: bad channel %r" % (lang, lineno, channel))
                continue
            counters[channel] += 1
            item = {
                "id": "%s-%s-%04d" % (lang, channel, counters[channel]),
                "text": text,
                "lang": lang,
                "channel": channel,
                "labels": labels,
                "hard": hard,
                "note": note,
            }
            items.append((lineno, item))
    return items, errors


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def main():
    all_items = []
    errors = []
    for lang in LANGS:
        items, errs = load(lang)
        errors.extend(errs)
        for lineno, it in items:
            where = "%s:%d" % (lang, lineno)
            if it["hard"] and it["labels"]:
                errors.append("%s: hard flag on a positive" % where)
            if not (1 <= len(it["text"]) <= 600):
                errors.append("%s: text length %d" % (where, len(it["text"])))
            if not it["note"]:
                errors.append("%s: empty note" % where)
            if it["note"].startswith("implicit") and not it["labels"]:
                errors.append("%s: implicit note on a negative" % where)
            all_items.append((where, it))

    seen_ids = {}
    seen_texts = {}
    for where, it in all_items:
        if it["id"] in seen_ids:
            errors.append("%s: duplicate id %s (also %s)" % (where, it["id"], seen_ids[it["id"]]))
        seen_ids[it["id"]] = where
        key = norm(it["text"])
        if key in seen_texts:
            errors.append("%s: duplicate text (also %s)" % (where, seen_texts[key]))
        seen_texts[key] = where

    items = [it for _, it in all_items]
    total = len(items)
    targets = []

    def target(ok, msg):
        targets.append((ok, msg))

    by_lang = defaultdict(list)
    for it in items:
        by_lang[it["lang"]].append(it)

    print("total items: %d" % total)
    negs = [it for it in items if not it["labels"]]
    hard = [it for it in negs if it["hard"]]
    pos = [it for it in items if it["labels"]]
    impl = [it for it in pos if it["note"].startswith("implicit:")]
    neg_share = len(negs) / total if total else 0
    hard_share = len(hard) / len(negs) if negs else 0
    impl_share = len(impl) / len(pos) if pos else 0
    print("negatives: %d (%.1f%%), hard: %d (%.1f%% of negatives)" % (len(negs), 100 * neg_share, len(hard), 100 * hard_share))
    print("positives: %d, implicit: %d (%.1f%%)" % (len(pos), len(impl), 100 * impl_share))
    multi = sum(1 for it in pos if len(it["labels"]) > 1)
    print("multi-label positives: %d" % multi)
    long_items = sum(1 for it in items if len(it["text"]) > 300)
    print("texts > 300 chars: %d; max length %d" % (long_items, max(len(it["text"]) for it in items) if items else 0))

    target(total >= 960, "total >= 960 (got %d)" % total)
    target(0.40 <= neg_share <= 0.50, "negatives 40-50%% (got %.1f%%)" % (100 * neg_share))
    target(hard_share >= 0.75, "hard >= 75%% of negatives (got %.1f%%)" % (100 * hard_share))
    target(impl_share >= 0.25, "implicit >= 25%% of positives (got %.1f%%)" % (100 * impl_share))

    sizes = {l: len(by_lang[l]) for l in LANGS}
    print("\nper language:")
    header = "lang  n   neg  hard impl " + " ".join("%5s" % l[:5] for l in LABELS)
    print(header)
    for lang in LANGS:
        li = by_lang[lang]
        ln = [it for it in li if not it["labels"]]
        lh = sum(1 for it in ln if it["hard"])
        lp = [it for it in li if it["labels"]]
        limp = sum(1 for it in lp if it["note"].startswith("implicit:"))
        lab = Counter(l for it in li for l in it["labels"])
        print("%-4s %4d %4d %4d %4d " % (lang, len(li), len(ln), lh, limp) + " ".join("%5d" % lab[l] for l in LABELS))
        for l in LABELS:
            target(lab[l] >= 8, "%s: >= 8 positives for %s (got %d)" % (lang, l, lab[l]))
        ch = Counter(it["channel"] for it in li)
        for c in CHANNELS:
            target(ch[c] >= 1, "%s: channel %s present (got %d)" % (lang, c, ch[c]))
        if li:
            lshare = len(ln) / len(li)
            target(0.35 <= lshare <= 0.55, "%s: negative share 35-55%% (got %.1f%%)" % (lang, 100 * lshare))
    if sizes:
        mx, mn = max(sizes.values()), min(sizes.values())
        target(mn >= 0.85 * mx, "languages roughly equal (min %d, max %d)" % (mn, mx))

    print("\nper channel (all languages):")
    ch_all = Counter(it["channel"] for it in items)
    for c in CHANNELS:
        print("  %-20s %4d" % (c, ch_all[c]))
    weighted = sum(ch_all[c] for c in WEIGHTED)
    target(weighted >= 0.5 * total, "weighted channels >= 50%% of items (got %d of %d)" % (weighted, total))
    print("\nlabel totals:", dict(Counter(l for it in items for l in it["labels"])))

    print("\ntargets:")
    failed = 0
    for ok, msg in targets:
        if not ok:
            failed += 1
            print("  FAIL", msg)
    print("  %d of %d targets met" % (len(targets) - failed, len(targets)))
    if errors:
        print("\nerrors:")
        for e in errors:
            print("  " + e)
    if errors or failed:
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
