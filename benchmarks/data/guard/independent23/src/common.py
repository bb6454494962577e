"""Shared parser for the hand-typed source files (standard library only)."""
import os

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SRC = os.path.dirname(os.path.abspath(__file__))


def parse(lang):
    """Return list of dicts for one language file, in file order."""
    path = os.path.join(SRC, lang + ".txt")
    items = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"{lang}.txt:{lineno}: expected 5 fields, got {len(parts)}")
            channel, labels, hard, text, note = parts
            labs = [l.strip() for l in labels.split(",") if l.strip()]
            labs_sorted = sorted(labs, key=lambda l: LABELS.index(l) if l in LABELS else 99)
            items.append({
                "line": lineno,
                "lang": lang,
                "channel": channel.strip(),
                "labels": labs_sorted,
                "raw_labels": labs,
                "hard_raw": hard.strip(),
                "hard": hard.strip() == "h",
                "text": text.replace("\\n", "\n"),
                "note": note.strip(),
            })
    return items


def parse_all():
    out = []
    for lang in LANGS:
        out.extend(parse(lang))
    return out


def assign_ids(items):
    counters = {}
    for it in items:
        counters[it["lang"]] = counters.get(it["lang"], 0) + 1
        it["id"] = f"{it['lang']}-{it['channel']}-{counters[it['lang']]:04d}"
    return items
