"""Does a learned n-gram model (benchmarks/guard_ngram.py) help the guard on a new writer?

    python benchmarks/guard_rotation.py [--lexicon-sentences 2] [--baseline SET=OLD.json ...]
    python benchmarks/guard_rotation.py --dump-guard OLD.json   # with an older guard's src

Leave one writer out over the development halves of the three independent sets: the model
learns from two of them (and, with ``--lexicon-sentences N``, from sentences made of the
guard's lexicon terms) and the third is scored by the guard alone and by the guard with the
model's labels added; each set is held out in turn. The model's threshold for each label is
picked on the two training sets only, from the scores each got from a model trained on the
other (``guard_ngram.choose_thresholds``). The guard was tuned on all three development
halves, so ``--baseline`` adds the figures against a guard from before a set was worked on
(its predictions written by ``--dump-guard`` from an older checkout). Only the development
halves are read. The ceilings under each held-out set are the best three ways of joining
the model to the guard could have done with one threshold for every label picked on the
held-out set itself: bounds, not results.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_accuracy import LABELS, SPECIAL, counts, f1_of, labels_of, macro_f1  # noqa: E402
from guard_ngram import LABELS as MODEL_LABELS  # noqa: E402
from guard_ngram import SETS, NgramModel, choose_thresholds, read_set, train  # noqa: E402
from troth.guard.engine import build_engine  # noqa: E402

Data = list[tuple[str, set[str]]]


def guard_labels(items: list[dict], today: date) -> list[set[str]]:
    engine = build_engine(13, today=today)
    out = []
    for item in items:
        found = {d.category for d in engine.analyze(item["text"])}
        out.append({name for name, category in LABELS.items() if category in found})
    return out


def summary(items: Sequence[dict], gold: Sequence[set[str]], pred: Sequence[set[str]]) -> dict:
    negatives = [i for i, g in enumerate(gold) if not g]
    hard = [i for i in negatives if items[i].get("hard")]
    child = counts(gold, pred, "child_under_13")
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    for item, g, p in zip(items, gold, pred, strict=True):
        total[item["lang"]] = total.get(item["lang"], 0) + len(g)
        found[item["lang"]] = found.get(item["lang"], 0) + len(g & p)
    return {
        "macro_f1": macro_f1(gold, pred),
        "f1": {label: f1_of(*counts(gold, pred, label)) for label in SPECIAL},
        "fp": sum(1 for i in negatives if pred[i]) / max(1, len(negatives)),
        "fp_hard": sum(1 for i in hard if pred[i]) / max(1, len(hard)),
        "child": (child[0] / max(1, child[0] + child[2]), child[0] / max(1, child[0] + child[1])),
        "lang": {k: found[k] / total[k] for k in sorted(total) if total[k]},
    }


def show(name: str, s: dict, detail: bool = True) -> None:
    print(
        f"  {name:<22} macro-F1 {s['macro_f1']:.3f}  FP {s['fp']:.3f}  hard FP "
        f"{s['fp_hard']:.3f}  children R {s['child'][0]:.2f} P {s['child'][1]:.2f}"
    )
    if detail:
        print(f"  {'':<22} recall: " + " ".join(f"{k} {v:.2f}" for k, v in s["lang"].items()))
        print(f"  {'':<22} F1: " + " ".join(f"{k[:6]} {v:.2f}" for k, v in s["f1"].items()))


def fit(data: Data, extra: Data) -> NgramModel:
    rows = data + extra
    return train([t for t, _ in rows], [g for _, g in rows])


def rotation_model(
    sets: list[list[dict]], guards: list[list[set[str]]], held: int, extra: Data, args: object
) -> NgramModel:
    """A model of the sets but ``held``, its thresholds picked on those sets alone."""
    train_ix = [j for j in range(len(sets)) if j != held]
    data = {j: [(t["text"], labels_of(t)) for t in sets[j]] for j in train_ix}
    scores: list[list[float]] = []
    for j in train_ix:  # each training set scored by a model of the other
        other = fit([row for k in train_ix if k != j for row in data[k]], extra)
        scores += [other.scores(text) for text, _ in data[j]]
    thresholds = choose_thresholds(
        [g for j in train_ix for _, g in data[j]],
        [g for j in train_ix for g in guards[j]],
        scores,
        args.budget,  # type: ignore[attr-defined]
        args.precision,  # type: ignore[attr-defined]
    )
    model = fit([row for j in train_ix for row in data[j]], extra)
    model.thresholds = thresholds
    return model


def _lexicon_labels(text: str) -> set[str]:
    """The labels of the lexicon's terms in a text, said of a person or not."""
    from troth.guard.lexicon import load_lexicon, tokens_of

    names = {category: name for name, category in LABELS.items()}
    return {names[hit.term.category] for hit in load_lexicon()[0].find(tokens_of(text))}


def ceiling(
    items: list[dict], gold: list[set[str]], base: list[set[str]], model: NgramModel
) -> str:
    """The best macro-F1 each way of joining the model to the guard reaches at one threshold
    for every label, picked on the held-out set itself: the model's labels added; added only
    where the lexicon holds a term of the label (the guard's context turned it down); the
    guard's special categories dropped where the model's score is under the threshold."""
    scores = [model.scores(item["text"]) for item in items]
    terms = [_lexicon_labels(item["text"]) for item in items]
    special = MODEL_LABELS[:-1]
    ways = {
        "added": lambda b, s, r, t: b | {x for k, x in enumerate(MODEL_LABELS) if s[k] >= t},
        "added where a term": lambda b, s, r, t: (
            b | {x for k, x in enumerate(special) if s[k] >= t and x in r}
        ),
        "vetoed": lambda b, s, r, t: {x for x in b if x not in special or s[special.index(x)] >= t},
    }
    start = summary(items, gold, base)
    out = []
    for way, join in ways.items():
        best = within = (start, None)
        grid = (0.01, 0.03, 0.1, 0.2) if way == "vetoed" else (0.3, 0.5, 0.7, 0.9, 0.95, 0.99)
        for t in grid:
            pred = [join(b, s, r, t) for b, s, r in zip(base, scores, terms, strict=True)]
            found = summary(items, gold, pred)
            if found["macro_f1"] > best[0]["macro_f1"]:
                best = (found, t)
            if found["macro_f1"] > within[0]["macro_f1"] and found["fp"] <= start["fp"] + 0.005:
                within = (found, t)
        out.append(
            f"{way}: {best[0]['macro_f1']:.3f} at {best[1]} (FP {best[0]['fp']:.3f}), "
            f"FP within +0.005: {within[0]['macro_f1']:.3f} at {within[1]}"
        )
    return "\n  " + " " * 23 + ("\n  " + " " * 23).join(out)


def speed(model: NgramModel) -> None:
    """The model's throughput on the guard benchmark's ticket texts (its second pass: the
    words' shares of the sum are known by then)."""
    from guard import SYNTH

    if not SYNTH.exists():
        return
    texts = [row["full_text"] for row in json.loads(SYNTH.read_text(encoding="utf-8"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    for label in ("first pass", "second pass"):
        started = time.process_time()
        for text in texts:
            model.scores(text)
        rate = size / 1e6 / (time.process_time() - started)
        print(f"  model on {SYNTH.name}, {label}: {rate:.2f} MB/s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 6))
    parser.add_argument(
        "--budget",
        type=float,
        default=0.005,
        help="share of the training sets' negatives the model may add",
    )
    parser.add_argument(
        "--precision", type=float, default=0.9, help="the model's precision alone, out of writer"
    )
    parser.add_argument(
        "--lexicon-sentences",
        type=int,
        default=2,
        metavar="N",
        help="each lexicon term in N generated sentences too",
    )
    parser.add_argument(
        "--baseline",
        action="append",
        default=[],
        metavar="SET=FILE",
        help="an older guard's --dump-guard file, for SET",
    )
    parser.add_argument("--dump-guard", type=Path, help="write the guard's labels and stop")
    args = parser.parse_args(argv)
    sets = [read_set(path) for path in SETS]
    guards = [guard_labels(s, args.today) for s in sets]
    if args.dump_guard:
        dump = {
            path.parent.name: {t["id"]: sorted(g) for t, g in zip(s, gs, strict=True)}
            for path, s, gs in zip(SETS, sets, guards, strict=True)
        }
        args.dump_guard.write_text(json.dumps(dump), encoding="utf-8")
        return
    from guard_ngram import lexicon_sentences

    extra = lexicon_sentences(args.lexicon_sentences) if args.lexicon_sentences else []
    baselines = {}
    for given in args.baseline:
        name, _, path = given.partition("=")
        baselines[name] = json.loads(Path(path).read_text(encoding="utf-8"))[name]
    golds = [[labels_of(t) for t in s] for s in sets]
    pooled: dict[str, list] = {"items": [], "gold": [], "guard": [], "both": []}
    for held in range(len(sets)):
        model = rotation_model(sets, guards, held, extra, args)
        items, gold = sets[held], golds[held]
        started = time.process_time()
        added = [model.labels(item["text"]) for item in items]
        took = time.process_time() - started
        both = [g | a for g, a in zip(guards[held], added, strict=True)]
        size = sum(len(t["text"].encode("utf-8")) for t in items)
        chosen = zip(MODEL_LABELS, model.thresholds, strict=True)
        print(
            f"\nheld out: {SETS[held].parent.name}/dev.jsonl ({len(items)} texts); model "
            f"{size / 1e6 / took:.2f} MB/s cold; thresholds "
            + " ".join(f"{label[:6]} {t:.2f}" for label, t in chosen)
        )
        show("guard", summary(items, gold, guards[held]))
        show("guard + model", summary(items, gold, both))
        show("model alone", summary(items, gold, added), detail=False)
        bounds = ceiling(items, gold, guards[held], model)
        print(f"  ceilings, a threshold picked on this set:{bounds}")
        baseline = baselines.get(SETS[held].parent.name)
        if baseline is not None:
            old = [set(baseline[t["id"]]) for t in items]
            show("older guard", summary(items, gold, old))
            with_model = [o | a for o, a in zip(old, added, strict=True)]
            show("older guard + model", summary(items, gold, with_model))
            print(f"  ceilings, a threshold picked on this set:{ceiling(items, gold, old, model)}")
        pooled["items"] += items
        pooled["gold"] += gold
        pooled["guard"] += guards[held]
        pooled["both"] += both
    speed(model)
    print(f"\nthe three held-out sets together ({len(pooled['items'])} texts)")
    show("guard", summary(pooled["items"], pooled["gold"], pooled["guard"]))
    show("guard + model", summary(pooled["items"], pooled["gold"], pooled["both"]))


if __name__ == "__main__":
    main()
