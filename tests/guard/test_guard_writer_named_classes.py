"""The writer named at the end of a form or a ticket, or in passing, gives their gender;
a weekday that looks like a title is no title."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import HEALTH, SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "Notfallkontakt: Miriam Koch (meine Frau) – von Lea Koch",
        "Contact d'urgence : Sophie Marchand (ma femme) – de Claire Marchand",
        "Por favor, añadid a mi marido, Andrés Vidal, al seguro dental. – Tomás Vidal",
        "Dodajcie proszę mojego męża, Piotra Wolskiego, do polisy. – Marek Wolski",
        "ik en mijn vriendin zoeken een tweepersoonskamer voor Pride, ik ben trouwens Femke",
    ],
)
def test_writer_named_with_a_partner_of_the_same_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Notfallkontakt: Jonas Koch (mein Mann) – von Lea Koch",
        "Por favor, añadid a mi marido, Andrés Vidal, al seguro dental. – Lucía Vidal",
    ],
)
def test_writer_named_with_a_partner_of_the_other_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


def test_friday_in_a_calendar_is_no_title() -> None:
    assert HEALTH in found("Fr Physiotherapie Knie, 16:00")


def test_a_title_before_a_surname_still_names_a_person() -> None:
    assert HEALTH not in found("Fr Krebs ruft morgen wegen der Rechnung an")
