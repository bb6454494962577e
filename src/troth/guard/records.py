"""The shape of a record a term stands in: whose it is, or that it is no one's.

A system's log line ({"level": "INFO", "msg": …}), a row of column names
("employee_id,surname,diagnosis"), an invoice whose customer is a party or a parish, a
kind of data ("données génétiques", "Gesundheitsdaten") are no one's. A row or an object
that names a person ("Harris, L.", {"paciente": "Nuria Beltrán"}) is that person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from troth.guard.context import SUBJECTS
from troth.guard.lexicon import fold

# the keys of a system's log line: two of them make one
_LOG_KEY = re.compile(
    r"[\"'](?:ts|timestamp|time|level|lvl|niveau|livello|nivel|msg|message|svc|service|dienst|"
    r"servizio|servicio|serviço|usluga|logger|trace_id|span_id|host|pid)[\"']\s*:",
    re.IGNORECASE,
)
# a plain log line: a time stamp and a level
_LOG_LINE = re.compile(
    r"^\s*\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?\S*\]?\s.*\b(?:TRACE|DEBUG|INFO|WARN|"
    r"WARNING|ERROR|FATAL)\b"
)


# a level first, then the service: "ERROR biometria-svc: …", "FOUT auth-api: …"
_LEVEL_FIRST = re.compile(
    r"^\s*\[?(?:ERROR|ERRORE|ERRO|ERREUR|FEHLER|FOUT|BŁĄD|BLAD|WARN|WARNING|AVISO|"
    r"WAARSCHUWING|INFO|DEBUG|FATAL)\]?[\s:]+[\w.-]+:"
)


def log_line(text: str) -> bool:
    """A line a system wrote: a JSON object with two log keys, a stamp and a level, or a
    level and a service."""
    if text.lstrip("[ ")[:1].isdigit() and _LOG_LINE.match(text):
        return True
    if text.lstrip("[ ")[:1].isupper() and _LEVEL_FIRST.match(text):
        return True
    return '":' in text and len(_LOG_KEY.findall(text)) >= 2


# the names of columns that say a row is a person's, read in a row of column names
HEADER_WORDS = frozenset(
    """id name surname first_name last_name firstname lastname full_name employee_id
    vorname nachname personalnr nom prenom prénom nome cognome nombre apellido apellidos
    apelido naam voornaam achternaam imie imię nazwisko n_func date datum data fecha
    empleado matricola personeelsnr personeelsnummer mitarbeiternr dipendente funcionario
    pracownik employee staff_id""".split()
)
_CELL = re.compile(r"^[^\W\d_][\w ./()-]{0,29}$")
_SEPARATOR = re.compile(r"[;,\t|]")


def header_row(text: str) -> bool:
    """One line of three column names or more, one of them a person's ("employee_id,
    surname,first_name,diagnosis"): names of fields, no one's values."""
    line = text.strip()
    if "\n" in line or len(line) > 400 or len(_SEPARATOR.findall(line)) < 2:
        return False
    cells = [c.strip().strip("\"'") for c in _SEPARATOR.split(line)]
    if len(cells) < 3 or not all(_CELL.match(c) for c in cells):
        return False
    return any(fold(c.lower()) in HEADER_WORDS for c in cells)


# an invoice or a payment: the body the record names is a customer or a supplier
INVOICE_WORDS = frozenset(
    """invoice invoices rechnung rechnungen facture factures factura facturas fattura fatture
    fatura faturas factuur facturen faktura fakture fakturę fakturze fakturo""".split()
)
# a record's key whose value is a customer: {"kunde": "CSU-Landesleitung"}
_CUSTOMER_KEY = re.compile(
    r"[\"'](?:customer|client|kunde|cliente|klant|klient|nabywca|buyer|käufer|acheteur|"
    r"comprador|acquirente)[\"']\s*:\s*[\"'][^\"']*$",
    re.IGNORECASE,
)


def customer_value(text: str, start: int) -> bool:
    """The term at ``start`` stands in the value of a customer's key: the body is a customer."""
    return _CUSTOMER_KEY.search(text, max(0, start - 80), start) is not None


# a record of a building, a team or a shelf: the hospital, the union desk or the book it
# names is a place, a unit or goods ({"team": "Trade Union Liaison", "floor": 3})
_BUILDING_KEY = re.compile(
    r"[\"'](?:building|gebäude|gebaude|bâtiment|batiment|edificio|edifício|gebouw|budynek|"
    r"monument|denkmal|landmark|site|team|équipe|equipe|equipo|squadra|abteilung|afdeling|"
    r"department|dept|reparto|dział|dzial|floor|etage|stock|scaffale|shelf|regal|étagère|"
    r"estante|estantería|półka|polka|copies|copie|exemplare|ejemplares|exemplares|"
    r"exemplaren|egzemplarze)[\"']\s*:",
    re.IGNORECASE,
)


# the year a building was built: "kościół Mariacki, rok budowy 1397", "Baujahr: 1890"
_BUILT = re.compile(
    r"\b(?:rok budowy|baujahr|erbaut|année de construction|construite? en|"
    r"año de construcción|construid[oa] en|anno di costruzione|costruit[oa] nel|"
    r"ano de construção|construíd[oa] em|bouwjaar|gebouwd in|zbudowan[yaeo]|built in|"
    r"year built)\b",
    re.IGNORECASE,
)


def building_record(text: str) -> bool:
    """A record whose key names a building, a team or a shelf, or that gives the year a
    building was built, and no person."""
    keyed = '":' in text and _BUILDING_KEY.search(text) is not None
    if not (keyed or _BUILT.search(text)):
        return False
    return not names_a_person(text, cells=False)


def invoiced(words: list[str] | frozenset[str]) -> bool:
    """Words of an invoice or its amount in the text."""
    return not INVOICE_WORDS.isdisjoint(words)


# words of data: "genetic data", "données de santé", "dati sanitari", "Gesundheitsdaten"
DATA_WORDS = frozenset(
    """data daten donnees datos dati dados gegevens dane danych danymi information
    informationen informations informacion informazioni informacoes informatie informacje
    records""".split()
)
_DATA_HEADS = ("daten", "gegevens")


_CAPITALISED_PART = re.compile(r"[_\-.\s][A-ZÀ-Ý][a-zà-ÿ]+")


def kind_of_data(words: list[str], index: int, text: str = "") -> bool:
    """A word of data within two words of the term ("données génétiques", "genetic data",
    "beleid genetische gegevens"), or a compound with data as its head ("Gesundheitsdaten"):
    a kind of data, not someone's. A file name (``text`` with no space) with a capitalised
    part is named after someone and is theirs."""
    if " " not in text.strip() and _CAPITALISED_PART.search(text):
        return False  # "surowe_dane_DNA_Wojcik.txt": a file named after someone
    near = words[max(0, index - 2) : index + 3]
    if not DATA_WORDS.isdisjoint(near):
        return True
    if not KIND_NOUNS.isdisjoint(near) and not DATA_WORDS.isdisjoint(
        words[max(0, index - 10) : index]
    ):
        return True  # "datos de salud, origen racial ni ideología política": a list of kinds
    return words[index].endswith(_DATA_HEADS) and len(words[index]) > 8


# the nouns of the special categories as kinds: "political opinions", "origen racial"
KIND_NOUNS = frozenset(
    """opinion opinions meinung meinungen opinioni opiniao opinioes opiniones opinie
    opinies poglady pogladow pogladach ideologia ideologie ideology origin origine origins
    herkunft origen origem afkomst pochodzenie pochodzeniu pochodzenia beliefs belief
    uberzeugung uberzeugungen convictions creencias convinzioni crencas overtuiging
    overtuigingen przekonania przekonaniach przekonan membership mitgliedschaft affiliation
    appartenance afiliacion iscrizione filiacao lidmaatschap przynaleznosc przynaleznosci
    orientation orientierung orientacion orientamento orientacao orientatie orientacja
    orientacji""".split()
)


# a person's name in a row of cells: "Harris, L.", "Ortega";"Lucía", "Priya Nair"
_SURNAME_FIRST = re.compile(
    r"(?:^|[;,|\t])\s*[\"']?[A-ZÀ-Ý][\w'-]+,\s*(?:(?:[A-ZÀ-Ý]\.){1,3}|[A-ZÀ-Ý][a-zà-ÿ]+)[\"']?\s*"
    r"(?:[;,|\t]|$)"
)
_KEY = re.compile(r"[\"']([^\"'\n]{1,30})[\"']\s*:")
NAME_KEYS = frozenset(
    """name nombre nome naam imie imię nazwisko surname vorname nachname apellido apelido
    cognome achternaam full_name person persoon persona pessoa personne persone osoba
    patient patiente paciente paziente pacjent pacjentka utente czlonek czlonkini socio socia
    iscritto iscritta adherent adherente lid pupil student leerling schuler schulerin eleve
    alumno alumna alunno alunna aluno aluna uczen uczennica""".split()
)


# the column of a count or a share in a table's first line: "Staatsangehörigkeit;Anzahl"
_COUNT_COLUMN = re.compile(
    r"^[^\n]*[;,\t|]\s*[\"']?(?:count|number|total|share|anzahl|anteil|gesamt|nombre|total|"
    r"cantidad|numero|número|totale|quota|aantal|totaal|aandeel|liczba|udział|suma|somma|soma|"
    r"%|pct|percent|prozent|pourcentage|porcentaje|percentuale|percentagem|procent)[\"']?\s*\n",
    re.IGNORECASE,
)


def count_table(text: str) -> bool:
    """A table whose first line names a column of counts or shares: numbers of people of
    each kind, no one person's."""
    return "\n" in text and _COUNT_COLUMN.match(text) is not None


# a row that opens with a person's name in a quoted cell: "Priya Nair","Accounts",…
_NAME_CELL = re.compile(
    r"^\s*[\"'][A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2}[\"']\s*[;,|\t]"
    r"[^\n]*[;,|\t]"
)


@lru_cache(maxsize=8)
def names_a_person(text: str, cells: bool) -> bool:
    """A record that names its person: an object with a key of a person or of a name
    ({"paciente": …}, {"nombre": …}), or a row of cells (``cells``) with a name written
    surname first ("Harris, L."). Several readers of one hit ask it of the same text; the
    last answers are kept."""
    if '":' in text:
        keys = {fold(k.lower()) for k in _KEY.findall(text)}
        parts = {p for k in keys for p in re.split(r"[_\s-]", k)}
        return not (SUBJECTS.isdisjoint(parts) and NAME_KEYS.isdisjoint(keys | parts))
    if not cells or text.count(",") + text.count(";") + text.count("\t") < 2:
        return False
    if _SURNAME_FIRST.search(text) is not None or _NAME_CELL.match(text) is not None:
        return True
    return _named_cell(text)


_PATIENT_KEYS = frozenset(
    """patient patients patiente paciente paziente pacjent pacjentka utente doente
    assistito assistita patientin detainee inmate gedetineerde haftling detenu detenue
    detenido detenida recluso reclusa detenuto detenuta detento detenta osadzony osadzona
    interno interna""".split()
)


def names_a_patient(text: str) -> bool:
    """An object with a key of a patient or a detainee: {"paciente": …, "servicio":
    "fisioterapia"} is a record of care, where a unit of care is the person's, not a
    workplace."""
    if '":' not in text:
        return False
    return not _PATIENT_KEYS.isdisjoint(fold(k.lower()) for k in _KEY.findall(text))


_CELL_NAME = re.compile(r"\s*([A-ZÀ-Ý][a-zà-ÿ'-]+)(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2}\s*")


def _named_cell(text: str) -> bool:
    """A cell of a row split by semicolons, bars or tabs that holds a first name and a
    surname alone: "H-0412;Manuel Cabrera;Hermandad de la Macarena;costalero"."""
    if text.count(";") + text.count("|") + text.count("\t") < 2:
        return False
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    for cell in re.split(r"[;|\t]", text):
        m = _CELL_NAME.fullmatch(cell)
        if m and (m.group(1).lower() in first or cell.split()[-1].lower() in first):
            return True  # "Manuel Cabrera"; a surname first: "Morel Théo"
    return False


# a key of a log line that names its user: "user=hgarrido", "uid=4411"
USER_KEY = re.compile(
    r"\b(?:user|usuario|utilisateur|utente|utilizador|gebruiker|uzytkownik|benutzer|uid|"
    r"employee|empleado|mitarbeiter|badge|subject|soggetto|kunde|cliente|klant|klient|client|"
    r"nutzer|patient|paciente|paziente|pacjent|pseudo|dipendente|funcionario|werknemer|"
    r"person|persona|personne|pessoa|persoon|osoba|medewerker|mitglied|member|socio|socia|"
    r"titular|holder|worker|trabajador|lavoratore|colaborador|pracownik)"
    r"(?:_?id)?[\"']?\s*[=:]\s*[\"']?\w",
    re.IGNORECASE,
)
