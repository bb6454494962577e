"""A notice that lists the special categories as kinds of data speaks of no one; a person who
says their own opinions still does."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS, RACE


@pytest.mark.parametrize(
    "text",
    [
        '{"aviso":"No tratamos datos de salud, origen racial ni ideología política de los '
        'usuarios."}',
        '{"notice":"We never store health data, ethnic origin or political opinions of our '
        'members."}',
        '{"hinweis":"Wir speichern keine Gesundheitsdaten, keine ethnische Herkunft und keine '
        'politischen Meinungen unserer Kunden."}',
    ],
)
def test_a_list_of_kinds_of_data_is_no_ones(text: str) -> None:
    assert not {POLITICS, RACE} & found(text)


def test_ones_own_opinion_beside_a_word_of_data_is_kept() -> None:
    text = "Meine Daten: ich bin Mitglied der SPD, das dürfen Sie wissen."
    assert POLITICS in found(text)
