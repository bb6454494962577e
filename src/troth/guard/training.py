"""Generate the reveal classifier's training sentences and train it.

    python -m troth.guard.training   # writes data/reveal_training.jsonl, data/reveal_model.json

The sentences are built here from frames: people saying something about
themselves or someone close (label 1) and the same kind of words used about
products, metrics, settings, news or policy (label 0). The sensitive term is
masked (``<t>``), so the model learns the frame, not the term. The benchmark's
evaluation set (``benchmarks/data/guard/``) is written separately with other
frames and is never used here.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

from troth.guard.classifier import DATA, MODEL_PATH, train

TRAINING_PATH = DATA / "reveal_training.jsonl"

SELF = [
    "I",
    "I'm",
    "I am",
    "me",
    "my",
    "myself",
    "ich",
    "mein",
    "meine",
    "yo",
    "mi",
    "je",
    "mon",
    "ma",
]
OTHERS = [
    "my wife", "my husband", "my son", "my daughter", "my mother", "my father", "my partner",
    "my brother", "my sister", "my colleague", "my boss", "our child", "my friend",
    "meine Frau", "mein Mann", "mi esposa", "mi marido", "ma femme", "mon mari",
]  # fmt: skip
POSITIVE = [
    "{p} was diagnosed with <t> last month",
    "{p} has <t> and cannot join the meetings",
    "{p} started <t> treatment so please pause the account",
    "since {p} had <t> the calls are hard",
    "{p} is <t> and needs the phone set up differently",
    "because of {p} <t> we missed the install",
    "{p} takes <t> every morning",
    "{p} goes to the <t> every friday",
    "{p} became a <t> member this year",
    "{p} voted <t> in the last election",
    "{p} identifies as <t>",
    "{p} is a practising <t>",
    "please note that {p} is <t>",
    "{p} recently came out as <t>",
    "{p} went through <t> in the spring",
    "{p} had a <t> done at the clinic",
    "{p} belongs to the <t>",
    "{p} <t> got worse so the order is late",
    "{p} needs time off for <t>",
    "{p} hat <t> und kann nicht teilnehmen",
    "{p} ist <t> seit letztem Jahr",
    "{p} tiene <t> y no puede usar el teléfono",
    "{p} es <t> desde hace años",
    "{p} a <t> depuis janvier",
    "{p} est <t> et ne peut pas venir",
]
NEGATIVE = [
    "the network <t> dashboard shows packet loss",
    "access point <t> check failed after the firmware update",
    "the <t> score of the cluster dropped to 80",
    "read our blog post about <t> awareness",
    "a webinar on <t> in the workplace starts at noon",
    "the product is called <t> and ships in May",
    "turn off <t> mode in the settings menu",
    "statistics about <t> in the region are published yearly",
    "the news report covered <t> policy changes",
    "please add a <t> category to the ticket form",
    "our company policy on <t> is on the intranet",
    "the <t> plugin crashed on startup",
    "the article discusses <t> in general terms",
    "I read an article about <t> yesterday",
    "I want to know your policy on <t> data",
    "can you explain how the <t> feature works",
    "the <t> module reports cpu and memory usage",
    "the conference track on <t> research is full",
    "we sponsor a <t> charity run every year",
    "the <t> report for the access points is attached",
    "the library has a book on <t>",
    "the law about <t> changed in 2019",
    "die <t> Übersicht zeigt die Auslastung",
    "el informe de <t> del servidor está listo",
    "le tableau de bord <t> affiche les erreurs",
    "set the <t> threshold to 90 percent",
    "our app has a <t> tab for device metrics",
    "the <t> survey results are anonymous and aggregated",
]
TAILS = ["", ", please help", ". Thanks", " so the invoice is late", ", any update?", " - regards"]


def generate(seed: int = 7) -> list[tuple[str, int]]:
    """The training sentences, deterministic for a seed."""
    rng = random.Random(seed)
    samples: list[tuple[str, int]] = []
    for frame, person in itertools.product(POSITIVE, SELF + OTHERS):
        if rng.random() < 0.5:
            samples.append((frame.format(p=person) + rng.choice(TAILS), 1))
    for frame in NEGATIVE:
        for _ in range(14):
            samples.append((frame + rng.choice(TAILS), 0))
    rng.shuffle(samples)
    return samples


def main(out_dir: Path = DATA) -> None:
    samples = generate()
    with (out_dir / TRAINING_PATH.name).open("w", encoding="utf-8") as fh:
        for text, label in samples:
            fh.write(json.dumps({"text": text, "reveals": label}, ensure_ascii=False) + "\n")
    model = train(samples)
    (out_dir / MODEL_PATH.name).write_text(model.to_json(), encoding="utf-8")
    print(f"{len(samples)} sentences, {len(model.weights)} weights -> {out_dir / MODEL_PATH.name}")


if __name__ == "__main__":
    main()
