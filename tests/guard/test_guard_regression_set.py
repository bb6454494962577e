"""The regression set (benchmarks/data/guard/special_eval.jsonl), written alongside the
first lexicons and kept frozen: every labelled category is found and nothing else. The
labels are the set's own; a change that makes the guard miss or invent one fails here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from troth.guard import detection as cat
from troth.guard.engine import build_engine

SET = Path(__file__).resolve().parents[2] / "benchmarks/data/guard/special_eval.jsonl"
CATEGORIES = set(cat.SPECIAL_CATEGORIES) | {cat.CHILD}


def test_the_regression_set_is_read_exactly() -> None:
    engine = build_engine(13, today=date(2026, 12, 6))
    wrong = []
    for line in SET.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = {d.category for d in engine.analyze(item["text"])} & CATEGORIES
        if found != set(item["labels"]):
            wrong.append((item["text"], sorted(found), item["labels"]))
    assert not wrong, f"{len(wrong)} texts read wrongly, the first: {wrong[0]}"
