"""A partner stays a partner with a word between ("zijn aanstaande man", "my late wife"),
the partner of a client named by an article ("la compagna"), a dating profile's field of
what is sought ("op_zoek_naar"), and a calendar's organizer as its owner."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "Retour: dhr. Koen Jacobs stuurt de pakken terug, hij en zijn aanstaande man Ruben "
        "kozen iets anders.",
        "I'm Mark, and my future husband and I want the suite in June.",
        "Je suis Claire, ma future épouse et moi cherchons une salle.",
        "Soy Lucía y mi futura esposa quiere cambiar la fecha.",
        "Jestem Kasia, moja przyszła żona i ja szukamy sali na wesele.",
        "Herr Braun fragt, ob sein verstorbener Mann noch im Vertrag steht.",
        "La cliente Paola Riva chiede di aggiungere la compagna, Elena, come seconda guidatrice.",
    ],
)
def test_partner_with_a_word_between_is_found(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Retour: dhr. Koen Jacobs stuurt de pakken terug, hij en zijn aanstaande vrouw Sanne "
        "kozen iets anders.",
        "I'm Mark, and my future wife and I want the suite in June.",
        "La cliente Paola Riva viene con la compagna di classe di sua figlia.",
        "Il sig. Rossi è venuto con il compagno di partito.",
        "Il cliente Marco Bassi arriva con la compagna Giulia.",
    ],
)
def test_partner_of_the_other_gender_or_a_classmate_is_not(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"app":"dating","profiel":{"naam":"Bram","geslacht":"man","op_zoek_naar":"mannen"}}',
        "Ik ben een man, op zoek naar een man.",
        '{"perfil":{"sexo":"mujer","en_busca_de":"mujeres"}}',
    ],
)
def test_a_profile_seeking_its_own_gender_is_found(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_a_profile_seeking_the_other_gender_is_not() -> None:
    text = '{"app":"dating","profiel":{"naam":"Bram","geslacht":"man","op_zoek_naar":"vrouwen"}}'
    assert SEXUAL_ORIENTATION not in found(text)


def test_a_calendar_organizer_is_the_one_whose_date_it_is() -> None:
    same = "SUMMARY:Kolacja z Martą - rocznica\nORGANIZER:mailto:zuzanna.k@poczta.example"
    other = "SUMMARY:Kolacja z Tomkiem - rocznica\nORGANIZER:mailto:zuzanna.k@poczta.example"
    assert SEXUAL_ORIENTATION in found(same)
    assert SEXUAL_ORIENTATION not in found(other)
