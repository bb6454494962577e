#!/usr/bin/env python3
"""Build items.jsonl from src/<lang>.txt (one item per line: channel|labels|H|text|note)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]


def parse(lang):
    rows = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}.txt:{n}: expected 5 fields, got {len(parts)}")
            channel, labels, h, text, note = (p.strip() for p in parts)
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",") if x.strip()]
            rows.append({"line": n, "channel": channel, "labels": labs, "hard": h == "H",
                         "hard_raw": h, "text": text, "note": note, "lang": lang})
    return rows


def build():
    out = []
    for lang in LANGS:
        counter = Counter()
        for r in parse(lang):
            counter[r["channel"]] += 1
            out.append({"id": f"{lang}-{r['channel']}-{counter[r['channel']]:04d}", "text": r["text"],
                        "lang": lang, "channel": r["channel"], "labels": r["labels"],
                        "hard": r["hard"], "note": r["note"]})
    return out


if __name__ == "__main__":
    items = build()
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items")
