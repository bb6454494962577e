#!/usr/bin/env python3
"""Validate src/<lang>.txt against the README schema and the balance targets."""
import sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import parse, build, LANGS
CHANNELS = "ticket chat call_note form_field review email_signature calendar file_or_device_name csv_cell json_value".split()
LABELS = "racial_ethnic political religious trade_union genetic biometric health sex_life_orientation child_under_13".split()
errs = []
for lang in LANGS:
    for it in parse(lang):
        w = f"{lang}.txt:{it['line']}"
        if it["channel"] not in CHANNELS: errs.append(f"{w}: bad channel {it['channel']}")
        for l in it["labels"]:
            if l not in LABELS: errs.append(f"{w}: bad label {l}")
        if len(set(it["labels"])) != len(it["labels"]): errs.append(f"{w}: duplicate label")
        if it["hmark"] not in ("", "H"): errs.append(f"{w}: bad H field {it['hmark']!r}")
        if it["hard"] and it["labels"]: errs.append(f"{w}: hard on a positive")
        if not 1 <= len(it["text"]) <= 600: errs.append(f"{w}: text length {len(it['text'])}")
        if not it["note"]: errs.append(f"{w}: empty note")
        if it["note"].startswith("implicit:") and not it["labels"]: errs.append(f"{w}: implicit on negative")
items = build()
ids = collections.Counter(i["id"] for i in items)
errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
seen = {}
for i in items:
    k = i["text"].casefold().strip()
    if k in seen: errs.append(f"duplicate text {i['id']} = {seen[k]}")
    seen[k] = i["id"]
n = len(items)
neg = [i for i in items if not i["labels"]]
hard = [i for i in neg if i["hard"]]
if n < 900: errs.append(f"only {n} items")
if not 0.45 <= len(neg) / n <= 0.55: errs.append(f"negatives {len(neg)/n:.3f}")
if len(hard) < 0.8 * len(neg): errs.append(f"hard share {len(hard)/max(1,len(neg)):.3f}")
bylang = collections.Counter(i["lang"] for i in items)
for lang in LANGS:
    li = [i for i in items if i["lang"] == lang]
    chs = {i["channel"] for i in li}
    for c in CHANNELS:
        if c not in chs: errs.append(f"{lang}: no {c}")
    for l in LABELS:
        k = sum(l in i["labels"] for i in li)
        if k < 6: errs.append(f"{lang}: {l} has {k} positives")
print(f"items {n}; negatives {len(neg)} ({len(neg)/n:.1%}); hard {len(hard)} ({len(hard)/max(1,len(neg)):.1%} of negatives)")
print("languages:", dict(bylang))
for l in LABELS:
    print(f"  {l:22s}", " ".join(f"{lang}:{sum(l in i['labels'] for i in items if i['lang']==lang):3d}" for lang in LANGS),
          "total", sum(l in i["labels"] for i in items))
print("channels:", dict(collections.Counter(i["channel"] for i in items)))
imp = sum(i["note"].startswith("implicit:") for i in items)
print(f"implicit positives {imp}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
