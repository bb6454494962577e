"""A small logistic-regression classifier: does a sentence reveal something about a person?

The special-category lexicons find a sensitive term; this model reads the rest
of the sentence (the term itself masked) and says whether it tells something
about a person ("my wife's chemo starts Monday") or only mentions the topic
("the network health score", "our article on unions"). It is trained by
``python -m troth.guard.training`` on sentences the project generates
(``troth/guard/data/reveal_training.jsonl``); the weights ship as
``troth/guard/data/reveal_model.json``. Pure Python, no download.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "reveal_model.json"

_TOKEN = re.compile(r"<t>|[^\W\d_]+(?:'[a-z]+)?|\d+", re.UNICODE)


def _word(token: str, first_names: frozenset[str]) -> str:
    lower = token.lower()
    return "<name>" if token[:1].isupper() and lower in first_names else lower


def features(masked_sentence: str) -> list[str]:
    """Unigrams and bigrams of the lower-cased sentence; the sensitive term is ``<t>``, a
    capitalised first name ``<name>`` (a person is named)."""
    from troth.guard.names import name_lexicons

    first_names = name_lexicons()[0]
    tokens = [_word(t, first_names) for t in _TOKEN.findall(masked_sentence)]
    feats = [f"w:{t}" for t in tokens]
    feats += [f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    if "<t>" in tokens:
        i = tokens.index("<t>")
        feats += [f"l:{t}" for t in tokens[max(0, i - 3) : i]]
        feats += [f"r:{t}" for t in tokens[i + 1 : i + 4]]
    return feats


@dataclass(frozen=True)
class RevealModel:
    weights: dict[str, float]
    bias: float

    def probability(self, masked_sentence: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(masked_sentence))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        kept = {k: round(v, 4) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-3}
        return json.dumps({"bias": round(self.bias, 4), "weights": kept}, indent=0)


def train(samples: list[tuple[str, int]], epochs: int = 12, rate: float = 0.2) -> RevealModel:
    """Logistic regression by stochastic gradient descent with L2 decay (deterministic order)."""
    weights: dict[str, float] = {}
    bias = 0.0
    decay = 1e-4
    for epoch in range(epochs):
        step = rate / (1 + epoch * 0.5)
        for text, label in samples:
            feats = features(text)
            z = bias + sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - label
            bias -= step * grad
            for f in feats:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (grad + decay * w)
    return RevealModel(weights, bias)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> RevealModel:
    """The shipped model (trained by ``python -m troth.guard.training``)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return RevealModel(dict(raw["weights"]), float(raw["bias"]))
