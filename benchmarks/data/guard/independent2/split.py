"""Split items.jsonl into dev.jsonl and test.jsonl halves and write MANIFEST.txt.

Items are grouped by (lang, first label or "none"); each group is shuffled with a
fixed seed and dealt alternately, so both halves get the same mix. The odd item of
a group goes to the half that is currently smaller.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20261206
LABELS = (
    "racial_ethnic political religious trade_union genetic biometric health "
    "sex_life_orientation child_under_13"
).split()


def stratum(item: dict[str, object]) -> tuple[str, str]:
    labels = item["labels"]
    first = labels[0] if isinstance(labels, list) and labels else "none"
    return str(item["lang"]), str(first)


def split(items: list[dict[str, object]]) -> tuple[list[str], list[str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for it in items:
        groups[stratum(it)].append(str(it["id"]))
    rng = random.Random(SEED)
    dev: list[str] = []
    test: list[str] = []
    for key in sorted(groups):
        ids = sorted(groups[key])
        rng.shuffle(ids)
        half = len(ids) // 2
        dev += ids[:half]
        test += ids[half : 2 * half]
        if len(ids) % 2:
            (dev if len(dev) <= len(test) else test).append(ids[-1])
    return dev, test


def summary(name: str, rows: list[dict[str, Any]]) -> list[str]:
    neg = [r for r in rows if not r["labels"]]
    hard = [r for r in neg if r["hard"]]
    labs = Counter(lab for r in rows for lab in r["labels"])
    langs = Counter(str(r["lang"]) for r in rows)
    out = [f"{name}: {len(rows)} items, {len(neg)} negatives, {len(hard)} hard negatives"]
    out.append("  labels: " + ", ".join(f"{lab} {labs[lab]}" for lab in LABELS))
    out.append("  langs: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    src = HERE / "items.jsonl"
    lines = src.read_text(encoding="utf-8").splitlines()
    items = [json.loads(x) for x in lines]
    by_id = {str(it["id"]): line for it, line in zip(items, lines, strict=True)}
    dev_ids, test_ids = split(items)
    order = {str(it["id"]): n for n, it in enumerate(items)}
    for name, ids in (("dev", dev_ids), ("test", test_ids)):
        ids.sort(key=order.__getitem__)
        (HERE / f"{name}.jsonl").write_text("".join(by_id[i] + "\n" for i in ids), encoding="utf-8")
    report = [f"seed {SEED}; strata (lang, first label or none)", ""]
    for name, ids in (
        ("items", [str(i["id"]) for i in items]),
        ("dev", dev_ids),
        ("test", test_ids),
    ):
        rows = [json.loads(by_id[i]) for i in ids]
        report += summary(name, rows)
    report += ["", "SHA-256"]
    for pattern in ("*.jsonl", "*.py", "README.md", "src/*.txt"):
        for path in sorted(HERE.glob(pattern)):
            report.append(f"{sha256(path)}  {path.relative_to(HERE)}")
    (HERE / "MANIFEST.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"dev {len(dev_ids)}, test {len(test_ids)}")


if __name__ == "__main__":
    main()
