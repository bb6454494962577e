#!/usr/bin/env python3
"""Build items.jsonl from the hand-typed sources src/<lang>.txt.

Each non-empty source line not starting with '#' is one item:
    channel|labels|H|text|note
labels: comma-separated label names or '-'; H: 'H' for a hard negative, else '-';
a literal backslash-n in text stands for a line break.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


class SourceError(Exception):
    pass


def parse_line(lang, lineno, line):
    parts = line.split("|")
    if len(parts) != 5:
        raise SourceError(f"{lang}.txt:{lineno}: expected 5 fields, got {len(parts)}")
    channel, labels, hard, text, note = (p.strip() for p in parts)
    if channel not in CHANNELS:
        raise SourceError(f"{lang}.txt:{lineno}: unknown channel {channel!r}")
    if labels == "-":
        label_list = []
    else:
        label_list = [x.strip() for x in labels.split(",")]
        for lab in label_list:
            if lab not in LABELS:
                raise SourceError(f"{lang}.txt:{lineno}: unknown label {lab!r}")
        if len(set(label_list)) != len(label_list):
            raise SourceError(f"{lang}.txt:{lineno}: duplicate label")
    if hard not in ("H", "-"):
        raise SourceError(f"{lang}.txt:{lineno}: hard flag must be H or -, got {hard!r}")
    if hard == "H" and label_list:
        raise SourceError(f"{lang}.txt:{lineno}: hard flag on a positive item")
    if not note:
        raise SourceError(f"{lang}.txt:{lineno}: empty note")
    text = text.replace("\\n", "\n")
    return {"channel": channel, "labels": label_list, "hard": hard == "H",
            "text": text, "note": note, "lineno": lineno}


def read_sources():
    out = []
    for lang in LANGS:
        path = os.path.join(HERE, f"{lang}.txt")
        with open(path, encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                item = parse_line(lang, lineno, line)
                item["lang"] = lang
                out.append(item)
    return out


def build(items):
    rows = []
    counter = {}
    for it in items:
        n = counter.get(it["lang"], 0) + 1
        counter[it["lang"]] = n
        rows.append({
            "id": f"{it['lang']}-{it['channel']}-{n:04d}",
            "text": it["text"],
            "lang": it["lang"],
            "channel": it["channel"],
            "labels": it["labels"],
            "hard": it["hard"],
            "note": it["note"],
        })
    return rows


def main():
    try:
        rows = build(read_sources())
    except SourceError as exc:
        print("ERROR:", exc, file=sys.stderr)
        return 1
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to items.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
