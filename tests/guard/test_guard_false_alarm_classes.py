"""False alarms by class: goods sold by weight, a surname after a title, an office job at
a union or a parish, someone else's strike, a form's yes/no question, a product's photo or
a device's firmware, a game or a film's character; and the disclosures beside them that
still count."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, RELIGION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Halal lamb mince 500 g",
        "Koscheres Rinderhack 1 kg",
        "Biscotti senza zucchero per diabetici 200 g",
        "Herr Christ aus der Buchhaltung ruft zurück",
        "Mevrouw De Kerk belt over de factuur",
        "Sr. Branco pediu a fatura",
        "Pani Katolik prosi o kontakt",
        "Jo Price, Payroll, Unison North West",
        "Marc Lenoir, Comptabilité, CFDT Métallurgie",
        "Anke Busch, Buchhaltung, IG Metall Bezirk Küste",
        "sciopero dei treni domani, sono in smart working",
        "greve dos professores amanhã, as aulas foram canceladas",
        "Handicap reconnu (RQTH) : oui / non",
        "Religion: yes / no",
        "glukometr_zdjecie_produktu.jpg",
        "DNA-sequencer-firmware-3.2.bin",
        "In dem Spiel ist meine Figur schwanger geworden",
        "en la serie la protagonista tiene cáncer, muy triste",
    ],
)
def test_a_false_alarm_of_these_classes_is_not_found(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Halal only for me please, I'm Muslim", RELIGION),
        ("Tom Hale · Branch Secretary, Unison North West", UNION),
        ("Sono in sciopero con la CGIL da lunedì, sono iscritta", UNION),
        ("Handicap reconnu (RQTH) : oui, depuis 2021", HEALTH),
        ("Frau Christ hat Diabetes und braucht Insulin", HEALTH),
    ],
)
def test_the_disclosures_beside_them_still_count(text: str, category: str) -> None:
    assert category in found(text)
