"""Build items.jsonl from src/<lang>.txt."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import items

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = items()
with open(os.path.join(root, "items.jsonl"), "w", encoding="utf-8") as f:
    for it in rows:
        it.pop("_line")
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote %d items" % len(rows))
