"""Build items.jsonl from the hand-typed source files."""
import json
import os
from common import LANGS, load, make_ids

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "items.jsonl")

n = 0
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for lang in LANGS:
        rows = load(lang)
        for (no, ch, labs, hard, text, note), iid in zip(rows, make_ids(lang, rows)):
            rec = {"id": iid, "text": text, "lang": lang, "channel": ch, "labels": labs,
                   "hard": hard == "1", "note": note}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
print("wrote %d items to %s" % (n, OUT))
