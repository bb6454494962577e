#!/usr/bin/env python3
"""Parse and validate the hand-typed source files of blind set 28; print counts."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
PAIR_RE = re.compile(r"pair:([A-Za-z0-9_-]+)")


def note_pair(note, positive):
    body = note
    if positive:
        for p in ("implicit:", "explicit:"):
            if body.startswith(p):
                body = body[len(p):].lstrip()
                break
    if body.startswith("pair:"):
        return PAIR_RE.match(body).group(1)
    return None


def load():
    items, errors = [], []
    for lang in LANGS:
        path = os.path.join(HERE, lang + ".txt")
        with open(path, encoding="utf-8") as fh:
            for n, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip():
                    continue
                parts = line.split("|")
                if len(parts) != 5:
                    errors.append(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
                    continue
                channel, labels, hard, text, note = parts
                labels = [l for l in labels.split(",") if l] if labels else []
                text = text.replace("\\n", "\n")
                items.append(dict(lang=lang, line=n, channel=channel, labels=labels,
                                  hard=(hard == "h"), hflag=hard, text=text, note=note))
    return items, errors


def main():
    items, errors = load()
    seen_text = {}
    pairs = collections.defaultdict(list)
    for it in items:
        where = f"{it['lang']}:{it['line']}"
        if it["channel"] not in CHANNELS:
            errors.append(f"{where}: bad channel {it['channel']}")
        for l in it["labels"]:
            if l not in LABELS:
                errors.append(f"{where}: bad label {l}")
        if len(set(it["labels"])) != len(it["labels"]):
            errors.append(f"{where}: duplicate label")
        if it["hflag"] not in ("", "h"):
            errors.append(f"{where}: bad hard flag {it['hflag']!r}")
        if it["hard"] and it["labels"]:
            errors.append(f"{where}: hard on a positive")
        if not 15 <= len(it["text"]) <= 400:
            errors.append(f"{where}: length {len(it['text'])}")
        if it["text"] != it["text"].strip():
            errors.append(f"{where}: leading/trailing space")
        key = it["text"].casefold()
        if key in seen_text:
            errors.append(f"{where}: duplicate text of {seen_text[key]}")
        seen_text[key] = where
        if not it["note"].strip():
            errors.append(f"{where}: empty note")
        pos = bool(it["labels"])
        if pos and not (it["note"].startswith("implicit:") or it["note"].startswith("explicit:")):
            errors.append(f"{where}: positive note lacks implicit:/explicit:")
        if not pos and (it["note"].startswith("implicit:") or it["note"].startswith("explicit:")):
            errors.append(f"{where}: negative note has a positive prefix")
        tag = note_pair(it["note"], pos)
        it["pair"] = tag
        if tag is None and "pair:" in it["note"]:
            errors.append(f"{where}: pair tag misplaced")
        if tag:
            pairs[(it["lang"], tag)].append(it)
    for (lang, tag), members in sorted(pairs.items()):
        npos = sum(1 for m in members if m["labels"])
        if len(members) != 2 or npos != 1:
            errors.append(f"{lang} pair:{tag}: {len(members)} members, {npos} positive (need 2 / 1)")
        elif members[0]["channel"] != members[1]["channel"]:
            errors.append(f"{lang} pair:{tag}: twins in different channels")

    # balance
    total = len(items)
    neg = [i for i in items if not i["labels"]]
    posi = [i for i in items if i["labels"]]
    hard = [i for i in neg if i["hard"]]
    impl = [i for i in posi if i["note"].startswith("implicit:")]
    singles = [i for i in items if not i["pair"]]
    if total < 900:
        errors.append(f"total {total} < 900")
    if not 0.40 <= len(neg) / total <= 0.50:
        errors.append(f"negatives {len(neg)/total:.1%} outside 40-50%")
    if len(hard) < 0.85 * len(neg):
        errors.append(f"hard {len(hard)/len(neg):.1%} of negatives < 85%")
    if len(impl) < 0.35 * len(posi):
        errors.append(f"implicit {len(impl)/len(posi):.1%} of positives < 35%")
    per_lang = collections.Counter(i["lang"] for i in items)
    lab_lang = collections.Counter((i["lang"], l) for i in posi for l in i["labels"])
    chan_lang = collections.Counter((i["lang"], i["channel"]) for i in items)
    for lang in LANGS:
        if per_lang[lang] < 110:
            errors.append(f"{lang}: {per_lang[lang]} items < 110")
        for l in LABELS:
            if lab_lang[(lang, l)] < 7:
                errors.append(f"{lang}: label {l} only {lab_lang[(lang, l)]}")
        for c in CHANNELS:
            if chan_lang[(lang, c)] < 4:
                errors.append(f"{lang}: channel {c} only {chan_lang[(lang, c)]}")
        lang_items = [i for i in items if i["lang"] == lang]
        lneg = sum(1 for i in lang_items if not i["labels"])
        if lang_items and not 0.38 <= lneg / len(lang_items) <= 0.52:
            errors.append(f"{lang}: negatives {lneg/len(lang_items):.1%} far from 40-50%")
    if not 0.15 <= len(singles) / total <= 0.35:
        errors.append(f"singles {len(singles)/total:.1%} not about a quarter")

    print(f"items {total}; positives {len(posi)}; negatives {len(neg)} ({len(neg)/total:.1%}), "
          f"hard {len(hard)} ({len(hard)/len(neg):.1%} of negatives)")
    print(f"implicit {len(impl)} ({len(impl)/len(posi):.1%} of positives); pairs {len(pairs)}; "
          f"single items {len(singles)} ({len(singles)/total:.1%})")
    print("per language:", " ".join(f"{l}={per_lang[l]}" for l in LANGS))
    print("per language negatives:", " ".join(
        f"{l}={sum(1 for i in neg if i['lang']==l)}" for l in LANGS))
    print("labels:", " ".join(f"{l}={sum(1 for i in posi if l in i['labels'])}" for l in LABELS))
    print("channels:", " ".join(f"{c}={sum(1 for i in items if i['channel']==c)}" for c in CHANNELS))
    print("label x language:")
    print("  " + " ".join(f"{l[:6]:>6}" for l in LABELS))
    for lang in LANGS:
        print(lang + " " + " ".join(f"{lab_lang[(lang, l)]:>6}" for l in LABELS))
    lens = sorted(len(i["text"]) for i in items)
    print(f"lengths min {lens[0]} median {lens[len(lens)//2]} max {lens[-1]}; "
          f"under 220: {sum(1 for x in lens if x < 220)/total:.1%}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
