#!/usr/bin/env python3
"""Read hand-written src/<lang>.txt files and write items.jsonl (no text is generated here)."""
import json
import os
import sys

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def parse_line(line):
    parts = line.split("|")
    if len(parts) != 5:
        raise ValueError("expected 5 fields, got %d" % len(parts))
    channel, labels, hard, text, note = parts
    labels = [l.strip() for l in labels.split(",") if l.strip()]
    if hard not in ("0", "1"):
        raise ValueError("H must be 0 or 1")
    return {
        "channel": channel.strip(),
        "labels": labels,
        "hard": hard == "1",
        "text": text.replace("\\n", "\n"),
        "note": note.strip(),
    }


def load(lang):
    path = os.path.join(HERE, lang + ".txt")
    items = []
    if not os.path.exists(path):
        return items
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            try:
                item = parse_line(line)
            except ValueError as exc:
                raise SystemExit("%s:%d: %s" % (path, n, exc))
            item["lang"] = lang
            item["_src"] = "%s:%d" % (lang, n)
            items.append(item)
    return items


def build_all():
    out = []
    for lang in LANGS:
        for i, it in enumerate(load(lang), 1):
            it["id"] = "%s-%s-%04d" % (lang, it["channel"], i)
            out.append(it)
    return out


def main():
    items = build_all()
    path = os.path.join(ROOT, "items.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            rec = {k: it[k] for k in ("id", "text", "lang", "channel", "labels", "hard", "note")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), path))


if __name__ == "__main__":
    main()
