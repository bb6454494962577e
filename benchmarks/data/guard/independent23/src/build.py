"""Write items.jsonl from the hand-typed source files."""
import json
import os

from common import parse_all, assign_ids

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = assign_ids(parse_all())
with open(os.path.join(HERE, "items.jsonl"), "w", encoding="utf-8") as fh:
    for it in items:
        rec = {"id": it["id"], "text": it["text"], "lang": it["lang"], "channel": it["channel"],
               "labels": it["labels"], "hard": it["hard"], "note": it["note"]}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to items.jsonl")
