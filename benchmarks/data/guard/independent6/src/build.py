#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt (channel|labels|H|text|note)."""
import json, os, sys
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")

def parse(lang):
    rows = []
    path = os.path.join(HERE, lang + ".txt")
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit("%s.txt:%d: expected 5 fields, got %d" % (lang, n, len(parts)))
            ch, labels, h, text, note = [p.strip() for p in parts]
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",") if x.strip()]
            rows.append({"lang": lang, "channel": ch, "labels": labs, "hard": h == "H",
                         "text": text, "note": note, "_line": n, "_h": h})
    return rows

def build():
    out = []
    for lang in LANGS:
        counter = {}
        for r in parse(lang):
            counter[r["channel"]] = counter.get(r["channel"], 0) + 1
            r["id"] = "%s-%s-%04d" % (lang, r["channel"], counter[r["channel"]])
            out.append(r)
    return out

if __name__ == "__main__":
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ["id", "text", "lang", "channel", "labels", "hard", "note"]},
                               ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(rows), OUT))
