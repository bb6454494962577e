#!/usr/bin/env python3
"""Build items.jsonl for blind evaluation set 32 from the hand-written src/<lang>.txt files.

Standard library only. The script parses and converts; it does not create, change or
translate any text or note. Ids are <lang>-<channel>-32NN, NN counting the items of a
(language, channel) pair in file order.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")


def main():
    items = check.load_all()
    bad_json = [it["id"] for it in items if it["channel"] == "json_value" and not _is_json(it["text"])]
    if bad_json:
        print("json_value texts that do not parse as JSON: " + ", ".join(bad_json))
        return 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for it in items:
            rec = {
                "id": it["id"],
                "text": it["text"],
                "lang": it["lang"],
                "channel": it["channel"],
                "labels": it["labels"],
                "hard": it["hard"],
                "note": it["note"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), os.path.relpath(OUT)))
    return 0


def _is_json(text):
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


if __name__ == "__main__":
    sys.exit(main())
