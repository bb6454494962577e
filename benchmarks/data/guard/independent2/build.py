"""Build items.jsonl from the per-language source files in src/.

Each source line is: channel | labels | note | text
- channel: t c cn f r es cal fn csv j (short names, see CHANNELS)
- labels: comma list of short names (see LABELS); "-" for a plain negative,
  "~" for a hard negative
- note: short reason; a leading "i:" becomes "implicit: "
Blank lines and lines starting with "#" are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
CHANNELS = {
    "t": "ticket",
    "c": "chat",
    "cn": "call_note",
    "f": "form_field",
    "r": "review",
    "es": "email_signature",
    "cal": "calendar",
    "fn": "file_or_device_name",
    "csv": "csv_cell",
    "j": "json_value",
}
LABELS = {
    "eth": "racial_ethnic",
    "pol": "political",
    "rel": "religious",
    "tu": "trade_union",
    "gen": "genetic",
    "bio": "biometric",
    "hea": "health",
    "sex": "sex_life_orientation",
    "kid": "child_under_13",
}
ORDER = list(LABELS.values())


def parse_line(lang: str, lineno: int, line: str) -> dict[str, object]:
    parts = [p.strip() for p in line.split(" | ", 3)]
    if len(parts) != 4:
        raise ValueError(f"src/{lang}.txt:{lineno}: expected 4 fields")
    ch, labs, note, text = parts
    if ch not in CHANNELS:
        raise ValueError(f"src/{lang}.txt:{lineno}: unknown channel {ch!r}")
    hard = labs == "~"
    labels: list[str] = []
    if labs not in ("-", "~"):
        for short in labs.split(","):
            if short.strip() not in LABELS:
                raise ValueError(f"src/{lang}.txt:{lineno}: unknown label {short!r}")
            labels.append(LABELS[short.strip()])
    labels.sort(key=ORDER.index)
    if note.startswith("i:"):
        note = "implicit: " + note[2:].strip()
    text = text.replace("\\n", "\n")
    return {
        "lang": lang,
        "channel": CHANNELS[ch],
        "text": text,
        "labels": labels,
        "hard": hard,
        "note": note,
    }


def build() -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for lang in LANGS:
        path = HERE / "src" / f"{lang}.txt"
        if not path.exists():
            print(f"warning: src/{lang}.txt missing", file=sys.stderr)
            continue
        counters: dict[str, int] = {}
        for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            item = parse_line(lang, no, raw)
            ch = str(item["channel"])
            counters[ch] = counters.get(ch, 0) + 1
            item_id = f"{lang}-{ch}-{counters[ch]:04d}"
            items.append({"id": item_id, **item})
    return items


def main() -> None:
    items = build()
    out = HERE / "items.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            row = {k: item[k] for k in ("id", "text", "lang", "channel", "labels", "hard", "note")}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out.name}")


if __name__ == "__main__":
    main()
