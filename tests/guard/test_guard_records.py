"""The shape of a record a term stands in: log lines, column names, invoices, kinds of
data and tables of counts are no one's; a row or an object that names its person is
theirs. Checked through the guard on whole texts, and on the pure readers directly."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import CHILD, GENETIC, HEALTH, POLITICS, UNION
from troth.guard.records import count_table, header_row, log_line, names_a_person


@pytest.mark.parametrize(
    "text",
    [
        # a system's log line
        '{"time":"2026-11-30T22:01:07Z","level":"ERROR","service":"face-match","msg":"timeout"}',
        "2026-11-30 22:01:07 WARN voiceprint-enrol queue depth 412",
        # a row of column names
        "Personalnummer;Nachname;Vorname;Konfession;Eintritt",
        "id,nombre,apellido,afiliacion_sindical,alta",
        # a party or a parish invoiced as a customer
        '{"cliente":"Lega – Sezione di Treviso","fattura":"FT-88","importo":95.00}',
        "Please resend the invoice for the organ repair to St Bride's parish office.",
        # a kind of data
        "richtlinie_aufbewahrung_gesundheitsdaten_v3.pdf",
        "Les données génétiques sont chiffrées au repos.",
        # a table of counts by origin
        "nationality;count\nBritish;1200\nPolish;310\nRomanian;95",
        # a field the form does not collect
        "Appartenenza politica: non raccolta",
        "Godsdienst: wordt niet gevraagd",
        # a class's document and a setting for every class
        "woordenlijst_groep5_herfst.pdf",
        "In the admin panel, the filter 'Year 4' shows no pupils at all.",
        # the years since a date, and a work anniversary
        "Socio dal: 2015 (11 anni)",
        "5-year work anniversary – Tomasz, cake at 3",
        # a building's record, a course's topic
        '{"building": "Old Royal Infirmary", "built": 1879}',
        '{"kurs": "Islam im Alltag – ein Überblick", "plaetze": 25}',
        # a matter of taste called one of faith
        "Spaces or tabs is a matter of faith in this team, let's just pick one.",
        # a team's, a floor's or a shelf's record
        '{"team": "Health & Safety – Disability Inclusion", "floor": 2}',
        '{"shelf": "Religion & Spirituality", "copies": 12}',
        # a rule quoted in a signature, the verb before the negation
        "Anne Roy · DPO · « Nous ne collectons jamais la religion des candidats. »",
        # a vehicle's age, an adult's memory of primary school
        "Alter des Fahrzeugs: 11 Jahre",
        "I remember my Year 3 teacher reading us Roald Dahl every Friday.",
        # slogans, game clerics, a craze, a device named for a parish office
        "ofertas de infarto solo este fin de semana",
        "my cleric finally hit level 5 last night",
        "honestly the whole team is so gay for the new dashboard",
        "Printer-Parish-Office-2F",
        # French collège years count down
        "Conseil de classe 3e A – mardi 17h",
        # a first name with a particle before the surname
        "Fatima van Dijk, Financiële administratie, FNV Bondgenoten",
    ],
)
def test_no_ones(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a row that names its person, surname first or in a quoted cell
        ('"Okafor, C.";"sickle cell trait";"Lab Nord"', GENETIC),
        ('"Nia Okafor","Sales","asthma - inhaler in top drawer"', HEALTH),
        # an object whose key names a person: a topic word in a key does not hide it
        ('{"paziente":"Rita Greco","studio":"mutazione BRCA2 rilevata"}', GENETIC),
        # a file named after someone is theirs
        ("rohdaten_DNA_Schulte_2026.txt", GENETIC),
        ("zeugnis_klasse3_Emil.pdf", CHILD),
        # dues on a payslip are the employee's, amounts and all
        ('{"employee":"E2201","deductions":[{"code":"UNISON","amount":12.40}]}', UNION),
        # a member named beside an invoice is still a member
        ("Herr Kuhn, Mitglied der SPD, bittet um eine Rechnung für das Sommerfest.", POLITICS),
        # a quoted cell is a value, not a quotation
        ('"Cotisation syndicale CFDT : 9,80 €"', UNION),
        ('"Absence : hospitalisation, arrêt 5 jours"', HEALTH),
        # a person named by a title beside a technician's visit
        (
            "Cliente (Sra. Pinto) pede outra data da visita técnica: faz quimioterapia à terça.",
            HEALTH,
        ),
        # a child with a surname after the first name, or with "l." for years
        ("Anmeldung Schwimmkurs: Lena Hoffmann (8), Gruppe Delfine", CHILD),
        ("Zapisy: Zosia (6 l.), grupa Motylki", CHILD),
    ],
)
def test_someones(text: str, category: str) -> None:
    assert category in found(text)


def test_the_readers_on_their_own() -> None:
    assert log_line('{"ts": 1, "level": "INFO", "msg": "ok"}')
    assert not log_line('{"name": "Ann", "note": "diabetic"}')
    assert header_row("employee_id,surname,diagnosis")
    assert not header_row("Ann Lee,Sales,diabetic")
    assert not header_row("employee_id,surname,diagnosis\n7,Lee,asthma")
    assert count_table("Konfession;Anzahl\nkatholisch;40")
    assert not count_table("Konfession;Name\nkatholisch;Ann")
    assert names_a_person('{"nombre": "Ana"}', cells=False)
    assert names_a_person('"Lee, A.";"asthma"', cells=True)
    assert not names_a_person("Lee, A. asked about asthma", cells=True)
