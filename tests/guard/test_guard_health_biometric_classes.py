"""Health and biometric data by class of text, in the eight languages, with look-alikes.

Health: a prescription medicine and its dose in a cell (not a stock or a price line), a
pregnancy told by its weeks or months, stitches after an injury, conditions in plain words
(-itis words, sugar lows, loss of libido), recovery from an addiction, mobility aids in a
record, a worker's disability status, a short therapy entry beside a part of the body; not
a disability representative's office, nor a rule that names health as a thing not to ask.
Biometric: entering or clocking in by a palm, a finger, a face or a vein, a reader that
recognises the writer, a record with a person and a biometric key. Every expected value is
the labelling rule read by hand.
"""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC, CHILD, HEALTH


def health(text: str) -> bool:
    return HEALTH in found(text)


# --- a prescription medicine and its dose in a cell: a dose given to someone ---
@pytest.mark.parametrize(
    "text",
    [
        "Quetiapin 25 mg zur Nacht",
        "Seroplex 10 mg",
        "Escitalopram 15 mg",
        "Lexapro 20 mg",
        "Euthyrox 75 µg",
        "Venlafaxina 75 mg",
        "Wenlafaksyna 150 mg",
        "Atorvastatine 40 mg",
    ],
)
def test_a_medicine_with_its_dose_in_a_cell_is_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ibuprofen 400 mg – ausverkauft",
        "Paracetamol 1000 – esgotado",
        "Ozempic 0,5 mg – price 119 €",
        "Atorvastatina 20 mg, prezzo 6,50 €",
        "Gluten-free and diabetes-friendly biscuits on the bottom shelf",
    ],
)
def test_a_stock_or_a_price_line_is_not(text: str) -> None:
    assert not health(text)


# --- a pregnancy told by its weeks or months ---
@pytest.mark.parametrize(
    "text",
    [
        "Ich bin jetzt in der 9. Woche und mir ist nur übel.",
        "Je suis à 4 mois, personne ne le sait encore au bureau.",
        "Estoy de 10 semanas, todavía no se lo he dicho a mi jefa.",
        "Sono alla 20a settimana, la morfologica è andata bene.",
        "Estou de 8 semanas e ainda não contei a ninguém.",
        "Ik ben 11 weken, nog even niks zeggen tegen het team.",
        "Jestem w 16. tygodniu i wszystko jest dobrze.",
        "I'm 13 weeks along, not telling anyone yet.",
        "Mutterpass: 22. SSW, Termin beim Frauenarzt",
    ],
)
def test_a_pregnancy_by_its_weeks_is_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis à 3 mois de la retraite et je range mon bureau.",
        "Estou com 2 meses de atraso na fatura, podem parcelar?",
        "Ich bin in der 3. Klasse Kassenwart im Verein.",
        "Der Kurs dauert 12 Wochen und kostet 90 Euro.",
        "Ich bin Vorsitzender des SSW-Ortsvereins und brauche eine Rechnung.",
    ],
)
def test_months_to_a_date_or_a_course_are_not(text: str) -> None:
    assert not health(text)


# --- stitches after an injury ---
@pytest.mark.parametrize(
    "text",
    [
        "Meine Tochter ist vom Rad gefallen, die Wunde wurde genäht.",
        "Mijn zoon viel van de trap en is gehecht op de SEH.",
        "Syn rozciął rękę, ma szwy i musi oszczędzać dłoń.",
        "Mon fils a eu trois points de suture au menton après la chute.",
        "Mi marido se cortó y le pusieron cinco puntos de sutura.",
        "Mia figlia è caduta e le hanno dato quattro punti di sutura.",
        "O meu filho caiu e levou pontos na testa.",
    ],
)
def test_stitches_after_an_injury_are_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben erg gehecht aan mijn oude fiets.",
        "Das Kleid wurde von Hand genäht, wunderschön.",
    ],
)
def test_attached_and_sewn_are_not(text: str) -> None:
    assert not health(text)


# --- conditions in plain words: -itis words, sugar lows, loss of libido ---
@pytest.mark.parametrize(
    "text",
    [
        "J'ai une sinusite depuis lundi, je travaille de chez moi.",
        "Ho una tendinite al polso, scrivo poco.",
        "Estou com conjuntivite, não posso ir à reunião.",
        "Mit meiner Retinitis pigmentosa lese ich nur noch Hörbücher.",
        "Ik had gisteren een hypo tijdens het sporten, een suikerdip.",
        "Mój syn miał wczoraj niedocukrzenie na treningu.",
        "Tuve un bajón de azúcar en la reunión y me dieron zumo.",
        "Mi è venuto un calo di zuccheri in palestra.",
        "Seit der neuen Tablette habe ich Libidoverlust.",
    ],
)
def test_plain_condition_words_are_health(text: str) -> None:
    assert health(text)


# --- recovery from an addiction ---
@pytest.mark.parametrize(
    "text",
    [
        "Il mio compagno è seguito dal SerD da due anni.",
        "Sou o Rui, estou limpo há dois anos e trabalho à noite.",
        "Mi hermano está limpio desde marzo, va a Proyecto Hombre.",
        "I've been clean since 2021 and go to NA meetings on Fridays.",
        "Brat jest czysty od roku, chodzi do Monaru.",
    ],
)
def test_recovery_from_an_addiction_is_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "La cucina è pulita da ieri sera, grazie.",
        "The room was clean for the inspection.",
    ],
)
def test_a_clean_room_is_not(text: str) -> None:
    assert not health(text)


# --- mobility aids in records, a worker's disability status, a therapy entry ---
@pytest.mark.parametrize(
    "text",
    [
        '{"pasażer": "K. Nowak", "pomoc": "wózek inwalidzki", "wagon": 7}',
        '{"passenger": "T. Reid", "ssr": "WCHR", "seat": "2C"}',
        '{"Gast": "H. Bauer", "Hilfsmittel": "Rollator"}',
        "Paolo Neri · Ufficio acquisti · categoria protetta",
        "Marc Petit · Comptabilité · RQTH",
        "Ik werk via de Wajong en heb een jobcoach.",
        "Ergo – Schulter rechts",
        "Fizjo – kolano lewe",
    ],
)
def test_aids_statuses_and_therapy_entries_are_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ergo – Versicherung kündigen",
        "Logo – neue Farben für die Website",
    ],
)
def test_a_short_form_without_a_part_of_the_body_is_not(text: str) -> None:
    assert not health(text)


# --- an office for disabled staff, a rule of what not to ask ---
@pytest.mark.parametrize(
    "text",
    [
        "Herr Kaya ist Schwerbehindertenvertreter und plant die Sprechstunde im Mai.",
        "Recuerde: no se debe preguntar por embarazo ni por salud en la entrevista.",
        "Attenzione: non si può chiedere della gravidanza al colloquio.",
        "Hinweis: Im Gespräch darf nicht nach Schwangerschaft oder Krankheit gefragt werden.",
        "Rappel : on ne peut pas demander à un candidat s'il est enceinte ou malade.",
        "Lembrete: não se pode perguntar sobre gravidez ou doenças na entrevista.",
        "Let op: je mag niet vragen naar zwangerschap of ziekte tijdens het gesprek.",
        "Pamiętaj: nie można pytać o ciążę ani choroby na rozmowie.",
        "Reminder: you cannot ask candidates about pregnancy or illness in the interview.",
    ],
)
def test_an_office_or_a_rule_is_not_a_disclosure(text: str) -> None:
    assert not health(text)


# --- biometric: entering or clocking in by a body part, a reader that knows the writer ---
@pytest.mark.parametrize(
    "text",
    [
        "Im Werk stempeln wir jetzt mit dem Finger, bei mir klappt das selten.",
        "Al gimnasio se entra con la palma de la mano y el lector me reconoce.",
        "Na recepção entro com o dedo, o leitor me reconhece logo.",
        "Do biura wchodzę na odcisk palca, czytnik mnie rozpoznaje bez problemu.",
        "In ufficio si timbra con il dito e il lettore mi riconosce subito.",
        '{"mitarbeiter": "J. Roth", "venen_scan": "ok", "tuer": "Labor"}',
        '{"pracownik": "M. Wrona", "twarz": "dopasowano", "bramka": 2}',
    ],
)
def test_entering_by_a_body_part_or_a_reader_that_knows_me_is_biometric(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der neue Fingerabdruckleser für das Lager kommt am Montag.",
        "El lector de la puerta está roto, usad la tarjeta.",
        "Il lettore di badge all'ingresso è in manutenzione.",
    ],
)
def test_a_reader_named_as_a_device_is_not(text: str) -> None:
    assert BIOMETRIC not in found(text)


# --- a report or a template filed under a person's name; a device named for what it reads ---
@pytest.mark.parametrize(
    "text",
    [
        "informe_gastroscopia_Martinez_2025.pdf",
        "Befund_MRT_Knie_SCHMIDT.pdf",
        "relatorio_ecografia_Oliveira.pdf",
        "referto_colonscopia_Bianchi.pdf",
    ],
)
def test_a_medical_report_under_a_name_is_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        "informe_gastroscopia_plantilla.pdf",
        "folleto_endoscopia_2025.pdf",
    ],
)
def test_a_report_with_no_name_is_not(text: str) -> None:
    assert not health(text)


def test_a_template_under_a_surname_and_initial_is_biometric() -> None:
    assert BIOMETRIC in found("wzorzec_odcisku_nowak_m.dat")


@pytest.mark.parametrize("text", ["fingerprint-reader-hall-b", "gesichtserkennung-terminal-3"])
def test_a_device_named_for_what_it_reads_is_not_biometric(text: str) -> None:
    assert BIOMETRIC not in found(text)


# --- failures of an organ, eye and foot conditions, spelled without umlauts ---
@pytest.mark.parametrize(
    "text",
    [
        "Mon père est hospitalisé pour une insuffisance rénale.",
        "Mi madre tiene insuficiencia cardíaca y no puede subir escaleras.",
        "Mijn vader had vorige week een hartinfarct.",
        "Mama ma niewydolność serca i jest w szpitalu.",
        "Con il mio cheratocono guido solo di giorno.",
        "Meine Einlagen helfen endlich gegen den Fersensporn.",
        "Laptop-von-Ute-Hoergeraet-Kopplung",
    ],
)
def test_failures_and_conditions_in_plain_words_are_health(text: str) -> None:
    assert health(text)


# --- a number under a health label, a Polish sick note, the weeks after a birth ---
@pytest.mark.parametrize(
    "text",
    [
        "Codice esenzione ticket: 031",
        "Pflegegrad: 3",
        "GdB: 60",
        "Mam L4 do końca tygodnia, wrócę w poniedziałek.",
        "Dostałam L4 na tydzień po zabiegu.",
        "Ik zit nog in de kraamtijd, antwoord later.",
        "Estoy en el posparto y duermo poco, perdonad el retraso.",
        "Sono ancora in puerperio, rispondo la prossima settimana.",
        "Jestem w połogu, odpiszę za tydzień.",
    ],
)
def test_codes_sick_notes_and_the_weeks_after_a_birth_are_health(text: str) -> None:
    assert health(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"chemo": 1}',
        "L4 load balancer config for the API",
        "Kontrola L4 i L5 w konfiguracji sieci",
    ],
)
def test_a_switch_or_a_network_layer_is_not(text: str) -> None:
    assert not health(text)


# --- a clause after a semicolon goes on with the person of the sentence before it ---
@pytest.mark.parametrize(
    "text",
    [
        "Sr. Nunes pede segunda via da fatura; faz hemodiálise às quintas.",
        "Frau Keller ruft wegen der Rechnung an; sie ist seit Montag im Krankenhaus.",
        "La signora Rota chiede una proroga; è in dialisi tre volte a settimana.",
        "Mevrouw Peters belt over de levering; ze heeft net een operatie gehad.",
    ],
)
def test_a_clause_after_a_semicolon_keeps_its_person(text: str) -> None:
    assert health(text)


def test_a_clause_after_a_semicolon_with_no_person_stays_general() -> None:
    assert not health("Sala riunioni prenotata; il corso sulla prevenzione del diabete è alle 10.")


# --- "our hospital" is a workplace; a product with its price is no one's condition ---
@pytest.mark.parametrize(
    "text",
    [
        "Sono delegata sindacale nel nostro ospedale e organizzo l'assemblea.",
        "Ich bin Betriebsrätin in unserem Krankenhaus und plane die Schichten.",
        "Jestem przedstawicielką załogi w naszym szpitalu od dwóch lat.",
        "Bransoleta SOS cukrzyca – rozmiar S – 29,99 zł",
        "Medical alert bracelet for allergies – 12,50 €",
    ],
)
def test_our_hospital_and_a_priced_product_are_not_health(text: str) -> None:
    assert not health(text)


def test_a_relative_in_our_hospital_is_still_health() -> None:
    assert health("Mein Vater liegt seit gestern in unserem Krankenhaus.")


@pytest.mark.parametrize(
    "text",
    [
        "Time clock won't read Steve Morgan's fingerprint since he burnt his right hand at home",
        "seit er sich die rechte Hand an der Presse gequetscht hat, stempelt er auf Papier",
        "da quando il Sig. Pini si è schiacciato la mano destra nella pressa firma a mano",
        "sinds hij zijn rechterhand onder de pers heeft gekneusd tekent hij op papier",
    ],
)
def test_a_part_of_a_persons_body_hurt_is_health(text: str) -> None:
    assert HEALTH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the arm of the chair is broken, please send a new one",
        "the robot broke its left arm again",
    ],
)
def test_a_things_part_broken_is_no_health(text: str) -> None:
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is a word of price is no price
        '{"member_id": "GYM-22817", "name": "Owen Price", "induction_notes": "asthma, inhaler"}',
        # a staff number makes a record one employee's: the leave is theirs
        '{"matricule": 60211, "absence": "congé maternité", "debut": "2027-02-01"}',
    ],
)
def test_a_members_or_an_employees_record(text: str) -> None:
    assert HEALTH in found(text)


def test_a_product_with_its_price_is_no_ones_health() -> None:
    assert HEALTH not in found("Ventolin inhaler 100mcg – price 4,99")


@pytest.mark.parametrize(
    "text",
    [
        "zrobiliśmy psu test DNA z ciekawości i wyszło, że jest w połowie husky",
        "a cadela foi operada às cataratas e já vê outra vez",
    ],
)
def test_a_pets_test_or_operation_is_no_ones(text: str) -> None:
    assert found(text) == set()


def test_a_pet_beside_a_hurt_child() -> None:
    text = "Pies sąsiada ugryzł moją córkę (5) w rękę, ma szwy. Czy pies jest szczepiony?"
    assert CHILD in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "vandaag precies drie jaar clean. wie had dat gedacht. bedankt dat jullie er waren",
        "2 Jahre trocken, heute gefeiert",
        "90 days sober today, thank you all",
    ],
)
def test_time_kept_sober_is_health(text: str) -> None:
    assert HEALTH in found(text)


def test_a_clean_install_is_no_health() -> None:
    assert HEALTH not in found("clean install took 3 days on the old laptop")
