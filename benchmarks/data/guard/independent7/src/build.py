#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt (one item per line: channel|labels|H|text|note)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]


def parse_file(lang):
    """Return (rows, errors) for one language file; rows keep file order."""
    path = os.path.join(HERE, lang + ".txt")
    rows, errors = [], []
    if not os.path.exists(path):
        return rows, errors
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append("%s.txt:%d: expected 5 fields, got %d" % (lang, n, len(parts)))
                continue
            channel, labels, hard, text, note = [p.strip() for p in parts]
            if hard not in ("H", "-"):
                errors.append("%s.txt:%d: H field must be 'H' or '-'" % (lang, n))
            labs = [] if labels == "-" else [l.strip() for l in labels.split(",")]
            rows.append({"line": n, "text": text, "lang": lang, "channel": channel,
                         "labels": labs, "hard": hard == "H", "note": note})
    return rows, errors


def build_items(langs=LANGS):
    items, errors = [], []
    for lang in langs:
        rows, errs = parse_file(lang)
        errors.extend(errs)
        counters = {}
        for r in rows:
            counters[r["channel"]] = counters.get(r["channel"], 0) + 1
            items.append({
                "id": "%s-%s-%04d" % (lang, r["channel"], counters[r["channel"]]),
                "text": r["text"], "lang": lang, "channel": r["channel"],
                "labels": r["labels"], "hard": r["hard"], "note": r["note"],
                "_line": r["line"],
            })
    return items, errors


def main():
    items, errors = build_items()
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    out = os.path.join(ROOT, "items.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            row = {k: v for k, v in it.items() if not k.startswith("_")}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), out))


if __name__ == "__main__":
    main()
