#!/usr/bin/env python3
"""Parse and validate the hand-typed source files of blind evaluation set 27.

Each line of src/<lang>.txt is  channel|labels|H|text|note
Prints counts and exits non-zero when a rule or balance target fails.
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


def parse(lang):
    """Return a list of item dicts (without id) for one language."""
    items = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}:{n}: expected 5 fields, got {len(parts)}: {line[:80]}")
            channel, labels, hard, text, note = parts
            labels = [x.strip() for x in labels.split(",") if x.strip()]
            items.append({
                "line": n,
                "text": text.replace("\\n", "\n"),
                "lang": lang,
                "channel": channel.strip(),
                "labels": labels,
                "hard": hard.strip() == "h",
                "hard_raw": hard.strip(),
                "note": note.strip(),
            })
    return items


def load_all():
    return {lang: parse(lang) for lang in LANGS}


def main():
    data = load_all()
    errors = []
    seen_texts = {}
    allitems = []
    for lang in LANGS:
        for it in data[lang]:
            where = f"{lang}:{it['line']}"
            if it["channel"] not in CHANNELS:
                errors.append(f"{where}: bad channel {it['channel']!r}")
            for lab in it["labels"]:
                if lab not in LABELS:
                    errors.append(f"{where}: bad label {lab!r}")
            if len(set(it["labels"])) != len(it["labels"]):
                errors.append(f"{where}: duplicate label")
            if it["hard_raw"] not in ("", "h"):
                errors.append(f"{where}: bad hard flag {it['hard_raw']!r}")
            if it["hard"] and it["labels"]:
                errors.append(f"{where}: hard flag on a positive")
            if not it["labels"] and it["note"].startswith("implicit:"):
                errors.append(f"{where}: implicit note on a negative")
            if not it["note"]:
                errors.append(f"{where}: empty note")
            n = len(it["text"])
            if n < 10 or n > 500:
                errors.append(f"{where}: length {n} outside 10-500")
            if it["text"] != it["text"].strip():
                errors.append(f"{where}: leading/trailing whitespace")
            key = it["text"]
            if key in seen_texts:
                errors.append(f"{where}: duplicate text (also {seen_texts[key]})")
            seen_texts[key] = where
            allitems.append(it)

    total = len(allitems)
    neg = [i for i in allitems if not i["labels"]]
    pos = [i for i in allitems if i["labels"]]
    hard = [i for i in neg if i["hard"]]
    implicit = [i for i in pos if i["note"].startswith("implicit:")]
    mid = [i for i in allitems if 40 <= len(i["text"]) <= 250]

    print(f"total {total}; positives {len(pos)}; negatives {len(neg)} ({100*len(neg)/max(total,1):.1f}%); "
          f"hard {len(hard)} ({100*len(hard)/max(len(neg),1):.1f}% of negatives); "
          f"implicit {len(implicit)} ({100*len(implicit)/max(len(pos),1):.1f}% of positives); "
          f"length 40-250: {100*len(mid)/max(total,1):.1f}%")
    header = "lang  n   neg  hard impl " + " ".join(l[:6].rjust(6) for l in LABELS)
    print(header)
    for lang in LANGS:
        its = data[lang]
        c = collections.Counter(l for i in its for l in i["labels"])
        ng = sum(1 for i in its if not i["labels"])
        hd = sum(1 for i in its if i["hard"])
        im = sum(1 for i in its if i["labels"] and i["note"].startswith("implicit:"))
        print(f"{lang:4}{len(its):4}{ng:5}{hd:6}{im:5} " + " ".join(str(c[l]).rjust(6) for l in LABELS))
        if len(its) < 110:
            errors.append(f"{lang}: only {len(its)} items (< 110)")
        for l in LABELS:
            if c[l] < 7:
                errors.append(f"{lang}: label {l} only {c[l]} times (< 7)")
    chan = collections.Counter(i["channel"] for i in allitems)
    print("channels: " + ", ".join(f"{ch} {chan[ch]}" for ch in CHANNELS))
    for lang in LANGS:
        cc = collections.Counter(i["channel"] for i in data[lang])
        print(f"  {lang}: " + " ".join(f"{ch[:5]}={cc[ch]}" for ch in CHANNELS))
        for ch in CHANNELS:
            if cc[ch] < 6:
                errors.append(f"{lang}: channel {ch} only {cc[ch]} items (< 6)")

    if total < 900:
        errors.append(f"total {total} < 900")
    share = len(neg) / max(total, 1)
    if not 0.33 <= share <= 0.40:
        errors.append(f"negative share {share:.3f} outside 0.33-0.40")
    if len(hard) < 0.60 * len(neg):
        errors.append("fewer than 60% of negatives hard")
    if len(implicit) < 0.35 * len(pos):
        errors.append("fewer than 35% of positives implicit")

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
