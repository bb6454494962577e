#!/usr/bin/env python3
"""Build ../items.jsonl from the hand-typed src/<lang>.txt files (parsing only, no rewriting)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import LANGS, load  # noqa: E402


def main():
    out_path = os.path.join(os.path.dirname(HERE), "items.jsonl")
    n = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for lang in LANGS:
            items, errors = load(lang)
            if errors:
                sys.exit("parse errors in %s; run check.py" % lang)
            for _, it in items:
                rec = {k: it[k] for k in ("id", "text", "lang", "channel", "labels", "hard", "note")}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print("wrote %d items to %s" % (n, out_path))


if __name__ == "__main__":
    main()
