"""A people's word quoted in a complaint tells of the complainant's origin.

The words alone (a colour, a people's name) are too common to read; quoted as what someone
said to the person who complains, they are the reason of the slight.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import RACE
from troth.guard.engine import build_engine
from troth.guard.slights import slighted

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Complaint from Mr Okoro: the doorman told him 'we don't let blacks in tonight'.",
        "Beschwerde von Frau Mensah: der Vermieter habe ihr gesagt, er vermiete 'nicht an "
        "Schwarze'.",
        "Réclamation de Mme Diallo : l'agent lui a dit que le propriétaire 'ne loue pas aux "
        "Noirs'.",
        "Queja del Sr. Mbaye: el portero le dijo 'aquí no entran negros' delante de todos.",
        "Reclamo della sig.ra Okafor: il titolare le ha detto 'non serviamo i neri'.",
        "Reclamação da Sra. Tavares: o gerente disse-lhe 'aqui não queremos pretos'.",
        "Klacht van mevr. Asante: de portier zei 'geen zwarten vandaag'.",
        "Skarga pani Nowak: ochroniarz powiedział jej 'cyganie nie wchodzą'.",
    ],
)
def test_a_peoples_word_said_to_the_complainant_is_their_origin(text: str) -> None:
    assert RACE in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # no complaint
        "Ms Okoro ordered the 'Black Forest' cake for Friday.",
        # a thing named by a colour
        "Complaint from Mr Okoro: the 'Black Friday' code was refused at checkout.",
        # no one it was said to: a sign, the news
        "Complaint: the 'no blacks' sign in the 1960s photo on the wall upsets visitors.",
    ],
)
def test_without_a_complaint_a_person_told_or_a_people_it_is_no_ones(text: str) -> None:
    assert RACE not in categories(text)


def test_an_elided_article_opens_no_quotation() -> None:
    text = "La sig.ra Diop dice che l'agenzia le ha detto 'non affittiamo ai neri'; reclamo."
    assert [text[s:e] for s, e in slighted(text)] == ["neri"]
