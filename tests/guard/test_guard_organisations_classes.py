"""Organisations whose work touches a category: an office that signs with no person named,
a dish of faith on a priced menu, unions acting together in the news, an optional
question declined, a pupil whose birth date says thirteen or more, and Spanish "alevín"
(a junior sports age group, not the Alevi faith)."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import (
    CHILD,
    GENETIC,
    HEALTH,
    POLITICS,
    RACE,
    RELIGION,
    SEXUAL_ORIENTATION,
    UNION,
)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ufficio stampa | Fratelli d'Italia | Non rispondiamo a richieste private", POLITICS),
        ("Secretariaat | Parochie Sint-Jan | Doopaanvragen op dinsdag", RELIGION),
        ("Kancelaria parafialna | Chrzty i śluby: środy 16–18", RELIGION),
        ("Praxis Dr. med. Team | Diabetes-Sprechstunde Mo–Fr | Notfall: 112", HEALTH),
        ("Secretaria geral | Associação Cigana de Setúbal | Atendimento às quintas", RACE),
    ],
)
def test_an_office_that_signs_with_no_person_named_tells_of_no_one(
    text: str, category: str
) -> None:
    assert category not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jan Kowalski · Sekretarz koła PiS · Biuro Poselskie Lublin", POLITICS),
        ("Anna Berger | Praxis Dr. Berger | Diabetikerin seit 2010", HEALTH),
    ],
)
def test_a_signature_with_a_person_named_still_tells(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Halal lamb kofta wrap,£7.20,contains: gluten",
        "Koscheres Hühnchen mit Reis;12,50 €;Allergene: keine",
        "Menú halal del día;11,00 €;incluye bebida",
    ],
)
def test_a_dish_of_faith_on_a_priced_menu_is_no_ones_observance(text: str) -> None:
    assert RELIGION not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"nota":"FIOM e FIM proclamano otto ore di sciopero","data":"2027-01-20"}',
        "ver.di und GEW rufen für Donnerstag zum Warnstreik auf.",
    ],
)
def test_unions_acting_together_in_the_news_are_bodies(text: str) -> None:
    assert UNION not in found(text)


def test_an_optional_question_declined_tells_nothing() -> None:
    assert RELIGION not in found(
        "Confessione religiosa (solo per l'assistenza in reparto, facoltativo): non rispondo"
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"leerling":"Sem de Vries","klas":"1 vwo","geboortedatum":"2012-09-14"}',
        "Schülerin: Lena Adam, Klasse 2, geb. 03.02.2011",
    ],
)
def test_a_pupils_birth_date_of_thirteen_or_more_outweighs_the_school_year(text: str) -> None:
    assert CHILD not in found(text)


def test_a_pupils_birth_date_under_thirteen_still_tells() -> None:
    assert CHILD in found(
        '{"leerling":"Sem de Vries","klas":"groep 5","geboortedatum":"2018-09-14"}'
    )


def test_a_junior_sports_age_group_is_not_the_alevi_faith() -> None:
    assert RELIGION not in found('{"jugadora":"Lucía Mora","categoria":"alevín","equipo":"B"}')
    assert RELIGION in found("Mi vecino es alevi y celebra el Cem cada jueves.")


@pytest.mark.parametrize(
    "text",
    [
        '{"jugadora":"Carla Gil","categoria":"benjamín","club":"CF Getafe"}',
        '{"atleta":"Tomás Reis","escalão":"traquinas","clube":"SC Braga"}',
        '{"tesserata":"Giorgia Riva","categoria":"Esordienti","società":"ASD Olimpia"}',
        '{"speler":"Daan Visser","team":"MO11-1","club":"vv Noordwijk"}',
        '{"zawodniczka":"Zuzia Lis","kategoria":"Orlik","klub":"MKS Start"}',
        "mi hijo juega en los alevines del club desde septiembre",
    ],
)
def test_a_named_youth_age_class_for_a_player_is_a_child(text: str) -> None:
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Notiziario del club: i Pulcini cercano un allenatore volontario.",
        "Clubnieuws: de JO10 zoekt een trainer voor het nieuwe seizoen.",
        "Mecz na Orliku w sobotę o 10, kto gra?",
        "Premio letterario per scrittori esordienti: bando 2027",
    ],
)
def test_a_clubs_notice_a_pitch_or_a_debut_names_no_child(text: str) -> None:
    assert CHILD not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"paciente":"Nuria Campos","servicio":"fisioterapia","motivo":"lumbalgia","sesiones":8}',
        '{"paziente":"Elena Greco","servizio":"psicologia","motivo":"attacchi di panico"}',
        '{"persoon":"Bram Mulder","onderzoek":"Mantoux","uitslag":"negatief"}',
        "Apotheek Centrum;Visser, J.P.;Metformine 850 mg;herhaalrecept;opgehaald 02-12",
        "Dupont Léa;kinésithérapie;lombalgie chronique;10 séances",
    ],
)
def test_a_record_of_care_names_its_patient(text: str) -> None:
    assert HEALTH in found(text)


def test_an_employees_ward_is_a_workplace() -> None:
    text = '{"dipendente":"G. Fabbri","badge":"B-2231","reparto":"Pronto Soccorso"}'
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Centre de santé sexuelle – M. P. Girard, HSH, PrEP depuis 2024, bilan négatif.",
        "Consulta – utente J. (HSH), rastreio trimestral, sem sintomas.",
        "Soa-poli – dhr. K., man die seks heeft met mannen, controle over drie maanden.",
        "Grund der Anmeldung: sexuelle Unlust seit zwei Jahren, belastet die Ehe",
        "Aanmelding: geen zin in seks meer, spanningen thuis",
        "Elternabend Kita;Sandra & Petra Lang;zwei Mütter;Tochter Ida",
        "io e la mia ragazza ci sposiamo a giugno!! – Giulia, quella del terzo piano",
        "meine Freundin und ich haben uns verlobt! ach so, bin übrigens Laura aus dem Chor",
    ],
)
def test_a_sexual_health_record_a_desire_lost_or_a_couple_of_one_gender_tells_sex_life(
    text: str,
) -> None:
    assert SEXUAL_ORIENTATION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "MSM coverage of the election was thin this year.",
        "meine Freundin und ich haben uns verlobt! ach so, bin übrigens Jonas aus dem Chor",
    ],
)
def test_an_acronym_in_the_news_or_a_man_and_his_girlfriend_tell_nothing(text: str) -> None:
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("CDU Stadtverband Nord;Mitglied;Ursula Kern;seit 2004;Beitrag 8,00 €", POLITICS),
        ("Je ne renouvelle pas mon adhésion à Horizons, merci de me retirer des listes.", POLITICS),
        ("5120;Wagner, Tobias;StKl 1;Konf. ev;Kinderfreibetrag 0,5", RELIGION),
        (
            "Da cattolica praticante apprezzo che la mensa rispetti il venerdì di Quaresima.",
            RELIGION,
        ),
        ('{"członek":"Adam Aleksandrowicz","gmina":"Białystok","funkcja":"muezin"}', RELIGION),
    ],
)
def test_a_role_in_a_rows_cell_a_membership_left_a_payroll_code_or_as_one(
    text: str, category: str
) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rückruf Fr. Berg – Haplogruppe U5 bestätigt, 2 Treffer",
        "Appeler M. Lefort – haplogroupe R1b confirmé",
        "Llamar a Dña. Pilar Soto – haplogrupo H3 confirmado",
        "Richiamare sig.ra Pinna – aplogruppo K1 confermato",
        "Terugbellen mevr. De Wit – haplogroep J2 bevestigd",
        "Probe 7731;Meijer, Anouk;pathogene variant in BRCA2;klinische genetica",
    ],
)
def test_a_haplogroup_or_a_pathogenic_variant_of_a_person_is_genetic(text: str) -> None:
    assert GENETIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe Sichelzellanämie, bestätigt in der Uniklinik, und darf kein Blut spenden.",
        "Consulta: drepanocitosis confirmada en doña Rosa Méndez, control en hematología.",
        "mijn zoon heeft sikkelcelziekte, hij mist vaak school",
    ],
)
def test_sickle_cell_disease_of_a_person_is_health(text: str) -> None:
    assert HEALTH in found(text)


def test_a_heterozygous_carrier_is_genetic_not_ill() -> None:
    text = "Résultats génétiques connus : hétérozygote drépanocytose, sans symptôme"
    assert HEALTH not in found(text)


def test_a_title_written_small_names_a_person() -> None:
    assert HEALTH in found("Dictaat: de uitslag bevestigt diabetes type 2 bij meneer Bakker.")
    text = "Uitvaart: de familie wil voor meneer Ramdin een hindoeïstische crematie."
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"leerling":"Yasmin El Amrani","dieet":"halal","kamp":"zomerkamp"}',
        "H-0977;Rubén Vega;Hermandad de la Esperanza;costalero;cuota al día",
    ],
)
def test_a_word_of_faith_filling_a_cell_of_a_persons_record_is_theirs(text: str) -> None:
    assert RELIGION in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Hr. Albers ruft an: seit Freitag Schwindel, Rückruf Praxis, ggf. Kortison.", HEALTH),
        ("Member: J. Doyle (Unison). Hearing 3 Feb re absence – long COVID. Rep to attend.", UNION),
    ],
)
def test_a_note_that_opens_with_its_person_tells_of_them(text: str, category: str) -> None:
    assert category in found(text)


def test_a_carrier_in_german_is_genetic_not_ill() -> None:
    assert HEALTH not in found("Test: ich bin Trägerin für Mukoviszidose, mein Mann auch.")


@pytest.mark.parametrize(
    "text",
    [
        "Relazione mensile: 9 casi di diabete in reparto, nessun dato nominativo",
        "Rapport : 14 cas d'asthme ce trimestre, aucune donnée nominative",
    ],
)
def test_a_report_that_says_it_names_no_one_tells_nothing(text: str) -> None:
    assert HEALTH not in found(text)
