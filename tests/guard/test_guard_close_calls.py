"""Close calls: the same words about someone and about no one.

A survey's shares, a party's own campaign, a job that deals with a union from outside, an
idiom beside a real disclosure. Each class has controls that must stay found.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import HEALTH, POLITICS, UNION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pulse survey Q3;trade union members 29%;return rate 71%",
        "Umfrage Werk Nord;Gewerkschaftsmitglieder 38 %;Rücklauf 55 %",
        "Enquête annuelle;adhérents syndicaux 21 %;taux de réponse 60 %",
        "Badanie 2025;członkowie związku 9 %;odpowiedzi 48 %",
        "Last year 31% of employees were union members, the report says.",
    ],
)
def test_a_surveys_share_is_no_ones(text: str) -> None:
    assert UNION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ledenkorting: FNV-lid, 15% korting op de cursus",
        "Gewerkschaftsbeitrag ver.di 1% vom Brutto",
        "Składka związkowa Solidarność 1% pensji",
    ],
)
def test_a_members_discount_or_dues_stay_a_members(text: str) -> None:
    assert UNION in categories(text)


def test_a_disability_degree_stays_health() -> None:
    assert HEALTH in categories("Grau de incapacidade 70%")


@pytest.mark.parametrize(
    "text",
    [
        "sorry, late again: the Greens are leafleting outside the station and the exit is blocked",
        "dimanche le PS tracte devant la gare, prends l'autre sortie",
        "morgen staat de VVD te flyeren op het plein, dus geen terras",
        "Comício do PS na Alameda – ruas cortadas, o autocarro 708 tem desvio",
    ],
)
def test_a_partys_own_campaign_is_no_ones(text: str) -> None:
    assert POLITICS not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm leafleting for the Greens outside the station on Saturday",
        "dimanche je tracte pour le PS devant la gare",
        "Od lat jestem w Lewicy, rozdaję ulotki przed każdymi wyborami",
    ],
)
def test_campaigning_for_a_party_yourself_is_political(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Roth – Referentin Arbeitsbeziehungen – Ansprechpartnerin für die IG BCE",
        "Marc Lenoir – relations sociales, interlocuteur FO et CFDT",
        "Marta Gil – abogada, asesoramos a secciones de CCOO y UGT",
    ],
)
def test_a_job_that_deals_with_a_union_is_no_membership(text: str) -> None:
    assert UNION not in categories(text)


def test_a_union_office_in_a_signature_stays_a_membership() -> None:
    assert UNION in categories("Ines Roth – Vertrauensfrau der IG BCE, Werk Süd")


@pytest.mark.parametrize(
    "text",
    [
        "the traffic this morning is insane and I ran out of my insulin, can we start at ten?",
        "deze week is echt om gek van te worden en ik moet ook nog naar de dialyse",
    ],
)
def test_an_idiom_elsewhere_leaves_a_real_disclosure(text: str) -> None:
    assert HEALTH in categories(text)


def test_an_idiom_over_the_term_is_still_no_ones() -> None:
    assert HEALTH not in categories("this spreadsheet is giving me a heart attack lol")
