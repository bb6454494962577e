#!/usr/bin/python3
"""Build items.jsonl from src/<lang>.txt (channel|labels|H|text|note)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]

def parse(lang):
    path = os.path.join(HERE, lang + ".txt")
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError("%s:%d: expected 5 fields, got %d" % (path, n, len(parts)))
            ch, labs, h, text, note = (p.strip() for p in parts)
            labels = [] if labs in ("-", "") else [x.strip() for x in labs.split(",")]
            out.append(dict(lang=lang, channel=ch, labels=labels, hard=(h == "H"),
                            text=text.replace("\\n", "\n"), note=note, src="%s:%d" % (lang, n), hraw=h))
    return out

def items():
    res = []
    for lang in LANGS:
        cnt = {}
        for it in parse(lang):
            cnt[it["channel"]] = cnt.get(it["channel"], 0) + 1
            it["id"] = "%s-%s-%04d" % (lang, it["channel"], cnt[it["channel"]])
            res.append(it)
    return res

KEYS = ["id", "text", "lang", "channel", "labels", "hard", "note"]

if __name__ == "__main__":
    its = items()
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as f:
        for it in its:
            f.write(json.dumps({k: it[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(its))
