"""A form's label for the filler's own medical history makes what follows theirs, even a
"no"; a declaration in the first person speaks of the writer. A form's question with no
answer stays no one's."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, RELIGION
from troth.guard.health_signs import own_history


@pytest.mark.parametrize(
    "text",
    [
        "Medical history (as told on the phone): no asthma, no epilepsy, appendix out 2011",
        "Vorerkrankungen laut Antragsteller: kein Diabetes, keine Herzerkrankung",
        "Antécédents médicaux : aucune allergie, pas d'hypertension",
        "Antecedentes clínicos: ninguna cardiopatía conocida, ningún medicamento habitual",
        "Anamnesi: nessuna allergia nota, nessun intervento chirurgico",
        "Voorgeschiedenis: geen astma, geen epilepsie",
        "Wywiad lekarski: brak cukrzycy, brak nadciśnienia",
        "Dichiaro di non soffrire di epilessia né di altre patologie. Firma: Paolo Neri",
        "Declaro no padecer ninguna enfermedad cardíaca. Firmado: Lucía Gil",
    ],
)
def test_a_no_under_ones_own_history_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The portal asks for your medical history: please list any conditions you have.",
        "Nobody on the course reported any allergies this year, the caterer was told.",
    ],
)
def test_a_question_or_a_group_is_no_ones_history(text: str) -> None:
    assert HEALTH not in found(text)


def test_the_label_must_stand_on_the_terms_line() -> None:
    text = "Medical history:\nplease attach your GP letter about diabetes"
    assert not own_history(text, text.index("diabetes"))
    text = "Pre-existing conditions: none, no diabetes"
    assert own_history(text, text.index("diabetes"))


@pytest.mark.parametrize(
    "text",
    [
        'Claim 4410,Mr P. Gray,"Pre-existing: haemochromatosis, on venesection since 2020"',
        "Gesundheitsfragebogen Fitnessstudio: Bandscheibenvorfall 2023, keine Sprünge.",
        "Questionnaire santé (club de voile) : pneumothorax en 2019, certificat joint.",
        'Sinistro 771,Sig.ra R. Neri,"Vorerkrankung: Thrombose 2021 (heterozygot, Gentest)"',
    ],
)
def test_a_health_questionnaires_answer_is_the_fillers_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "SUMMARY:Séance de kinésithérapie n°4\nLOCATION:Cabinet du Parc, Lyon",
        "SUMMARY:Risonanza spalla sx - portare impegnativa",
        "Sitzplatzwunsch: Fenster, ich reise mit meinem Führhund Bruno",
        "Reden thuiswerken: sinds de longembolie raak ik snel buiten adem",
    ],
)
def test_a_calendar_files_event_or_a_word_of_care_is_health(text: str) -> None:
    assert HEALTH in found(text)


def test_a_feast_in_a_shared_calendar_is_no_ones_observance() -> None:
    assert RELIGION not in found("SUMMARY:Suikerfeest - op kantoor rustig")
