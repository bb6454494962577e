"""Shared parsing for the hand-typed source files (standard library only)."""
import os, re

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SRC = os.path.dirname(os.path.abspath(__file__))


def norm(text):
    return re.sub(r"\s+", " ", text).strip().casefold()


def parse(lang):
    """Return list of dicts (without id) and list of error strings."""
    items, errors = [], []
    path = os.path.join(SRC, lang + ".txt")
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
                continue
            channel, labels, hard, text, note = (p.strip() for p in parts)
            if channel not in CHANNELS:
                errors.append(f"{lang}:{n}: bad channel {channel!r}")
            labs = [] if labels == "-" else [l.strip() for l in labels.split(",")]
            for l in labs:
                if l not in LABELS:
                    errors.append(f"{lang}:{n}: bad label {l!r}")
            if len(set(labs)) != len(labs):
                errors.append(f"{lang}:{n}: duplicate label")
            if hard not in ("", "H"):
                errors.append(f"{lang}:{n}: bad hard flag {hard!r}")
            if hard == "H" and labs:
                errors.append(f"{lang}:{n}: hard flag on a positive")
            text = text.replace("\\n", "\n")
            if not (1 <= len(text) <= 600):
                errors.append(f"{lang}:{n}: text length {len(text)}")
            if not note:
                errors.append(f"{lang}:{n}: empty note")
            if note.startswith("implicit:") and not labs:
                errors.append(f"{lang}:{n}: implicit note on a negative")
            items.append({"text": text, "lang": lang, "channel": channel, "labels": labs,
                          "hard": hard == "H", "note": note, "line": n})
    return items, errors


def with_ids(items):
    """id = <lang>-<channel>-NNNN, NNNN = running number within the language file."""
    out = []
    for i, it in enumerate(items, 1):
        d = {"id": f"{it['lang']}-{it['channel']}-{i:04d}", "text": it["text"], "lang": it["lang"],
             "channel": it["channel"], "labels": it["labels"], "hard": it["hard"], "note": it["note"]}
        out.append(d)
    return out
