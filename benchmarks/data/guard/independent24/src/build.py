#!/usr/bin/env python3
"""Write items.jsonl from the hand-typed src/<lang>.txt files (no text is generated here).

id = <lang>-<channel>-NNNN, NNNN = 1-based position of the item in its language file.
Keys in order: id, text, lang, channel, labels, hard, note.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402


def main():
    items, errors = check.load_all()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = []
    pos = {}
    for it in items:
        pos[it["lang"]] = pos.get(it["lang"], 0) + 1
        out.append({
            "id": f"{it['lang']}-{it['channel']}-{pos[it['lang']]:04d}",
            "text": it["text"],
            "lang": it["lang"],
            "channel": it["channel"],
            "labels": it["labels"],
            "hard": it["hard"],
            "note": it["note"],
        })
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    path = os.path.join(os.path.dirname(HERE), "items.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items to {path}")


if __name__ == "__main__":
    main()
