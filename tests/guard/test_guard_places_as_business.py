"""A place of care or of worship as a business.

A delivery to a hospital, a dentist's bill, a clinic's refit, a parish hall for hire: the
place is a customer or a supplier, not someone's visit. A question about one's own or a
relative's state still tells. Each class has controls that must stay found.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import GENETIC, HEALTH, POLITICS, RELIGION, UNION
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pallet of gloves for the hospital stores, loading bay 2, delivery before noon",
        "Lieferung an das Klinikum Nord, Rampe 4: zwei Paletten Kopierpapier",
        "Livraison à la clinique des Lilas, quai C, colis refusé: adresse incomplète.",
        "Entrega en el hospital comarcal, muelle 1, albarán 5521",
        "Consegna all'ospedale di Treviso, magazzino B, bolla 8812",
        "Levering aan het ziekenhuis in Gouda, dock 3, pakbon 7710",
        "Dostawa do szpitala w Opolu, rampa 2, faktura 11/2026",
        "Invoice 4471 for the dental surgery's new reception desk, 30 days",
        "Umbau der Zahnarztpraxis Dr. Weber: Estrich am Montag, Maler ab Mittwoch",
        "Travaux du cabinet de kiné: l'électricien passe jeudi, la facture suit.",
        "Mantenimiento anual del aire acondicionado de la farmacia, contrato 2027",
        "Pulizia straordinaria della farmacia comunale sabato, fornitore Lindo Srl",
        "Pharmacy Christmas party at the Red Lion, 7pm, bring a secret Santa gift",
        "Parish hall hire for the quiz night: 45 pounds, keys from the caretaker",
        "Renowacja dachu kościoła św. Marka, faktura za rusztowanie do końca miesiąca",
        "Factura del afinado del órgano de la parroquia de San Andrés, pago a 30 días",
    ],
)
def test_a_place_of_care_or_worship_as_a_business_is_no_one_s(text: str) -> None:
    assert not categories(text) & {HEALTH, RELIGION}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a visit or a treatment there is someone's
        ("Appointment at the dental surgery 9:15, invoice to follow", HEALTH),
        ("Termin in der Zahnarztpraxis, Rechnung der Wurzelbehandlung mitnehmen", HEALTH),
        # one's own order at a pharmacy
        ("Change the delivery address of my pharmacy order: it's my insulin pens", HEALTH),
        # a person's own illness beside the business
        ("Delivery after 3pm please, I have dialysis at the hospital every morning", HEALTH),
        # a cleric in the sentence: the person is the place's priest
        ("Father Kelly, parish priest, asks for the delivery to go to the presbytery", RELIGION),
    ],
)
def test_a_visit_an_own_order_or_a_cleric_stays_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kundin fragt, ob ihre Depression als Vorerkrankung zählt.", HEALTH),
        (
            "Herr Wolf fragt, ob die Kasse die Therapie für seine Ehefrau übernimmt, sie hat MS.",
            HEALTH,
        ),
        ("The caller asks whether her chemotherapy sessions can be moved to Fridays.", HEALTH),
    ],
)
def test_a_question_about_ones_own_or_a_relatives_state_stays_found(
    text: str, category: str
) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anfrage vom SPD-Unterbezirk Kassel: Angebot über 80 Bierbänke für das Sommerfest",
        "Devis demandé par la fédération CFDT Santé pour 40 tables pliantes, envoyé lundi",
        "Preventivo richiesto dalla UIL Pensionati di Pavia per 12 gazebo, inviato listino",
        "Exhibitor list 2027: stand 14 – Unison North West, stand 15 – a bakery",
        "Wystawcy targów: stoisko OPZZ nr 7, obok stoisko banku",
    ],
)
def test_a_party_or_union_as_a_customer_or_exhibitor_is_no_ones(text: str) -> None:
    assert not categories(text) & {POLITICS, UNION}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hr. Roth möchte das Angebot an den SPD-Ortsverein, er ist dort Vorsitzender.", POLITICS),
        ("Devis pour notre section CFDT, je suis la trésorière", UNION),
        ("Stand der IG Metall auf der Jobmesse: ich bin dort als Vertrauensmann dabei", UNION),
    ],
)
def test_a_role_in_the_body_or_we_stay_found(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Horarios_Ramadao_2027_Mesquita_Central_de_Lisboa.pdf",
        "Timetable_Eid_prayers_2027_Central_Mosque.pdf",
    ],
)
def test_a_timetable_of_a_feast_in_a_file_name_is_no_ones(text: str) -> None:
    assert RELIGION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caller asked about the pharmacy opening hours over Christmas; told 9–1 on the 24th.",
        "Il cliente chiede gli orari della farmacia comunale a Ferragosto.",
        "Vraag over de openingstijden van het gezondheidscentrum op zaterdag, doorgegeven.",
    ],
)
def test_a_care_places_hours_are_no_ones(text: str) -> None:
    assert HEALTH not in categories(text)


def test_reduced_hours_after_ones_own_surgery_stay_found() -> None:
    text = "I'm on reduced hours until March while I recover from surgery on my knee."
    assert HEALTH in categories(text)


@pytest.mark.parametrize(
    "text",
    ["draft_contract_paternity_test_lab_2027.docx", "exome_pipeline_benchmark_v3.vcf"],
)
def test_a_draft_a_contract_or_a_pipeline_in_a_file_name_is_a_document(text: str) -> None:
    assert not categories(text) & {HEALTH, GENETIC}


@pytest.mark.parametrize(
    "text",
    [
        "Dr Helen Marsh\nConsultant Neurologist, Royal Infirmary Leeds",
        "Dra. Marta Gil\nNeumóloga – Hospital Clínic Barcelona",
        "Dott.ssa Elena Conti\nOncologa – Ospedale Niguarda",
        "Dr. João Pires\nPsiquiatra – Hospital de São João",
    ],
)
def test_a_practitioners_two_line_signature_names_a_workplace(text: str) -> None:
    assert HEALTH not in categories(text)


def test_a_doctor_writing_of_their_own_treatment_stays_found() -> None:
    text = "Dr. Anna Weber\nich bin ab Montag im Krankenhaus wegen meiner Chemo"
    assert HEALTH in categories(text)


def test_ones_own_surgery_beside_an_install_stays_found() -> None:
    text = "Can't make the install window next week, I'm having hip surgery on the 14th."
    assert HEALTH in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Teamausflug: Tag der offenen Moschee, Führung 11 Uhr",
        "Visita guiada a la Sinagoga de Córdoba con el equipo, 10:30",
        "Open day at the mosque on Saturday, all staff welcome",
        "Visita guidata alla sinagoga di Roma per i nuovi assunti",
    ],
)
def test_a_place_of_worship_toured_or_open_to_all_is_no_faith(text: str) -> None:
    assert RELIGION not in categories(text)


def test_the_writers_own_prayer_there_stays_a_faith() -> None:
    assert RELIGION in categories("I pray at the synagogue every Saturday morning.")
