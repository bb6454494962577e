#!/usr/bin/env python3
"""Read src/<lang>.txt (channel|labels|H|text|note) and write items.jsonl."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]


def parse_file(lang):
    path = os.path.join(HERE, lang + ".txt")
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError("%s:%d: expected 5 fields, got %d" % (path, lineno, len(parts)))
            channel, labels, hard, text, note = [p.strip() for p in parts]
            labels = [l.strip() for l in labels.split(",") if l.strip()]
            if hard not in ("0", "1"):
                raise ValueError("%s:%d: H must be 0 or 1" % (path, lineno))
            rows.append({
                "lineno": lineno,
                "lang": lang,
                "channel": channel,
                "labels": labels,
                "hard": hard == "1",
                "text": text.replace("\\n", "\n"),
                "note": note,
            })
    return rows


def build(langs=LANGS):
    items = []
    for lang in langs:
        counters = {}
        for r in parse_file(lang):
            n = counters.get(r["channel"], 0) + 1
            counters[r["channel"]] = n
            items.append({
                "id": "%s-%s-%04d" % (lang, r["channel"], n),
                "text": r["text"],
                "lang": lang,
                "channel": r["channel"],
                "labels": r["labels"],
                "hard": r["hard"],
                "note": r["note"],
            })
    return items


def main():
    items = build()
    out = os.path.join(ROOT, "items.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), out))


if __name__ == "__main__":
    sys.exit(main())
