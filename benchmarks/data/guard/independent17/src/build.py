#!/usr/bin/env python3
"""Build items.jsonl from the hand-typed src/<lang>.txt files (stdlib only).

Line format of src/<lang>.txt (one item per line, '#' starts a comment line):

    channel | medium | labels | hard | note | text

channel  one of the README channels, or its short code (see CHANNELS)
medium   what kind of spoken/short text it imitates (see MEDIA); kept out of
         items.jsonl, reported in MANIFEST.txt only
labels   comma-separated label codes or full names (see LABELS); '-' = negative
hard     'H' = hard negative, '-' = not hard (only negatives may be hard)
note     short English reason; positives disclosed without an obvious keyword
         start with 'implicit:'
text     the item text; it is the last field, so it may itself contain '|';
         the two-character sequence backslash-n becomes a line break

Fails loudly (exit 1) on any unknown channel, medium or label, on a hard
positive, on a missing note, on an empty or too long text and on duplicates.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]

CHANNELS = {
    "ticket": "ticket", "tk": "ticket",
    "chat": "chat",
    "call_note": "call_note", "call": "call_note",
    "form_field": "form_field", "form": "form_field",
    "review": "review", "rev": "review",
    "email_signature": "email_signature", "sig": "email_signature",
    "calendar": "calendar", "cal": "calendar",
    "file_or_device_name": "file_or_device_name", "file": "file_or_device_name",
    "csv_cell": "csv_cell", "csv": "csv_cell",
    "json_value": "json_value", "json": "json_value",
}

LABELS = {
    "racial_ethnic": "racial_ethnic", "eth": "racial_ethnic",
    "political": "political", "pol": "political",
    "religious": "religious", "rel": "religious",
    "trade_union": "trade_union", "uni": "trade_union",
    "genetic": "genetic", "gen": "genetic",
    "biometric": "biometric", "bio": "biometric",
    "health": "health", "hea": "health",
    "sex_life_orientation": "sex_life_orientation", "sex": "sex_life_orientation",
    "child_under_13": "child_under_13", "kid": "child_under_13",
}
LABEL_ORDER = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
               "biometric", "health", "sex_life_orientation", "child_under_13"]

MEDIA = {
    "tr": "call-centre / helpline transcript",
    "vm": "voicemail-to-text or transcribed voice note",
    "dict": "dictated note or meeting minutes",
    "sub": "video / podcast subtitles or captions",
    "sms": "SMS, push notification, one-line chat or status update",
    "va": "voice-assistant command or smart-speaker log",
    "oth": "other short written text (form, ticket, signature, file name, review)",
}


def die(msg):
    sys.stderr.write("build.py: ERROR: " + msg + "\n")
    sys.exit(1)


def parse_line(lang, path, lineno, raw):
    parts = raw.split("|", 5)
    if len(parts) != 6:
        die("%s:%d: expected 6 '|'-separated fields, got %d" % (path, lineno, len(parts)))
    ch, med, labs, hard, note, text = [p.strip() for p in parts]
    if ch not in CHANNELS:
        die("%s:%d: unknown channel %r" % (path, lineno, ch))
    if med not in MEDIA:
        die("%s:%d: unknown medium %r" % (path, lineno, med))
    labels = []
    if labs != "-":
        for code in labs.split(","):
            code = code.strip()
            if code not in LABELS:
                die("%s:%d: unknown label %r" % (path, lineno, code))
            full = LABELS[code]
            if full in labels:
                die("%s:%d: label %r given twice" % (path, lineno, full))
            labels.append(full)
    if hard not in ("H", "-"):
        die("%s:%d: hard must be 'H' or '-', got %r" % (path, lineno, hard))
    is_hard = hard == "H"
    if is_hard and labels:
        die("%s:%d: only negatives may be hard" % (path, lineno))
    if not note or note == "-":
        die("%s:%d: missing note" % (path, lineno))
    if note.lower().startswith("implicit") and not note.startswith("implicit:"):
        die("%s:%d: implicit note must start with 'implicit:'" % (path, lineno))
    if note.startswith("implicit:") and not labels:
        die("%s:%d: a negative cannot be 'implicit:'" % (path, lineno))
    text = text.replace("\\n", "\n")
    if not (1 <= len(text) <= 600):
        die("%s:%d: text length %d outside 1..600" % (path, lineno, len(text)))
    return {
        "channel": CHANNELS[ch],
        "medium": med,
        "labels": labels,
        "hard": is_hard,
        "note": note,
        "text": text,
        "lang": lang,
    }


def main():
    items = []
    media = []
    seen_texts = {}
    for lang in LANGS:
        path = os.path.join(HERE, lang + ".txt")
        if not os.path.exists(path):
            die("missing source file " + path)
        counters = {}
        with open(path, encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                it = parse_line(lang, os.path.basename(path), lineno, raw)
                key = it["text"].strip().lower()
                if key in seen_texts:
                    die("%s.txt:%d: duplicate text (first at %s)" % (lang, lineno, seen_texts[key]))
                seen_texts[key] = "%s.txt:%d" % (lang, lineno)
                n = counters.get(it["channel"], 0) + 1
                counters[it["channel"]] = n
                item = {
                    "id": "%s-%s-%04d" % (lang, it["channel"], n),
                    "text": it["text"],
                    "lang": lang,
                    "channel": it["channel"],
                    "labels": it["labels"],
                    "hard": it["hard"],
                    "note": it["note"],
                }
                items.append(item)
                media.append((item["id"], it["medium"]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "media.tsv"), "w", encoding="utf-8") as fh:
        fh.write("id\tmedium\n")
        for iid, med in media:
            fh.write("%s\t%s\n" % (iid, med))
    print("build.py: wrote %d items to %s" % (len(items), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
