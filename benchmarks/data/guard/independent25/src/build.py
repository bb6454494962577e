#!/usr/bin/env python3
"""Build items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]


def main():
    items = []
    for lang in LANGS:
        k = 0
        with open(os.path.join(HERE, lang + ".txt"), encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                channel, labels, hard, text, note = line.split("|")
                k += 1
                items.append({
                    "id": f"{lang}-{channel.strip()}-{k:04d}",
                    "text": text.replace("\\n", "\n"),
                    "lang": lang,
                    "channel": channel.strip(),
                    "labels": [x.strip() for x in labels.split(",") if x.strip()],
                    "hard": hard.strip() == "h",
                    "note": note.strip(),
                })
    with open(OUT, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
