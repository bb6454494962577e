#!/usr/bin/env python3
"""Parse and validate the hand-typed source files src/<lang>.txt.

Each non-blank line that does not start with '#' is one item:
    channel|labels|H|text|note
labels are comma-separated (empty for a negative), H is 1 for a hard
negative and 0 otherwise. Standard library only.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review",
            "email_signature", "calendar", "file_or_device_name",
            "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union",
          "genetic", "biometric", "health", "sex_life_orientation",
          "child_under_13"]


def parse_file(lang):
    """Return a list of dicts for one language; raise ValueError on bad lines."""
    path = os.path.join(HERE, lang + ".txt")
    items = []
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 5:
                raise ValueError("%s:%d: expected 5 fields, got %d" % (path, lineno, len(parts)))
            channel, labels, hard, text, note = [p.strip() for p in parts]
            labs = [l.strip() for l in labels.split(",") if l.strip()]
            items.append({"lang": lang, "channel": channel, "labels": labs,
                          "hard": hard, "text": text, "note": note,
                          "where": "%s:%d" % (lang, lineno)})
    return items


def canonical(labels):
    return sorted(labels, key=LABELS.index)


def load_all():
    out = []
    for lang in LANGS:
        out.extend(parse_file(lang))
    return out


def validate(items):
    errors = []
    seen_text = {}
    for it in items:
        w = it["where"]
        if it["channel"] not in CHANNELS:
            errors.append("%s: bad channel %r" % (w, it["channel"]))
        for l in it["labels"]:
            if l not in LABELS:
                errors.append("%s: bad label %r" % (w, l))
        if len(set(it["labels"])) != len(it["labels"]):
            errors.append("%s: duplicate label" % w)
        if it["hard"] not in ("0", "1"):
            errors.append("%s: H must be 0 or 1" % w)
        if it["hard"] == "1" and it["labels"]:
            errors.append("%s: hard flag on a positive" % w)
        n = len(it["text"])
        if n < 1 or n > 600:
            errors.append("%s: text length %d" % (w, n))
        if not it["note"]:
            errors.append("%s: empty note" % w)
        if it["note"].startswith("implicit:") and not it["labels"]:
            errors.append("%s: implicit note on a negative" % w)
        key = it["text"].casefold()
        if key in seen_text:
            errors.append("%s: duplicate text (also %s)" % (w, seen_text[key]))
        else:
            seen_text[key] = w
    # ids: <lang>-<channel>-33NN, numbered per (lang, channel)
    per = collections.Counter()
    ids = set()
    for it in items:
        per[(it["lang"], it["channel"])] += 1
        k = per[(it["lang"], it["channel"])]
        if k > 99:
            errors.append("%s: more than 99 items in %s/%s" % (it["where"], it["lang"], it["channel"]))
        iid = "%s-%s-33%02d" % (it["lang"], it["channel"], k)
        if iid in ids:
            errors.append("%s: duplicate id %s" % (it["where"], iid))
        ids.add(iid)
        it["id"] = iid
    return errors


def report(items):
    warnings = []
    total = len(items)
    neg = [i for i in items if not i["labels"]]
    hard = [i for i in neg if i["hard"] == "1"]
    pos = [i for i in items if i["labels"]]
    impl = [i for i in pos if i["note"].startswith("implicit:")]
    longs = [i for i in items if 200 <= len(i["text"]) <= 500]
    print("total %d; negatives %d (%.1f%%), hard %d (%.1f%% of negatives); positives %d, implicit %d (%.1f%%); 200-500 chars %d (%.1f%%)" % (
        total, len(neg), 100.0 * len(neg) / total, len(hard), 100.0 * len(hard) / max(1, len(neg)),
        len(pos), len(impl), 100.0 * len(impl) / max(1, len(pos)), len(longs), 100.0 * len(longs) / total))
    if not 0.32 <= len(neg) / total <= 0.40:
        warnings.append("negative share off target")
    if len(hard) < 0.6 * len(neg):
        warnings.append("hard negatives below 60%")
    if len(impl) < len(pos) / 3.0:
        warnings.append("implicit positives below a third")
    if not 0.15 <= len(longs) / total <= 0.25:
        warnings.append("long-item share off target")
    header = "lang  n  neg hard  imp long " + " ".join("%5s" % l[:5] for l in LABELS) + "  chans"
    print(header)
    for lang in LANGS:
        li = [i for i in items if i["lang"] == lang]
        if not li:
            warnings.append("%s: no items" % lang)
            continue
        c = collections.Counter(l for i in li for l in i["labels"])
        ch = collections.Counter(i["channel"] for i in li)
        n_neg = sum(1 for i in li if not i["labels"])
        n_hard = sum(1 for i in li if not i["labels"] and i["hard"] == "1")
        n_imp = sum(1 for i in li if i["labels"] and i["note"].startswith("implicit:"))
        n_long = sum(1 for i in li if 200 <= len(i["text"]) <= 500)
        print("%-4s %3d %3d %4d %4d %4d " % (lang, len(li), n_neg, n_hard, n_imp, n_long)
              + " ".join("%5d" % c[l] for l in LABELS) + "  " + str(min(ch.values())) + "-" + str(max(ch.values())))
        for l in LABELS:
            if c[l] < 8:
                warnings.append("%s: label %s has %d positives" % (lang, l, c[l]))
        for chn in CHANNELS:
            if ch[chn] == 0:
                warnings.append("%s: channel %s missing" % (lang, chn))
        top = max(LABELS, key=lambda l: c[l])
        if c["child_under_13"] < c[top]:
            warnings.append("%s: child_under_13 is not the largest label" % lang)
        if not 120 <= len(li) <= 160:
            warnings.append("%s: %d items" % (lang, len(li)))
    return warnings


def main():
    items = load_all()
    errors = validate(items)
    for e in errors:
        print("ERROR", e)
    warnings = report(items)
    for w in warnings:
        print("WARN", w)
    if errors:
        sys.exit(1)
    print("OK" if not warnings else "OK with warnings")


if __name__ == "__main__":
    main()
