#!/usr/bin/env python3
"""Validate src/<lang>.txt and items.jsonl; exit 1 on any error."""
import json, os, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import parse, build, LANGS, ROOT

CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
MIN_PER_LABEL = 8
MIN_CHILD = 12
MIN_HEALTH = 12
NEG_RANGE = (0.30, 0.40)
MIN_HARD_SHARE = 0.22

errors = []
def err(msg):
    errors.append(msg)

all_rows = []
for lang in LANGS:
    if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), lang + ".txt")):
        err(f"{lang}.txt missing"); continue
    try:
        rows = parse(lang)
    except SystemExit as e:
        err(str(e)); continue
    for r in rows:
        where = f"{lang}.txt:{r['line']}"
        if r["channel"] not in CHANNELS:
            err(f"{where}: bad channel {r['channel']!r}")
        for l in r["labels"]:
            if l not in LABELS:
                err(f"{where}: bad label {l!r}")
        if len(set(r["labels"])) != len(r["labels"]):
            err(f"{where}: duplicate label")
        if r["hard_raw"] not in ("H", "-"):
            err(f"{where}: hard field must be H or -")
        if r["hard"] and r["labels"]:
            err(f"{where}: hard on a positive")
        if not (1 <= len(r["text"]) <= 600):
            err(f"{where}: text length {len(r['text'])}")
        if not r["note"]:
            err(f"{where}: empty note")
        if r["note"].startswith("implicit:") and not r["labels"]:
            err(f"{where}: implicit note on a negative")
    all_rows.extend(rows)

seen = {}
for r in all_rows:
    key = " ".join(r["text"].lower().split())
    if key in seen:
        err(f"{r['lang']}.txt:{r['line']}: duplicate text (also {seen[key]})")
    seen[key] = f"{r['lang']}.txt:{r['line']}"

try:
    items = build()
except (SystemExit, FileNotFoundError):
    items = []
ids = Counter(i["id"] for i in items)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate id {k}")

# balance targets
per = defaultdict(Counter)
chan = defaultdict(Counter)
total = len(items)
neg = sum(1 for i in items if not i["labels"])
hard = sum(1 for i in items if i["hard"])
for i in items:
    chan[i["lang"]][i["channel"]] += 1
    for l in i["labels"]:
        per[i["lang"]][l] += 1
for lang in LANGS:
    for l in LABELS:
        need = MIN_CHILD if l == "child_under_13" else MIN_HEALTH if l == "health" else MIN_PER_LABEL
        if per[lang][l] < need:
            err(f"{lang}: {l} has {per[lang][l]} positives, need >= {need}")
    for c in CHANNELS:
        if chan[lang][c] == 0:
            err(f"{lang}: channel {c} missing")
if total:
    share = neg / total
    if not (NEG_RANGE[0] <= share <= NEG_RANGE[1]):
        err(f"negative share {share:.3f} outside {NEG_RANGE}")
    if hard / total < MIN_HARD_SHARE:
        err(f"hard share {hard/total:.3f} < {MIN_HARD_SHARE}")

# items.jsonl, if present, must match the sources
p = os.path.join(ROOT, "items.jsonl")
if os.path.exists(p):
    with open(p, encoding="utf-8") as f:
        on_disk = [json.loads(x) for x in f if x.strip()]
    if on_disk != items:
        err("items.jsonl is out of date; run src/build.py")

print(f"total {total}, negatives {neg} ({neg/max(total,1):.1%}), hard {hard} ({hard/max(total,1):.1%})")
for lang in LANGS:
    print(lang, sum(chan[lang].values()), dict(per[lang]))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
