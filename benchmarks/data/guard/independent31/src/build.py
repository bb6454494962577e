#!/usr/bin/env python3
"""Build items.jsonl from src/<lang>.txt (hand-typed items; nothing is generated here)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")


def main():
    data = check.load_all()
    rows = []
    for lang in check.LANGS:
        counters = {}
        for it in data[lang]:
            n = counters.get(it["channel"], 0) + 1
            counters[it["channel"]] = n
            rows.append({
                "id": f"{lang}-{it['channel']}-{n:04d}",
                "text": it["text"],
                "lang": lang,
                "channel": it["channel"],
                "labels": it["labels"],
                "hard": it["hard"] == "h",
                "note": it["note"],
            })
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
