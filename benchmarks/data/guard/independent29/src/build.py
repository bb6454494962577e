#!/usr/bin/env python3
"""Write items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here)."""
import json, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build():
    rows = []
    for lang in check.LANGS:
        for n, item in enumerate(check.parse(lang), 1):
            rows.append({
                "id": f"{lang}-{item['channel']}-{n:04d}",
                "text": item["text"],
                "lang": lang,
                "channel": item["channel"],
                "labels": item["labels"],
                "hard": item["hard"] == "h",
                "note": item["note"],
            })
    ids = Counter(r["id"] for r in rows)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        raise SystemExit(f"duplicate ids: {dup[:5]}")
    with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to items.jsonl")


if __name__ == "__main__":
    build()
