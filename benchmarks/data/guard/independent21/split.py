"""Deterministic stratified dev/test split of items.jsonl.

Strata = (lang, first label or "none"). Strata are visited in sorted order;
within a stratum items are sorted by id and shuffled with a single
random.Random(20261221) instance. The first half goes to dev, the second to
test; the odd extra item of a stratum alternates dev, test, dev, ...
Writes dev.jsonl, test.jsonl and MANIFEST.txt.
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
FIELDS = ["id", "text", "lang", "channel", "labels", "hard", "note"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def validate(items):
    for it in items:
        assert list(it) == FIELDS, it["id"]
        assert isinstance(it["text"], str) and 1 <= len(it["text"]) <= 600, it["id"]
        assert it["lang"] in LANGS, it["id"]
        assert it["id"].startswith(it["lang"] + "-" + it["channel"] + "-"), it["id"]
        assert all(l in LABELS for l in it["labels"]), it["id"]
        assert isinstance(it["hard"], bool), it["id"]
        assert not (it["hard"] and it["labels"]), it["id"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def counts(items):
    by_lang = collections.Counter(it["lang"] for it in items)
    by_label = collections.Counter()
    by_lang_label = collections.Counter()
    for it in items:
        for l in it["labels"] or ["none"]:
            by_label[l] += 1
            by_lang_label[(it["lang"], l)] += 1
    return by_lang, by_label, by_lang_label


def main():
    items = load(os.path.join(HERE, "items.jsonl"))
    validate(items)
    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)
    rng = random.Random(20261221)
    dev, test = [], []
    extra_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        rng.shuffle(group)
        half = len(group) // 2
        dev.extend(group[:half])
        test.extend(group[half:2 * half])
        if len(group) % 2:
            (dev if extra_to_dev else test).append(group[-1])
            extra_to_dev = not extra_to_dev
    dev.sort(key=lambda x: x["id"])
    test.sort(key=lambda x: x["id"])
    for name, part in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for it in part:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    lines = ["MANIFEST - Blind evaluation set 21: the public sector and casework", ""]
    lines.append("total %d; dev %d; test %d" % (len(items), len(dev), len(test)))
    lines.append("split: strata (lang, first label or none), random.Random(20261221), strata in sorted order")
    lines.append("")
    for name, part in (("all", items), ("dev", dev), ("test", test)):
        by_lang, by_label, by_lang_label = counts(part)
        neg = sum(1 for it in part if not it["labels"])
        hard = sum(1 for it in part if it["hard"])
        lines.append("== %s: %d items, %d negatives (%d hard)" % (name, len(part), neg, hard))
        lines.append("per language: " + ", ".join("%s %d" % (l, by_lang[l]) for l in LANGS))
        lines.append("per label (items carrying it; none = negatives): " +
                     ", ".join("%s %d" % (l, by_label[l]) for l in LABELS + ["none"]))
        lines.append("per language x label:")
        lines.append("  lang " + " ".join("%s" % l[:6].rjust(6) for l in LABELS + ["none"]))
        for lang in LANGS:
            lines.append("  %-4s " % lang + " ".join(str(by_lang_label[(lang, l)]).rjust(6)
                                                  for l in LABELS + ["none"]))
        lines.append("")
    lines.append("SHA-256")
    for name in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        lines.append("  %s  %s" % (sha256(os.path.join(HERE, name)), name))
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("dev %d, test %d" % (len(dev), len(test)))


if __name__ == "__main__":
    main()
