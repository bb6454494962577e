"""A table pasted as text is read by its header: a cell is said of its column. A header
alone, and a table of figures or things with no person, is no one's."""

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
    UNION,
)
from troth.guard.engine import default_engine
from troth.guard.tables import column_names, table_of


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("alunno;età;campo;allergie\nLuca Ferri;7;Riccione;nessuna", CHILD),
        ("kind;leeftijd;groep\nSem de Vries;5;Vlinders", CHILD),
        ("Gruppe;Kind;geb.;Abholer\nFüchse;Lina Koch;14.05.2021;Vater", CHILD),
        ("traveller;scheme;iris_scan\nOwen Price;FastGate;enrolled 02-11-2026", BIOMETRIC),
        ("paciente;gene;resultado\nRosa Lima;HFE;C282Y homozigota", GENETIC),
        ("employee;union;deduction\nAisha Bello;Unison;1 % of pay", UNION),
    ],
)
def test_a_cell_is_read_under_its_column(text: str, category: str) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "emp_id,ethnicity,religion,disability_flag,union_member,created_at",
        "regione;iscritti_sindacati;anno\nToscana;31 %;2025",
        "razza;peso_medio_kg\nPastore tedesco;34",
        "klasa;przedmiot;dzień\n3a;religia;środa",
        "concepto;importe\nCuota sindical;0,00",
    ],
)
def test_a_schema_or_a_table_of_things_is_no_ones(text: str) -> None:
    assert found(text) & {RACE, RELIGION, UNION, HEALTH, CHILD} == set()


def test_the_table_and_its_rows() -> None:
    table = table_of("name;age\nAda Lamb;9\nBo Ng;11")
    assert table is not None
    assert table.header == ("name", "age")
    assert [fields for _, _, fields in table.as_fields()] == [
        "name: Ada Lamb; age: 9",
        "name: Bo Ng; age: 11",
    ]
    assert table_of("Dear team;\nplease find the report attached.") is None
    assert column_names("id,ethnicity,religion,created_at")
    assert not column_names("id,ethnicity")


def test_a_rows_finding_spans_the_row() -> None:
    text = "bambino;età\nGiulia Neri;8"
    spans = [(d.start, d.end) for d in default_engine().analyze(text) if d.category == CHILD]
    assert (text.index("Giulia"), len(text)) in spans


def test_many_texts_read_a_table_as_one_does() -> None:
    texts = ["bambino;età\nGiulia Neri;8", "ok"]
    engine = default_engine()
    assert [d.category for d in engine.analyze_many(texts)[0]] == [
        d.category for d in engine.analyze(texts[0])
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{"openapi": "3.0.1", "properties": {"religion": {"enum": ["christian", "muslim"]}}}',
        '{"formulario": "alta", "campos": [{"id": "religion", "opciones": ["católica", "otra"]}]}',
        "Origine ethnique : (champ supprimé)",
        "Religion or belief: [please select]",
    ],
)
def test_a_schema_or_a_placeholder_is_no_ones(text: str) -> None:
    assert found(text) & {RACE, RELIGION} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Numero tessera CGIL (per sconto convenzione): 77-10442",
        "Lidnummer FNV (voor collectieve korting): 2210558",
        "Si es afiliado a UGT, indique su nº para el descuento: 5530198",
    ],
)
def test_a_unions_member_number_given_is_membership(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beruf/Funktion: Gemeinderat (SPD), Gemeinde Ober-Mörlen",
        "de verkiezingsborden op naam van Els de Boer, lijsttrekker van de PvdA in Ede",
        "Carlos Ruiz pide borrar su foto del mitin del PSOE en Jaén.",
    ],
)
def test_a_partys_office_or_rally_is_political(text: str) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"ts":"2026-11-02T07:55:01Z","level":"info","msg":"face match ok","subject":"emp_4410"}',
        "O leitor do metrô não reconheceu a face da Sra. Joana Reis, ela pagou a tarifa.",
        "Rodzic zgłasza, że bramka z rozpoznawaniem twarzy nie wpuszcza dziadka Jana.",
        '{"pago": {"método": "palma de la mano", "cliente": "cl_1120", "match": true}}',
    ],
)
def test_a_subjects_match_in_a_log_or_a_titled_or_kin_persons_face_is_biometric(
    text: str,
) -> None:
    assert BIOMETRIC in found(text)


def test_a_log_line_with_no_subject_stays_no_ones() -> None:
    text = '{"ts":"2026-11-02T07:55:01Z","level":"info","msg":"face match service restarted"}'
    assert BIOMETRIC not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Antragsteller: Herr Jonas Weber\nFamilienstand: verheiratet\nEhegatte: Lukas Weber",
        "Applicant: Ms Priya Shah\nEmergency contact: Anjali (my wife) 07700 900123",
        "emp,benefit,dependant,relationship\nPaul Grant,dental,Leo Grant,husband",
    ],
)
def test_a_forms_applicant_and_a_spouse_of_the_same_gender(text: str) -> None:
    assert SEXUAL_ORIENTATION in found(text)


def test_a_forms_applicant_and_a_spouse_of_the_other_gender() -> None:
    text = "Antragsteller: Herr Jonas Weber\nFamilienstand: verheiratet\nEhegatte: Lena Weber"
    assert SEXUAL_ORIENTATION not in found(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            '{"event":"booking","props":{"reason":"knee arthroscopy rehab","user_id":"u_41"}}',
            HEALTH,
        ),
        (
            '{"ts":"2026-11-02T09:00:00Z","level":"info","service":"bot","turns":[{"role":"user",'
            '"text":"my inhaler spacer is cracked, I need the new one"}],"user_id":"u_9"}',
            HEALTH,
        ),
        (
            '{"level":"info","msg":"Unterschriftsdynamik ok","kunde":"88-1","ts":"2026-11-02"}',
            BIOMETRIC,
        ),
    ],
)
def test_a_users_record_or_log_tells_of_the_user(text: str, category: str) -> None:
    assert category in found(text)


def test_a_log_line_of_no_user_stays_no_ones() -> None:
    text = '{"ts":"2026-11-02T09:00:00Z","level":"warn","msg":"inhaler stock low, reorder"}'
    assert HEALTH not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bug: race condition when two workers write the same row (JOB-771)",
        "Farbe des Fahrzeugs: schwarz",
        "Sindicatura de Greuges de Barcelona - Oficina d'atenció",
        "TypeError: Cannot read properties of undefined (reading 'unionDues')\n"
        "    at calcDeductions (deductions.ts:142:31)",
        'Ejemplo: "celíaco, vegano, halal"',
        "Merkblatt_Kirchensteuer_2027.pdf",
        "Lei_13146_Estatuto_da_Pessoa_com_Deficiencia_resumo.pdf",
    ],
)
def test_code_a_things_colour_an_office_an_example_or_a_law_is_no_ones(text: str) -> None:
    assert found(text) & {RACE, RELIGION, UNION, HEALTH} == set()


def test_the_colour_of_a_persons_skin_still_tells() -> None:
    assert RACE in found("Nome: Ana Reis; cor da pele: preta")


@pytest.mark.parametrize(
    "text",
    [
        "Adam Wrobel: UGT1A1*28 homozygota, zespół Gilberta",
        'O meu código de reserva é "PCP9QZ". Passageira: Ana Tavares.',
    ],
)
def test_an_acronym_glued_to_digits_is_a_code_not_a_body(text: str) -> None:
    assert found(text) & {POLITICS, UNION} == set()


def test_an_acronym_standing_alone_still_names_the_body() -> None:
    assert UNION in found("Soy afiliada a UGT desde 2019, cuota al día.")
