"""Words of a category that name something other than a person's category: a field taught
or worked in, a street, a language, a strike that delays, a prayer for a thing to work, a
faith as a figure of speech, a job in a signature, an idiom of "union" — and the
disclosures beside them that still count."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, GENETIC, HEALTH, POLITICS, RACE, RELIGION, UNION


@pytest.mark.parametrize(
    "text",
    [
        "Tom Barker, Teacher of Religious Studies, Hillside School",
        "Ines Vidal · profesora de religión católica · Colegio San José",
        "Marco Gallo · docente di religione · Liceo Volta",
        "Joana Reis · professora de Educação Moral e Religiosa · Escola de Braga",
        "Lies Peeters · leraar godsdienst · Sint-Jozefscollege",
        "Klausur Religion 10b – Raumwechsel",
        "Piotr Nowak · nauczyciel religii · Gimnazjum nr 3",
        "notes-lecture-genetics-week2.pdf",
        "Departamento de Biometria e Identificação · Ana Lopes",
        "Jean Roy · journaliste, rubrique religions · Ouest-Matin",
    ],
)
def test_a_field_taught_studied_or_worked_in_is_no_disclosure(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("As a Muslim teacher I fast during Ramadan, so no lunch meetings.", RELIGION),
        ("Ik ben lid van de PvdA en geef les op een basisschool.", POLITICS),
        ("Sou muçulmana; a minha professora sabe que faço o Ramadão.", RELIGION),
    ],
)
def test_a_field_word_beside_a_first_person_disclosure_keeps_it(text: str, category: str) -> None:
    assert category in found(text)


def test_a_union_named_after_a_field_is_still_a_union() -> None:
    # a union bears its field in its name: the word after the union does not make it a job
    assert UNION in found("Karin Lenz | Vorsitzende GEW Bildung | Kreis Kassel")


@pytest.mark.parametrize(
    "text",
    [
        "Bitte liefern an: Islamstrasse 4, 50667 Köln",  # a street named after a word
        "Lieferadresse ul. Solidarności 14/2, Gdańsk",
        "Nueva dirección: calle de la Unión 8, Valencia",
        "Stand at rue du Syndicat 3 from 9 to 5",
        "Christian-Morgenstern-Straße 12, 80331 München",
        "Bayram-Öztürk-Weg 3",
        "Lieferadresse: Krebsring 14",
        "Krebsweg 9, Bremen",
        "27 Parkinson Road, Leeds",
    ],
)
def test_a_street_named_after_a_category_word_is_a_place(text: str) -> None:
    assert found(text) & {UNION, RELIGION, HEALTH} == set()


def test_a_protest_on_the_street_is_no_streets_name() -> None:
    assert POLITICS in found(
        "war am samstag mit tausenden gegen die afd auf der straße, und ich geh wieder hin"
    )


def test_a_persons_union_beside_an_address_still_counts() -> None:
    assert UNION in found("Ich bin Mitglied bei ver.di, Bezirk Nord, Hauptstrasse 3.")


@pytest.mark.parametrize(
    "text",
    [
        "Muttersprache: Romanes",
        "Langue maternelle : kabyle",
        "Język ojczysty: kaszubski",
    ],
)
def test_a_language_spoken_is_not_an_origin(text: str) -> None:
    assert RACE not in found(text)


def test_an_origin_stated_beside_a_language_still_counts() -> None:
    assert RACE in found("I am Roma and my family speaks Romani at home.")


@pytest.mark.parametrize(
    "text",
    [
        "Shop closed today because of the strike, sorry!",
        "Mein Zug fällt wegen des Streiks aus, ich komme später.",
        "Llego tarde por la huelga de metro.",
        "Pakket vertraagd door de staking bij de post.",
    ],
)
def test_a_strike_that_delays_is_no_membership(text: str) -> None:
    assert UNION not in found(text)


def test_being_on_strike_as_a_member_still_counts() -> None:
    assert UNION in found("I'm a union member and I'm on strike tomorrow with my branch.")


@pytest.mark.parametrize(
    "text",
    [
        "praying the printer works before the meeting",
        "bete, dass der Server heute hält",
        "rezo para que el vuelo salga a tiempo",
        "modlę się, żeby egzamin był łatwy",
        "my flatmate treats his gym plan like a religion",
        "il prend le café comme une religion",
        "le running c'est sa religion mdr",
    ],
)
def test_a_prayer_for_a_thing_or_a_faith_as_a_figure_is_no_belief(text: str) -> None:
    assert RELIGION not in found(text)


def test_a_prayer_of_ones_own_faith_still_counts() -> None:
    assert RELIGION in found("I pray five times a day as a Muslim, so I need a quiet room.")


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Laura Pinto / Genetista clínica / Hospital da Luz",
        "Dra. Marta Gil / Servicio de Genética / Hospital del Mar",
        "Dr Paul Henry · Conseiller en génétique · CHU de Lyon",
    ],
)
def test_a_genetics_job_in_a_signature_is_no_genetic_data(text: str) -> None:
    assert GENETIC not in found(text) and HEALTH not in found(text)


def test_a_genetic_result_in_a_signature_still_counts() -> None:
    assert GENETIC in found("Anna / my BRCA1 test came back positive / sent from my phone")


@pytest.mark.parametrize(
    "text",
    [
        "Is the Union Jack tote bag back in stock?",
        "État civil : union libre, deux enfants",
        "Estado civil: unión libre",
        "Religión o creencias (opcional, para la cena): ______",
    ],
)
def test_idioms_of_union_and_blank_questions_are_no_disclosure(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Medikamente: Lamotrigin 100 mg, Pantoprazol 20 mg",
        "tomo Eliquis desde el verano, ojo con las interacciones",
        "la mia terapia: Keppra e Lyrica, la sera",
        "Hij gebruikt Elvanse sinds groep 8.",
        "Zażywam wenlafaksynę od dwóch lat.",
        "Patient note: on tirzepatide since March",
    ],
)
def test_a_medicine_taken_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chiedo di sospendere l'abbonamento della palestra per tre mesi: comincio la "
        "radioterapia a gennaio e non potrò venire.",
        "Pido la baja temporal del gimnasio porque empiezo la quimioterapia en enero.",
    ],
)
def test_a_condition_told_late_in_a_long_request_is_health(text: str) -> None:
    # a first-person verb without a pronoun names the writer; a topic word ten words earlier
    # ("abbonamento della palestra") does not make the condition a topic
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I am a proud Noongar woman and happy to help with the plan.", RACE),
        ("On the survey I ticked White and Black Caribbean.", RACE),
        ("Soy afroperuana y nadie en la oficina lo sabía.", RACE),
        ("Je suis fille de harki, mon père est arrivé en 1962.", RACE),
        ("we're off for Bayram next week, back on Monday", RELIGION),
        ("Hadj-Reise 2027 gebucht, ich freue mich sehr", RELIGION),
        ("Mijn vader is predikant in Kampen, ik zing in het koor.", RELIGION),
        ("Sono giainista: niente radici nei pasti, grazie.", RELIGION),
    ],
)
def test_peoples_and_observances_by_their_names(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"test": "farmacogenetica", "esito": "DPYD *2A eterozigote", "paziente": "L. Rossi"}',
        "Wynik badania farmakogenetycznego: CYP2C19 wolny metabolizer, pacjentka A. Nowak",
    ],
)
def test_pharmacogenetic_and_prenatal_tests_are_genetic(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jan Kowalski / kierownik działu kadr / Szpital Wojewódzki w Opolu",
        "Marta Reyes | Enfermera de quirófano | Hospital General de Elche",
        "Lukas Brandt / Betriebsrat / Universitätsklinikum Ulm",
    ],
)
def test_a_hospital_in_a_signature_is_a_workplace(text: str) -> None:
    assert HEALTH not in found(text)


def test_a_hospital_stay_told_in_the_first_person_is_health() -> None:
    assert HEALTH in found("Ich liege seit Montag im Klinikum Ulm / bitte Termin verschieben")


@pytest.mark.parametrize(
    "text",
    ["raport-o-mniejszosciach-narodowych-2024.pdf", "rapport_minorites_ethniques_2023.docx"],
)
def test_a_report_on_minorities_is_a_topic(text: str) -> None:
    assert RACE not in found(text)


def test_favism_is_a_condition() -> None:
    assert HEALTH in found("Mio figlio ha il favismo, niente fave alla mensa per favore.")


@pytest.mark.parametrize(
    "text",
    [
        "Der Anrufer ist Vorsitzender des Vereins der Kurden in Bremen und fragt nach dem Saal.",
        "Maria Lopes | Presidente, Associação dos Guineenses de Setúbal",
        "Beller is oprichter van de Molukse vereniging in Vught.",
    ],
)
def test_leading_an_association_of_ones_origin_is_a_disclosure(text: str) -> None:
    assert RACE in found(text)


def test_a_people_named_in_an_association_without_a_leader_is_no_disclosure() -> None:
    assert RACE not in found("The Kurdish association rents the hall on Fridays.")


@pytest.mark.parametrize(
    "text",
    [
        "Caller asked whether our kiosk keeps face images; explained the camera only counts "
        "visitors and stores no template.",
        "Klientka pytała ogólnie, czy terminal zapisuje odciski palców; wyjaśniono, że nie.",
    ],
)
def test_a_question_about_a_product_and_its_answer_tell_nothing_of_a_person(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ich fliege am 18.12. mit meinem Sauerstoffgerät, ich habe COPD.",
        "Viajo el 3.1. con concentrador de oxígeno por mi EPOC.",
        "Je suis malvoyante, merci d'envoyer les factures en gros caractères.",
        "Sono ipovedente, mandatemi le bollette in formato audio per favore.",
    ],
)
def test_a_condition_after_a_dotted_date_or_in_plain_words_is_health(text: str) -> None:
    # the stop inside a date ("18.12.") ends no sentence: the writer is still the subject
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sono italo-marocchina e lavoro a Torino.",
        "jestem polsko-ukraińska, mama jest z Kijowa",
    ],
)
def test_two_origins_joined_reach_the_reader_without_a_word_of_origin(text: str) -> None:
    assert RACE in found(text)


def test_two_countries_in_a_travel_plan_are_no_origin() -> None:
    assert RACE not in found("Flights from Morocco to Canada are delayed today.")


@pytest.mark.parametrize(
    "text",
    [
        "La cliente quiere saber si la app guarda huellas dactilares.",
        "Il cliente vuole sapere se il badge usa il riconoscimento facciale.",
        "Klient chce wiedzieć, czy bank przechowuje odciski palców.",
    ],
)
def test_wanting_to_know_whether_is_a_question_not_a_disclosure(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zimmer barrierefrei, geeignet für Menschen mit Behinderung.",
        "Sala accessibile per persone con disabilità, ascensore al piano terra.",
        "Tom Price / Policy Officer, Mental Health / Department of Health",
        "Mettre à jour la fiche produit du Doliprane 500 mg, le prix a changé.",
        "Statystyka_odejsc_z_kosciola_2024.xlsx",
        "Pracownik mówi, że dostał zwolnienie z pracy i prosi o świadectwo.",
    ],
)
def test_groups_jobs_products_statistics_and_dismissals_are_no_ones_health(text: str) -> None:
    assert found(text) & {HEALTH, RELIGION} == set()


def test_being_on_sick_leave_in_polish_is_health() -> None:
    assert HEALTH in found("sorry, jestem na zwolnieniu do piątku")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sra. Lopes está em hemodiálise três vezes por semana.", HEALTH),
        ("laudo_ecocardiograma_Silva_2027.pdf", HEALTH),
        ("Pan Nowak jest po przeszczepie wątroby.", HEALTH),
        ("ich kann samstags nie, ich halte den schabbat", RELIGION),
        ("Padre Marco Rossi / cappellano dell'ospedale / Verona", RELIGION),
        ("Stemafdruk van de klant vastgelegd voor verificatie.", BIOMETRIC),
    ],
)
def test_care_observance_and_voiceprints_in_plain_words(text: str, category: str) -> None:
    assert category in found(text)
