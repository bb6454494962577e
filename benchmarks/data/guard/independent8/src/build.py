#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt (channel|labels|H|text|note)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]

def parse(lang):
    rows, errors = [], []
    path = os.path.join(HERE, lang + ".txt")
    if not os.path.exists(path):
        return rows, errors
    counters = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append("%s:%d: expected 5 fields, got %d" % (lang, n, len(parts)))
                continue
            ch, labels, h, text, note = [p.strip() for p in parts]
            labs = [] if labels == "-" else [x.strip() for x in labels.split(",") if x.strip()]
            counters[ch] = counters.get(ch, 0) + 1
            rows.append({"id": "%s-%s-%04d" % (lang, ch, counters[ch]), "text": text, "lang": lang,
                         "channel": ch, "labels": labs, "hard": h == "H", "note": note,
                         "_line": n, "_h": h})
    return rows, errors

def main():
    allrows = []
    for lang in LANGS:
        rows, errs = parse(lang)
        for e in errs:
            print(e, file=sys.stderr)
        if errs:
            sys.exit(1)
        allrows.extend(rows)
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as f:
        for r in allrows:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(allrows))

if __name__ == "__main__":
    main()
