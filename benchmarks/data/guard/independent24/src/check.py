#!/usr/bin/env python3
"""Parse and check the hand-typed source files of blind evaluation set 24.

Each line of src/<lang>.txt is  channel|labels|H|text|note
(labels comma-separated or empty, H = 'h' for a hard negative or empty,
a newline inside a text is written as the two characters backslash-n).
Exits non-zero when any check fails; prints counts.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
CHILD_NEG_PREFIX = "child hard negative:"

MIN_PER_LANG = 110
MIN_TOTAL = 900
NEG_MIN, NEG_MAX = 0.33, 0.40
HARD_OF_NEG_MIN = 0.70
MIN_LABEL_PER_LANG = 7
IMPLICIT_MIN = 0.35
CHILD_OF_POS_MIN = 0.30
CHILD_HARD_NEG_PER_LANG = 12


def parse(lang):
    path = os.path.join(HERE, lang + ".txt")
    items, errors = [], []
    if not os.path.exists(path):
        return items, [f"{lang}: missing {path}"]
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
                continue
            channel, labels, hard, text, note = parts
            labels = [x.strip() for x in labels.split(",") if x.strip()]
            text = text.replace("\\n", "\n")
            where = f"{lang}:{n}"
            if channel not in CHANNELS:
                errors.append(f"{where}: bad channel {channel!r}")
            for lab in labels:
                if lab not in LABELS:
                    errors.append(f"{where}: bad label {lab!r}")
            if len(set(labels)) != len(labels):
                errors.append(f"{where}: repeated label")
            if hard not in ("", "h"):
                errors.append(f"{where}: bad hard field {hard!r}")
            if hard == "h" and labels:
                errors.append(f"{where}: hard on a positive")
            if not (1 <= len(text) <= 600):
                errors.append(f"{where}: text length {len(text)}")
            if text != text.strip():
                errors.append(f"{where}: leading/trailing space in text")
            if not note.strip():
                errors.append(f"{where}: empty note")
            if note.startswith("implicit:") and not labels:
                errors.append(f"{where}: implicit note on a negative")
            if note.startswith(CHILD_NEG_PREFIX) and (labels or hard != "h"):
                errors.append(f"{where}: child hard negative note on a non-hard-negative")
            items.append({"lang": lang, "channel": channel, "labels": labels,
                          "hard": hard == "h", "text": text, "note": note.strip(), "line": n})
    return items, errors


def load_all():
    allitems, errors = [], []
    for lang in LANGS:
        items, errs = parse(lang)
        allitems.extend(items)
        errors.extend(errs)
    return allitems, errors


def main():
    items, errors = load_all()
    seen = {}
    for it in items:
        key = it["text"]
        if key in seen:
            errors.append(f"{it['lang']}:{it['line']}: duplicate text (also {seen[key]})")
        seen[key] = f"{it['lang']}:{it['line']}"

    def pct(a, b):
        return 100.0 * a / b if b else 0.0

    total = len(items)
    if total < MIN_TOTAL:
        errors.append(f"total {total} < {MIN_TOTAL}")
    print(f"total {total}")
    hdr = "lang  n    neg  neg%   hard hard%  pos  impl impl%  child child%  childneg  " + " ".join(l[:6] for l in LABELS)
    print(hdr)
    for lang in LANGS + ["ALL"]:
        sub = [i for i in items if lang == "ALL" or i["lang"] == lang]
        neg = [i for i in sub if not i["labels"]]
        hard = [i for i in neg if i["hard"]]
        pos = [i for i in sub if i["labels"]]
        impl = [i for i in pos if i["note"].startswith("implicit:")]
        child = [i for i in pos if "child_under_13" in i["labels"]]
        childneg = [i for i in hard if i["note"].startswith(CHILD_NEG_PREFIX)]
        lab = collections.Counter(l for i in sub for l in i["labels"])
        print(f"{lang:4} {len(sub):4} {len(neg):4} {pct(len(neg), len(sub)):5.1f} {len(hard):5} {pct(len(hard), len(neg)):5.1f} "
              f"{len(pos):4} {len(impl):5} {pct(len(impl), len(pos)):5.1f} {len(child):5} {pct(len(child), len(pos)):5.1f} {len(childneg):8}  "
              + " ".join(f"{lab[l]:6}" for l in LABELS))
        if lang == "ALL":
            continue
        if len(sub) < MIN_PER_LANG:
            errors.append(f"{lang}: {len(sub)} items < {MIN_PER_LANG}")
        for l in LABELS:
            if lab[l] < MIN_LABEL_PER_LANG:
                errors.append(f"{lang}: label {l} only {lab[l]}")
        if len(childneg) < CHILD_HARD_NEG_PER_LANG:
            errors.append(f"{lang}: child hard negatives {len(childneg)} < {CHILD_HARD_NEG_PER_LANG}")
        if pct(len(child), len(pos)) < 100 * CHILD_OF_POS_MIN:
            errors.append(f"{lang}: child_under_13 on {pct(len(child), len(pos)):.1f}% of positives")
    neg = [i for i in items if not i["labels"]]
    pos = [i for i in items if i["labels"]]
    hard = [i for i in neg if i["hard"]]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    child = [i for i in pos if "child_under_13" in i["labels"]]
    r = len(neg) / total if total else 0
    if not (NEG_MIN <= r <= NEG_MAX):
        errors.append(f"negatives {r:.3f} outside {NEG_MIN}-{NEG_MAX}")
    if neg and len(hard) / len(neg) < HARD_OF_NEG_MIN:
        errors.append(f"hard share of negatives {len(hard) / len(neg):.3f} < {HARD_OF_NEG_MIN}")
    if pos and len(impl) / len(pos) < IMPLICIT_MIN:
        errors.append(f"implicit share of positives {len(impl) / len(pos):.3f} < {IMPLICIT_MIN}")
    if pos and len(child) / len(pos) < CHILD_OF_POS_MIN:
        errors.append(f"child share of positives {len(child) / len(pos):.3f} < {CHILD_OF_POS_MIN}")
    ch = collections.Counter(i["channel"] for i in items)
    print("channels: " + ", ".join(f"{c} {ch[c]}" for c in CHANNELS))
    for c in CHANNELS:
        if ch[c] == 0:
            errors.append(f"channel {c} unused")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
