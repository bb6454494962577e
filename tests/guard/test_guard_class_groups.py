"""A school year that names a group, not a pupil, tells of no child.

Years taken together ("CM1–CM2", "1ª–5ª primaria"), the teachers' meeting about a class,
a class's or an office's tablet, and a nursery named beside an adult's own errand name no
one. A child named or spoken of beside them is someone again.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import CHILD
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        # years taken together
        '{"turno": "Centro estivo", "classi": "3–5 primaria", "posti": 40}',
        '{"colonie": "Vercors", "niveaux": "CE2–CM2", "places": 30}',
        "Ferienfreizeit für die 2.–4. Klasse, Anmeldung bis Freitag",
        '{"campamento": "Gredos", "cursos": "1º–3º de primaria", "plazas": 50}',
        # the teachers' meeting about a class
        "Conseil de classe – bilan du CM1",
        "Consiglio di classe – verifica della 3ª primaria",
        "Zeugniskonferenz 4. Klasse, Raum 12",
        "Junta de evaluación – 5º de primaria",
        "Rada pedagogiczna – podsumowanie klasy 3",
        # a class's or an office's tablet
        "tablet-klasse-3b-07",
        "iPad_Kita_Regenbogen_Buero",
        "chromebook-classe-CE2-n12",
    ],
)
def test_a_group_of_pupils_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adult's own face or finger at a nursery's door, signed
        "Bitte löschen Sie mein Gesichtsprofil aus dem Kita-Türsystem, ich hole ab jetzt "
        "mit Chip ab. Grüße, Stefan Maurer",
        "Proszę usunąć mój odcisk palca z czytnika w przedszkolu, odbieram teraz z kartą. "
        "Pozdrawiam, Anna Nowak.",
        # a nursery's own name is no pupil's
        "Czy czytnik twarzy w żłobku Kubuś jest zgodny z RODO? Pytam jako radna dzielnicy "
        "i chcę znać stanowisko dyrekcji w tej sprawie.",
    ],
)
def test_a_nursery_beside_an_adults_errand_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils Hugo est en CM1, il part en classe verte lundi.",
        "tablet-leonie-2klasse",
        "tablet-Mateo-3b-klasse",
        "Unsere Tochter Mia geht ab Februar in die Kita Regenbogen, Gruppe Igel.",
        "Conseil de classe: Léa (CM2) a beaucoup progressé, ses parents sont ravis.",
        "mi hija está en 3º de primaria y el viernes tiene excursión",
        "Geb.datum: 30-01-2017 - groep 5, obs De Regenboog",
    ],
)
def test_a_pupil_beside_a_year_stays_a_child(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "boletin_notas_4primaria_lucia.pdf",
        "rapport_groep5_sanne_2026.pdf",
        "swiadectwo_klasa2_zosia.pdf",
        # a driving licence far from the year is no class of a licence
        "My son Leo is in Year 4 at Hill Primary. Separately, can I renew my driving licence "
        "through the app?",
    ],
)
def test_a_pupils_file_or_year_stays_a_child(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Year3_spelling_list_autumn2.docx",
        "Leseliste_Klasse4_2026.docx",
        "Führerschein Klasse 3 – Termin beim Amt",
    ],
)
def test_a_class_file_or_a_licence_class_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text", ["Besprechung im 3. Stock, Raum 12", "Gebetsraum im 2. OG", "Umzug im 4. Quartal"]
)
def test_german_im_before_an_ordinal_is_no_age(text: str) -> None:
    assert CHILD not in categories(text)


def test_im_and_a_number_in_an_english_chat_is_an_age() -> None:
    assert CHILD in categories("im 9 and i love minecraft")


@pytest.mark.parametrize(
    "text",
    [
        "Isla Grant; P3; packed lunch; collected by mum",
        "Lucas_Moreno_P4_disfraz_carnaval.jpg",
        '"consent_for": "Noah Reid, P5, Hillhead Primary, Glasgow"',
    ],
)
def test_a_primary_year_after_a_name_is_a_child(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize("text", ["Invoice P5 paper, 2 boxes", "Invoice_P4_paper.pdf"])
def test_a_paper_size_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


def test_a_brazilian_school_stage_is_no_teacher() -> None:
    assert CHILD in categories("Nome do aluno: Caio Lima. Série: 4º ano do ensino fundamental.")


def test_a_teacher_of_the_year_stays_no_child() -> None:
    assert CHILD not in categories("ensino o 3º ano na escola de Braga")
