"""Build items.jsonl from src/<lang>.txt (run check.py first)."""
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LANGS, parse, with_ids

out_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "items.jsonl")
rows = []
for lang in LANGS:
    items, errs = parse(lang)
    if errs:
        sys.exit("source errors, run check.py: " + "; ".join(errs[:5]))
    rows += with_ids(items)
with open(out_path, "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} items to {out_path}")
