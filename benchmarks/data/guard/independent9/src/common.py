"""Shared parsing for the independent9 guard set (standard library only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def parse(lang):
    """Yield (lineno, channel, labels, hard, text, note) for src/<lang>.txt; raise on bad lines."""
    path = os.path.join(HERE, lang + ".txt")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError("%s:%d: expected 5 fields, got %d" % (path, n, len(parts)))
            ch, lab, h, text, note = [p.strip() for p in parts]
            labels = [] if lab == "-" else [x.strip() for x in lab.split(",")]
            if h not in ("", "H"):
                raise ValueError("%s:%d: hard field must be empty or H" % (path, n))
            yield n, ch, labels, h == "H", text, note


def items():
    out = []
    for lang in LANGS:
        counters = {}
        for n, ch, labels, hard, text, note in parse(lang):
            counters[ch] = counters.get(ch, 0) + 1
            out.append({"id": "%s-%s-%04d" % (lang, ch, counters[ch]), "text": text, "lang": lang,
                        "channel": ch, "labels": labels, "hard": hard, "note": note,
                        "_line": "%s.txt:%d" % (lang, n)})
    return out
