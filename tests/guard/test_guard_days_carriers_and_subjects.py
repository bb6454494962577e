"""A day kept for an illness, a check offered for free and "each pregnancy" tell of no one;
a carrier of an inherited condition is genetic; a first name as its sentence's subject is
someone; a year gone by is no age."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, GENETIC, HEALTH


@pytest.mark.parametrize(
    "text",
    [
        "Para el Día Mundial de la Diabetes ponemos un stand en la entrada, ¿quién ayuda?",
        "Am Welt-Aids-Tag verteilen wir Schleifen am Empfang.",
        "Sabato la farmacia offre la misurazione gratuita della glicemia in vetrina.",
        "Counsellor: both results are in.\nAmy: and?\nCounsellor: it means each pregnancy "
        "has a one in four chance of that.\nAmy: ok",
    ],
)
def test_a_day_a_free_check_or_any_one_names_no_one(text: str) -> None:
    assert HEALTH not in found(text)


def test_an_illness_on_a_day_of_ones_own_is_still_health() -> None:
    assert HEALTH in found("My wife miscarried that day, we are still in shock.")


@pytest.mark.parametrize(
    "text",
    [
        "Uitslag: mijn vrouw en ik zijn allebei drager van SMA.",
        "La genetista dice che sono portatrice di talassemia, come mia madre.",
        "Bei mir wurde festgestellt, dass ich Trägerin von Mukoviszidose bin.",
    ],
)
def test_a_carrier_of_an_inherited_condition_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


def test_a_carrier_of_a_parcel_is_nothing() -> None:
    assert found("The carrier of the parcel is DHL, tracking number attached.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Daan heeft diabetes type 1 en een sensor op zijn arm, de juf weet ervan.",
        "Il capo reparto, Gianluca, avvisa che ha il braccio ingessato per una frattura.",
    ],
)
def test_a_first_name_as_the_subject_is_someone(text: str) -> None:
    assert HEALTH in found(text)


def test_a_name_then_a_topic_is_no_ones() -> None:
    assert HEALTH not in found("Mark has written an article on diabetes sensors.")


@pytest.mark.parametrize(
    "text",
    [
        "Nico: da festeggiare, oggi un anno senza slot né scommesse!",
        "Nuno: faz hoje um ano que não toco num cigarro",
    ],
)
def test_a_year_gone_by_is_no_age(text: str) -> None:
    assert CHILD not in found(text)
