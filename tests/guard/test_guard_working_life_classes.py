"""Texts of working life that use a category's words of no one: documents named for a
topic, orders for a group, foods of several faiths on offer, a template's empty slots,
collective agreements, and questions put about a topic."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    GENETIC,
    HEALTH,
    POLITICS,
    RELIGION,
    UNION,
)

SPECIAL = {HEALTH, GENETIC, RELIGION, UNION, POLITICS, BIOMETRIC}


@pytest.mark.parametrize(
    "text",
    [
        # a document named for a topic
        "richtlinie_gentests_mitarbeitende_2027.pdf",
        "affiche_journee_mondiale_epilepsie.pdf",
        "folheto_diabetes_cantina.pdf",
        "formulario_baja_medica_en_blanco.docx",
        "prayer-room-signage-floor2.png",
        # an order for a group
        '"Catering: kosher lunch boxes, 12 pers., 210 €"',
        '"Purchase 0088: prayer mats x3 for the quiet room"',
        # foods of several faiths on offer
        "Congresdiner: vegetarisch, halal of koosjer op aanvraag.",
        "Firmenfeier: vegane, halal und koschere Gerichte für alle.",
        # a template's empty slots
        "Diagnose: {{diagnose}} – Arzt: {{arzt}}",
        # a template's "your" is whoever it will be sent to
        "Hallo {vorname}, gute Besserung! Ihre Krankmeldung ab {datum} wurde erfasst.",
        # a procedure's heading and its steps
        "Procedura malattia: il medico invia il certificato all'INPS entro le 9.",
        "Verzuimprotocol: ziek melden vóór 9:00 bij je leidinggevende.",
        "Sick leave procedure: your GP sends the fit note, tell your manager by 9am.",
        "Religion: <RELIGION>",
        # a collective agreement signed by unions
        "Der Tarifvertrag wurde von ver.di und der GEW unterschrieben.",
        "El convenio colectivo lo firmaron CCOO y UGT ayer.",
        # a question put about a topic
        "Caller asked what ID is needed to enrol a fingerprint at the gym.",
        "Klientka pyta, jak długo przechowujemy wyniki badań genetycznych.",
    ],
)
def test_said_of_no_one(text: str) -> None:
    assert found(text) & SPECIAL == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a person's own file, or a person named beside the words
        ("formulario_baja_medica_Lucia_Moreno.pdf", HEALTH),
        ("Ik eet halal, dus graag de halal maaltijd.", RELIGION),
        ("Ik loop deur aan deur voor de SP in Tilburg.", POLITICS),
        ("Member asked what the dues are - confirmed she pays Unite subs monthly.", UNION),
        # "2x" is twice: a person's own churchgoing
        ("Zondag 2x naar de kerk, graag niets plannen", RELIGION),
    ],
)
def test_still_said_of_someone(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: no politics or religion in this group, it's for lost pets and parcels only",
        "Recordatorio: en este grupo nada de política ni religión, solo avisos de la comunidad",
        "Przypomnienie: na grupie osiedlowej zakaz polityki i dyskusji o religii",
    ],
)
def test_a_groups_rule_against_a_topic_is_no_ones(text: str) -> None:
    assert found(text) == set()
