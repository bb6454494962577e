import os
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]

def parse(lang):
    path = os.path.join(HERE, lang + ".txt")
    items, errors = [], []
    if not os.path.exists(path):
        return items, errors
    counters = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                errors.append(f"{lang}:{n}: expected 5 fields, got {len(parts)}")
                continue
            ch, labs, h, text, note = [p.strip() for p in parts]
            labels = [] if labs == "-" else [l.strip() for l in labs.split(",")]
            if ch not in CHANNELS:
                errors.append(f"{lang}:{n}: bad channel {ch}")
            for l in labels:
                if l not in LABELS:
                    errors.append(f"{lang}:{n}: bad label {l}")
            if h not in ("", "H"):
                errors.append(f"{lang}:{n}: bad hard flag {h!r}")
            hard = h == "H"
            if hard and labels:
                errors.append(f"{lang}:{n}: hard on positive")
            text = text.replace("\\n", "\n")
            if not (1 <= len(text) <= 600):
                errors.append(f"{lang}:{n}: text length {len(text)}")
            if not note:
                errors.append(f"{lang}:{n}: empty note")
            counters[ch] = counters.get(ch, 0) + 1
            items.append({"id": f"{lang}-{ch}-{counters[ch]:04d}", "text": text, "lang": lang,
                          "channel": ch, "labels": labels, "hard": hard, "note": note})
    return items, errors

def parse_all():
    items, errors = [], []
    for lang in LANGS:
        i, e = parse(lang)
        items += i
        errors += e
    return items, errors
