#!/usr/bin/env python3
"""Write items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "items.jsonl")


def build():
    data = check.load_all()
    rows = []
    for lang in check.LANGS:
        for n, it in enumerate(data[lang], 1):
            rows.append({
                "id": f"{lang}-{it['channel']}-{n:04d}",
                "text": it["text"],
                "lang": lang,
                "channel": it["channel"],
                "labels": it["labels"],
                "hard": it["hard"],
                "note": it["note"],
            })
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    build()
