#!/usr/bin/env python3
"""Write items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here)."""
import collections
import json
import os

import check

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")


def main():
    data = check.load_all()
    rows = []
    for lang in check.LANGS:
        for n, it in enumerate(data[lang], 1):
            rows.append(collections.OrderedDict([
                ("id", f"{lang}-{it['channel']}-{n:04d}"),
                ("text", it["text"]),
                ("lang", lang),
                ("channel", it["channel"]),
                ("labels", it["labels"]),
                ("hard", it["hard"]),
                ("note", it["note"]),
            ]))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
