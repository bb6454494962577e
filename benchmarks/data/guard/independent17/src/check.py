#!/usr/bin/env python3
"""Validate items.jsonl (stdlib only) and print counts.

Checks: every line parses; exact field set; types; id format and uniqueness;
text length and uniqueness; lang/channel/label names; hard only on negatives;
'implicit:' notes only on positives; balance targets per language:
110-140 items, >= 8 child_under_13, >= 7 per special category, some items
with two or more labels, negatives 30-40 %, hard >= 2/3 of negatives.
Exit status 1 on any failure.
"""
import collections
import json
import os
import re
import sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(BASE, "items.jsonl")

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
SPECIAL = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
           "biometric", "health", "sex_life_orientation"]
LABELS = SPECIAL + ["child_under_13"]
FIELDS = {"id", "text", "lang", "channel", "labels", "hard", "note"}

errors = []
# balance targets apply to the whole set only, not to dev/test halves
BALANCE = os.path.basename(PATH) == "items.jsonl"


def err(msg):
    errors.append(msg)


items = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            it = json.loads(line)
        except ValueError as e:
            err("line %d: not JSON (%s)" % (n, e))
            continue
        items.append(it)
        if set(it) != FIELDS:
            err("line %d: fields %s" % (n, sorted(it)))
            continue
        if it["lang"] not in LANGS:
            err("%s: bad lang" % it["id"])
        if it["channel"] not in CHANNELS:
            err("%s: bad channel" % it["id"])
        if not re.fullmatch(r"(%s)-(%s)-\d{4}" % ("|".join(LANGS), "|".join(CHANNELS)), it["id"]) \
                or not it["id"].startswith("%s-%s-" % (it["lang"], it["channel"])):
            err("%s: bad id" % it["id"])
        if not isinstance(it["text"], str) or not 1 <= len(it["text"]) <= 600:
            err("%s: bad text" % it["id"])
        if not isinstance(it["labels"], list) or any(l not in LABELS for l in it["labels"]) \
                or len(set(it["labels"])) != len(it["labels"]):
            err("%s: bad labels %r" % (it["id"], it["labels"]))
        if not isinstance(it["hard"], bool):
            err("%s: hard not bool" % it["id"])
        if it["hard"] and it["labels"]:
            err("%s: hard positive" % it["id"])
        if not isinstance(it["note"], str) or not it["note"].strip():
            err("%s: empty note" % it["id"])
        elif it["note"].startswith("implicit:") and not it["labels"]:
            err("%s: implicit note on a negative" % it["id"])

ids = collections.Counter(i.get("id") for i in items)
for k, v in ids.items():
    if v > 1:
        err("duplicate id %s" % k)
texts = collections.Counter(i.get("text", "").strip().lower() for i in items)
for k, v in texts.items():
    if v > 1:
        err("duplicate text %r" % k[:60])

print("items: %d" % len(items))
print("%-4s %5s %5s %5s %5s %5s %5s  %s" % ("lang", "total", "neg", "hard", "multi", "impl", "neg%", " ".join(l[:5] for l in LABELS)))
for lang in LANGS:
    li = [i for i in items if i["lang"] == lang]
    neg = [i for i in li if not i["labels"]]
    hard = [i for i in neg if i["hard"]]
    multi = [i for i in li if len(i["labels"]) > 1]
    impl = [i for i in li if i["note"].startswith("implicit:")]
    lc = collections.Counter(l for i in li for l in i["labels"])
    pct = 100.0 * len(neg) / len(li) if li else 0
    print("%-4s %5d %5d %5d %5d %5d %5.1f  %s" % (lang, len(li), len(neg), len(hard), len(multi), len(impl), pct,
                                                  " ".join("%5d" % lc[l] for l in LABELS)))
    if not BALANCE:
        continue
    if not 110 <= len(li) <= 140:
        err("%s: %d items, want 110-140" % (lang, len(li)))
    if lc["child_under_13"] < 8:
        err("%s: child_under_13 %d < 8" % (lang, lc["child_under_13"]))
    for l in SPECIAL:
        if lc[l] < 7:
            err("%s: %s %d < 7" % (lang, l, lc[l]))
    if len(multi) < 3:
        err("%s: only %d multi-label items" % (lang, len(multi)))
    if li and not 30 <= pct <= 40:
        err("%s: negatives %.1f%% outside 30-40%%" % (lang, pct))
    if neg and 3 * len(hard) < 2 * len(neg):
        err("%s: hard %d < 2/3 of negatives %d" % (lang, len(hard), len(neg)))

allc = collections.Counter(l for i in items for l in i["labels"])
neg = [i for i in items if not i["labels"]]
print("labels: " + ", ".join("%s %d" % (l, allc[l]) for l in LABELS))
print("channels: " + ", ".join("%s %d" % (c, sum(1 for i in items if i["channel"] == c)) for c in CHANNELS))
print("negatives %d (%.1f%%), hard %d; implicit positives %d" % (
    len(neg), 100.0 * len(neg) / max(1, len(items)), sum(1 for i in neg if i["hard"]),
    sum(1 for i in items if i["note"].startswith("implicit:"))))

if errors:
    for e in errors:
        print("ERROR: " + e)
    sys.exit(1)
print("check.py: OK")
