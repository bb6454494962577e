"""A learned second opinion for the guard, as an experiment: a multi-label linear model over
character and word n-grams (``benchmarks/guard_rotation.py`` measures it).

Each text is read as pieces of words (3 to 5 letters inside a word, its edges marked,
lower case, accents folded, camelCase split), whole words and pairs of words, hashed into
2**18 buckets; one logistic regression per label (the eight special categories and a child
under 13) gives a probability. Pure Python; nothing of it ships with the guard.
"""

from __future__ import annotations

import json
import math
import random
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the development halves only: the test halves are never read here
SETS = tuple(
    ROOT / "benchmarks/data/guard" / name / "dev.jsonl"
    for name in ("independent", "independent2", "independent3")
)
LABELS: tuple[str, ...] = (
    "racial_ethnic",
    "political",
    "religious",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life_orientation",
    "child_under_13",
)
BITS = 18
NEVER = 1.01  # a threshold no probability reaches
_WORD = re.compile(r"[^\W_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_FOLD = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d"})
_GRID = [0.99, 0.97, *(round(0.05 * i, 2) for i in range(19, 2, -1))]
# the lexicon's categories as the sets' label names
_CATEGORY = {
    "user.demographic.race_ethnicity": "racial_ethnic",
    "user.demographic.political_opinion": "political",
    "user.demographic.religious_belief": "religious",
    "user.demographic.union_membership": "trade_union",
    "user.health_and_medical.genetic": "genetic",
    "user.biometric": "biometric",
    "user.health_and_medical": "health",
    "user.demographic.sexual_orientation": "sex_life_orientation",
}


def read_set(path: Path) -> list[dict]:
    """The texts of a development half (a test half is refused)."""
    if path.name != "dev.jsonl":
        raise SystemExit(f"{path}: only development halves are read")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def fold(text: str) -> str:
    """Lower case, accents removed, camelCase split ("MariaPregnancyScan")."""
    text = _CAMEL.sub(" ", text).lower().translate(_FOLD)
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def word_features(word: str) -> list[str]:
    """The word and its pieces of 3 to 5 letters; a number as itself (two digits at most)
    or as its length."""
    if word.isdigit():
        return [f"d:{word}" if len(word) <= 2 else f"d:{len(word)}"]
    padded = f"<{word}>"
    out = [f"w:{word}"]
    for n in (3, 4, 5):
        out += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


def _bucket(feature: str, mask: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & mask


def vector(text: str, bits: int = BITS) -> list[tuple[int, float]]:
    """Bucket and value: counts over the square root of the number of features."""
    ws = words(text)
    feats = [f for w in ws for f in word_features(w)]
    feats += [f"b:{a} {b}" for a, b in zip(ws, ws[1:], strict=False)]
    mask = (1 << bits) - 1
    counts: dict[int, float] = {}
    for f in feats:
        b = _bucket(f, mask)
        counts[b] = counts.get(b, 0.0) + 1.0
    scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
    return [(b, c * scale) for b, c in counts.items()]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class NgramModel:
    weights: list[list[float]]
    bias: list[float]
    thresholds: list[float] = field(default_factory=lambda: [NEVER] * len(LABELS))
    bits: int = BITS
    _words: dict[str, tuple[float, ...]] = field(default_factory=dict, repr=False)

    def scores(self, text: str) -> list[float]:
        """The probability of each label; a word's share of the sum is kept for the next
        text that holds it."""
        mask = (1 << self.bits) - 1
        ws = words(text)
        n = len(LABELS)
        total = [0.0] * n
        count = max(0, len(ws) - 1)
        for w in ws:
            part = self._words.get(w)
            if part is None:
                part = self._words[w] = self._word_part(w, mask)
            count += int(part[-1])
            for k in range(n):
                total[k] += part[k]
        for a, b in zip(ws, ws[1:], strict=False):
            bucket = _bucket(f"b:{a} {b}", mask)
            for k in range(n):
                total[k] += self.weights[k][bucket]
        scale = 1.0 / math.sqrt(count) if count else 0.0
        return [_sigmoid(self.bias[k] + total[k] * scale) for k in range(n)]

    def _word_part(self, word: str, mask: int) -> tuple[float, ...]:
        feats = word_features(word)
        part = [0.0] * (len(LABELS) + 1)
        for f in feats:
            bucket = _bucket(f, mask)
            for k in range(len(LABELS)):
                part[k] += self.weights[k][bucket]
        part[-1] = float(len(feats))
        return tuple(part)

    def labels(self, text: str) -> set[str]:
        scores = self.scores(text)
        return {label for k, label in enumerate(LABELS) if scores[k] >= self.thresholds[k]}


def train(
    texts: Sequence[str],
    labels: Sequence[Iterable[str]],
    *,
    epochs: int = 6,
    rate: float = 0.5,
    decay: float = 1e-4,
    bits: int = BITS,
) -> NgramModel:
    """One logistic regression per label: AdaGrad steps with L2 decay over the texts in
    their order, positives weighted up (at most 8 times) to balance each label."""
    vectors = [vector(t, bits) for t in texts]
    gold = [set(g) for g in labels]
    weights: list[list[float]] = []
    biases: list[float] = []
    for label in LABELS:
        y = [label in g for g in gold]
        positives = sum(y)
        up = min(8.0, (len(y) - positives) / positives) if positives else 1.0
        w = [0.0] * (1 << bits)
        g2 = [1e-8] * (1 << bits)
        bias, bias_g2 = 0.0, 1e-8
        for _ in range(epochs):
            for x, target in zip(vectors, y, strict=True):
                z = bias + sum(w[b] * v for b, v in x)
                grad = (_sigmoid(z) - target) * (up if target else 1.0)
                bias_g2 += grad * grad
                bias -= rate * grad / math.sqrt(bias_g2)
                for b, v in x:
                    gb = grad * v + decay * w[b]
                    g2[b] += gb * gb
                    w[b] -= rate * gb / math.sqrt(g2[b])
        weights.append(w)
        biases.append(bias)
    return NgramModel(weights, biases, bits=bits)


def choose_thresholds(
    gold: Sequence[set[str]],
    guard: Sequence[set[str]],
    scores: Sequence[Sequence[float]],
    budget: float,
    precision: float,
) -> list[float]:
    """Per label, the lowest threshold (from the top down, stopping at the first that
    fails) at which the model alone is right at ``precision`` or better and fires on at
    most ``budget`` / labels of the negatives the guard left alone. ``scores`` must come
    from models that had not seen the text's writer."""
    quiet = [i for i, g in enumerate(gold) if not g and not guard[i]]
    allowed = budget * sum(1 for g in gold if not g) / len(LABELS)
    out = []
    for k, label in enumerate(LABELS):
        best = NEVER
        for t in _GRID:
            fired = [i for i, s in enumerate(scores) if s[k] >= t]
            if not fired:
                continue
            right = sum(1 for i in fired if label in gold[i])
            new = sum(1 for i in quiet if scores[i][k] >= t)
            if right / len(fired) < precision or new > allowed:
                break
            best = t
        out.append(best)
    return out


def lexicon_sentences(per_term: int, seed: int = 15) -> list[tuple[str, set[str]]]:
    """Generated sentences: each term of the guard's lexicon put ``per_term`` times into a
    frame of a person saying something (the frames of ``troth.guard.training``), labelled
    with the term's category; and a third as many product and policy frames around an
    ordinary word, labelled with nothing."""
    from troth.guard import training
    from troth.guard.lexicon import LEXICON_PATH

    terms = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["terms"]
    rng = random.Random(seed)
    frames = training.POSITIVE + training.POSITIVE_OTHER
    people = training.SELF + training.OTHERS + training.PEOPLE
    out: list[tuple[str, set[str]]] = []
    for category, kinds in terms.items():
        for kind, written in kinds.items():
            if kind == "origin":
                continue
            for term in written:
                word = term.strip("*-").replace("_", " ")
                if len(word) < 3:
                    continue
                for _ in range(per_term):
                    frame = rng.choice(frames).replace("{p}", rng.choice(people))
                    out.append((frame.replace("<t>", word), {_CATEGORY[category]}))
    ordinary = [
        "printer",
        "invoice",
        "router",
        "laptop",
        "Drucker",
        "Rechnung",
        "factura",
        "imprimante",
        "fattura",
        "fatura",
        "factuur",
        "faktura",
        "VPN",
        "password",
    ]
    negative = training.NEGATIVE + training.NEGATIVE_OTHER
    for _ in range(len(out) // 3):
        out.append((rng.choice(negative).replace("<t>", rng.choice(ordinary)), set()))
    return out
