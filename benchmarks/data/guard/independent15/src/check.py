#!/usr/bin/env python3
"""Validate src/<lang>.txt files and print balance counts.

Per-language targets are checked for every language file present; the global
targets (total, per-label minimums) are checked once all eight files exist.
Exit status 1 when any check fails.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import HERE, LANGS, build, parse_file  # noqa: E402

LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
          "biometric", "health", "sex_life_orientation", "child_under_13"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
STRUCTURED = {"csv_cell", "json_value", "file_or_device_name"}


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main():
    errors = []
    present = [l for l in LANGS if os.path.exists(os.path.join(HERE, l + ".txt"))]
    items = build(present)
    # raw validation
    for lang in present:
        for r in parse_file(lang):
            where = "%s.txt:%d" % (lang, r["lineno"])
            if r["channel"] not in CHANNELS:
                errors.append("%s bad channel %r" % (where, r["channel"]))
            for l in r["labels"]:
                if l not in LABELS:
                    errors.append("%s bad label %r" % (where, l))
            if len(set(r["labels"])) != len(r["labels"]):
                errors.append("%s duplicate label" % where)
            if not 1 <= len(r["text"]) <= 600:
                errors.append("%s text length %d" % (where, len(r["text"])))
            if not r["note"]:
                errors.append("%s empty note" % where)
            if r["labels"] and r["hard"]:
                errors.append("%s positive marked hard" % where)
            if not r["labels"] and r["note"].startswith("implicit:"):
                errors.append("%s negative marked implicit" % where)
    ids = collections.Counter(i["id"] for i in items)
    for k, v in ids.items():
        if v > 1:
            errors.append("duplicate id %s" % k)
    texts = collections.Counter(i["text"].strip().lower() for i in items)
    for k, v in texts.items():
        if v > 1:
            errors.append("duplicate text %r" % k[:60])

    def stats(sub):
        pos = [i for i in sub if i["labels"]]
        neg = [i for i in sub if not i["labels"]]
        return {
            "n": len(sub),
            "pos": len(pos),
            "neg": len(neg),
            "hard": sum(i["hard"] for i in neg),
            "implicit": sum(i["note"].startswith("implicit:") for i in pos),
            "long": sum(250 <= len(i["text"]) <= 600 for i in sub),
            "structured": sum(i["channel"] in STRUCTURED for i in sub),
            "labels": collections.Counter(l for i in pos for l in i["labels"]),
            "channels": collections.Counter(i["channel"] for i in sub),
        }

    def report(name, s):
        print("== %s: total %d | neg %d (%.1f%%) hard %d (%.1f%% of neg) | pos %d implicit %d (%.1f%%) | long %d (%.1f%%) | structured %d (%.1f%%)" % (
            name, s["n"], s["neg"], pct(s["neg"], s["n"]), s["hard"], pct(s["hard"], s["neg"]),
            s["pos"], s["implicit"], pct(s["implicit"], s["pos"]), s["long"], pct(s["long"], s["n"]),
            s["structured"], pct(s["structured"], s["n"])))
        print("   labels: " + ", ".join("%s %d" % (l, s["labels"][l]) for l in LABELS))
        print("   channels: " + ", ".join("%s %d" % (c, s["channels"][c]) for c in CHANNELS))

    for lang in present:
        sub = [i for i in items if i["lang"] == lang]
        s = stats(sub)
        report(lang, s)
        if not 125 <= s["n"] <= 150:
            errors.append("%s: %d items (want ~137)" % (lang, s["n"]))
        if not 32 <= pct(s["neg"], s["n"]) <= 40:
            errors.append("%s: negatives %.1f%% (want ~36%%)" % (lang, pct(s["neg"], s["n"])))
        if pct(s["hard"], s["neg"]) < 75:
            errors.append("%s: hard %.1f%% of negatives (want >=75%%)" % (lang, pct(s["hard"], s["neg"])))
        if pct(s["implicit"], s["pos"]) < 35:
            errors.append("%s: implicit %.1f%% of positives (want >=35%%)" % (lang, pct(s["implicit"], s["pos"])))
        if pct(s["long"], s["n"]) < 28:
            errors.append("%s: long %.1f%% (want about a third)" % (lang, pct(s["long"], s["n"])))
        if pct(s["structured"], s["n"]) < 15:
            errors.append("%s: structured %.1f%% (want >=15%%)" % (lang, pct(s["structured"], s["n"])))
        for l in LABELS:
            if s["labels"][l] < 9:
                errors.append("%s: label %s has %d positives (want >=9)" % (lang, l, s["labels"][l]))
        for c in CHANNELS:
            if s["channels"][c] == 0:
                errors.append("%s: channel %s unused" % (lang, c))

    s = stats(items)
    report("ALL (%d languages)" % len(present), s)
    if len(present) == len(LANGS):
        if not 1050 <= s["n"] <= 1160:
            errors.append("total %d (want about 1100)" % s["n"])
        for l in LABELS:
            if s["labels"][l] < 80:
                errors.append("label %s has %d positives overall (want >=80)" % (l, s["labels"][l]))
        if s["labels"]["child_under_13"] < 100:
            errors.append("child_under_13 %d (want >=100)" % s["labels"]["child_under_13"])
        if s["labels"]["health"] < 130:
            errors.append("health %d (want >=130)" % s["labels"]["health"])
    else:
        print("   (global targets checked once all %d languages exist; missing: %s)" % (
            len(LANGS), " ".join(l for l in LANGS if l not in present)))

    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
