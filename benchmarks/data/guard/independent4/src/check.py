#!/usr/bin/python3
"""Check src files and items.jsonl: parsing, ids, texts, schema, balance targets."""
import json, os, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import parse, LANGS, ROOT
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature", "calendar",
            "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric", "health",
          "sex_life_orientation", "child_under_13"]
errs, warns = [], []
for lang in LANGS:
    for it in parse(lang):
        p, n = it["src"]
        where = "%s:%d" % (os.path.basename(p), n)
        if it["channel"] not in CHANNELS: errs.append("%s bad channel %r" % (where, it["channel"]))
        for l in it["labels"]:
            if l not in LABELS: errs.append("%s bad label %r" % (where, l))
        if len(set(it["labels"])) != len(it["labels"]): errs.append("%s duplicate label" % where)
        if it["hflag"] not in ("H", "-", ""): errs.append("%s bad H flag %r" % (where, it["hflag"]))
        if it["hard"] and it["labels"]: errs.append("%s hard on a positive" % where)
        if not (1 <= len(it["text"]) <= 600): errs.append("%s text length %d" % (where, len(it["text"])))
        if not it["note"]: errs.append("%s empty note" % where)
items = [json.loads(l) for l in open(os.path.join(ROOT, "items.jsonl"), encoding="utf-8")]
ids = Counter(i["id"] for i in items)
errs += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
texts = Counter(i["text"].strip().lower() for i in items)
errs += ["duplicate text %r" % k[:60] for k, v in texts.items() if v > 1]
for i in items:
    if set(i) != {"id", "text", "lang", "channel", "labels", "hard", "note"}: errs.append("schema %s" % i["id"])
    if not i["id"].startswith("%s-%s-" % (i["lang"], i["channel"])): errs.append("id prefix %s" % i["id"])
N = len(items)
neg = [i for i in items if not i["labels"]]
hard = [i for i in items if i["hard"]]
pos = [i for i in items if i["labels"]]
impl = [i for i in pos if i["note"].startswith("implicit:")]
print("total %d; negatives %d (%.1f%%), hard %d (%.1f%% of negatives, %.1f%% of all); positives %d, implicit %d (%.1f%%)" % (
    N, len(neg), 100.0*len(neg)/N, len(hard), 100.0*len(hard)/max(1,len(neg)), 100.0*len(hard)/N, len(pos), len(impl), 100.0*len(impl)/max(1,len(pos))))
if N < 880: errs.append("total %d < 880" % N)
if not (0.30 <= len(neg)/N <= 0.40): warns.append("negative share %.2f outside 0.30-0.40" % (len(neg)/N))
if len(hard)/N < 0.22: errs.append("hard share %.3f < 0.22" % (len(hard)/N))
bylang = Counter(i["lang"] for i in items)
print("languages:", ", ".join("%s %d" % (l, bylang[l]) for l in LANGS))
for l in LANGS:
    if not (105 <= bylang[l] <= 140): warns.append("lang %s has %d items" % (l, bylang[l]))
bych = Counter(i["channel"] for i in items)
print("channels:", ", ".join("%s %d" % (c, bych[c]) for c in CHANNELS))
lc = Counter((i["lang"], i["channel"]) for i in items)
for l in LANGS:
    for c in CHANNELS:
        if lc[(l, c)] == 0: errs.append("no %s items in %s" % (c, l))
ll = Counter((i["lang"], lab) for i in items for lab in i["labels"])
print("label positives:", ", ".join("%s %d" % (lab, sum(ll[(l, lab)] for l in LANGS)) for lab in LABELS))
print("%-22s" % "label/lang" + "".join("%5s" % l for l in LANGS))
for lab in LABELS:
    print("%-22s" % lab + "".join("%5d" % ll[(l, lab)] for l in LANGS))
    for l in LANGS:
        need = 12 if lab == "child_under_13" else 8
        if ll[(l, lab)] < need: errs.append("%s %s has %d < %d" % (l, lab, ll[(l, lab)], need))
print("%-22s" % "negatives" + "".join("%5d" % sum(1 for i in neg if i["lang"] == l) for l in LANGS))
print("%-22s" % "hard" + "".join("%5d" % sum(1 for i in hard if i["lang"] == l) for l in LANGS))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
sys.exit(1 if errs else 0)
