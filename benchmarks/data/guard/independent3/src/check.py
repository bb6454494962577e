#!/usr/bin/python3
"""Check items.jsonl: schema, unique ids/texts, and balance targets."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set root (src/..)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
KEYS = {"id", "text", "lang", "channel", "labels", "hard", "note"}
errs = []
def err(m): errs.append(m)

items = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
ids, texts = Counter(), Counter()
for it in items:
    i = it.get("id", "?")
    if set(it) != KEYS: err(f"{i}: keys {sorted(it)}")
    if it["lang"] not in LANGS: err(f"{i}: lang")
    if it["channel"] not in CHANNELS: err(f"{i}: channel {it['channel']}")
    if not re.fullmatch(rf"{it['lang']}-{it['channel']}-\d{{4}}", i): err(f"{i}: id format")
    if not isinstance(it["text"], str) or not (1 <= len(it["text"]) <= 600): err(f"{i}: text length {len(it['text'])}")
    if not isinstance(it["labels"], list) or any(l not in LABELS for l in it["labels"]): err(f"{i}: labels {it['labels']}")
    if len(set(it["labels"])) != len(it["labels"]): err(f"{i}: duplicate label")
    if not isinstance(it["hard"], bool): err(f"{i}: hard not bool")
    if it["hard"] and it["labels"]: err(f"{i}: hard positive")
    if not it["note"]: err(f"{i}: empty note")
    if it["note"].lower().startswith("implicit") and not it["labels"]: err(f"{i}: implicit negative")
    ids[i] += 1; texts[it["text"].strip().lower()] += 1
for k, v in ids.items():
    if v > 1: err(f"duplicate id {k}")
for k, v in texts.items():
    if v > 1: err(f"duplicate text {k[:60]!r}")

n = len(items)
if n < 880: err(f"only {n} items (< 880)")
by_lang = defaultdict(list)
for it in items: by_lang[it["lang"]].append(it)
sizes = [len(by_lang[l]) for l in LANGS]
if max(sizes) - min(sizes) > 0.15 * max(sizes): err(f"languages unbalanced {sizes}")
for l in LANGS:
    L = by_lang[l]; m = len(L)
    if not m: err(f"{l}: no items"); continue
    neg = sum(1 for it in L if not it["labels"]); hard = sum(1 for it in L if it["hard"])
    if not (0.35 <= neg / m <= 0.40): err(f"{l}: negatives {neg}/{m} = {neg/m:.1%} outside 35-40%")
    if hard / m < 0.20: err(f"{l}: hard {hard}/{m} = {hard/m:.1%} < 20%")
    lc = Counter(x for it in L for x in it["labels"])
    for lab in LABELS:
        if lc[lab] < 9: err(f"{l}: {lab} has {lc[lab]} positives (< 9)")
    cc = Counter(it["channel"] for it in L)
    for c in CHANNELS:
        if cc[c] < 3: err(f"{l}: channel {c} has {cc[c]} (< 3)")
    longs = sum(1 for it in L if len(it["text"]) >= 300)
    if longs < 5: err(f"{l}: only {longs} long texts (>= 300 chars)")
    imp = sum(1 for it in L if it["note"].lower().startswith("implicit"))
    if imp < 10: err(f"{l}: only {imp} implicit positives")

neg = sum(1 for it in items if not it["labels"]); hard = sum(1 for it in items if it["hard"])
print(f"items {n}; negatives {neg} ({neg/n:.1%}); hard {hard} ({hard/n:.1%} of all, {hard/max(neg,1):.1%} of negatives)")
print("languages:", dict(Counter(it["lang"] for it in items)))
print("channels:", dict(Counter(it["channel"] for it in items)))
print("labels:", {k: v for k, v in sorted(Counter(x for it in items for x in it["labels"]).items())})
print("implicit positives:", sum(1 for it in items if it["note"].lower().startswith("implicit")),
      "; multi-label:", sum(1 for it in items if len(it["labels"]) > 1),
      "; long (>=300 chars):", sum(1 for it in items if len(it["text"]) >= 300))
if errs:
    print(f"\n{len(errs)} problem(s):"); [print(" -", e) for e in errs]; sys.exit(1)
print("OK")

# optional: verify the dev/test split partitions items.jsonl
dp, tp = os.path.join(HERE, "dev.jsonl"), os.path.join(HERE, "test.jsonl")
if os.path.exists(dp) and os.path.exists(tp):
    dev = [json.loads(l)["id"] for l in open(dp, encoding="utf-8")]
    test = [json.loads(l)["id"] for l in open(tp, encoding="utf-8")]
    if sorted(dev + test) != sorted(ids) or set(dev) & set(test):
        print("split: dev/test do not partition items.jsonl (re-run split.py)"); sys.exit(1)
    print(f"split: dev {len(dev)} / test {len(test)} partition items.jsonl")
