#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt.
Source line format: channel|labels|H|text|note
  labels: comma-separated label names, or '-' for a negative
  H: 'H' for a hard negative, '-' otherwise
Blank lines and lines starting with '#' are ignored.
ids: <lang>-<channel>-NNNN, numbered per (lang, channel) in file order."""
import json, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set root (src/..)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]

def parse(lang):
    path = os.path.join(HERE, "src", lang + ".txt")
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                sys.exit(f"{path}:{n}: expected 5 fields, got {len(parts)}")
            ch, lab, h, text, note = (p.strip() for p in parts)
            labels = [] if lab == "-" else [x.strip() for x in lab.split(",") if x.strip()]
            if h not in ("H", "-"):
                sys.exit(f"{path}:{n}: hard flag must be H or -")
            text = text.replace("\\n", "\n")
            out.append({"channel": ch, "labels": labels, "hard": h == "H", "text": text,
                        "note": note, "lang": lang, "_src": f"{lang}.txt:{n}"})
    return out

def main():
    items = []
    for lang in LANGS:
        counters = {}
        if not os.path.exists(os.path.join(HERE, "src", lang + ".txt")):
            print(f"warning: src/{lang}.txt missing"); continue
        for it in parse(lang):
            k = it["channel"]
            counters[k] = counters.get(k, 0) + 1
            items.append({"id": f"{lang}-{k}-{counters[k]:04d}", "text": it["text"], "lang": lang,
                          "channel": k, "labels": it["labels"], "hard": it["hard"], "note": it["note"]})
    with open(os.path.join(HERE, "items.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to items.jsonl")

if __name__ == "__main__":
    main()
