"""Names of people: a first name and a surname, a title and a name, a name greeted, an
institution named after a person, a signature. A term inside a name is no disclosure."""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.context import (
    RELATIONS_WORDS,
    SUBJECTS,
)
from troth.guard.detection import (
    BIOMETRIC,
    POLITICS,
    RELIGION,
    UNION,
)
from troth.guard.lexicon import Hit, fold
from troth.guard.memo import last_text
from troth.guard.shapes import folded_words
from troth.guard.titles import alternation

_FIRST_NAME_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


# a title before a surname: "Frau Christ", "Mevrouw De Kerk", "Pani Katolik", "Sr. Preto"
_TITLE_BEFORE = re.compile(
    rf"\b(?:{alternation(titles.PERSONAL)})\.?\s+(?:(?:De|Van|Von|Di|Da|Do|Dos|Le|La)\s+)?$"
)


def _word_at(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


# German "Fr" opening a line is Friday in a calendar ("Fr Sexualtherapie"), not "Frau"
_WEEKDAY = re.compile(r"(?<![^\n])Fr\.?\s")


# a list's "Surname, First name" cell: "Pastor, Óscar", "Kościelny, Jan;"
_FIRST_NAME_CELL = re.compile(r"[^\W\d_]+,[ \t]*([^\W\d_]+)[ \t]*(?:[\"';|\t\n)]|$)")
_CELL_START = re.compile(r"(?:^|[\"';|\t\n(])[ \t]*$")


def is_surname(text: str, start: int) -> bool:
    """A capitalised term right after a capitalised first name ("Katrin Krebs"), after a
    title ("Frau Christ", "Dokter Pastoor"), or before a first name in a list's cell
    ("Pastor, Óscar") is a surname."""
    if not text[start].isupper():
        return False
    from troth.guard.names import name_lexicons

    cell = _FIRST_NAME_CELL.match(text, start)
    if cell and _CELL_START.search(text, max(0, start - 4), start):
        if cell.group(1)[0].isupper() and cell.group(1).lower() in name_lexicons()[0]:
            return True
    title = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    if title and not _WEEKDAY.match(text, title.start()):
        return True
    if title:  # "Fr Krebs" is a surname; "Fr Sexualtherapie" is on a Friday
        return _word_at(text, start).lower() in name_lexicons()[1]
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    if _GREETING.search(text, max(0, start - 12), start):
        return False  # "Beste ACV,": a greeting, not a first name
    from troth.guard.orientation.genders import name_genders

    first = before.group(1).lower()  # (also a short form the lists lack: "Bartosz", "Kuba")
    return first in name_lexicons()[0] or first in name_genders()


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


# a greeting right before a word, and the comma or mark that closes the name greeted
_GREETING = re.compile(
    r"(?:^|[\s(])(?:hi|hello|hey|dear|hallo|liebe|lieber|hoi|beste|bonjour|salut|chère|cher|"
    r"hola|querida|querido|estimada|estimado|ciao|cara|caro|gentile|olá|ola|prezada|prezado|"
    r"cześć|witaj|droga|drogi)\s+$",
    re.IGNORECASE,
)


_VOCATIVE_END = re.compile(r"\s*[,!:]")


# a word of kin or a partner right before a name: "Ehemann Christian", "my son Christian"
_KIN_BEFORE = re.compile(
    r"\b(?:husband|wife|partner|son|daughter|brother|sister|ehemann|ehefrau|mann|frau|sohn|"
    r"tochter|bruder|schwester|mari|femme|fils|fille|frère|sœur|soeur|marido|esposa|esposo|"
    r"hijo|hija|hermano|hermana|marito|moglie|figlio|figlia|fratello|sorella|mulher|filho|"
    r"filha|irmão|irmã|man|vrouw|zoon|dochter|broer|zus|mąż|żona|syn|córka|brat|siostra|"
    r"męża|żonę|syna|córkę)\s+$",
    re.IGNORECASE,
)


# the words of a body part scanned or read (a capitalised "Iris" without them is a name)
_SCANNED = re.compile(
    r"scan|templat|gabarit|plantilla|modell?o|biometr|reconnaiss|erkenn|reconoc|riconosc|"
    r"reconhec|herken|rozpozn|enrol|einlern|leitor|lecteur|reader|lector|lettore|lezer|"
    r"czytnik|retin|rétin|netzhaut|erfass|captur|autentic|authentif|login|unlock|entsperr",
    re.IGNORECASE,
)


def in_name(text: str, hit: Hit) -> bool:
    """A term inside an e-mail address or a web address, a capitalised word greeted ("Hi
    Christin,"), or a capitalised first name followed by another capitalised word
    ("Remedios Araujo"): a name, not a disclosure."""
    if "@" in text or "://" in text or "www." in text:
        if any(m.start() <= hit.start < m.end() for m in _ADDRESS.finditer(text)):
            return True
    word = text[hit.start : hit.end]
    if not word[:1].isupper() or word.isupper():
        return False
    if _GREETING.search(text, max(0, hit.start - 24), hit.start) and _VOCATIVE_END.match(
        text, hit.end
    ):
        return True  # "Hi Christin,", "Liebe Christin!": the person greeted by name
    if _KIN_BEFORE.search(text, max(0, hit.start - 16), hit.start):
        from troth.guard.names import name_lexicons

        if word.lower() in name_lexicons()[0]:
            return True  # "seinen Ehemann Christian", "my husband Christian": his name
    if hit.term.category == BIOMETRIC and not _SCANNED.search(text):
        from troth.guard.names import name_lexicons

        if word.lower() in name_lexicons()[0]:
            return True  # "zij is Iris", "USF Arco Íris": a name, with nothing scanned
    following = _FIRST_NAME_AFTER.match(text, hit.end)
    if following is None:
        return False
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    if hit.term.category == RELIGION and _TITLE_OF.match(text, hit.end):
        if following.group().strip().lower() in first:
            return False  # a cleric's title before a full name: "Pastor Mark Hill"
    if hit.term.category in (POLITICS, UNION) and following.group().split()[0].islower():
        return False  # "la Lega di Treviso", "la CGIL de Lisboa": a party's branch of a place
    return word.lower() in first


# an institution whose name goes on in capitalised words: "École élémentaire Pasteur",
# "Institut Pasteur", "Colegio Santa Teresa", "Liceo Statale Cristo Re"
_INSTITUTION_BEFORE = re.compile(
    r"\b(?:École|Ecole|Lycée|Collège|Institut|Escuela|Colegio|Instituto|Scuola|Istituto|"
    r"Liceo|Escola|Colégio|Schule|Gymnasium|Realschule|School|College|Szkoła|Liceum|"
    r"Hôpital|Clinique|Klinik|Hospital|Ospedale|Ziekenhuis|Szpital|Stichting|Fundación|"
    r"Fondazione|Fundação|Stiftung|Fondation)(?:\s+(?:[A-ZÀ-Ý][\w'-]*|[a-zà-ÿ]{3,12}|de|du|"
    r"des|la|le|del|della|di|do|da|dos|der|van|im)){0,3}\s+$"
)


def named_after(text: str, hit: Hit) -> bool:
    """A capitalised term that closes an institution's name ("École élémentaire Pasteur")."""
    if not text[hit.start : hit.start + 1].isupper():
        return False
    return _INSTITUTION_BEFORE.search(text, max(0, hit.start - 50), hit.start) is not None


# a person named by a title and a name: "M. Rey", "Sra. Costa", "Herr Petersen" (a doctor's
# or a professor's title names one who works, not one spoken of)
# (a title of two letters or more may be written small: "doña Sonia", "meneer Mulder")
_TITLE_NAMED = re.compile(
    rf"\b(?:{alternation(titles.MALE + titles.FEMALE, small=True)})\.?[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+"
)


_TITLE_WORDS = frozenset(fold(t.split(".")[0].lower()) for t in titles.MALE + titles.FEMALE)


def titled(text: str, words: list[str]) -> bool:
    """A person named by a title in ``text`` (``words``: its folded words)."""
    return not _TITLE_WORDS.isdisjoint(words) and _TITLE_NAMED.search(text) is not None


# a signature: a name (after a title), then a role and a place, in one line of commas
# ("Dr Ayesha Khan, Consultant Cardiologist, Royal Brompton Hospital") or on lines of their
# own ("Eva Jacobs\nBoekhouder\nFNV, Utrecht")
# the small words inside a surname: "de Ruiter", "van der Velde"
_PARTICLE = r"(?:(?:el|al|de|da|di|do|du|del|van|von|der|den|ter|la|le)\s+){0,2}"
SIGNATURE_LINE = re.compile(
    r"^\s*(?:(?:Dr|Dra|Prof|Dott|Dott\.ssa|Mgr|Lek)\.?(?:\s+"
    + _PARTICLE
    + r"[A-ZÀ-Ý][\w'-]+){1,3}|"
    r"[A-ZÀ-Ý][\w'-]+(?:\s+" + _PARTICLE + r"[A-ZÀ-Ý][\w'-]+){1,3})"
    r"(?:,\s*[^,\n]{2,60},\s*[^,\n]{2,80}$|[ \t]*\n[^\n]{2,60}\n[^\n]{2,80}$)"
    # a practitioner's title, the name, and one line of job and place: "Dr Ana Ruiz\n
    # Cardióloga – Hospital del Mar"
    r"|^\s*(?:Dr|Dra|Prof|Dott|Dott\.ssa|Mgr|Lek)\.?(?:\s+"
    + _PARTICLE
    + r"[A-ZÀ-Ý][\w'-]+){1,3}[ \t]*\n[^\n]{2,100}$"
)


# a first name and a surname after a word: the word is a title ("Pastora Ana Souza")
_TITLE_OF = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+")


_NAME_PAIR = re.compile(r"(?<![\w.-])([^\W\d_a-z][^\W\d_A-Z]+)\s+[^\W\d_a-z]([.]?)")


_SAINT = re.compile(r"(?:saint|sankt|san|santa|sao|são|sint|st|ste|sw|św)[\s.-]*$", re.I)


def a_persons_record(text: str) -> bool:
    """A JSON record with a key or value naming a person ("employee", "salarié", "patient"):
    its leave or holiday is that person's ("conge": "pèlerinage à La Mecque")."""
    if '":' not in text:
        return False
    words = folded_words(text)
    return not (SUBJECTS.isdisjoint(words) and STAFF_KEYS.isdisjoint(words))


# a record's key of a staff number: the record is one employee's
STAFF_KEYS = frozenset(
    """matricule matricola matricula personalnummer personalnr personeelsnummer personeelsnr
    employee_id employeeid staff_id emp_id mitarbeiternr""".split()
)


def person_named(text: str) -> bool:
    """A first name followed by a surname or an initial ("Paweł Mazur", "Amrit K."), not
    a saint's name ("Saint-Joseph", "św. Wojciecha")."""
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    for m in _NAME_PAIR.finditer(text):
        if _SAINT.search(text, 0, m.start()):
            continue
        if m.group(2) or m.group(1).lower() in first:
            return True
    return False


# the same, the last text's answer kept: every term of one text asks
names_person = last_text(person_named)

# a first name as the subject of its sentence, before a verb of having, being, taking or
# needing ("Tijn heeft diabetes", "Lily's on Medikinet", "Lena hat Fieber"), or set off by
# commas ("il maestro del coro, Gianluca, avvisa che …"): a person, with no surname
_SUBJECT_VERBS = (
    r"has|had|is|was|takes|took|gets|got|needs|can't|cannot|hat|hatte|ist|war|nimmt|bekommt|"
    r"braucht|kann|a|avait|est|était|prend|doit|tiene|tenía|es|está|toma|necesita|ha|aveva|"
    r"è|era|prende|deve|tem|tinha|é|está|toma|precisa|heeft|had|is|was|neemt|krijgt|moet|"
    r"ma|miał|miała|jest|był|była|bierze|musi|potrzebuje"
)
_SUBJECT = re.compile(
    rf"(?:^|[.!?;:\n]\s*|\s-\s)(?P<n>[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]{{2,}})"
    rf"(?:\s+(?:{_SUBJECT_VERBS})\b|['’]s\s)"
    rf"|,\s*(?P<a>[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]{{2,}})\s*,"
)


def first_name_subject(sentence: str) -> int:
    """Where a first name of the lists ends that is the subject of the sentence or set off
    by commas; -1 when none is."""
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    for m in _SUBJECT.finditer(sentence):
        name = "n" if m.group("n") else "a"
        if m.group(name).lower() in first:
            return m.end(name)
    return -1


# first names listed: "sala 2: Julia, Ömer, Katarzyna", "Anna und Tom"
_LISTED = re.compile(
    r"\b([A-ZÀ-ÝŁŚŻÖ][a-zà-ÿąćęłńóśźż]{2,})(?:\s*,\s*|\s+(?:and|und|et|y|e|en|i)\s+)"
    r"([A-ZÀ-ÝŁŚŻÖ][a-zà-ÿąćęłńóśźż]{2,})\b"
)


def names_listed(text: str) -> bool:
    """Two first names in a list: the people a calendar entry or a note speaks of."""
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    return any(
        m.group(1).lower() in first and m.group(2).lower() in first for m in _LISTED.finditer(text)
    )


_FIRST_NAME_AFTER = re.compile(
    r"[ \t]+(?:(?:el|al|de|da|di|do|del|van|von|ter|den|der)[ \t]+)?[A-ZÀ-ÝĄĆĘŁŃÓŚŹŻ]"
    r"[a-zà-ÿąćęłńóśźż]+"
)


# office jobs in a signature: a person who works for a union or a parish is not, by that, a
# member or a believer ("Lena Vogt, Buchhaltung, ver.di Landesbezirk Bayern")
OFFICE_JOBS = frozenset(
    """finance accounting accountant accounts bookkeeper payroll buchhaltung verwaltung
    hausverwaltung personalabteilung comptable comptabilite administratif administrative
    administration contabilidad contable administrativo administrativa amministrativo
    amministrativa contabilita ufficio administratie boekhouding financiele ksiegowosc
    ksiegowa administracja kadry receptionist
    immobilien facility contabile contabilista boekhouder boekhoudster buchhalter
    buchhalterin ksiegowy tecnico technicus techniker helpdesk hausmeister conserje portiere
    concierge""".split()
)


def works_there(text: str, hit: Hit) -> bool:
    """A signature whose person holds an office job at the body the term names: "Nadia
    Benali, Comptable, Union départementale FO du Rhône"."""
    if hit.term.category not in (UNION, RELIGION, POLITICS):
        return False
    before = folded_words(text[max(0, hit.start - 60) : hit.start])
    if OFFICE_JOBS.isdisjoint(before):
        return False
    return names_person(text) or SIGNATURE_LINE.match(text) is not None


def named_relative(text: str, hit: Hit, tokens: list[tuple[str, int, int]]) -> bool:
    """A capitalised first name right after a relation word ("mio marito Franco")."""
    if (
        hit.first == 0
        or not text[hit.start].isupper()
        or tokens[hit.first - 1][0] not in (RELATIONS_WORDS)
    ):
        return False
    from troth.guard.names import name_lexicons

    return tokens[hit.first][0] in name_lexicons()[0]


def signature(text: str) -> bool:
    """A signature: a name with a role and a place, in one line of commas or slashes, or on
    lines of their own ("Prof. Giorgio Neri / Direttore UOC Genetica Medica / Policlinico")."""
    if SIGNATURE_LINE.match(text):
        return True
    return any(mark in text for mark in (" / ", " · ", " | ")) and names_person(text)


# the office of an organisation that signs: "Gabinete de prensa", "Pfarrbüro", "Biuro
# prasowe", "Secretariaat"; and the heads of compounds that name one ("Huisartsenpraktijk")
_OFFICES = frozenset(
    """office press secretariat secretariaat sekretariat secretariado secretaria secretaría
    segreteria secrétariat bureau büro buro kantoor biuro urząd urzad gabinete gabinet
    despacho ufficio service servicio servizio serviço servico dienst abteilung afdeling
    dział dzial departamento dipartimento département departement department helpdesk desk
    équipe equipe equipo squadra zespół zespol praxis praktijk praktyka geschäftsstelle
    redaktion redacción redaccion redazione redactie redakcja kanzlei kancelaria concejalía
    concejalia assessorato dezernat referat wydział wydzial pelouro""".split()
)
_OFFICE_HEADS = ("büro", "buro", "praktijk", "praxis", "amt", "stelle", "sekretariat")
_PARTS = re.compile(r" \| | · |\n")
# a line of parts apart by commas, with no cells, no field and no time before the first comma
_ONE_LINE_OF_PARTS = re.compile(r"[^\d,;:]{3,60}, [^;:]{3,80}$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý]|[.!?]$")


@last_text
def office_signature(text: str) -> bool:
    """Short lines or parts that sign for an office, with no person named: "Gabinete de
    prensa | Partido Popular | No atendemos consultas individuales", "Pfarrbüro St. Marien
    | Taufanmeldungen Di & Do 9–12"; what they name is the organisation's work."""
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2 and _ONE_LINE_OF_PARTS.match(text) and not _SENTENCE_END.search(text):
        parts = [p.strip() for p in text.split(", ") if p.strip()]  # one line of parts
    if len(parts) < 2 or any(len(p.split()) > 8 for p in parts):
        return False
    heads = [w.lower().strip(".,:") for p in parts for w in p.split()[:2]]
    if not any(w in _OFFICES or w.endswith(_OFFICE_HEADS) for w in heads):
        return False
    return not (names_person(text) or _first_and_last(text))


_CAPITALISED_PAIR = re.compile(r"\b([A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+)(?=\s+[A-ZÀ-ÝŁŚŻ][\w'-]+)")


def _first_and_last(text: str) -> bool:
    """A first name of the name lists and a capitalised word after it: "Marek Zieliński"."""
    from troth.guard.names import name_lexicons

    first = name_lexicons()[0]
    return any(m.group(1).lower() in first for m in _CAPITALISED_PAIR.finditer(text))
