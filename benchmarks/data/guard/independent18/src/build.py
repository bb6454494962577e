#!/usr/bin/env python3
"""Build items.jsonl from src/<lang>.txt.

Line format: channel | labels | hard | note | text
  channel : short code (see CHANNELS) or full README name
  labels  : comma-separated short codes (see LABELS) or '-' for none
  hard    : 'H' for a hard negative, '-' otherwise
  note    : short English reason ('implicit: ...' for implicit positives)
  text    : the item text, last so it may contain '|'; a literal \\n becomes a line break
Blank lines and lines starting with '#' are ignored.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = {
    "t": "ticket", "c": "chat", "cn": "call_note", "f": "form_field", "r": "review",
    "e": "email_signature", "cal": "calendar", "fd": "file_or_device_name",
    "csv": "csv_cell", "j": "json_value",
}
FULL_CHANNELS = set(CHANNELS.values())
LABELS = {
    "rac": "racial_ethnic", "pol": "political", "rel": "religious", "tu": "trade_union",
    "gen": "genetic", "bio": "biometric", "hea": "health", "sex": "sex_life_orientation",
    "kid": "child_under_13",
}
FULL_LABELS = set(LABELS.values())


def fail(msg):
    sys.stderr.write("build.py: " + msg + "\n")
    sys.exit(1)


def main():
    items = []
    seen_text = {}
    for lang in LANGS:
        path = os.path.join(HERE, lang + ".txt")
        if not os.path.exists(path):
            fail("missing " + path)
        counters = {}
        with open(path, encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = "%s:%d" % (lang, lineno)
                parts = line.split("|", 4)
                if len(parts) != 5:
                    fail(where + ": expected 5 fields")
                ch, lab, hard, note, text = [p.strip() for p in parts]
                if ch in CHANNELS:
                    ch = CHANNELS[ch]
                if ch not in FULL_CHANNELS:
                    fail(where + ": unknown channel %r" % ch)
                labels = []
                if lab != "-":
                    for code in lab.split(","):
                        code = code.strip()
                        full = LABELS.get(code, code)
                        if full not in FULL_LABELS:
                            fail(where + ": unknown label %r" % code)
                        if full in labels:
                            fail(where + ": repeated label %r" % code)
                        labels.append(full)
                if hard not in ("H", "-"):
                    fail(where + ": hard must be 'H' or '-'")
                is_hard = hard == "H"
                if is_hard and labels:
                    fail(where + ": hard positive")
                if not note:
                    fail(where + ": missing note")
                if note.lower().startswith("implicit:") and not labels:
                    fail(where + ": implicit note on a negative")
                text = text.replace("\\n", "\n")
                if not (1 <= len(text) <= 600):
                    fail(where + ": text length %d" % len(text))
                if text in seen_text:
                    fail(where + ": duplicate text (first at %s)" % seen_text[text])
                seen_text[text] = where
                counters[ch] = counters.get(ch, 0) + 1
                items.append({
                    "id": "%s-%s-%04d" % (lang, ch, counters[ch]),
                    "text": text,
                    "lang": lang,
                    "channel": ch,
                    "labels": labels,
                    "hard": is_hard,
                    "note": note,
                })
    out = os.path.join(ROOT, "items.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("build.py: wrote %d items to %s" % (len(items), os.path.relpath(out)))


if __name__ == "__main__":
    main()
