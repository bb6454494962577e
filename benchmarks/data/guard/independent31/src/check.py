#!/usr/bin/env python3
"""Parse src/<lang>.txt, validate items and enforce the balance targets of set 31."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def parse(lang):
    items = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}:{n}: expected 5 fields, got {len(parts)}: {line[:80]}")
            channel, labels, hard, text, note = parts
            labels = [x.strip() for x in labels.split(",") if x.strip()]
            items.append({"lang": lang, "line": n, "channel": channel.strip(),
                          "labels": labels, "hard": hard.strip(),
                          "text": text.replace("\\n", "\n"), "note": note.strip()})
    return items


def load_all():
    return {lang: parse(lang) for lang in LANGS}


def main():
    errors = []
    data = load_all()
    texts = Counter()
    allitems = [it for lang in LANGS for it in data[lang]]
    for it in allitems:
        where = f"{it['lang']}:{it['line']}"
        if it["channel"] not in CHANNELS:
            errors.append(f"{where}: bad channel {it['channel']}")
        for lab in it["labels"]:
            if lab not in LABELS:
                errors.append(f"{where}: bad label {lab}")
        if len(set(it["labels"])) != len(it["labels"]):
            errors.append(f"{where}: duplicate label")
        if it["hard"] not in ("", "h"):
            errors.append(f"{where}: bad hard flag {it['hard']}")
        if it["hard"] and it["labels"]:
            errors.append(f"{where}: hard flag on a positive")
        if not (10 <= len(it["text"]) <= 500):
            errors.append(f"{where}: length {len(it['text'])}")
        if not it["note"]:
            errors.append(f"{where}: empty note")
        if it["note"].startswith("implicit:") and not it["labels"]:
            errors.append(f"{where}: implicit note on a negative")
        texts[it["text"].strip().lower()] += 1
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text: {t[:60]}")

    total = len(allitems)
    neg = [it for it in allitems if not it["labels"]]
    pos = [it for it in allitems if it["labels"]]
    hard = [it for it in neg if it["hard"]]
    impl = [it for it in pos if it["note"].startswith("implicit:")]
    longs = [it for it in allitems if len(it["text"]) >= 200]
    mid = [it for it in allitems if 40 <= len(it["text"]) <= 250]

    print(f"total {total}; negatives {len(neg)} ({100*len(neg)/total:.1f}%), hard {len(hard)} "
          f"({100*len(hard)/max(1,len(neg)):.1f}% of negatives); positives {len(pos)}, implicit {len(impl)} "
          f"({100*len(impl)/max(1,len(pos)):.1f}%)")
    print(f"length 200-500: {len(longs)} ({100*len(longs)/total:.1f}%); length 40-250: {len(mid)} ({100*len(mid)/total:.1f}%)")
    print("channels:", dict(Counter(it["channel"] for it in allitems)))
    lab_tot = Counter(l for it in allitems for l in it["labels"])
    print("labels:", dict(lab_tot))
    for lang in LANGS:
        items = data[lang]
        lc = Counter(l for it in items for l in it["labels"])
        n_neg = sum(1 for it in items if not it["labels"])
        n_hard = sum(1 for it in items if not it["labels"] and it["hard"])
        n_pos = len(items) - n_neg
        n_impl = sum(1 for it in items if it["labels"] and it["note"].startswith("implicit:"))
        n_long = sum(1 for it in items if len(it["text"]) >= 200)
        chans = Counter(it["channel"] for it in items)
        print(f"{lang}: {len(items)} items, neg {n_neg} ({100*n_neg/max(1,len(items)):.0f}%), hard {n_hard}, "
              f"implicit {n_impl}/{n_pos}, long {n_long}; " + " ".join(f"{l[:6]}={lc[l]}" for l in LABELS))
        print("    channels: " + " ".join(f"{c[:8]}={chans[c]}" for c in CHANNELS))
        if len(items) < 110:
            errors.append(f"{lang}: only {len(items)} items")
        for l in LABELS:
            if lc[l] < 7:
                errors.append(f"{lang}: label {l} only {lc[l]}")
        for c in CHANNELS:
            if chans[c] < 5:
                errors.append(f"{lang}: channel {c} only {chans[c]}")
    if total < 900:
        errors.append(f"total only {total}")
    if not (0.33 <= len(neg) / total <= 0.40):
        errors.append(f"negatives share {len(neg)/total:.3f} outside 33-40%")
    if len(hard) < 0.60 * len(neg):
        errors.append("hard negatives below 60% of negatives")
    if len(impl) < 0.35 * len(pos):
        errors.append("implicit positives below 35%")
    if len(longs) < 0.18 * total:
        errors.append("items of 200-500 chars below 18%")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
