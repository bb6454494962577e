"""Check items.jsonl: schema, unique ids and texts, and the balance targets."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
CHANNELS = (
    "ticket chat call_note form_field review email_signature calendar "
    "file_or_device_name csv_cell json_value"
).split()
LABELS = (
    "racial_ethnic political religious trade_union genetic biometric health "
    "sex_life_orientation child_under_13"
).split()
KEYS = ["id", "text", "lang", "channel", "labels", "hard", "note"]
MIN_PER_LABEL = 9


def schema_errors(item: dict[str, object]) -> list[str]:
    errs = []
    if list(item) != KEYS:
        errs.append("keys")
    text = item.get("text")
    if not isinstance(text, str) or not 1 <= len(text) <= 600:
        errs.append("text length")
    if item.get("lang") not in LANGS:
        errs.append("lang")
    if item.get("channel") not in CHANNELS:
        errs.append("channel")
    labels = item.get("labels")
    if not isinstance(labels, list) or any(x not in LABELS for x in labels):
        errs.append("labels")
    elif len(set(labels)) != len(labels):
        errs.append("duplicate label")
    if not isinstance(item.get("hard"), bool) or (item.get("hard") and labels):
        errs.append("hard only on negatives")
    note = item.get("note")
    if not isinstance(note, str) or not note:
        errs.append("note")
    elif note.startswith("implicit:") and not labels:
        errs.append("implicit note on a negative")
    exp = f"{item.get('lang')}-{item.get('channel')}-"
    if not str(item.get("id", "")).startswith(exp):
        errs.append("id prefix")
    return errs


def main(path: Path) -> int:
    full = path.name == "items.jsonl"
    items = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    problems = []
    for it in items:
        for e in schema_errors(it):
            problems.append(f"{it.get('id')}: {e}")
    for key in ("id", "text"):
        dup = [k for k, n in Counter(str(it[key]).strip().lower() for it in items).items() if n > 1]
        problems += [f"duplicate {key}: {d[:60]!r}" for d in dup]
    n = len(items)
    neg = [it for it in items if not it["labels"]]
    hard = [it for it in neg if it["hard"]]
    pos = [it for it in items if it["labels"]]
    implicit = [it for it in pos if it["note"].startswith("implicit:")]
    neg_share = f"{len(neg)} ({len(neg) / n:.1%})"
    hard_share = f"{len(hard)} ({len(hard) / n:.1%})"
    print(f"items {n}  negatives {neg_share}  hard {hard_share}")
    imp_share = f"{len(implicit)} ({len(implicit) / max(1, len(pos)):.1%})"
    print(f"positives {len(pos)}  implicit {imp_share}")
    print("lang  n  neg  hard  " + " ".join(lab[:5] for lab in LABELS) + "  channels")
    for lang in LANGS:
        sub = [it for it in items if it["lang"] == lang]
        if not sub:
            problems.append(f"{lang}: no items")
            continue
        cnt = Counter(lab for it in sub for lab in it["labels"])
        chans = Counter(it["channel"] for it in sub)
        sneg = sum(1 for it in sub if not it["labels"])
        shard = sum(1 for it in sub if it["hard"])
        row = " ".join(f"{cnt[lab]:5d}" for lab in LABELS)
        print(f"{lang}  {len(sub):3d} {sneg:4d} {shard:5d}  {row}  {len(chans)}")
        for lab in LABELS:
            if full and cnt[lab] < MIN_PER_LABEL:
                problems.append(f"{lang}: {lab} has {cnt[lab]} < {MIN_PER_LABEL}")
        for ch in CHANNELS:
            if full and chans[ch] < 3:
                problems.append(f"{lang}: channel {ch} has {chans[ch]} items")
    if not 0.35 <= len(neg) / n <= 0.40:
        problems.append(f"negative share {len(neg) / n:.1%} outside 35-40%")
    if len(hard) / n < 0.20:
        problems.append(f"hard negative share {len(hard) / n:.1%} below 20%")
    if full and n < 880:
        problems.append(f"only {n} items (target 880)")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "items.jsonl"))
