"""How well the intake guard finds special categories and children in labelled texts.

    python benchmarks/guard_accuracy.py PATH.jsonl [--today 2026-12-06] [--misses 20]

Each line of the file is one text: ``{"id", "text", "lang", "channel", "labels", "hard"}``,
``labels`` a list of the names in :data:`LABELS` (empty for a text that reveals nothing;
the fideslang categories the guard reports are accepted too), ``hard`` true for a negative
written to look like a positive. The guard's full engine reads each text alone.

Printed: per label precision, recall and F1 with 95 % intervals (Wilson for the
proportions, a bootstrap over the texts for F1), macro-F1 over the eight special
categories, the false-positive rate on the negatives and on the hard negatives, and
recall per language and per channel.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from troth.guard import detection as cat
from troth.guard.engine import build_engine

# The set's label names and the guard's categories (fideslang names).
LABELS: dict[str, str] = {
    "racial_ethnic": cat.RACE,
    "political": cat.POLITICS,
    "religious": cat.RELIGION,
    "trade_union": cat.UNION,
    "genetic": cat.GENETIC,
    "biometric": cat.BIOMETRIC,
    "health": cat.HEALTH,
    "sex_life_orientation": cat.SEXUAL_ORIENTATION,
    "child_under_13": cat.CHILD,
}
SPECIAL = [name for name in LABELS if name != "child_under_13"]
_BY_CATEGORY = {category: name for name, category in LABELS.items()}
Z = 1.96


def wilson(hits: int, total: int) -> tuple[float, float]:
    """The 95 % Wilson score interval of ``hits`` out of ``total``."""
    if total == 0:
        return (0.0, 1.0)
    p = hits / total
    middle = p + Z * Z / (2 * total)
    spread = Z * math.sqrt(p * (1 - p) / total + Z * Z / (4 * total * total))
    scale = 1 + Z * Z / total
    return (max(0.0, (middle - spread) / scale), min(1.0, (middle + spread) / scale))


def labels_of(item: dict) -> set[str]:
    """The set's label names of an item (a list of names, or of fideslang categories, or a
    mapping of name to true/false)."""
    raw = item.get("labels") or []
    if isinstance(raw, dict):
        raw = [name for name, on in raw.items() if on]
    out = set()
    for label in raw:
        name = _BY_CATEGORY.get(label, label)
        if name not in LABELS:
            raise SystemExit(f"item {item.get('id', '?')}: unknown label {label!r}")
        out.add(name)
    return out


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def counts(gold: Sequence[set[str]], pred: Sequence[set[str]], label: str) -> tuple[int, ...]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label in p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if label not in g and label in p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label not in p)
    return tp, fp, fn


def macro_f1(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> float:
    return sum(f1_of(*counts(gold, pred, label)) for label in SPECIAL) / len(SPECIAL)


def bootstrap(
    gold: Sequence[set[str]],
    pred: Sequence[set[str]],
    statistic: Callable[[Sequence[set[str]], Sequence[set[str]]], float],
    rounds: int = 1000,
) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of ``statistic`` over texts drawn with replacement."""
    rng = random.Random(15)
    n = len(gold)
    values = []
    for _ in range(rounds):
        picked = [rng.randrange(n) for _ in range(n)]
        values.append(statistic([gold[i] for i in picked], [pred[i] for i in picked]))
    values.sort()
    return values[int(0.025 * rounds)], values[int(0.975 * rounds) - 1]


def predict(items: list[dict], today: date) -> tuple[list[set[str]], float]:
    """The label names the guard finds in each text, and the seconds a second pass took."""
    engine = build_engine(13, today=today)
    for item in items:  # lexicons loaded, memos filled: the time is the reading alone
        engine.analyze(item["text"])
    started = time.process_time()
    out = []
    for item in items:
        found = {d.category for d in engine.analyze(item["text"])}
        out.append({name for name, category in LABELS.items() if category in found})
    return out, time.process_time() - started


def _interval(low_high: tuple[float, float]) -> str:
    return f"[{low_high[0]:.2f}, {low_high[1]:.2f}]"


def report_labels(gold: list[set[str]], pred: list[set[str]]) -> None:
    print("| label | positives | precision [95% CI] | recall [95% CI] | F1 [95% CI] |")
    print("|---|---:|---|---|---|")
    for label in LABELS:
        tp, fp, fn = counts(gold, pred, label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0

        def f1(g: Sequence[set[str]], p: Sequence[set[str]], label: str = label) -> float:
            return f1_of(*counts(g, p, label))

        print(
            f"| {label} | {tp + fn} | {precision:.3f} {_interval(wilson(tp, tp + fp))} | "
            f"{recall:.3f} {_interval(wilson(tp, tp + fn))} | {f1_of(tp, fp, fn):.3f} "
            f"{_interval(bootstrap(gold, pred, f1))} |"
        )
    print(
        f"\nmacro-F1 over the 8 special categories: {macro_f1(gold, pred):.3f} "
        f"{_interval(bootstrap(gold, pred, macro_f1))}"
    )


def report_negatives(items: list[dict], gold: list[set[str]], pred: list[set[str]]) -> None:
    negatives = [i for i, g in enumerate(gold) if not g]
    hard = [i for i in negatives if items[i].get("hard")]
    for name, chosen in (("negatives", negatives), ("hard negatives", hard)):
        fired = sum(1 for i in chosen if pred[i])
        rate = fired / len(chosen) if chosen else 0.0
        print(
            f"false positives on {name}: {fired} of {len(chosen)} = {rate:.3f} "
            f"{_interval(wilson(fired, len(chosen)))}"
        )


def report_groups(items: list[dict], gold: list[set[str]], pred: list[set[str]]) -> None:
    """Recall (of every positive label) per language and per channel."""
    for key in ("lang", "channel"):
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for item, g, p in zip(items, gold, pred, strict=True):
            group = str(item.get(key, "?"))
            total[group] += len(g)
            found[group] += len(g & p)
        print(f"\n| {key} | positive labels | recall [95% CI] |\n|---|---:|---|")
        for group in sorted(total):
            if total[group]:
                r = found[group] / total[group]
                print(
                    f"| {group} | {total[group]} | {r:.3f} "
                    f"{_interval(wilson(found[group], total[group]))} |"
                )  # noqa: E501


def report_misses(items: list[dict], gold: list[set[str]], pred: list[set[str]], n: int) -> None:
    wrong = defaultdict(list)
    for item, g, p in zip(items, gold, pred, strict=True):
        for label in g - p:
            wrong[f"missed {label}"].append(item)
        for label in p - g:
            wrong[f"false {label}"].append(item)
    for kind in sorted(wrong):
        print(f"\n{kind} ({len(wrong[kind])}):")
        for item in wrong[kind][:n]:
            print(f"  [{item.get('lang', '?')}/{item.get('channel', '?')}] {item['text'][:160]!r}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path, help="a JSONL file of labelled texts")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="the date birth dates are read against (YYYY-MM-DD)")  # fmt: skip
    parser.add_argument("--misses", type=int, default=0, help="print up to N errors per kind")
    args = parser.parse_args(argv)
    items = [
        json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line
    ]
    if not items:
        raise SystemExit(f"{args.path}: no items")
    gold = [labels_of(item) for item in items]
    pred, seconds = predict(items, args.today)
    size = sum(len(item["text"].encode("utf-8")) for item in items)
    print(f"{args.path.name}: {len(items)} texts, {sum(1 for g in gold if not g)} negatives "
          f"({sum(1 for i, g in zip(items, gold, strict=True) if not g and i.get('hard'))} hard); "
          f"{size / 1e6 / seconds:.2f} MB per CPU second, one at a time\n")  # fmt: skip
    report_labels(gold, pred)
    child = counts(gold, pred, "child_under_13")
    print(f"children: recall {child[0] / max(1, child[0] + child[2]):.3f}, "
          f"precision {child[0] / max(1, child[0] + child[1]):.3f}")  # fmt: skip
    report_negatives(items, gold, pred)
    report_groups(items, gold, pred)
    if args.misses:
        report_misses(items, gold, pred, args.misses)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
