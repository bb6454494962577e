"""Build items.jsonl from src/<lang>.txt (ids: <lang>-<channel>-NNNN, NNNN = running number per language)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LANGS, parse  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "items.jsonl")


def main():
    rows = []
    for lang in LANGS:
        for n, it in enumerate(parse(lang), 1):
            rows.append({
                "id": f"{lang}-{it['channel']}-{n:04d}",
                "text": it["text"],
                "lang": lang,
                "channel": it["channel"],
                "labels": it["labels"],
                "hard": it["hard"] == "1",
                "note": it["note"],
            })
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
