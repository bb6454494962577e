#!/usr/bin/env python3
"""Build items.jsonl from src/<lang>.txt (channel|labels|H|text|note)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]

def parse(lang):
    items = []
    with open(os.path.join(HERE, lang + ".txt"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}.txt:{n}: expected 5 fields, got {len(parts)}")
            ch, labels, h, text, note = [p.strip() for p in parts]
            labels = [] if labels == "-" else [l.strip() for l in labels.split(",")]
            items.append(dict(line=n, channel=ch, labels=labels, hard=(h == "H"),
                              hmark=h, text=text.replace("\\n", "\n"), note=note))
    return items

def build():
    out = []
    for lang in LANGS:
        counters = {}
        for it in parse(lang):
            counters[it["channel"]] = counters.get(it["channel"], 0) + 1
            out.append({"id": f"{lang}-{it['channel']}-{counters[it['channel']]:04d}",
                        "text": it["text"], "lang": lang, "channel": it["channel"],
                        "labels": it["labels"], "hard": it["hard"], "note": it["note"]})
    return out

if __name__ == "__main__":
    items = build()
    with open(os.path.join(HERE, "..", "items.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items")
