#!/usr/bin/env python3
"""Write items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import LANGS, load  # noqa: E402


def main():
    items, errors = load()
    if errors:
        sys.exit("\n".join(errors))
    out = os.path.join(os.path.dirname(HERE), "items.jsonl")
    counters = {}
    with open(out, "w", encoding="utf-8") as fh:
        for lang in LANGS:
            for it in (i for i in items if i["lang"] == lang):
                counters[lang] = counters.get(lang, 0) + 1
                rec = {
                    "id": f"{lang}-{it['channel']}-{counters[lang]:04d}",
                    "text": it["text"],
                    "lang": lang,
                    "channel": it["channel"],
                    "labels": it["labels"],
                    "hard": it["hard"],
                    "note": it["note"],
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ids = []
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            ids.append(json.loads(line)["id"])
    assert len(ids) == len(set(ids)), "duplicate ids"
    print(f"wrote {len(ids)} items to items.jsonl")


if __name__ == "__main__":
    main()
