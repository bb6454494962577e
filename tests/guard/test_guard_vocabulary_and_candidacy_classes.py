"""Words the lexicon gained (radiotherapy, alcohol rehab, a Silesian woman, Poland's
largest party), candidacy and electoral lists beside a party, a fingerprint registered
again, and a first name with a surname's initial that ends no sentence."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, HEALTH, POLITICS, RACE


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("kan de tandarts naar vrijdag? ik heb woensdag bestraling", HEALTH),
        ("Ich habe ab Montag Bestrahlung, bitte Termin verschieben.", HEALTH),
        ("O cliente diz que está em tratamento de dependência de álcool.", HEALTH),
        ("Klient jest na odwyku od listopada, prosi o zawieszenie karnetu.", HEALTH),
        ("Jestem Ślązaczką z Rybnika i mówię po śląsku.", RACE),
        ("Darowizna 200 zł dla Prawa i Sprawiedliwości – K. Nowak", POLITICS),
        ("Il socio dice che si candida con il PD alle regionali.", POLITICS),
        ("La clienta va en las listas del PSOE en su municipio.", POLITICS),
        ("Voltar a registar a impressão digital da Ana Lopes no leitor da entrada.", BIOMETRIC),
        ("Mia K. (age 9) - epilepsy, rescue medicine in the office", HEALTH),
    ],
)
def test_disclosed(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a list that is no electoral list, and no party beside it
        "Die Liste der Teilnehmer für den Workshop kommt morgen.",
        # radiotherapy as a topic
        "Artikel über Bestrahlung und Nebenwirkungen für die Website",
    ],
)
def test_not_disclosed(text: str) -> None:
    assert found(text) & {HEALTH, POLITICS} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mi profesora adaptó las clases a mi dispraxia, gracias.",
        "Ich hab mir beim Fußball einen Bänderriss geholt, fehle bis Freitag.",
        "Operacja_endoproteza_kolana_p_Nowak.pdf",
        "Ik loop nog met krukken sinds mijn kruisbandoperatie.",
        "Sou invisual e preciso de ajuda na estação.",
        "La mia disprassia rende difficile guidare, serve più tempo all'esame.",
    ],
)
def test_conditions_the_lexicon_gained(text: str) -> None:
    assert HEALTH in found(text)


def test_a_capital_letter_after_a_word_that_is_no_first_name_ends_the_sentence() -> None:
    text = "The meeting room is named Cancer Research Wing B. (sent from my phone)"
    assert HEALTH not in found(text)
