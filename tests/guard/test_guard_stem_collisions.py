"""A stem of one language that begins a common word of another language with another
meaning (Italian "operat*" and English "operator", Portuguese "padre*" and Spanish
"padres") does not match that word; its own words and the other language's words of the
same meaning still count."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, POLITICS, RACE, RELIGION
from troth.guard.lexicon import ORIGIN, load_lexicon, tokens_of


def _categories(text: str) -> set[str]:
    """The categories of the lexicon's terms in ``text``, leaving out the names of
    countries (they count only beside a word of origin)."""
    lexicon, _ = load_lexicon()
    return {h.term.category for h in lexicon.find(tokens_of(text)) if h.term.kind != ORIGIN}


@pytest.mark.parametrize(
    "text",
    [
        "I work as a forklift operator at the depot",  # Italian "operat*"
        "mi fa rabbia aspettare così tanto",  # English "rabbi*": Italian "anger"
        "de lading is onderweg naar het magazijn",  # Italian "ladin*": Dutch "cargo"
        "wij hebben het besluit genomen",  # English "genome*": Dutch "taken"
        "bijoux en cristaux, livraison offerte",  # Portuguese "cristã*": French "crystals"
        "Reunión de padres del curso",  # Portuguese "padre*": Spanish "parents"
        "please close the blinds in room 4",  # German "blind*"
        "Je vais enfermer le chien avant la livraison",  # Spanish "enferm*": French "lock up"
        "The wound is cured and we shipped the spare",  # French "curé*"
    ],
)
def test_a_common_word_of_another_language_is_not_a_stem_hit(text: str) -> None:
    assert _categories(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sono stato operato al ginocchio", HEALTH),  # the stem's own language
        ("Er ist Chirurg und hat mich operiert, die Chirurgie war gut", HEALTH),
        ("mein Vater ist arabischer Herkunft", RACE),  # a word of the same meaning
        ("il a subi une operation du genou", HEALTH),
        ("o padre da minha paróquia", RELIGION),
    ],
)
def test_the_stem_keeps_its_own_words_and_words_of_the_same_meaning(
    text: str, category: str
) -> None:
    assert category in _categories(text)


def test_a_job_title_of_another_language_is_no_disclosure() -> None:
    assert found("Anna Berg, machine operator, night shift") == set()
    assert found("I used to work as a rolling machine operator, now I'm looking for work") == set()


@pytest.mark.parametrize(
    "text",
    [
        "L'autista del furgone chiede di spostare la consegna a lunedì",  # Italian: driver
        "Das ist echt doof, die App stürzt ständig ab",  # German: silly
        "Pociąg stoi, bo tory są zasypane śniegiem",  # Polish: tracks
        "Mi padre dice que la factura del gas llegó dos veces",  # Spanish: father
        "Cette robe est prête à être expédiée",  # French: ready
        "Ela pediu a segunda via da fatura ontem",  # Portuguese: she
    ],
)
def test_a_word_that_means_something_else_in_the_sentence_language_is_no_disclosure(
    text: str,
) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Mi hijo es autista y necesita apoyo en clase", HEALTH),  # Spanish: autistic
        ("Ik ben doof en bel liever niet", HEALTH),  # Dutch: deaf
        ("o padre da minha paróquia vai visitar-me", RELIGION),  # Portuguese: priest
    ],
)
def test_the_same_word_in_its_own_language_still_counts(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Christin, I'm writing about my wire transfer",
        "Liebe Christin, danke für die schnelle Antwort",
        "Hola Cristiano, te escribo por la factura",
    ],
)
def test_a_name_greeted_is_a_name_not_a_faith(text: str) -> None:
    assert RELIGION not in found(text)


def test_a_faith_stated_after_a_greeting_still_counts() -> None:
    assert RELIGION in found(
        "Hi, Christian here: I'm a practising Muslim, no meetings on Friday noon"
    )


def test_a_term_is_listed_under_one_category_unless_it_is_known_to_mean_two() -> None:
    """The matcher keeps one category per written term: a term listed under two loses one
    of them without a word ("témoin de Jéhovah" under health hid the religion). The few
    listed twice on purpose are named here."""
    from troth.guard import lexicon_source as source

    lists = {
        "health": source.HEALTH,
        "genetic": source.GENETIC,
        "biometric": source.BIOMETRIC,
        "race": source.RACE,
        "politics": source.POLITICS,
        "religion": source.RELIGION,
        "union": source.UNION,
        "sex": source.SEX,
    }
    seen: dict[tuple[str, str], set[str]] = {}
    for category, by_language in lists.items():
        for language, written in by_language.items():
            for raw in written.split():
                seen.setdefault((raw.strip("?*^").lower(), language), set()).add(category)
    twice = {key: cats for key, cats in seen.items() if len(cats) > 1}
    assert twice == {
        ("libidoverlies", "nl"): {"sex", "health"},
        ("libidoverlust", "de"): {"sex", "health"},
        ("morena", "es"): {"race", "politics"},
        ("trisomie", "fr"): {"health", "genetic"},
        ("trisomía", "es"): {"health", "genetic"},
    }


def test_a_jehovahs_witness_is_a_belief() -> None:
    assert RELIGION in found("Appelante : je suis Témoin de Jéhovah, je refuse la transfusion")


@pytest.mark.parametrize(
    "text",
    [
        "Klant vraagt uitstel monteur, herstelt van een operatie",  # "monte*" (Montenegro)
        "Vereinsname: Eintracht Frankfurt Fanclub",  # "frank*" (Frankrijk)
        "DNA kit bought as a Christmas present, still wrapped",  # "chris*" (Christmas Island)
        "Firma per l'accesso alla sede dell'associazione culturale",  # "sede" (Santa Sede)
        "We hebben een kamer geboekt bij de vereniging",  # "kamer*" (Kameroen)
    ],
)
def test_a_countrys_stem_that_is_an_everyday_word_reads_no_origin(text: str) -> None:
    assert RACE not in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("egzom_surowe_Lewicki_M_2026.vcf.gz", False),  # the surname Lewicki
        ("Pani Anna Lewicka prosi o kontakt w sprawie faktury", False),
        ("jestem w Lewicy od 2019", True),
        ("mam lewicowe poglądy i nie zmienię zdania", True),
    ],
)
def test_the_polish_left_and_the_surname_lewicki(text: str, expected: bool) -> None:
    assert (POLITICS in found(text)) is expected
