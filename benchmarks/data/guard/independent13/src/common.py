import os
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SRC = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(SRC)


def parse_line(line):
    parts = line.split("|")
    if len(parts) != 5:
        raise ValueError("expected 5 fields, got %d" % len(parts))
    channel, labels, hard, text, note = [p.strip() for p in parts]
    labels = [] if labels == "-" else [l.strip() for l in labels.split(",") if l.strip()]
    return channel, labels, hard, text.replace("\\n", "\n"), note


def load():
    items, errors = [], []
    for lang in LANGS:
        path = os.path.join(SRC, lang + ".txt")
        if not os.path.exists(path):
            errors.append("missing " + path)
            continue
        n = 0
        with open(path, encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                raw = raw.rstrip("\n")
                if not raw.strip() or raw.startswith("#"):
                    continue
                try:
                    channel, labels, hard, text, note = parse_line(raw)
                except ValueError as e:
                    errors.append("%s:%d %s" % (lang, ln, e))
                    continue
                n += 1
                items.append({"id": "%s-%s-%04d" % (lang, channel, n), "text": text, "lang": lang,
                              "channel": channel, "labels": labels, "hard": hard == "H",
                              "note": note, "_hard_raw": hard, "_where": "%s:%d" % (lang, ln)})
    return items, errors
