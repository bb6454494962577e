"""An age said after a first name, after a child word's "'s", or after "only" is a child's
age; the same shapes with a measure, a thing or an adult's age are not. French "a une" is
no age, a shared device in a nursery names no child, and "3e" is a collège year."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD


@pytest.mark.parametrize(
    "text",
    [
        "picking up ruby from swimming, she's only 6 so I stay on the side",
        "Can he still join? He's just 9 but very tall for his age.",
        "our lad's only 8 so he needs an adult with him on the ropes course",
        "Jonah is 11 and would like to try the advanced group, is that possible?",
        "Lukas ist 8 und möchte im Verein Handball spielen.",
        "my daughter's 7, can she sit in the front?",
    ],
)
def test_a_childs_age(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she's only 8 minutes away, start without her",
        "He's only 9 euros short of the free delivery threshold.",
        "my son's 7 friends are coming on Saturday",
        "Anna is 10 points ahead of the rest of the team.",
        "Anna is 34 and works in our Leeds office.",
        "Windows is 11 now, so the old driver does not load.",
    ],
)
def test_no_childs_age(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille a une angine, elle reste à la maison aujourd'hui.",
        "Drucker-Kita-Sonnenschein",
        "AP_Kindergarten_Flur2",
        '{"nom":"Lucas Martin","classe":"3e","option":"allemand"}',
    ],
)
def test_no_child_in_these_words(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma fille a 9 et adore nager.",
        "tablet-Zosia-przedszkole",
        '{"nom":"Lucas Martin","classe":"6e","option":"allemand"}',
    ],
)
def test_a_child_in_these_words(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"produit":"draisienne","age":"2 à 5 ans","couleur":"rouge"}',
        "il centro estivo accoglie i bambini dai 6 agli 11 anni, iscrizioni aperte",
        '{"product":"kinderzitje","leeftijd":"9 mnd – 4 jaar"}',
        "Mesa 4 – familia Levi (5) – menú sin gluten",
        "mi sobrina cumple 13 hoy y ya tiene móvil",
        "journal.txt – trois ans avec Manon aujourd'hui, je suis heureuse",
        "mamá, llevo con Sara cinco años, no es una fase",
        "no hemos podido viajar en dos años por el trabajo",
    ],
)
def test_no_childs_age_in_ranges_households_and_spans(text: str) -> None:
    assert CHILD not in found(text)


def test_turning_an_age_soon_is_the_age_below() -> None:
    assert CHILD in found("Our daughter Nell turns 3 in April and already goes to nursery.")


@pytest.mark.parametrize(
    "text",
    [
        "Ehrenamt: Kassenwartin im Sportverein, Vorlesepatin an der Grundschule am Markt",
        "Boa tarde, quais são os requisitos para a creche gratuita da rede pública?",
        "In de nieuwsbrief staat dat groep 3 tot en met 8 mag stemmen over het schoolplein.",
        # a pronoun of one language that is a small word of the text's own: Spanish "nos"
        # ("us"), Polish "i" ("and"), Italian "il" ("the")
        "Recordatorio: la charla es el jueves. Habrá servicio de guardería en el gimnasio "
        "y el bar nos deja sillas para la reunión.",
        "Szanowni Państwo, prosimy o informację o zajęciach w przedszkolu dla wszystkich "
        "grup i o cenniku posiłków na przyszły rok.",
        "Il comune ha pubblicato il bando per l'asilo nido comunale con le nuove tariffe.",
    ],
)
def test_a_school_as_a_place_names_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "meine Kleine geht seit August in die Kita und liebt es",
        "Kita Sonnenschein, Gruppe Bären",
        "Antek Nowak · grupa Misie · Przedszkole nr 5 w Lublinie",
        "On chodzi do przedszkola od września i bardzo to lubi, codziennie opowiada o grupie.",
        "il entre en maternelle en septembre et il est très content de voir les copains",
    ],
)
def test_a_school_of_someone(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle entre en maternelle en septembre et elle a hâte de commencer.",
        "Sanne 4 en Tim 7 jaar, allebei met zwemles op zaterdag",
    ],
)
def test_a_child_said_with_a_pronoun_or_in_a_dutch_list(text: str) -> None:
    assert CHILD in found(text)
