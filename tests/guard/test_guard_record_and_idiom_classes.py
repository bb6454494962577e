"""A company's "DNA", a rule that a thing may not be asked, a pet's record and a cheese's
age are no one's disclosure; a leave or a feast in a person's record is theirs."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, RELIGION


@pytest.mark.parametrize(
    "text",
    [
        "Punctuality is in our DNA. – Brook Couriers",
        "Le service client est dans notre ADN – Déménagements Roux",
        "La puntualità è nel nostro DNA. – Spedizioni Lodi",
        "Service zit in ons DNA – Verhuisbedrijf Smit",
        "Recordatorio: no se puede preguntar por la religión ni la salud del candidato.",
        "Rappel : on ne peut pas demander l'appartenance syndicale d'un salarié.",
        "Hinweis: Arbeitgeber dürfen nicht nach der Religion fragen.",
        "Reminder: interviewers cannot ask about pregnancy or disability.",
        '{"animal":"Tobi","breed":"mixed","sex":"male","age":9}',
        '{"zwierzę":"Burek","rasa":"mieszaniec","wiek":8}',
        '{"animale":"Micio","razza":"meticcio","eta":7}',
        "Gouda extra belegen, 2 jaar gerijpt – €18/kg",
        "Comté 2 ans affiné, 24 mois",
    ],
)
def test_what_tells_nothing_of_a_person_is_not_found(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        '{"employee":"R. Haddad","leave":"Eid al-Adha","days":2}',
        '{"medewerker":"S. Bakkal","verlof":"Offerfeest","dagen":1}',
        '{"mitarbeiter":"A. Yilmaz","urlaub":"Zuckerfest","tage":1}',
        '{"salarie":"N. Cohen","conge":"pèlerinage à Lourdes","debut":"2026-04-02"}',
        "Mittwoch 13:00 – Mittagsgebet, bitte nicht stören (ich)",
        "Essenswunsch: koscher, ich halte mich daran",
    ],
)
def test_a_religious_leave_or_observance_of_a_person_is_found(text: str) -> None:
    assert RELIGION in found(text)


def test_a_childs_age_in_a_record_without_an_animal_is_still_found() -> None:
    assert CHILD in found('{"kind":"Lena","alter":7,"gruppe":"Bären"}')


def test_the_writer_who_cannot_do_something_is_no_rule() -> None:
    # "I can't log in with my fingerprint": the writer's own sample, not a rule for agents
    assert found("Since the reset I can't unlock the door with my fingerprint.") != set()


@pytest.mark.parametrize(
    "text",
    [
        "Medical/dietary notes: Jehovah's Witness – no blood products",
        "Bemerkungen: Zeugin Jehovas, keine Bluttransfusion",
        "Observaciones: testigo de Jehová, no acepta transfusiones",
    ],
)
def test_a_term_in_a_records_notes_is_said_of_its_person(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dietary notes: [ ] Halal [ ] Kosher [ ] Vegetarian",
        "Notes: customer asked whether Ramadan opening hours apply",
    ],
)
def test_a_notes_option_or_a_question_in_notes_is_no_disclosure(text: str) -> None:
    assert RELIGION not in found(text)
