"""Deterministic stratified split of items.jsonl into dev.jsonl and test.jsonl, plus MANIFEST.txt.

Strata = (lang, first label or "none"). Within a stratum items are sorted by id and shuffled with a
single random.Random(20261222) instance, visiting strata in sorted order. The first half of each stratum
goes to dev, the second half to test; the odd extra item of a stratum alternates dev/test (first to dev).
"""
import collections
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl"]
CHANNELS = ["ticket", "chat", "call_note", "form_field", "review", "email_signature",
            "calendar", "file_or_device_name", "csv_cell", "json_value"]
LABELS = ["racial_ethnic", "political", "religious", "trade_union", "genetic", "biometric",
          "health", "sex_life_orientation", "child_under_13"]
KEYS = ["id", "text", "lang", "channel", "labels", "hard", "note"]


def validate(item):
    assert list(item.keys()) == KEYS, item.get("id")
    assert isinstance(item["id"], str) and item["id"].startswith(f"{item['lang']}-{item['channel']}-")
    assert isinstance(item["text"], str) and 1 <= len(item["text"]) <= 600, item["id"]
    assert item["lang"] in LANGS and item["channel"] in CHANNELS, item["id"]
    assert isinstance(item["labels"], list) and all(l in LABELS for l in item["labels"]), item["id"]
    assert isinstance(item["hard"], bool) and not (item["hard"] and item["labels"]), item["id"]
    assert isinstance(item["note"], str) and item["note"], item["id"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def main():
    items = []
    with open(os.path.join(HERE, "items.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            validate(item)
            items.append(item)
    assert len({i["id"] for i in items}) == len(items), "duplicate ids"

    strata = collections.defaultdict(list)
    for it in items:
        strata[(it["lang"], it["labels"][0] if it["labels"] else "none")].append(it)

    rng = random.Random(20261222)
    dev_ids, test_ids = set(), set()
    odd_to_dev = True
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda x: x["id"])
        rng.shuffle(group)
        half = len(group) // 2
        dev_ids.update(i["id"] for i in group[:half])
        test_ids.update(i["id"] for i in group[half:2 * half])
        if len(group) % 2:
            (dev_ids if odd_to_dev else test_ids).add(group[-1]["id"])
            odd_to_dev = not odd_to_dev

    halves = {"dev": [i for i in items if i["id"] in dev_ids],
              "test": [i for i in items if i["id"] in test_ids]}
    assert len(halves["dev"]) + len(halves["test"]) == len(items)
    for name, rows in halves.items():
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    out = ["MANIFEST – Blind evaluation set 22: long messages and threads",
           "split: strata = (lang, first label or none); random.Random(20261222); odd extras alternate dev/test",
           ""]
    for name in ("all", "dev", "test"):
        rows = items if name == "all" else halves[name]
        neg = sum(1 for r in rows if not r["labels"])
        out.append(f"[{name}] total {len(rows)}; negatives {neg}; hard {sum(r['hard'] for r in rows)}; "
                   f"implicit {sum(1 for r in rows if r['note'].startswith('implicit:'))}")
        out.append("  per language: " + ", ".join(
            f"{l} {sum(1 for r in rows if r['lang'] == l)}" for l in LANGS))
        out.append("  per label: " + ", ".join(
            f"{lab} {sum(1 for r in rows if lab in r['labels'])}" for lab in LABELS))
        out.append("  per language x label (none = negatives):")
        for l in LANGS:
            lr = [r for r in rows if r["lang"] == l]
            cells = [f"{lab} {sum(1 for r in lr if lab in r['labels'])}" for lab in LABELS]
            cells.append(f"none {sum(1 for r in lr if not r['labels'])}")
            out.append(f"    {l}: " + ", ".join(cells))
        out.append("")
    out.append("SHA-256")
    for fn in ("items.jsonl", "dev.jsonl", "test.jsonl"):
        out.append(f"  {fn}  {sha256(os.path.join(HERE, fn))}")
    with open(os.path.join(HERE, "MANIFEST.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"dev {len(halves['dev'])}, test {len(halves['test'])}")


if __name__ == "__main__":
    main()
