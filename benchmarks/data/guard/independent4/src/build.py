#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt (format: channel|labels|H|text|note)."""
import json, os, sys
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = [l for l in ["en", "de", "fr", "es", "it", "pt", "nl", "pl"] if os.path.exists(os.path.join(HERE, l + ".txt"))]

def parse(lang):
    out = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit("%s:%d: expected 5 fields, got %d: %r" % (path, n, len(parts), line[:80]))
            ch, labs, h, text, note = [p.strip() for p in parts]
            labels = [] if labs in ("", "-") else [x.strip() for x in labs.split(",")]
            out.append(dict(src=(path, n), channel=ch, labels=labels, hard=(h == "H"), hflag=h, text=text, note=note))
    return out

def main():
    items = []
    for lang in LANGS:
        cnt = defaultdict(int)
        for it in parse(lang):
            cnt[it["channel"]] += 1
            items.append({"id": "%s-%s-%04d" % (lang, it["channel"], cnt[it["channel"]]),
                          "text": it["text"], "lang": lang, "channel": it["channel"],
                          "labels": it["labels"], "hard": it["hard"], "note": it["note"]})
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(items))

if __name__ == "__main__":
    main()
