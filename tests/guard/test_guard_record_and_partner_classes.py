"""Classes of reading in all eight languages: partners of one gender shown by grammar,
titles, signatures and record fields; parties named by the shape of their names; whole
vocabularies (same-sex words, leaving a church, smaller faiths, minorities, ostomies and
sclerosis, karyotypes); children's birthdays, record fields and a child word before a name;
and the false alarms beside them."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
)
from troth.guard.orientation import same_gender_partner, writer_gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Estou muito cansado depois da viagem.", "m"),
        ("hoy estoy super contenta con el pedido", "f"),
        ("Me siento tranquilo con la decisión.", "m"),
        ("Firmado: Carmen Ortega", "f"),
        ("Signed: George Miller", "m"),
    ],
)
def test_the_writers_gender_from_an_adjective_or_a_signature(text: str, gender: str) -> None:
    assert writer_gender(text) == gender


@pytest.mark.parametrize(
    "text",
    ["estoy trabajando desde casa", "estou em casa agora", "estoy como siempre", "estou na rua"],
)
def test_a_verb_or_a_place_after_estoy_gives_no_gender(text: str) -> None:
    assert writer_gender(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Quero pôr o meu namorado no seguro de viagem, estou tão nervoso com isto.",
        "Necesito añadir a mi esposo a la póliza. Firmado: Jorge Prieto.",
        "Sra. Almeida quer incluir a esposa como segunda titular.",
        "Pani Nowak chce dopisać swoją partnerkę do umowy najmu.",
        "The caller said his husband handles the bills now.",
        "O marido dele vai buscar as chaves amanhã.",
        "Pierwszy raz na święta u jego rodziny jako jego chłopak.",
        '{"client": "Mrs J. Hart", "partner": "female", "plan": "joint"}',
    ],
)
def test_a_partner_of_the_persons_gender(text: str) -> None:
    assert same_gender_partner(text)
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sr. Lopes quer incluir a esposa como segunda titular.",
        "Sra. Ribeiro pediu para incluir o marido no plano.",
        "The caller said her husband handles the bills now.",
        "A namorada dele chega amanhã.",
        "Pan Kowalski chce dopisać swoją partnerkę do umowy.",
        '{"client": "Mr J. Hart", "partner": "female", "plan": "joint"}',
        "Estoy muy cansado, mi mujer trabaja hasta tarde.",
    ],
)
def test_a_partner_of_the_other_gender_is_no_finding(text: str) -> None:
    assert same_gender_partner(text) == []
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir sind ein gleichgeschlechtliches Paar und suchen ein Doppelzimmer.",
        "Somos uma família homoafetiva com dois filhos.",
        "Nous sommes une famille homoparentale, merci d'adapter le formulaire.",
        "Jesteśmy parą jednopłciową, czy możemy wspólnie wziąć kredyt?",
    ],
)
def test_same_sex_words_in_every_language(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doação mensal ao Partido Verde, associado desde 2019.",
        "Ik ben lid van de Partij van de Arbeid sinds vorig jaar.",
        "Cotisation 2026 : Parti Radical, 40 €",
        '{"donor_id": "D-118", "party": "Freedom Alliance Party", "amount": 50}',
        "Jestem członkiem Partii Razem od trzech lat.",
    ],
)
def test_a_party_by_the_shape_of_its_name(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Summer Party is on Friday, please bring a dish.",
        "Office Christmas Party: I will bring the speakers.",
        "Partido de tenis el sábado, yo llevo las raquetas.",
        "Partia towaru dotarła wczoraj do magazynu.",
        "The Liberal Party announced its manifesto on Monday.",
    ],
)
def test_events_matches_batches_and_news_are_no_party_of_a_person(text: str) -> None:
    assert POLITICS not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Bitte meinen Kirchenaustritt bestätigen, die Kirchenmitgliedschaft endet.", RELIGION),
        ("richiesta di sbattezzo per me e mia sorella", RELIGION),
        ("Sou espírita e frequento o centro às quartas.", RELIGION),
        ("I'm Jain, so no root vegetables in my meals please, it's Paryushan week.", RELIGION),
        ("Je suis manouche et je voyage avec ma famille.", RACE),
        ("Mi abuela es wayuu y habla wayuunaiki.", RACE),
        ("Należę do mniejszości narodowej, proszę o formularz.", RACE),
        ("I had a colostomy last year and need a private changing room.", HEALTH),
        ("Mi madre tiene esclerosis múltiple y usa silla.", HEALTH),
        ("Mijn vader heeft multiple sclerose.", HEALTH),
        ("Il cariotipo di mio figlio è arrivato ieri.", GENETIC),
    ],
)
def test_vocabularies_filled_in_every_language(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A nossa loja celebra o aniversário de 10 anos da empresa.",
        "Lecture on spiritism in nineteenth-century France, room 4.",
        "Les minorités nationales en Europe : séminaire de master.",
    ],
)
def test_topics_of_the_same_vocabularies_name_no_one(text: str) -> None:
    assert found(text) - {CHILD} == set()


@pytest.mark.parametrize(
    "text",
    [
        "mijn duim wordt niet herkend door de scanner op het werk",
        "mi cara no coincide con la foto del carné según la app",
        "Meu polegar foi registado no sistema de ponto.",
    ],
)
def test_a_thumb_or_a_face_that_matches_or_is_registered(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grace's 10th birthday at the trampoline park, 3pm",
        "Feier zu Paulas 7. Geburtstag im Garten",
        "Tarta para el 8º cumpleaños de mi hijo",
        "mijn dochter viert haar 5e verjaardag",
        '{"leerling": "Noor", "groep": "4"}',
        '{"imie": "Zosia", "klasa": "2a"}',
        '{"name": "Ivy", "dob": "2020-03-14"}',
        "my daughter Wren (7) needs a vegetarian meal",
    ],
)
def test_childrens_birthdays_fields_and_a_child_word_before_a_name(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our bakery's 10th birthday sale starts Monday",
        "Happy 5th birthday to our app!",
        "10e anniversaire de mariage au restaurant",
        '{"product": "steel", "grade": "5"}',
        '{"student": "Jan", "year": "3", "course": "MSc"}',
        "Caldeira instalada em 2016 (10 anos)",
        "Heizung Baujahr 2015 (11 Jahre)",
        "Grace's 30th birthday drinks",
    ],
)
def test_firms_objects_grades_and_adults_are_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wallfahrt nach Kevelaer – Abfahrt 7:30",
        "Peregrinación al santuario, salida 8:15",
        "Bedevaart naar Banneux 9:00",
    ],
)
def test_a_time_of_day_in_an_agenda_entry_is_no_blank_field(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Religion: ",
        '{"religion": ""}',
        "Webinaire : la biométrie au guichet, 14:00",
        "Seminar Biometrie und Datenschutz, Raum 2",
    ],
)
def test_blank_fields_and_webinars_stay_silent(text: str) -> None:
    assert found(text) - {CHILD} == set()


@pytest.mark.parametrize(
    "text",
    [
        "I'm off next week for a tonsillectomy.",
        "Meine Mutter hatte eine Appendektomie und liegt noch im Krankenhaus.",
        "Mi hermano tiene sinusitis crónica otra vez.",
        "Mijn vader heeft morgen een artroscopie aan zijn knie.",
        "Moja mama ma jutro gastroskopię.",
    ],
)
def test_operations_inflammations_and_scopes_by_their_endings(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    ["Microscopy lab booked for Tuesday", "The spectroscopy module is offline."],
)
def test_laboratory_techniques_are_no_examination_of_a_person(text: str) -> None:
    assert HEALTH not in found(text)


def test_a_womans_plural_gives_the_writers_gender() -> None:
    assert writer_gender("Nosotras ya tenemos la reserva.") == "f"
    assert SEXUAL_ORIENTATION in found("Mi mujer y yo vamos juntas; nosotras pagamos al llegar.")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("as a Sinti woman i hear the same jokes in this office every week", RACE),
        ("Als Diabetikerin in einem Großraumbüro brauche ich Pausen.", HEALTH),
        ("Come musulmana in questo ufficio non trovo uno spazio per pregare.", RELIGION),
    ],
)
def test_a_self_description_is_someone_in_a_sentence_about_a_place(
    text: str, category: str
) -> None:
    assert category in found(text)


def test_a_place_named_with_no_one_stays_silent() -> None:
    assert found("The office of the Catholic diocese is closed on Monday.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Einschulung von Jonas am Samstag, Oma kommt mit",
        "Pasowanie na ucznia – Hania, czwartek 10:00",
        "nasza pierwszoklasistka potrzebuje nowego plecaka",
    ],
)
def test_starting_primary_school_is_a_child(text: str) -> None:
    assert CHILD in found(text)
