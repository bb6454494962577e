"""Shared parsing for the hand-written source files (standard library only)."""
import os

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SRC = os.path.dirname(os.path.abspath(__file__))


def parse(lang):
    """Return a list of dicts for src/<lang>.txt; raise ValueError on malformed lines."""
    items = []
    path = os.path.join(SRC, lang + ".txt")
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError(f"{lang}:{lineno}: expected 5 fields, got {len(parts)}")
            channel, labels, hard, text, note = (p.strip() for p in parts)
            labs = [l.strip() for l in labels.split(",") if l.strip()]
            items.append({
                "lineno": lineno,
                "channel": channel,
                "labels": labs,
                "hard": hard,
                "text": text.replace("\\n", "\n"),
                "note": note,
            })
    return items
