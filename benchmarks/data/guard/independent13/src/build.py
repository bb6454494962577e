import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load, ROOT

items, errors = load()
if errors:
    sys.exit("\n".join(errors))
with open(os.path.join(ROOT, "items.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        out = {k: it[k] for k in ("id", "text", "lang", "channel", "labels", "hard", "note")}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote %d items" % len(items))
