"""Things sold and their ranges tell of no one: an age band, a time pregnant, a thing's or
a couple's years, a catalogue or a price list, a supplier's row, a code's definition. The
eye's illness is care, not a sample; German "sucht" in small letters is a verb."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, CHILD, HEALTH, RELIGION, SEXUAL_ORIENTATION


@pytest.mark.parametrize(
    "text",
    [
        "programma_campus_estivo_6-11anni_2027.pdf",
        "Kindergeburtstag Paket 5–10 Jahre, 14,90 € pro Kind",
        "Kolonie dla dzieci od 7 do 12 lat – cennik 2027",
        "im 6 months pregnant so pls no back row seats",
        "My fitness watch is 11 months old and the strap broke, warranty?",
        "Wir feiern unser 10-jähriges Jubiläum im Hotel, bitte Sekt aufs Zimmer.",
    ],
)
def test_a_band_a_pregnancy_or_a_things_years_is_no_childs_age(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon is 7 jaar en wil naar het zwemkamp",
        "Anniversaire de Jade 9 ans – laser game 14h",
        "Aniversário do Rui – faz 8 anos, sábado às 16h",
    ],
)
def test_a_childs_own_age_and_birthday_still_tell(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "catalogue_robes_bapteme_2027.pdf",
        "preisliste_konfirmation_fotos.pdf",
        "cennik_komunia_sala_2027.pdf",
        "VGML,Vegetarian Hindu meal,supplier SkyChef,48h notice",
        "KSML,Menu kosher,fornitore Kasher Roma,48 ore prima",
    ],
)
def test_a_catalogue_or_a_suppliers_row_is_no_ones_faith(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '"BLND = pasajero ciego o con visión reducida (definición del código)"',
        "Hr. Vogt: Termin beim Augenarzt nach Netzhautablösung rechts",
        "Mme Petit, nouvelles lunettes après le décollement de la rétine",
    ],
)
def test_an_eyes_illness_is_not_a_sample_and_a_code_defined_is_no_ones(text: str) -> None:
    assert BIOMETRIC not in found(text)


def test_the_eyes_illness_is_health() -> None:
    assert HEALTH in found("Mme Petit, nouvelles lunettes après le décollement de la rétine")


def test_a_seekers_profile_is_not_an_addiction() -> None:
    text = '{"name": "Timo, 31", "sucht": "Männer", "bio": "schwul, Kletterer aus Leipzig"}'
    assert HEALTH not in found(text)
    assert SEXUAL_ORIENTATION in found(text)
    assert HEALTH in found("Meine Sucht hat mich damals fast den Job gekostet.")


@pytest.mark.parametrize(
    "text",
    [
        "Mia figlia di 9 anni fa danza qui da due anni, la maestra è bravissima.",
        "Laptop-Mia-7J",
        "tablet-de-Hugo-8-años",
        "Club de judo;Léa Martin;sept ans;ceinture blanche;payé",
    ],
)
def test_a_childs_age_beside_a_thing_or_in_a_row_tells(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "il figlio di 40 anni fa il cuoco a Bologna",
        "my laptop is 9 years old and the battery is gone",
    ],
)
def test_a_grown_child_or_a_things_age_is_no_childs(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les 7 ans de notre fils au bowling, super soirée.",
        '{"corso": "minivolley", "atleta": "Anna Galli", "nata_il": "2017-09-02"}',
    ],
)
def test_the_age_of_ones_child_or_a_birth_key_tells(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anmerkungen: Bitte keine Termine am Samstag, wir halten den Schabbat.",
        "we keep kosher, so please no pork in the set menu",
    ],
)
def test_an_observance_kept_by_we_is_religious(text: str) -> None:
    assert RELIGION in found(text)
