#!/usr/bin/env python3
"""Validate items.jsonl: schema, ids, unique texts, balance targets. Prints counts."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
SPECIAL = ["racial_ethnic", "political", "religious", "trade_union", "genetic",
           "biometric", "health", "sex_life_orientation"]
LABELS = SPECIAL + ["child_under_13"]
KEYS = ["id", "text", "lang", "channel", "labels", "hard", "note"]

errors = []


def err(msg):
    errors.append(msg)


def main(path=None):
    path = path or os.path.join(ROOT, "items.jsonl")
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("line %d: bad JSON (%s)" % (n, e))
    ids, texts = set(), set()
    seq = collections.defaultdict(list)
    for it in items:
        if list(it.keys()) != KEYS:
            err("%s: keys %r" % (it.get("id"), list(it.keys())))
            continue
        i = it["id"]
        if i in ids:
            err("duplicate id " + i)
        ids.add(i)
        if it["text"] in texts:
            err("duplicate text in " + i)
        texts.add(it["text"])
        if not isinstance(it["text"], str) or not (1 <= len(it["text"]) <= 600):
            err(i + ": text length")
        if it["lang"] not in LANGS:
            err(i + ": lang")
        if it["channel"] not in CHANNELS:
            err(i + ": channel")
        m = re.fullmatch(r"([a-z]{2})-([a-z_]+)-(\d{4})", i)
        if not m or m.group(1) != it["lang"] or m.group(2) != it["channel"]:
            err(i + ": id does not match lang/channel")
        else:
            seq[(it["lang"], it["channel"])].append(int(m.group(3)))
        if not isinstance(it["labels"], list) or any(l not in LABELS for l in it["labels"]):
            err(i + ": labels")
        if len(set(it["labels"])) != len(it["labels"]):
            err(i + ": repeated label")
        if not isinstance(it["hard"], bool):
            err(i + ": hard not bool")
        if it["hard"] and it["labels"]:
            err(i + ": hard positive")
        if not isinstance(it["note"], str) or not it["note"].strip():
            err(i + ": empty note")
        elif it["note"].startswith("implicit:") and not it["labels"]:
            err(i + ": implicit note on negative")
    for key, nums in seq.items():
        if nums != list(range(1, len(nums) + 1)):
            err("%s-%s: ids not numbered 1..n in order" % key)

    total = len(items)
    neg = [it for it in items if not it["labels"]]
    hard = [it for it in neg if it["hard"]]
    pos = [it for it in items if it["labels"]]
    implicit = [it for it in pos if it["note"].startswith("implicit:")]
    multi = [it for it in pos if len(it["labels"]) > 1]
    by_lang = collections.Counter(it["lang"] for it in items)
    by_chan = collections.Counter(it["channel"] for it in items)
    by_label = collections.Counter(l for it in items for l in it["labels"])
    lang_label = collections.Counter((it["lang"], l) for it in items for l in it["labels"])
    lang_chan = collections.Counter((it["lang"], it["channel"]) for it in items)
    lang_neg = collections.Counter(it["lang"] for it in neg)
    lang_hard = collections.Counter(it["lang"] for it in hard)

    # balance targets
    if not (950 <= total <= 1080):
        err("total %d outside 950-1080" % total)
    for lang in LANGS:
        if not (120 <= by_lang[lang] <= 135):
            err("%s: %d items, want 120-135" % (lang, by_lang[lang]))
        for lab in SPECIAL:
            if lang_label[(lang, lab)] < 7:
                err("%s: %s has %d positives, want >= 7" % (lang, lab, lang_label[(lang, lab)]))
        if lang_label[(lang, "child_under_13")] < 10:
            err("%s: child_under_13 has %d, want >= 10" % (lang, lang_label[(lang, "child_under_13")]))
        for ch in CHANNELS:
            if lang_chan[(lang, ch)] == 0:
                err("%s: channel %s missing" % (lang, ch))
    if total:
        share = len(neg) / total
        if not (0.33 <= share <= 0.42):
            err("negatives %.1f%% outside 33-42%%" % (100 * share))
        if neg and len(hard) < (2 / 3) * len(neg):
            err("hard negatives %d < 2/3 of %d negatives" % (len(hard), len(neg)))

    print("total %d; negatives %d (%.1f%%), hard %d (%.1f%% of negatives); positives %d, implicit %d (%.1f%%), multi-label %d"
          % (total, len(neg), 100 * len(neg) / max(total, 1), len(hard), 100 * len(hard) / max(len(neg), 1),
             len(pos), len(implicit), 100 * len(implicit) / max(len(pos), 1), len(multi)))
    print("languages: " + ", ".join("%s %d (neg %d, hard %d)" % (l, by_lang[l], lang_neg[l], lang_hard[l]) for l in LANGS))
    print("channels: " + ", ".join("%s %d" % (c, by_chan[c]) for c in CHANNELS))
    print("labels: " + ", ".join("%s %d" % (l, by_label[l]) for l in LABELS))
    print("per language x label (min over languages): " + ", ".join(
        "%s %d" % (l, min(lang_label[(g, l)] for g in LANGS)) for l in LABELS))
    for lang in LANGS:
        print("  %s: " % lang + " ".join("%s=%d" % (l[:6], lang_label[(lang, l)]) for l in LABELS)
              + " | " + " ".join("%s=%d" % (c[:5], lang_chan[(lang, c)]) for c in CHANNELS))
    if errors:
        for e in errors:
            print("ERROR: " + e, file=sys.stderr)
        print("check.py: %d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print("check.py: OK")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
