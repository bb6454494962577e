import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_all, HERE
items, errors = parse_all()
if errors:
    print("\n".join(errors)); sys.exit(1)
out = os.path.join(os.path.dirname(HERE), "items.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to items.jsonl")
