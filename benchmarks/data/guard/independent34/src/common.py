"""Shared parsing for the hand-typed source files (standard library only)."""
import os

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
SET_NO = "34"
SRC_DIR = os.path.dirname(os.path.abspath(__file__))


def parse_line(line):
    """channel|labels|H|text|note ; the text may itself hold '|', the note may not."""
    parts = line.split("|")
    if len(parts) < 5:
        raise ValueError("fewer than 5 fields")
    channel, labels, hard = parts[0].strip(), parts[1].strip(), parts[2].strip()
    note = parts[-1].strip()
    text = "|".join(parts[3:-1]).strip()
    labs = [x.strip() for x in labels.split(",") if x.strip()] if labels else []
    return channel, labs, hard, text, note


def load(lang):
    """Return a list of (line_no, channel, labels, hard_str, text, note)."""
    path = os.path.join(SRC_DIR, lang + ".txt")
    out = []
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append((no,) + parse_line(line))
    return out


def make_ids(lang, rows):
    """ids <lang>-<channel>-34NN, NN counting per (lang, channel) in file order."""
    seen = {}
    ids = []
    for row in rows:
        ch = row[1]
        seen[ch] = seen.get(ch, 0) + 1
        ids.append("%s-%s-%s%02d" % (lang, ch, SET_NO, seen[ch]))
    return ids
