"""Validate the hand-written source files of blind set 21.

Checks parsing, allowed channels/labels, text length, unique texts,
and prints balance counts per language. Exit code 1 on a hard error.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]


def parse(lang):
    rows = []
    path = os.path.join(HERE, lang + ".txt")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError("%s:%d: expected 5 fields, got %d" % (lang, n, len(parts)))
            channel, labels, hard, text, note = parts
            labs = [x for x in labels.split(",") if x]
            if channel not in CHANNELS:
                raise ValueError("%s:%d: bad channel %r" % (lang, n, channel))
            for lab in labs:
                if lab not in LABELS:
                    raise ValueError("%s:%d: bad label %r" % (lang, n, lab))
            if len(set(labs)) != len(labs):
                raise ValueError("%s:%d: duplicate label" % (lang, n))
            if hard not in ("0", "1"):
                raise ValueError("%s:%d: bad hard flag" % (lang, n))
            if hard == "1" and labs:
                raise ValueError("%s:%d: hard flag on a positive" % (lang, n))
            if not (1 <= len(text) <= 600) or text != text.strip():
                raise ValueError("%s:%d: bad text length/whitespace" % (lang, n))
            if not note.strip():
                raise ValueError("%s:%d: empty note" % (lang, n))
            if note.startswith("implicit:") and not labs:
                raise ValueError("%s:%d: implicit note on a negative" % (lang, n))
            rows.append({"line": n, "channel": channel, "labels": labs,
                         "hard": hard == "1", "text": text, "note": note})
    return rows


def main():
    errors = 0
    seen = {}
    total = collections.Counter()
    langs = [l for l in LANGS if os.path.exists(os.path.join(HERE, l + ".txt"))]
    for lang in langs:
        rows = parse(lang)
        lab = collections.Counter()
        ch = collections.Counter()
        neg = hard = impl = pos = 0
        for r in rows:
            key = r["text"].lower()
            if key in seen:
                print("DUPLICATE text %s:%d and %s" % (lang, r["line"], seen[key]))
                errors += 1
            seen[key] = "%s:%d" % (lang, r["line"])
            ch[r["channel"]] += 1
            if r["labels"]:
                pos += 1
                impl += r["note"].startswith("implicit:")
                for l in r["labels"]:
                    lab[l] += 1
            else:
                neg += 1
                hard += r["hard"]
        n = len(rows)
        print("%s: n=%d neg=%d (%.1f%%) hard=%d pos=%d implicit=%d (%.1f%%)" % (
            lang, n, neg, 100.0 * neg / n, hard, pos, impl, 100.0 * impl / max(pos, 1)))
        print("   labels: " + " ".join("%s=%d" % (l, lab[l]) for l in LABELS))
        print("   channels: " + " ".join("%s=%d" % (c, ch[c]) for c in CHANNELS))
        for l in LABELS:
            need = 10 if l in ("health", "child_under_13") else 8
            if lab[l] < need:
                print("   WARN %s has %d < %d" % (l, lab[l], need))
                errors += 1
        if not (0.33 <= neg / n <= 0.42):
            print("   WARN negative share out of 33-42%")
            errors += 1
        if impl / max(pos, 1) < 0.30:
            print("   WARN implicit share below 30%")
            errors += 1
        total["n"] += n
        total["neg"] += neg
        total["hard"] += hard
        total["pos"] += pos
        total["impl"] += impl
    if total["n"]:
        print("TOTAL n=%d neg=%d hard=%d pos=%d implicit=%d (%.1f%%)" % (
            total["n"], total["neg"], total["hard"], total["pos"], total["impl"],
            100.0 * total["impl"] / max(total["pos"], 1)))
    if errors:
        print("%d problem(s)" % errors)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
