"""A table pasted as text: a header row and rows of cells, as exports and spreadsheets hold.

A cell is said of its column: "6" under "età" is an age, "Y" under "finger_enrolled" a
sample taken, "03.02.2022" under "geb." a birth date. So each row is also read as its
header's "column: value" pairs ("bambino: Sofia Rinaldi; età: 6; …"), and what is found
there is reported over the row. A header with no row under it names columns, not anyone
("emp_id,ethnicity,religion,union_member"); a table whose columns name no person and whose
cells name no one is figures or things ("regione;iscritti_sindacati;anno", "razza;peso").
The engine (:mod:`troth.guard.engine`) asks this of a text with more than one line.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from troth.guard.lexicon import fold

_DELIMITERS = (";", "\t", ",", "|")
_MAX_ROWS = 50  # rows read as pairs: a longer export is left to the plain reading
_MAX_LINE = 400
# a code: letters and digits in one word ("A823310", "emp_2231", "YDNA-2201")
_CODE = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[^\W\d])[\w./-]{4,}")
# a column's name: a short run of words or an identifier ("finger_enrolled", "geb.")
_COLUMN = re.compile(r"^[^\W\d][\w .'/()-]{0,39}$")
# the columns whose cells are people: a name, an employee, a pupil, a patient, a client …
PERSON_COLUMNS = frozenset(
    """name names fullname full_name first_name firstname last_name lastname surname
    forename nombre apellido apellidos nome cognome nom prenom naam voornaam achternaam
    imie nazwisko vorname nachname employee employee_id emp emp_id staff mitarbeiter
    mitarbeiterin pracownik werknemer medewerker dipendente empleado empleada funcionario
    funcionaria salarie customer client cliente kunde kundin klant klient patient paciente
    paziente patient pacjent doente utente usuario user user_id utilisateur nutzer
    gebruiker uzytkownik member socio socia mitglied lid membre czlonek student student_id
    upn aluno alunno alunna alumno alumna studente eleve leerling schuler schueler uczen
    uczennica child kind bambino bambina nino nina enfant crianca dziecko kid pupil
    passenger pasajero
    passeggero passageiro passager passagier pasazer reiziger traveller traveler guest gast
    huesped ospite hospede invite gosc eleitor voter wahler electeur votante kiezer wyborca
    atleta athlete speler player jugador giocatore joueur zawodnik spieler subject person
    persona pessoa personne osoba participant teilnehmer teilnehmerin deelnemer partecipante
    participante uczestnik donor donante spender applicant candidato candidata candidat
    kandidat bewerber bewerberin sollicitant kandydat resident bewohner residente inquilino
    tenant huurder mieter locataire lokator assure versicherte versicherter asegurado
    segurado verzekerde ubezpieczony pernr persnr personalnummer personnummer matricola
    nominativo donateur donatore complainant klager denunciante reclamante ma mitarb""".split()
)


@dataclass(frozen=True)
class Table:
    """A header and the rows under it, with where each row stands in the text."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, int, tuple[str, ...]], ...]

    def names_a_person(self) -> bool:
        """Whether a column is of people (a name, a pupil, a patient …)."""
        for column in self.header:
            key = fold(column.lower().strip(" .")).replace(" ", "_")
            if key in PERSON_COLUMNS or any(part in PERSON_COLUMNS for part in key.split("_")):
                return True
        return False

    def as_fields(self) -> list[tuple[int, int, str]]:
        """Each row as its header's "column: value" pairs, with the row's span (an empty
        cell, and a code's cell such as "A823310" under "upn", are left out)."""
        out = []
        for start, end, cells in self.rows[:_MAX_ROWS]:
            pairs = [
                f"{h.strip()}: {v.strip()}"
                for h, v in zip(self.header, cells, strict=True)
                if v.strip() and not _CODE.fullmatch(v.strip())
            ]
            out.append((start, end, "; ".join(pairs)))
        return out


def _cells(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter))


def _delimiter(header: str) -> str | None:
    for delimiter in _DELIMITERS:
        if header.count(delimiter) >= 1:
            return delimiter
    return None


def table_of(text: str) -> Table | None:
    """The table a text holds: a first line of two or more column names, and lines with
    as many cells; none when the text is not one."""
    try:
        return _table(text)
    except csv.Error:
        return None  # a carriage return inside a line, a stray quote: not a table


def _table(text: str) -> Table | None:
    first = text.find("\n")
    if first < 0 or first > _MAX_LINE:
        return None
    head = text[:first]
    delimiter = _delimiter(head)
    if delimiter is None or delimiter not in text[first:]:
        return None  # (most texts of several lines stop here, before any parsing)
    if not all(_COLUMN.match(c.strip(' "')) for c in head.split(delimiter)):
        return None  # a first line of words or figures, not of column names
    lines = text.split("\n")
    header = _cells(lines[0].strip(), delimiter)
    if len(header) < 2 or not all(_COLUMN.match(c.strip()) for c in header):
        return None
    rows = []
    at = len(lines[0]) + 1
    for line in lines[1:]:
        if line.strip() and len(line) <= _MAX_LINE:
            cells = _cells(line.strip(), delimiter)
            if len(cells) != len(header):
                return None  # not a table: a text that goes on after a line
            rows.append((at, at + len(line), tuple(cells)))
        at += len(line) + 1
    return Table(tuple(header), tuple(rows)) if rows else None


def column_names(text: str) -> bool:
    """A line of four or more column names alone: a schema, no one's data
    ("emp_id,ethnicity,religion,disability_flag,union_member,created_at")."""
    if "\n" in text.strip() or " " in text.strip():
        return False
    delimiter = _delimiter(text)
    if delimiter is None:
        return False
    cells = [c.strip() for c in text.strip().split(delimiter)]
    return len(cells) >= 4 and all(re.fullmatch(r"[a-z][a-z0-9_]{1,39}", c) for c in cells)


# the keys of a schema or of a form's definition: its fields and their options
_SCHEMA_KEYS = re.compile(
    r'"(?:openapi|swagger|\$schema|schema|schemas|properties|enum|fields|columns|campi|'
    r"campos|kolumny|velden|felder|champs|opcoes|opciones|opzioni|options|optionen|opties|"
    r'opcje)"\s*:',
    re.IGNORECASE,
)


def schema_text(text: str) -> bool:
    """A schema or a form's definition as JSON: it names fields and options, no one's data
    ({"openapi": …, "properties": {"ethnicity": {"enum": […]}}})."""
    return text.lstrip().startswith("{") and _SCHEMA_KEYS.search(text) is not None
