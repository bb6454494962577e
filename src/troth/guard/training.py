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
# People and frames in the other languages: a person named, the caller, a relation
PEOPLE = [
    "Anna", "Marek", "Giulia", "Pedro", "Sophie", "Jan", "Kasia", "Lukas", "Inês", "Daan",
    "la paziente", "il cliente", "mia moglie", "mio figlio", "o cliente", "minha mãe",
    "mijn man", "de klant", "mój mąż", "moja córka", "pani Nowak", "die Kundin",
    "der Anrufer", "mein Sohn", "le client", "la cliente", "el paciente", "notre fils",
]  # fmt: skip
POSITIVE_OTHER = [
    "{p} hat seit Jahren <t>",
    "{p} ist wegen <t> krankgeschrieben",
    "{p} ha la <t> e non può venire",
    "{p} è <t> da quando era giovane",
    "{p} tem <t> e precisa de ajuda",
    "{p} é <t> desde sempre",
    "{p} heeft <t> en kan niet komen",
    "{p} is sinds vorig jaar <t>",
    "{p} ma <t> i nie może przyjść",
    "{p} jest <t> od lat",
    "{p} choruje na <t>",
    "{p} est <t> depuis des années",
    "{p} tiene <t> desde niño",
    "{p} se operó de <t> en marzo",
    "{p} was diagnosed with <t> in May",
    "{p} is in the <t> since spring",
]
# the writer implied, no person named: a result, a treatment just had, a state
IMPLIED = [
    "result <t> positive, appointment next week",
    "<t> confirmed by the lab",
    "just back from <t>, will reply tomorrow",
    "Ergebnis <t> positiv, nächste Woche Termin",
    "gerade von der <t> zurück, melde mich morgen",
    "résultat <t> positif, rendez-vous la semaine prochaine",
    "resultado <t> positivo, cita la semana que viene",
    "risultato <t> positivo, visita la prossima settimana",
    "appena uscita dalla <t>, rispondo domani",
    "resultado <t> positivo, consulta na próxima semana",
    "uitslag <t> positief, volgende week afspraak",
    "net terug van de <t>, reageer morgen",
    "wynik <t> pozytywny, wizyta w przyszłym tygodniu",
    "właśnie wróciłam z <t>, odpiszę jutro",
]
NEGATIVE_OTHER = [
    "the <t> called a strike for Thursday so deliveries are late",
    "<t> gained in the polls according to the news",
    "die <t> hat zum Streik aufgerufen",
    "laut Umfrage liegt die <t> vorne",
    "la <t> appelle à la grève jeudi",
    "el <t> presentó ayer su programa",
    "il <t> ha perso le elezioni regionali",
    "o <t> subiu nas sondagens",
    "de <t> staat op winst in de peilingen",
    "<t> i rząd kłócą się o budżet",
    "deliver to the <t> office on the third floor",
    "Lieferung an die Geschäftsstelle der <t>",
    "consegna presso la sede <t> di Bologna",
    "entregar na sede do <t>",
    "factuur op naam van de <t> afdeling inkoop",
    "paczka do <t> budynek B",
    "<t> data is stored only in the HR system",
    "Angaben zu <t> werden nicht gespeichert",
    "les données <t> sont traitées avec consentement",
    "los datos de <t> solo los gestiona nómina",
    "i dati <t> vanno conservati a parte",
    "dados sobre <t> não são recolhidos",
    "gegevens over <t> slaan wij niet op",
    "dane o <t> przechowujemy osobno",
    "the number of people with <t> rises every year",
    "die Zahl der <t> Fälle steigt",
    "le nombre de cas de <t> augmente",
    "il numero di casi di <t> è in aumento",
    "het aantal <t> patiënten stijgt",
    "w Polsce rośnie liczba osób z <t>",
    "new <t> monitors are back in stock",
    "<t> test kits on sale this week",
    "neues <t> Messgerät jetzt im Angebot",
    "nuovo <t> disponibile in farmacia",
    "nieuwe <t> weer op voorraad",
    "test na <t> w promocji",
    "is there a <t> near the hotel?",
    "gibt es eine <t> in der Nähe?",
    "c'è una <t> vicino all'albergo?",
    "czy w hotelu jest <t>?",
    "if a passenger has <t> can they fly?",
    "wenn ein Fahrgast <t> hat, was gilt dann?",
    "se un passeggero ha <t> cosa deve fare?",
    "als een klant <t> heeft, wat dan?",
    "jeśli pasażer ma <t>, co wtedy?",
    "employees do not need to report <t> to the helpdesk",
    "this app is a real <t>, it crashes all the time",
    "questo aggiornamento è un <t>",
    "ta aplikacja to jakiś <t>",
    "my dog has <t>, which food do you recommend?",
    "il mio gatto ha la <t>, che cibo consigliate?",
    "onze kat heeft <t>, welk voer?",
    "mój pies ma <t>, jaka karma?",
]
TAILS = ["", ", please help", ". Thanks", " so the invoice is late", ", any update?", " - regards"]


def generate(seed: int = 7) -> list[tuple[str, int]]:
    """The training sentences, deterministic for a seed."""
    rng = random.Random(seed)
    samples: list[tuple[str, int]] = []
    for frame, person in itertools.product(POSITIVE, SELF + OTHERS):
        if rng.random() < 0.5:
            samples.append((frame.format(p=person) + rng.choice(TAILS), 1))
    for frame, person in itertools.product(POSITIVE_OTHER, PEOPLE):
        if rng.random() < 0.5:
            samples.append((frame.format(p=person) + rng.choice(TAILS), 1))
    for frame in IMPLIED:
        for _ in range(8):
            samples.append((frame + rng.choice(TAILS), 1))
    for frame in NEGATIVE:
        for _ in range(14):
            samples.append((frame + rng.choice(TAILS), 0))
    for frame in NEGATIVE_OTHER:
        for _ in range(8):
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
