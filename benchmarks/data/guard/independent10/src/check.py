#!/usr/bin/python3
"""Validate src/<lang>.txt. --partial relaxes global totals."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import items, LANGS
CHANNELS = "ticket chat call_note form_field review email_signature calendar file_or_device_name csv_cell json_value".split()
STRUCT = set("form_field email_signature calendar file_or_device_name csv_cell json_value".split())
LABELS = "racial_ethnic political religious trade_union genetic biometric health sex_life_orientation child_under_13".split()

def main():
    partial = "--partial" in sys.argv
    errs = []
    try:
        its = items()
    except ValueError as e:
        print("PARSE ERROR:", e); return 1
    ids, texts = set(), {}
    for it in its:
        w = it["src"]
        if it["channel"] not in CHANNELS: errs.append("%s bad channel %r" % (w, it["channel"]))
        for l in it["labels"]:
            if l not in LABELS: errs.append("%s bad label %r" % (w, l))
        if len(set(it["labels"])) != len(it["labels"]): errs.append("%s duplicate label" % w)
        if it["hraw"] not in ("", "H"): errs.append("%s bad H field %r" % (w, it["hraw"]))
        if it["hard"] and it["labels"]: errs.append("%s hard on positive" % w)
        if not (1 <= len(it["text"]) <= 600): errs.append("%s text length %d" % (w, len(it["text"])))
        if not it["note"]: errs.append("%s empty note" % w)
        if it["id"] in ids: errs.append("%s duplicate id" % w)
        ids.add(it["id"])
        k = it["text"].lower()
        if k in texts: errs.append("%s duplicate text (also %s)" % (w, texts[k]))
        texts[k] = w
    langs = sorted(set(i["lang"] for i in its), key=LANGS.index)
    for lang in langs:
        li = [i for i in its if i["lang"] == lang]
        for l in LABELS:
            n = sum(1 for i in li if l in i["labels"])
            if n < 4: errs.append("%s: label %s has %d positives (<4)" % (lang, l, n))
    n = len(its)
    neg = sum(1 for i in its if not i["labels"])
    hard = sum(1 for i in its if i["hard"])
    st = sum(1 for i in its if i["channel"] in STRUCT)
    print("items %d; langs %s" % (n, " ".join("%s:%d" % (l, sum(1 for i in its if i["lang"] == l)) for l in langs)))
    if n:
        print("negatives %d (%.1f%%), hard %d (%.1f%% of negatives); structured %d (%.1f%%)" % (
            neg, 100.0 * neg / n, hard, 100.0 * hard / max(neg, 1), st, 100.0 * st / n))
    def glob(cond, msg):
        if not cond:
            (print("partial, not enforced:", msg) if partial else errs.append(msg))
    glob(n >= 900, "fewer than 900 items")
    glob(n and 0.45 <= neg / n <= 0.55, "negatives outside 45-55%")
    glob(n and st / n >= 0.60, "structured channels below 60%")
    glob(neg and hard * 3 >= neg * 2, "hard negatives below two thirds of negatives")
    for c in CHANNELS:
        glob(any(i["channel"] == c for i in its), "channel %s missing" % c)
    for e in errs: print("ERROR:", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
