"""Text typed in a hurry or mangled by systems: flags in records, names typed small, jokes
taken back, slang, products and machines, children's handles and nursery classes."""

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
)
from troth.guard.engine import build_engine

ENGINE = build_engine(13, today=date(2026, 12, 6))


def categories(text: str) -> set[str]:
    return {d.category for d in ENGINE.analyze(text)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('{"user": "mtorres", "face_unlock_enrolled": true, "app": "wallet"}', BIOMETRIC),
        ('{"klant": "j.devries", "stemprofiel_actief": "yes"}', BIOMETRIC),
        ('{"usuario": "pgil", "diabetes": true, "turno": "noche"}', HEALTH),
        ('{"client": "a.martin", "asthme": "oui"}', HEALTH),
    ],
)
def test_a_categorys_key_set_on_in_a_users_record_is_the_users(text: str, category: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"user": "mtorres", "face_unlock_enrolled": false}',
        '{"feature": "face_unlock", "enabled": true, "rollout": 0.5}',
    ],
)
def test_a_flag_set_off_or_a_setting_with_no_user_is_no_ones(text: str) -> None:
    assert BIOMETRIC not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Kowalska;Ehefrau: Julia Kowalska;Familientarif",
        '{"nome": "Giulia Conti", "compagna": "Sara Conti", "piano": "coppia"}',
        "employe : Marc Petit / personne a prevenir : Hugo Petit (mari)",
    ],
)
def test_a_partner_named_under_a_partner_label_in_a_persons_record(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


def test_a_partner_label_of_the_other_gender_is_no_orientation() -> None:
    assert SEXUAL_ORIENTATION not in categories("Anna Kowalska;Ehemann: Piotr Kowalski;Tarif")


@pytest.mark.parametrize(
    "text",
    [
        "hey its marco, me n my bf are finally getting a place together",
        "met pieter hier, mn vriend tom en ik trouwen in mei",
        "tu bartek, ja i moj chlopak jedziemy na wakacje razem",
        "cest julien, mon copain et moi on part vivre a lyon",
    ],
)
def test_a_writer_who_names_himself_in_chat_gives_his_partner_a_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is giving me depression 😩 jk im fine",
        "ich glaub ich hab burnout 😅 spaß, alles gut",
        "questo caldo mi fa venire l'asma ahah scherzo",
        "ik word er depressief van, grapje hoor",
    ],
)
def test_a_statement_taken_back_is_no_disclosure(text: str) -> None:
    assert HEALTH not in categories(text)


def test_an_illness_said_for_real_stays_without_a_joke_marker() -> None:
    assert HEALTH in categories("ich hab seit gestern burnout und bin krankgeschrieben")


@pytest.mark.parametrize(
    "text",
    [
        "die neuen jordans sind so krank 🔥",
        "ce son est malade 🔥🔥",
        "die beat is echt ziek 🔥",
    ],
)
def test_an_illness_adjective_beside_a_fire_emoji_is_praise(text: str) -> None:
    assert HEALTH not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("SKU-2281;funda con hueco para Face ID;9,95", BIOMETRIC),
        ("le serveur srv-empreintes-test-02 ne repond plus", BIOMETRIC),
        ("galletas para diabeticos en oferta hasta el domingo", HEALTH),
        ("risposte_quiz_religione_2A.docx", RELIGION),
        ("proposta: login con impronta digitale come in banca", BIOMETRIC),
    ],
)
def test_goods_machines_school_work_and_features_are_no_ones(text: str, category: str) -> None:
    assert category not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "sabato festeggio 2 anni senza bere",
        "3 ans sans alcool aujourd'hui",
        "dzis mija rok bez picia",
    ],
)
def test_a_time_without_drinking_is_health_and_no_childs_age(text: str) -> None:
    found = categories(text)
    assert HEALTH in found
    assert CHILD not in found


@pytest.mark.parametrize(
    "text",
    [
        "la mia bici ha 4 anni ormai",
        '{"jogo": "Moto Rush", "classificacao": "10 anos"}',
    ],
)
def test_a_things_age_or_a_rating_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "ipad-sofia-7jahre",
        "laptop_jonas_9yrs",
        '{"login": "noa_2017_bcn", "autorizacao_pais": "pendente"}',
        '{"username": "tim2016", "parental_consent": "required"}',
        "Hugo Blanco;P5 infantil;sale a las 13h",
        "Marco Neri;sezione dei grandi;pranzo al sacco",
        "Ava Jones,Reception,collected by grandad",
        "kupilem dla coreczki (4 lata) i jest zachwycona",
    ],
)
def test_children_in_messy_records_and_handles(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"login": "noa_1998_bcn", "autorizacao_pais": "pendente"}',
        '{"username": "tim2016", "newsletter": "yes"}',
        "visitor,reception,signed in 9:02",
    ],
)
def test_no_child_without_a_young_year_a_consent_or_a_pupil(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the bouncer made fun of my SNP badge lol", POLITICS),
        ("il prof ha commentato la mia spilla del PD 😂", POLITICS),
        ("jai vote LFI dimanche et je regrette rien", POLITICS),
        ("j'ai mis mon voile au boulot pour la premiere fois", RELIGION),
        ("ich trage seit heute mein kopftuch auch im buero", RELIGION),
        ("yom kippur - ganzer tag offline, ohne essen", RELIGION),
        ("pte testigo de jehova, rechaza transfusion", RELIGION),
        ("pat. zeuge jehovas, keine bluttransfusion", HEALTH),
    ],
)
def test_badges_votes_veils_days_away_and_abbreviated_patients(text: str, category: str) -> None:
    assert category in categories(text)


def test_a_laugh_about_a_badge_on_sale_is_no_ones() -> None:
    assert POLITICS not in categories("the SNP badges are on sale at the conference shop lol")


@pytest.mark.parametrize(
    "text",
    [
        "#general\nmarco.r: who's coming?\nsofia : me! and my wife Giulia too\nmarco.r: great",
        "Kommentare\nanna_k: schön\nHans-Peter M.: seit 20 Jahren mit meinem Mann Uwe\nanna_k: ja",
        "Laura: mi ex, Marta, me devolvió los libros\nIrene: ¡por fin!\nLaura: todos",
    ],
)
def test_speakers_typed_small_hyphenated_or_with_an_initial_give_their_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chester Juniors U11s\nCoach Sam: kit wash rota is up\nJo: Harry's ill, he'll miss Sunday",
        '{"atleta": "Tiago Reis", "escalao": "Benjamins A", "clube": "SC Braga"}',
        "U8 FC Lyon Sud;Léo Martin;Hugo Bernard",
        "KS Wisła – Skrzaty\nTrener Marek: trening w czwartek\nMama Oli: Ola nie będzie, ma katar",
        "tengo q ir a por el peque a la guarde a las 4",
    ],
)
def test_youth_classes_and_nursery_slang_name_children(text: str) -> None:
    assert CHILD in categories(text)


def test_a_metro_line_is_no_youth_class() -> None:
    assert CHILD not in categories("U6 Richtung Pankow fällt heute aus")


@pytest.mark.parametrize(
    "text",
    [
        "Sam: the results came back. He's not Mia's dad. 99.9%",
        "Ana: llegó el test. No es el padre de Hugo, 0 %",
        "Ola: wynik przyszedł. To nie on jest ojcem Zosi. 0 procent",
        '{"user": "kai_w", "match": "2nd cousin", "shared_cM": 233}',
        '{"user": "ines_p", "correspondance": "cousine", "cM_partages": 410}',
    ],
)
def test_a_father_ruled_out_by_a_share_or_centimorgans_shared_are_genetic(text: str) -> None:
    assert GENETIC in categories(text)


def test_a_father_at_a_wedding_is_no_test() -> None:
    assert GENETIC not in categories("he is not the father of the bride, 100% sure lol")


@pytest.mark.parametrize(
    "text",
    [
        "noah hat gestern seinen ersten milchzahn verloren, die zahnfee kam prompt",
        "a minha filha perdeu o primeiro dente de leite hoje 🦷",
        "mijn zoon is zijn eerste melktand kwijt, de tandenfee moet nog komen",
    ],
)
def test_a_milk_tooth_lost_is_a_childs(text: str) -> None:
    assert CHILD in categories(text)


@pytest.mark.parametrize(
    "text", ["tooth fairy costume, size M, worn once", "baby teeth keepsake box, oak"]
)
def test_a_tooth_fairy_costume_or_a_box_is_no_child(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eva: ik heb vier jaar gewacht op mijn diagnose",
        "Tom: four years later she finally called back",
        "Lea : je fais du judo depuis mes 7 ans, ceinture noire maintenant",
        "Ana: esperé ocho años para esa operación",
    ],
)
def test_years_after_waited_for_or_since_ones_own_age_are_no_childs(text: str) -> None:
    assert CHILD not in categories(text)


@pytest.mark.parametrize(
    "text", ["mi hijo es cinturón negro de karate", "elle a eu sa ceinture noire hier"]
)
def test_a_black_belt_is_no_origin(text: str) -> None:
    assert RACE not in categories(text)


def test_a_car_seats_age_is_no_childs() -> None:
    assert CHILD not in categories("unser kindersitz ist 9 jahre alt, darf man den noch nutzen?")


@pytest.mark.parametrize(
    "text",
    [
        "KS3_RE_lesson4_hinduism_festivals.pptx",
        "religions_du_monde_seance2_CM1.pdf",
        "im so ocd about my spreadsheets lol",
    ],
)
def test_lesson_files_and_a_habit_called_ocd_are_no_ones(text: str) -> None:
    found = categories(text)
    assert RELIGION not in found
    assert HEALTH not in found


def test_a_persons_assessment_file_stays_theirs() -> None:
    assert HEALTH in categories("Maria_Lopes_OCD_assessment.pdf")
