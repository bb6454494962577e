#!/usr/bin/env python3
"""Parse and validate the hand-written source files of blind evaluation set 32.

Source format, one item per line:  channel|labels|H|text|note
Blank lines and lines starting with '#' are ignored.
Standard library only. This script reads and checks; it never writes items.
"""
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
SET_NO = "32"


def parse_file(lang):
    """Return a list of item dicts for one language; raise ValueError on bad lines."""
    path = os.path.join(HERE, lang + ".txt")
    items = []
    errors = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append("%s:%d: expected 5 fields, got %d" % (lang, lineno, len(parts)))
                continue
            channel, labels, hard, text, note = [p.strip() for p in parts]
            labs = [x.strip() for x in labels.split(",") if x.strip()] if labels else []
            if channel not in CHANNELS:
                errors.append("%s:%d: bad channel %r" % (lang, lineno, channel))
            for lab in labs:
                if lab not in LABELS:
                    errors.append("%s:%d: bad label %r" % (lang, lineno, lab))
            if len(set(labs)) != len(labs):
                errors.append("%s:%d: duplicate label" % (lang, lineno))
            if hard not in ("0", "1"):
                errors.append("%s:%d: H must be 0 or 1" % (lang, lineno))
            if hard == "1" and labs:
                errors.append("%s:%d: hard flag on a positive" % (lang, lineno))
            if not (1 <= len(text) <= 600):
                errors.append("%s:%d: text length %d" % (lang, lineno, len(text)))
            if not note:
                errors.append("%s:%d: empty note" % (lang, lineno))
            if note.startswith("implicit:") and not labs:
                errors.append("%s:%d: implicit note on a negative" % (lang, lineno))
            items.append({"lang": lang, "channel": channel, "labels": labs,
                          "hard": hard == "1", "text": text, "note": note,
                          "line": lineno})
    if errors:
        raise ValueError("\n".join(errors))
    return items


def assign_ids(items):
    """Ids are <lang>-<channel>-32NN, NN counting items per (lang, channel) in file order."""
    counter = Counter()
    for it in items:
        key = (it["lang"], it["channel"])
        counter[key] += 1
        if counter[key] > 99:
            raise ValueError("more than 99 items for %s/%s" % key)
        it["id"] = "%s-%s-%s%02d" % (it["lang"], it["channel"], SET_NO, counter[key])
    return items


def load_all(langs=LANGS):
    items = []
    for lang in langs:
        items.extend(parse_file(lang))
    return assign_ids(items)


def main():
    langs = [a for a in sys.argv[1:] if a in LANGS] or LANGS
    problems = []
    try:
        items = load_all(langs)
    except ValueError as exc:
        print(exc)
        return 1

    ids = Counter(it["id"] for it in items)
    for k, v in ids.items():
        if v > 1:
            problems.append("duplicate id %s" % k)
    texts = Counter(it["text"].casefold() for it in items)
    for k, v in texts.items():
        if v > 1:
            problems.append("duplicate text: %s" % k[:80])

    by_lang = defaultdict(list)
    for it in items:
        by_lang[it["lang"]].append(it)

    hdr = "lang total neg hard  neg%  hard%neg  pos impl impl%  long long%  " + " ".join(
        l[:5] for l in LABELS)
    print(hdr)
    for lang in langs:
        its = by_lang[lang]
        n = len(its)
        neg = [i for i in its if not i["labels"]]
        hard = [i for i in neg if i["hard"]]
        pos = [i for i in its if i["labels"]]
        impl = [i for i in pos if i["note"].startswith("implicit:")]
        long_ = [i for i in its if 200 <= len(i["text"]) <= 500]
        lab = Counter(l for i in pos for l in i["labels"])
        chans = Counter(i["channel"] for i in its)
        print("%-4s %5d %3d %4d %5.1f %8.1f %4d %4d %5.1f %5d %5.1f  %s" % (
            lang, n, len(neg), len(hard), 100.0 * len(neg) / n,
            100.0 * len(hard) / max(1, len(neg)), len(pos), len(impl),
            100.0 * len(impl) / max(1, len(pos)), len(long_), 100.0 * len(long_) / n,
            " ".join("%5d" % lab[l] for l in LABELS)))
        print("     channels: " + " ".join("%s=%d" % (c, chans[c]) for c in CHANNELS))
        # balance targets
        if not 125 <= n <= 160:
            problems.append("%s: %d items, want about 140" % (lang, n))
        if not 0.31 <= len(neg) / n <= 0.41:
            problems.append("%s: negative share %.2f, want about 0.36" % (lang, len(neg) / n))
        if len(hard) < 0.6 * len(neg):
            problems.append("%s: hard negatives %d of %d, want >= 60%%" % (lang, len(hard), len(neg)))
        if len(impl) < len(pos) / 3.0:
            problems.append("%s: implicit %d of %d positives, want >= 1/3" % (lang, len(impl), len(pos)))
        if not 0.15 <= len(long_) / n <= 0.26:
            problems.append("%s: long share %.2f, want about 0.20" % (lang, len(long_) / n))
        for l in LABELS:
            if lab[l] < 8:
                problems.append("%s: label %s has %d positives, want >= 8" % (lang, l, lab[l]))
        for l in ("health", "child_under_13"):
            others = max(lab[x] for x in LABELS if x not in ("health", "child_under_13"))
            if lab[l] <= others:
                problems.append("%s: %s (%d) should exceed the other labels (%d)" % (lang, l, lab[l], others))
        for c in CHANNELS:
            if chans[c] < 1:
                problems.append("%s: channel %s missing" % (lang, c))
        for i in its:
            if any(ord(ch) < 32 for ch in i["text"]):
                problems.append("%s line %d: control character in text" % (lang, i["line"]))

    n = len(items)
    neg = sum(1 for i in items if not i["labels"])
    print("all: %d items, %d negatives (%.1f%%)" % (n, neg, 100.0 * neg / max(1, n)))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" - " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
