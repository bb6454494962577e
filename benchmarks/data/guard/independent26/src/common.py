"""Shared parsing for blind evaluation set 26 (standard library only)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]


def parse(lang):
    """Yield (lineno, channel, labels, hard, text, note) for one language file."""
    path = os.path.join(HERE, lang + ".txt")
    out = []
    if not os.path.exists(path):
        print("warning: missing %s" % path)
        return out
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit("%s:%d: expected 5 fields, got %d: %r" % (lang, n, len(parts), line[:80]))
            channel, labels, hard, text, note = parts
            labels = [x.strip() for x in labels.split(",") if x.strip()]
            text = text.replace("\\n", "\n")
            out.append((n, channel.strip(), labels, hard.strip(), text, note.strip()))
    return out
