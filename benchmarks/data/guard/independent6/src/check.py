#!/usr/bin/python3
"""Validate src/<lang>.txt and the balance targets; exit 1 on error."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import build, LANGS
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
MIN = {l: 8 for l in LABELS}
MIN["child_under_13"] = 12
MIN["health"] = 10
errors, warns = [], []
rows = build()
ids, texts = set(), {}
for r in rows:
    where = "%s.txt:%d" % (r["lang"], r["_line"])
    if r["channel"] not in CHANNELS: errors.append(where + " bad channel " + r["channel"])
    for l in r["labels"]:
        if l not in LABELS: errors.append(where + " bad label " + l)
    if len(set(r["labels"])) != len(r["labels"]): errors.append(where + " duplicate label")
    if r["_h"] not in ("H", "-"): errors.append(where + " H field must be H or -")
    if r["hard"] and r["labels"]: errors.append(where + " hard on a positive")
    if not (1 <= len(r["text"]) <= 600): errors.append(where + " text length %d" % len(r["text"]))
    if not r["note"]: errors.append(where + " empty note")
    if r["id"] in ids: errors.append(where + " duplicate id " + r["id"])
    ids.add(r["id"])
    k = r["text"].lower()
    if k in texts: errors.append(where + " duplicate text (also " + texts[k] + ")")
    texts[k] = where
n = len(rows)
neg = [r for r in rows if not r["labels"]]
hard = [r for r in neg if r["hard"]]
pos = [r for r in rows if r["labels"]]
imp = [r for r in pos if r["note"].startswith("implicit:")]
print("total %d  negatives %d  hard %d  positives %d  implicit %d" % (n, len(neg), len(hard), len(pos), len(imp)))
if n:
    if not 0.30 <= len(neg) / n <= 0.40: errors.append("negative share %.1f%% outside 30-40%%" % (100.0 * len(neg) / n))
    if len(hard) / n < 0.22: errors.append("hard share %.1f%% < 22%%" % (100.0 * len(hard) / n))
    if pos and len(imp) / len(pos) < 0.30: errors.append("implicit share %.1f%% < 30%%" % (100.0 * len(imp) / len(pos)))
for lang in LANGS:
    lr = [r for r in rows if r["lang"] == lang]
    if not lr:
        errors.append(lang + ": no items"); continue
    for l in LABELS:
        c = sum(1 for r in lr if l in r["labels"])
        if c < MIN[l]: errors.append("%s: %s has %d < %d" % (lang, l, c, MIN[l]))
    hc = sum(1 for r in lr if "health" in r["labels"])
    if hc <= 8: errors.append("%s: health should exceed other labels" % lang)
    for ch in CHANNELS:
        if not any(r["channel"] == ch for r in lr): errors.append("%s: no %s item" % (lang, ch))
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
