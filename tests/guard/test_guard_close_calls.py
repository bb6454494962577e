"""Close calls: the same words about someone and about no one.

A survey's shares, a party's own campaign, a job that deals with a union from outside, an
idiom beside a real disclosure. Each class has controls that must stay found.
"""

from __future__ import annotations

from datetime import date

import pytest

from troth.guard.detection import (
    BIOMETRIC,
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pulse survey Q3;trade union members 29%;return rate 71%",
        "Umfrage Werk Nord;Gewerkschaftsmitglieder 38 %;Rücklauf 55 %",
        "Enquête annuelle;adhérents syndicaux 21 %;taux de réponse 60 %",
        "Badanie 2025;członkowie związku 9 %;odpowiedzi 48 %",
        "Last year 31% of employees were union members, the report says.",
    ],
)
def test_a_surveys_share_is_no_ones(text: str) -> None:
    assert UNION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ledenkorting: FNV-lid, 15% korting op de cursus",
        "Gewerkschaftsbeitrag ver.di 1% vom Brutto",
        "Składka związkowa Solidarność 1% pensji",
    ],
)
def test_a_members_discount_or_dues_stay_a_members(text: str) -> None:
    assert UNION in categories(text)


def test_a_disability_degree_stays_health() -> None:
    assert HEALTH in categories("Grau de incapacidade 70%")


@pytest.mark.parametrize(
    "text",
    [
        "sorry, late again: the Greens are leafleting outside the station and the exit is blocked",
        "dimanche le PS tracte devant la gare, prends l'autre sortie",
        "morgen staat de VVD te flyeren op het plein, dus geen terras",
        "Comício do PS na Alameda – ruas cortadas, o autocarro 708 tem desvio",
    ],
)
def test_a_partys_own_campaign_is_no_ones(text: str) -> None:
    assert POLITICS not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm leafleting for the Greens outside the station on Saturday",
        "dimanche je tracte pour le PS devant la gare",
        "Od lat jestem w Lewicy, rozdaję ulotki przed każdymi wyborami",
    ],
)
def test_campaigning_for_a_party_yourself_is_political(text: str) -> None:
    assert POLITICS in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Roth – Referentin Arbeitsbeziehungen – Ansprechpartnerin für die IG BCE",
        "Marc Lenoir – relations sociales, interlocuteur FO et CFDT",
        "Marta Gil – abogada, asesoramos a secciones de CCOO y UGT",
    ],
)
def test_a_job_that_deals_with_a_union_is_no_membership(text: str) -> None:
    assert UNION not in categories(text)


def test_a_union_office_in_a_signature_stays_a_membership() -> None:
    assert UNION in categories("Ines Roth – Vertrauensfrau der IG BCE, Werk Süd")


@pytest.mark.parametrize(
    "text",
    [
        "the traffic this morning is insane and I ran out of my insulin, can we start at ten?",
        "deze week is echt om gek van te worden en ik moet ook nog naar de dialyse",
    ],
)
def test_an_idiom_elsewhere_leaves_a_real_disclosure(text: str) -> None:
    assert HEALTH in categories(text)


def test_an_idiom_over_the_term_is_still_no_ones() -> None:
    assert HEALTH not in categories("this spreadsheet is giving me a heart attack lol")


@pytest.mark.parametrize(
    "text",
    [
        "At a grievance meeting employees may bring a trade union representative.",
        "Il dipendente può farsi accompagnare da un rappresentante sindacale.",
        "Beschäftigte dürfen zum Gespräch eine Gewerkschaftsvertreterin mitbringen.",
        "La normativa prohíbe preguntar a los candidatos por su afiliación sindical.",
    ],
)
def test_a_rule_of_what_any_worker_may_do_is_no_ones(text: str) -> None:
    assert UNION not in categories(text)


def test_ones_own_union_representative_at_a_hearing_stays_a_membership() -> None:
    assert UNION in categories("My union rep from Unison came with me to the hearing.")


@pytest.mark.parametrize(
    "text",
    [
        "Gewerkschaft: unbekannt",
        "Lidmaatschap vakbond: niet opgegeven",
        "Filiação sindical: desconhecida",
    ],
)
def test_a_value_no_one_gave_is_no_disclosure(text: str) -> None:
    assert UNION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte Grindr und Tinder im Gäste-WLAN des Jugendhauses sperren",
        "Pouvez-vous bloquer Grindr sur le wifi de l'auberge ?",
        "Zablokujcie proszę Grindra i Tindera w sieci dla gości",
    ],
)
def test_apps_blocked_on_a_network_are_no_ones(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


def test_deleting_ones_own_grindr_account_is_a_disclosure() -> None:
    assert SEXUAL_ORIENTATION in categories("Please delete my Grindr account and all my chats")


@pytest.mark.parametrize(
    "text",
    [
        '{"test":"BRCA1/2 panel","price_eur":390,"turnaround_days":21}',
        '{"prueba":"HLA-B27","precio":45,"plazo_dias":7}',
    ],
)
def test_a_products_record_with_its_price_is_no_ones(text: str) -> None:
    assert GENETIC not in categories(text)


def test_a_persons_test_record_stays_genetic() -> None:
    assert GENETIC in categories('{"patient":"K. Brandt","test":"BRCA1","result":"pathogenic"}')


@pytest.mark.parametrize(
    "text",
    [
        "the pizza came out cold and the fries were soggy",
        "my sourdough came out burnt again, third time this week",
    ],
)
def test_a_thing_that_came_out_is_no_coming_out(text: str) -> None:
    assert SEXUAL_ORIENTATION not in categories(text)


def test_coming_out_to_ones_parents_stays_a_disclosure() -> None:
    assert SEXUAL_ORIENTATION in categories("I finally came out to my parents at Christmas")


def test_a_prayer_for_a_server_is_a_figure_of_speech() -> None:
    assert RELIGION not in categories("un gebed voor de server alsjeblieft, de release is om vijf")


def test_a_prayer_at_the_mosque_stays_religious() -> None:
    assert RELIGION in categories("Vrijdag 13u – gebed in de moskee, geen overleg")


@pytest.mark.parametrize(
    "text",
    [
        "Proud to be a Turkish-Cypriot bakery since 1998!",
        "Menukaart: Marokkaanse gerechten en Turkse pizza",
    ],
)
def test_an_origin_that_describes_a_business_or_food_is_no_ones(text: str) -> None:
    assert RACE not in categories(text)


def test_ones_own_origin_stays_found() -> None:
    assert RACE in categories("I'm British-Pakistani and I run a bakery in Leeds")


@pytest.mark.parametrize(
    "text",
    [
        "no domingo a gente faz 5 anos juntos, jantar fora",
        "sábado hacemos 2 años de tienda, ¡fiesta!",
        "el camión cumple 9 en marzo y hay que pasar la ITV",
    ],
)
def test_a_couples_or_a_things_years_are_no_childs_age(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    ["o Martim faz 5 anos no domingo, festa em casa", "mi hijo cumple 9 en marzo"],
)
def test_a_childs_birthday_stays_found(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pub quiz tonight – round 3: which Pope called the Second Vatican Council?",
        "Quizavond: ronde 2 gaat over het DNA van beroemde popsongs",
        "Kneipenquiz: Kategorie Gewerkschaften – wer gründete die IG Metall?",
    ],
)
def test_a_quizs_question_is_no_ones(text: str) -> None:
    found = categories(text)
    assert RELIGION not in found and GENETIC not in found and UNION not in found


@pytest.mark.parametrize(
    "text",
    [
        "Journée internationale des Roms le 8 avril : stand à la médiathèque",
        "International Day Against Homophobia – rainbow flag goes up at noon",
    ],
)
def test_a_named_day_is_no_ones(text: str) -> None:
    found = categories(text)
    assert RACE not in found and SEXUAL_ORIENTATION not in found


@pytest.mark.parametrize(
    "text",
    [
        "my husband Christian will collect the parcel",
        "Frau Lenz meldet ihren Sohn Christian für den Kurs an",
    ],
)
def test_a_name_after_a_word_of_kin_is_a_name(text: str) -> None:
    assert RELIGION not in categories(text)


def test_a_faith_said_of_a_relative_stays_religious() -> None:
    assert RELIGION in categories("my husband is Christian and goes to church every Sunday")


@pytest.mark.parametrize(
    "text",
    [
        "The fingerprint scanner at gate 4 is broken again, please send a technician.",
        "Der Fingerabdruckleser am Eingang ist kaputt, bitte Service schicken.",
    ],
)
def test_a_broken_readers_repair_is_no_ones(text: str) -> None:
    assert BIOMETRIC not in categories(text)


def test_a_reader_that_no_longer_knows_me_stays_biometric() -> None:
    assert BIOMETRIC in categories(
        "the fingerprint scanner doesn't recognise me since I cut my finger"
    )


@pytest.mark.parametrize(
    "text",
    [
        "huelga de metro convocada por CCOO el jueves, iré en bici",
        "the march organised by Unite closes the high street on Saturday",
    ],
)
def test_a_strike_or_march_called_by_a_union_is_the_news(text: str) -> None:
    assert UNION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eid al-Fitr – shop open until 10pm, extra staff on the tills",
        "Kerstmis – winkel gesloten, bestellingen gaan de 27e de deur uit",
        "Wielkanoc – sklep nieczynny w poniedziałek",
    ],
)
def test_a_shops_hours_on_a_feast_are_no_ones(text: str) -> None:
    assert RELIGION not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "el Seat tiene 9 años y ya pide embrague nuevo",
        "unser Opel ist 12 und läuft noch",
        "las tapas son de diez, volveremos",
    ],
)
def test_a_cars_age_or_a_rating_is_no_childs(text: str) -> None:
    assert CHILD not in categories(text)


def test_a_co_owners_syndicate_is_no_union() -> None:
    assert UNION not in categories("Convocation AG du syndicat des copropriétaires, 12 mars")


def test_a_partys_canvassers_at_the_door_are_no_ones() -> None:
    assert POLITICS not in categories("the Tory canvassers knocked during dinner, the baby woke up")


@pytest.mark.parametrize(
    "text",
    [
        "Bitte löschen Sie mein Gesichtsprofil aus dem Kita-Zugang, ich nutze den Chip.",
        "Schoolfeest basisschool De Regenboog 14:00 – ik sta achter de bar voor de ouderraad",
        "je vote à droite mais fermer la cantine de l'école maternelle est une erreur",
    ],
)
def test_a_nursery_or_school_beside_the_writer_alone_is_no_childs(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "meine Tochter kommt im August in die Kita, wir suchen noch einen Platz",
        "mañana no puedo, es la primera comunión de mi ahijada y soy la madrina",
    ],
)
def test_a_nursery_or_sacrament_of_ones_child_or_young_kin_stays_a_childs(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Labour Party regional dinner – catering invoice 2210, due in 30 days",
        "Buffet congresso PD – 12 € a persona – 250 pax",
    ],
)
def test_a_party_as_a_suppliers_customer_is_no_ones(text: str) -> None:
    assert POLITICS not in categories(text)


def test_volunteering_for_a_party_stays_political() -> None:
    assert POLITICS in categories("I volunteer for the Labour Party every weekend")
