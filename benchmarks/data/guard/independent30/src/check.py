#!/usr/bin/env python3
"""Parse and validate the hand-typed source files of blind evaluation set 30."""
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]


def pair_tag(note):
    for tok in note.split():
        if tok.startswith("pair:"):
            return tok[5:]
    return None


def parse(lang):
    items = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
            channel, labels, hard, text, note = parts
            labels = [l for l in labels.split(",") if l]
            items.append({
                "lang": lang, "line": n, "channel": channel, "labels": labels,
                "hard": hard == "h", "hard_raw": hard,
                "text": text.replace("\\n", "\n"), "note": note.strip(),
            })
    return items


def load_all():
    return {lang: parse(lang) for lang in LANGS}


def main():
    data = load_all()
    errors = []
    seen_texts = {}
    allitems = []
    for lang, items in data.items():
        for it in items:
            where = f"{lang}:{it['line']}"
            if it["channel"] not in CHANNELS:
                errors.append(f"{where}: bad channel {it['channel']}")
            for l in it["labels"]:
                if l not in LABELS:
                    errors.append(f"{where}: bad label {l}")
            if len(set(it["labels"])) != len(it["labels"]):
                errors.append(f"{where}: duplicate label")
            if it["hard_raw"] not in ("", "h"):
                errors.append(f"{where}: bad hard field {it['hard_raw']!r}")
            if it["hard"] and it["labels"]:
                errors.append(f"{where}: hard on a positive")
            n = len(it["text"])
            if not 15 <= n <= 400:
                errors.append(f"{where}: length {n}")
            if it["text"] != it["text"].strip():
                errors.append(f"{where}: surrounding whitespace")
            if not it["note"]:
                errors.append(f"{where}: empty note")
            if it["labels"] and not (it["note"].startswith("implicit:") or it["note"].startswith("explicit:")):
                errors.append(f"{where}: positive note lacks implicit:/explicit:")
            if not it["labels"] and (it["note"].startswith("implicit:") or it["note"].startswith("explicit:")):
                errors.append(f"{where}: negative note has implicit:/explicit:")
            key = it["text"]
            if key in seen_texts:
                errors.append(f"{where}: duplicate text (also {seen_texts[key]})")
            seen_texts[key] = where
            allitems.append(it)
        # pairs
        pairs = defaultdict(list)
        for it in items:
            tag = pair_tag(it["note"])
            if tag:
                pairs[tag].append(it)
        for tag, members in pairs.items():
            if len(members) != 2:
                errors.append(f"{lang}: pair {tag} has {len(members)} members")
                continue
            pos = [m for m in members if m["labels"]]
            if len(pos) != 1:
                errors.append(f"{lang}: pair {tag} needs one positive and one negative")
            if members[0]["channel"] != members[1]["channel"]:
                errors.append(f"{lang}: pair {tag} channels differ")

    # balance
    total = len(allitems)
    neg = [i for i in allitems if not i["labels"]]
    pos = [i for i in allitems if i["labels"]]
    hard = [i for i in neg if i["hard"]]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    if total < 900:
        errors.append(f"total {total} < 900")
    for lang, items in data.items():
        if len(items) < 110:
            errors.append(f"{lang}: {len(items)} items < 110")
        c = Counter(l for it in items for l in it["labels"])
        for l in LABELS:
            if c[l] < 7:
                errors.append(f"{lang}: label {l} only {c[l]}")
    negshare = len(neg) / total
    if not 0.40 <= negshare <= 0.50:
        errors.append(f"negative share {negshare:.3f} outside 40-50%")
    if len(hard) < 0.85 * len(neg):
        errors.append(f"hard share of negatives {len(hard)}/{len(neg)} < 85%")
    if len(impl) < 0.35 * len(pos):
        errors.append(f"implicit share {len(impl)}/{len(pos)} < 35%")

    # report
    print(f"total {total}; positives {len(pos)}; negatives {len(neg)} ({100*negshare:.1f}%), "
          f"hard {len(hard)} ({100*len(hard)/max(1,len(neg)):.1f}% of negatives); "
          f"implicit {len(impl)} ({100*len(impl)/max(1,len(pos)):.1f}% of positives)")
    for lang, items in data.items():
        c = Counter(l for it in items for l in it["labels"])
        npairs = len({pair_tag(i["note"]) for i in items if pair_tag(i["note"])})
        nneg = sum(1 for i in items if not i["labels"])
        nimp = sum(1 for i in items if i["note"].startswith("implicit:"))
        npos = len(items) - nneg
        print(f"{lang}: {len(items)} items, {nneg} neg, {npos} pos ({nimp} implicit), {npairs} pairs; "
              + " ".join(f"{l}={c[l]}" for l in LABELS))
    ch = Counter(i["channel"] for i in allitems)
    print("channels: " + ", ".join(f"{k} {ch[k]}" for k in CHANNELS))
    lens = sorted(len(i["text"]) for i in allitems)
    under = sum(1 for n in lens if n < 250)
    print(f"lengths: min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}, under 250: {under}/{total}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
