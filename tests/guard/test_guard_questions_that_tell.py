"""Questions that tell: a relative's medicine asked after, a plan told before a Spanish
question or a favour asked; and a campaign's words or an election won beside a party's
name. A rule asked about, a talk's topic and a council elected stay no one's."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, HEALTH, POLITICS


@pytest.mark.parametrize(
    "text",
    [
        "tato, wykupiłeś już insulinę dla mamy? apteka zamyka o 18",
        "hai ritirato il Pantoprazolo per il nonno? io oggi non passo in farmacia",
        "mãe, já foste buscar a metformina do avô? a receita acaba amanhã",
        "did you pick up the inhaler for grandma? she's out of it",
    ],
)
def test_a_question_about_a_relatives_medicine_tells_it(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quanti giorni di permesso per la malattia del figlio spettano ai genitori?",
        "How many days of leave for a sick child does the policy give parents?",
        "Does your father take insulin?",
    ],
)
def test_a_rule_or_a_form_question_about_relatives_tells_nothing(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "el domingo reparto folletos de Podemos en la plaza, ¿alguien se viene?",
        "Lucía tiene diabetes y se ha dejado el glucómetro en clase, ¿alguien lo ha visto?",
        "Hier Jonas von der SPD, wir verteilen Samstag Flyer am Bahnhof, kannst du mithelfen?",
        "it's Priya from the Green Party, we're leafleting on Elm Road, could you take a street?",
    ],
)
def test_a_statement_before_an_invitation_or_a_favour_is_told(text: str) -> None:
    assert found(text) & {HEALTH, POLITICS}


@pytest.mark.parametrize(
    "text",
    [
        "Charla: reconocimiento facial en el trabajo, ¿legal? 17h",
        "Control de acceso por huella en la oficina, ¿es obligatorio?",
    ],
)
def test_a_topic_put_as_a_question_is_no_ones(text: str) -> None:
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saturday: knocking on doors with the Reform lot, rosette in my bag",
        "Cena-comizio Lega a Treviso, porto io le bandiere",
        "Lembrete: entregar os folhetos do Livre no mercado de Arroios",
        "Scrutatore per il PD al seggio 8 domenica – Marco Rossi",
        "fui eleita para a assembleia municipal em outubro, primeira sessão na terça",
        "Ich wurde im Mai in den Gemeinderat gewählt und bin jetzt im Bauausschuss.",
        "sono stato eletto in consiglio comunale, si comincia lunedì",
    ],
)
def test_a_campaign_or_an_election_won_is_political(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The newly elected council voted to close the pool on Sundays.",
        "Fui eleito para a assembleia geral do clube de ténis, que alegria.",
        "Il nuovo consiglio eletto ha approvato il bilancio.",
    ],
)
def test_a_body_elected_or_a_clubs_meeting_is_not_political(text: str) -> None:
    assert POLITICS not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "elle distribue des tracts tous les samedis pour le RN au marché",
        "Scrutatrice al seggio 3 per il PD – Anna Ferri",
        "As a Green member since 2019 I was glad the venue recycles properly.",
    ],
)
def test_work_for_a_party_or_a_members_own_word_is_political(text: str) -> None:
    assert POLITICS in found(text)
