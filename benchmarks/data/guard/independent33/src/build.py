#!/usr/bin/env python3
"""Build items.jsonl from the hand-typed source files (standard library only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check  # noqa: E402


def main():
    items = check.load_all()
    errors = check.validate(items)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    out = os.path.join(os.path.dirname(HERE), "items.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for it in items:
            rec = {"id": it["id"], "text": it["text"], "lang": it["lang"],
                   "channel": it["channel"], "labels": check.canonical(it["labels"]),
                   "hard": it["hard"] == "1", "note": it["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), out))


if __name__ == "__main__":
    main()
