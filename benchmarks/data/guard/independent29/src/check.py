#!/usr/bin/env python3
"""Parse and check the hand-typed source files of blind evaluation set 29."""
import os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
PAIR_RE = re.compile(r"pair:([A-Za-z0-9_-]+)")


def parse(lang):
    items = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            head = line.split("|", 3)
            if len(head) != 4:
                raise SystemExit(f"{lang}:{n}: too few fields")
            channel, labels, hard, rest = head
            if "|" not in rest:
                raise SystemExit(f"{lang}:{n}: no note field")
            text, note = rest.rsplit("|", 1)
            items.append({
                "line": n, "lang": lang, "channel": channel.strip(),
                "labels": [l.strip() for l in labels.split(",") if l.strip()],
                "hard": hard.strip(), "text": text.replace("\\n", "\n"), "note": note.strip(),
            })
    return items


def load_all():
    out = []
    for lang in LANGS:
        out.extend(parse(lang))
    return out


def pair_tag(item):
    m = PAIR_RE.search(item["note"])
    return m.group(1) if m else None


def main():
    items = load_all()
    errors = []
    texts = Counter(i["text"] for i in items)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text: {t[:60]!r}")
    pairs = defaultdict(list)
    for i in items:
        where = f"{i['lang']}:{i['line']}"
        if i["channel"] not in CHANNELS:
            errors.append(f"{where}: bad channel {i['channel']}")
        for l in i["labels"]:
            if l not in LABELS:
                errors.append(f"{where}: bad label {l}")
        if len(set(i["labels"])) != len(i["labels"]):
            errors.append(f"{where}: repeated label")
        if i["hard"] not in ("h", ""):
            errors.append(f"{where}: bad hard flag")
        if i["hard"] == "h" and i["labels"]:
            errors.append(f"{where}: hard on a positive")
        if not 15 <= len(i["text"]) <= 400:
            errors.append(f"{where}: length {len(i['text'])}")
        if i["text"] != i["text"].strip():
            errors.append(f"{where}: surrounding whitespace")
        if not i["note"]:
            errors.append(f"{where}: empty note")
        if i["labels"] and not (i["note"].startswith("implicit:") or i["note"].startswith("explicit:")):
            errors.append(f"{where}: positive note must start implicit:/explicit:")
        if not i["labels"] and (i["note"].startswith("implicit:") or i["note"].startswith("explicit:")):
            errors.append(f"{where}: negative note with positive prefix")
        tag = pair_tag(i)
        if tag:
            pairs[(i["lang"], tag)].append(i)
    for (lang, tag), members in pairs.items():
        if len(members) != 2:
            errors.append(f"{lang} pair:{tag} has {len(members)} items")
            continue
        a, b = members
        if a["channel"] != b["channel"]:
            errors.append(f"{lang} pair:{tag} channels differ")
        if bool(a["labels"]) == bool(b["labels"]):
            errors.append(f"{lang} pair:{tag} needs one positive and one negative")

    total = len(items)
    neg = [i for i in items if not i["labels"]]
    pos = [i for i in items if i["labels"]]
    hard = [i for i in neg if i["hard"] == "h"]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    paired = [i for i in items if pair_tag(i)]
    single = [i for i in items if not pair_tag(i)]
    long_ = [i for i in items if 200 <= len(i["text"]) <= 400]
    short = [i for i in items if len(i["text"]) < 220]

    print(f"total {total}; positives {len(pos)}; negatives {len(neg)} ({100*len(neg)/total:.1f}%), "
          f"hard {len(hard)} ({100*len(hard)/max(1,len(neg)):.1f}% of negatives)")
    print(f"implicit {len(impl)} ({100*len(impl)/max(1,len(pos)):.1f}% of positives); "
          f"pairs {len(pairs)} ({len(paired)} items); singles {len(single)} ({100*len(single)/total:.1f}%)")
    print(f"length 200-400: {len(long_)} ({100*len(long_)/total:.1f}%); under 220: {len(short)} ({100*len(short)/total:.1f}%)")
    for lang in LANGS:
        li = [i for i in items if i["lang"] == lang]
        ln = [i for i in li if not i["labels"]]
        lc = Counter(l for i in li for l in i["labels"])
        ch = Counter(i["channel"] for i in li)
        lp = [i for i in li if i["labels"]]
        limp = [i for i in lp if i["note"].startswith("implicit:")]
        llong = [i for i in li if len(i["text"]) >= 200]
        lsing = [i for i in li if not pair_tag(i)]
        print(f"{lang}: {len(li)} items, neg {len(ln)} ({100*len(ln)/max(1,len(li)):.0f}%), "
              f"implicit {len(limp)}/{len(lp)}, long {len(llong)}, singles {len(lsing)}")
        print("   labels " + " ".join(f"{l}={lc[l]}" for l in LABELS))
        print("   channels " + " ".join(f"{c}={ch[c]}" for c in CHANNELS))
        if len(li) < 110:
            errors.append(f"{lang}: only {len(li)} items")
        for l in LABELS:
            if lc[l] < 7:
                errors.append(f"{lang}: label {l} only {lc[l]}")
        for c in CHANNELS:
            if ch[c] < 5:
                errors.append(f"{lang}: channel {c} only {ch[c]}")
    if total < 900:
        errors.append(f"total {total} < 900")
    if not 0.40 <= len(neg) / total <= 0.50:
        errors.append("negatives outside 40-50%")
    if len(hard) < 0.85 * len(neg):
        errors.append("fewer than 85% of negatives hard")
    if len(impl) < 0.35 * len(pos):
        errors.append("fewer than 35% of positives implicit")
    if not 0.18 <= len(single) / total <= 0.32:
        errors.append("singles not about a quarter")
    if len(long_) < 0.17 * total:
        errors.append("too few items of 200-400 characters")
    if len(short) <= 0.5 * total:
        errors.append("most items should be under 220 characters")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
