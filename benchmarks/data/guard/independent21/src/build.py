"""Build items.jsonl from the hand-written src/<lang>.txt files.

Each source line is `channel|labels|H|text|note`. Ids are
`<lang>-<channel>-NNNN`, numbered per (lang, channel) in file order.
"""
import collections
import json
import os

from check import LANGS, parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "items.jsonl")


def main():
    items = []
    for lang in LANGS:
        counter = collections.Counter()
        for r in parse(lang):
            counter[r["channel"]] += 1
            items.append({
                "id": "%s-%s-%04d" % (lang, r["channel"], counter[r["channel"]]),
                "text": r["text"],
                "lang": lang,
                "channel": r["channel"],
                "labels": r["labels"],
                "hard": r["hard"],
                "note": r["note"],
            })
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
