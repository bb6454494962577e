"""School years and grades per country, and the childcare only children attend.

"5th grade", "CM1", "groep 3", "4.º ano", "kl. 3 SP", "P5", "al nido", "żłobek", a first
communion. Each word for a school year has the last year whose pupils are all under 13
(for another child age the limit moves by the difference). A teacher's class, a course for
adults, a train ticket's class and years taught together ("groep 7/8") are no child's.
"""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.children.people import (
    POLISH_LETTERS,
    SENTENCE,
    about_a_child,
    first_name_in,
    is_first_name,
)
from troth.guard.children.vetoes import WITHOUT_AFTER
from troth.guard.children.words import UNIT
from troth.guard.detection import CHILD, Detection
from troth.guard.homographs import languages_present
from troth.guard.lexicon import fold
from troth.guard.special import RELATIONS
from troth.guard.titles import alternation

# a pupil writing of their own teacher ("my teacher is mean") is a child, not a teacher
OWN_TEACHER = re.compile(
    r"\b(?:my|mein\w*|ma|mon|mi|mia|mio|minha|meu|mijn|moja|mój)\s+(?:teacher|lehrer\w*|"
    r"maîtresse|maître|prof\w*|maestr[oa]|insegnante|juf|meester|leraar|lerares|"
    r"nauczyciel\w*|pani)\b|"
    # a named child's teacher: "juf van Tijn", "Emma's teacher", "la maestra di Luca"
    r"\b(?:juf|meester|teacher|lehrerin|lehrer|maîtresse|maestra|maestro|professora|"
    r"insegnante|nauczycielka|wychowawczyni|profe|profa|prof|profesora|profesor|"
    r"professeur|professoressa|tutora?|klassenlehrer\w*)\s+(?:van|of|von|de|di|da|do|della|del)\s+"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]{2,})\b",
    re.IGNORECASE,
)

# a meeting of a class's parents: a teacher named there teaches the writer's child
_PARENTS_MEETING = re.compile(
    r"\b(?:parents'? evening|parent-teacher|elternabend|elterngespräch\w*|elternsprechtag|"
    r"réunion (?:de |des )?parents|reunión de padres|riunione (?:dei |con i )?genitori|"
    r"colloqui\w* (?:con i )?genitori|reunião de pais|ouderavond|oudergesprek\w*|"
    r"wywiadówk\w*|zebranie z rodzicami|10-minutengesprek\w*|tienminutengesprek\w*)\b",
    re.IGNORECASE,
)
# every class of a year, or a year chosen in a filter: no one child ("bei allen 4. Klassen",
# "le filtre « CM2 »", "o filtro \"3.º ano\"", "wszystkie klasy 4")
_ALL_CLASSES = re.compile(
    r"\b(?:all|alle|allen|tous les|toutes les|todas las|todos los|todos os|todas as|tutte le|"
    r"tutti i|wszystkie|wszystkich|filter|filtre|filtro|filtr|dropdown|menu)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# the keys of a book's or a product's record: its school year is its readers', no child's
_BOOK_KEYS = re.compile(
    r"[\"'](?:title|titel|titre|titulo|título|titolo|tytul|tytuł|isbn|publisher|verlag|"
    r"editeur|éditeur|editorial|editore|editora|uitgever|wydawca|sku|ean|price|preis|prix|"
    r"precio|prezzo|preço|preco|prijs|cena|product|produkt|produit|producto|prodotto|"
    r"produto|artikel|article|articulo|artículo|articolo|artigo)[\"']\s*:",
    re.IGNORECASE,
)
# a price: "7,99 €", "€ 8,95", "£6.50", "24,99 zł"
_PRICE = re.compile(r"\d[\d.,]*\s?(?:€|£|\$|zł|eur\b)|(?:€|£|\$)\s?\d", re.IGNORECASE)
# a teacher's title before a name: "juf Karin", "Mr Reeves" name the teacher, not a child
_TEACHER_TITLE = re.compile(
    rf"\b(?:{alternation(titles.PERSONAL + titles.TEACHER)})\.?\s+$", re.IGNORECASE
)
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}\b")
# a title and a name: "Frau Berger" is a teacher, not the writer's wife
_TITLED = re.compile(
    rf"\b(?:{alternation(titles.PERSONAL + titles.TEACHER, small=True)})\.?\s+[A-ZÀ-Ý][a-zà-ÿ]+"
)


_NAME_OPEN = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)\s*\(\s*$")


def _named_before(text: str, at: int) -> bool:
    """A first name right before the school year, in brackets: "Hugo (3º primaria)"."""
    m = _NAME_OPEN.search(text, max(0, at - 24), at)
    return m is not None and is_first_name(m.group(1))


def _child_named(text: str) -> bool:
    """A first name in the text that is not a teacher's ("Noah parents' evening", not
    "Ouderavond groep 8 - juf Karin")."""
    return any(
        is_first_name(m.group())
        and not _TEACHER_TITLE.search(text, max(0, m.start() - 12), m.start())
        for m in _NAME.finditer(text)
    )


# upper schools whose first year is 14 or older: their numbered years are no child's
# (the German Gymnasium, the Dutch havo and the Spanish ESO begin at 10 to 12: not here)
_UPPER_SCHOOL = re.compile(
    r"\b(?:liceum|technikum|liceo|superiore|superiori|istituto tecnico|lycée|lycee|"
    r"bachillerato|ensino secundário|ensino secundario|high school|havo|vwo|vmbo|mavo|"
    r"atheneum|gimnazjum)\b",
    re.IGNORECASE,
)
# a class that is no school year: a ticket's, a licence's, a language course's
_OTHER_CLASS = re.compile(
    r"\b(?:(?:train|rail|bus|plane|flight)[ -]?tickets?|(?:bahn|zug|flug|bus)ticket\w*|"
    r"zug\w*|bahn\w*|fahrkarte\w*|fahrschein\w*|train|billet\w*|"
    r"bilet\w*|biglietto|billete|bilhete|kaartje|treinkaartje|pkp|intercity|tgv|wagen|"
    r"abteil|waggon|coach|flight|flug\w*|vuelo|volo|voo|führerschein\w*|fahrschule|"
    r"prawo jazdy|prawa jazdy|driving|licen[cs]e|permis|patente|carnet|rijbewijs|"
    r"carta de condução|sprachschule|sprachkurs\w*|language school|niveau|level|nivel|"
    r"livello|nível|poziom)\b",
    re.IGNORECASE,
)
# a primary school beside "P5": said so, or named ("Riverside Primary"), or its pupils
_PRIMARY = re.compile(
    r"\b(?:(?i:primary school|école primaire|ecole primaire|pupils?|élèves?)|"
    r"[A-Z][a-z]+ Primary)\b"
)

# a school year joined by a hyphen to a noun names the class's event or thing, not a
# pupil ("groep 8-toneelstuk", "CM2-Ausflug", "Year-6 leavers' disco")
_CLASS_THING = re.compile(r"-[^\W\d_]{3,}")
# a year group's tests or results told as news: "Year 6 SATs results out nationally"
_CLASS_NEWS = re.compile(
    r"\s+(?:sats|tests|exams|results|toetsen|eindtoets|doorstroomtoets|prüfungen|vergleichsarbeiten|"
    r"examens|evaluations|évaluations|pruebas|esami|prove|invalsi|provas|egzaminy|sprawdziany)\b",
    re.IGNORECASE,
)

_PETS = re.compile(r"\b(?:dog|doggy|doggie|pet|puppy)\s+$", re.IGNORECASE)

_ORD = r"(?:st|nd|rd|th|ste|de|e|ème|eme|er|º|°|\.º|\.°|o|ero|ro|do|to|ª|\.ª|\.)?"
SCHOOL = re.compile(
    r"\b(?:"
    # grades and school years with their number (checked against the age below)
    rf"(?P<g1>\d{{1,2}}){_ORD}\s*(?:grade|grader|klasse|klasa|klasy|klasie|klassen?)\b"
    rf"|(?:grade|klasse|klasa|klas|kl\.|groep|leerjaar|year|classe)"
    # a field and its value: "groep": "3", "klasa": "5b"
    rf"(?:(?:(?<=klasse)|(?<=klasa)|(?<=klas)|(?<=groep)|(?<=leerjaar)|(?<=classe))"
    rf"[\"']?\s*[:=]\s*[\"']?)?\s*(?P<g2>\d{{1,2}})[a-e]?\b"
    rf"(?!\s*(?:steel|aluminium|aluminum|material|cable|sensor|%|\.\d))"
    rf"|(?P<g3>\d{{1,2}}){_ORD}[a-e]?\s*(?:de\s+|do\s+)?(?:primaria|primária|básico|ano|série|serie|"
    rf"elementare|elementari|primaire|groep|leerjaar)\b"
    # ("1 ano de namoro": what lasted a year; "2º ano de escolaridade" is a school year)
    r"(?!\s+(?:de|di)\s+(?!(?:escolaridade|ensino|escola|primária|primaria|básico|basico)\b)"
    r"(?-i:[a-zà-ÿ]))"
    rf"|(?:(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    rf"twelfth|prima|seconda|terza|quarta|quinta|"
    rf"primero|segundo|tercero|cuarto|quinto|sexto|primeiro|terceiro|quarto|eerste|tweede|"
    rf"derde|vierde|vijfde|zesde)\s+"
    rf"(?:grade|elementare|de primaria|ano|leerjaar)\b)"
    # "die zweite Klasse", "in der dritten Klasse", "druga klasa", "w trzeciej klasie"
    rf"|(?P<d>erste|zweite|dritte|vierte|fünfte|sechste|pierwsz|drug|trzeci|czwart|piąt|szóst)"
    rf"(?:n|a|ej|ą|iej|ia)?\s+(?:klasse|klas[aey]|klasie)\b"
    rf"|(?:classe\s+)?(?:prima|seconda|terza|quarta|quinta)\s+(?:elementare|primaria)"
    # years only children attend
    r"|(?:en|au|de|du|rentrée|rentree|classe)\s+cp|(?-i:CP)\s?(?-i:[A-D])(?![\w-])|"
    r"(?<=\()(?-i:CP)(?=\))|ce1|ce2|cm1|cm2|ce-1|cm-2|"
    r"(?<!langue )(?<!langues )maternelle|"
    r"école primaire|ecole primaire|grande section|"
    r"moyenne section|petite section|kindergarten|preschool|pre-school|nursery school|"
    r"primary school|elementary school|reception class|grundschule|grundschüler\w*|kita|"
    r"vorschule|einschulung|(?:wird|werden|soll)\s+(?:\w+\s+){0,4}eingeschult|"
    # starting school for the first time: "kommt im Sommer in die Schule", "starts school in
    # September", "pójdzie do szkoły we wrześniu"
    r"(?:kommt|kommen)\s+(?:\w+\s+){0,3}in die schule|(?:starts|starting|start)\s+school|"
    r"pójdzie do szkoły|empieza (?:el )?cole|"
    r"schulanfänger\w*|erstklässler\w*|zweitklässler\w*|drittklässler\w*|viertklässler\w*|"
    r"guardería|preescolar|educación infantil|escuela primaria|colegio de primaria|"
    r"scuola materna|scuola dell'infanzia|scuola elementare|scuola primaria|asilo nido|"
    r"asilo|prima media|creche|jardim de infância|jardim-de-infância|pré-escola|"
    r"pré-escolar|escola primária|ensino fundamental i|basisschool|kleuterschool|kleuter|"
    r"kleuterklas|peuterspeelzaal|przedszkol\w*|zer[oó]wk\w*|podstawówk\w*|szkoł\w* podstawow\w*|"
    r"pierwszoklasi\w*|pasowani\w* na ucznia|"
    r"sp\s?\d{1,3}|first communion|erstkommunion|première communion|primera comunión|"
    r"primera comunion|prima comunione|primeira comunhão|eerste communie|komuni\w* święt\w*|"
    r"(?<=la )guarde|(?<=a la )guarde|"
    r"pierwsz\w* komuni\w*|"
    r"daycare|(?:start\w*|join\w*|began|begins)\s+reception|reception year|"
    r"(?:school year|year group|class|year)\W{1,4}(?:(?:are you in|is|are)\W+)?reception\b|"
    r"kinderkrippe|"
    r"eingewöhnung|settling[- ]in (?:session|week|period|day)s?|inserimento al nido|"
    r"periodo di inserimento|wenperiode|wendag(?:en)?|adaptacj\w* w żłob\w*|"
    r"krippenplatz|crèche(?! de noël| vivante| provençale)|halte-garderie|jardín de infancia|"
    r"jardín de infantes|berçário|"
    r"(?:al|il|del|nel|dal|allo)\s+nido|nido d'infanzia|żłob(?:ek|ka|ku|kiem)|zer[oó]wc\w*|"
    r"bso|buitenschoolse opvang|naschoolse opvang|kinderdagverblijf|(?<=het )kdv|"
    # a child taken to or from nursery ("grab Jayden from Little Acorns nursery"); a
    # plant nursery or a nursery rhyme is no childcare
    r"(?:(?<=from )|(?<=at )|(?<=to ))(?:(?:the|her|his|their)\s+)?(?:(?-i:[A-Z])[\w'’]*\s+){0,3}"
    r"nursery(?! rhyme| rhymes| school| plants?| garden)|"
    # (the childcare a child goes to, "naar de kinderopvang"; "Kinderopvang De Zonnebloem"
    # names an employer in a signature)
    r"(?<=de )kinderopvang|"
    r"lagere school|"
    # nursery classes by their names: "P4 infantil", "infantil 3 años", "infanzia sez.
    # mezzani", "sezione dei piccoli", and "Reception" as a pupil's cell in a row
    r"p[345]\s+infantil|infantil\s+(?:de\s+)?[345]\s+a[ñn]os|"
    r"(?:infanzia\s+)?sez(?:\.|ione)?\s+(?:dei\s+)?(?:piccoli|mezzani|grandi)|"
    r"(?<=[,;|\t])\s*reception(?=\s*[,;|\t]))\b",
    re.IGNORECASE,
)
# school years said with a rarer word, read only when the word is in the text
SHORT_SCHOOL = re.compile(
    # Scottish and Belgian primary years, read only beside a primary school ("P5")
    r"\b(?:(?-i:P(?P<p>[1-7]))(?![\w-])"
    # Spanish years said bare, with no article: "estoy en quinto" (a floor or a place takes
    # one, or a noun: "en el quinto", "en quinto lugar"); ESO has no fifth or sixth year
    r"|(?:en|a)\s+(?P<es>quinto|sexto)(?:\s+(?:de\s+)?primaria)?(?![\w-]|\s+[^\W\d_])"
    # the Portuguese first and second cycles of the ensino básico (ages 6 to 12), written
    # with the ordinal or glued in a name ("1.º ciclo", "1ciclo"; "1 ciclo de" is a course)
    r"|(?P<ci>[12])(?:\.?[ºo°]\s*)?ciclo(?!\s+de\b)"
    # a child starting or attending primary ("empieza primaria", "va alla primaria")
    r"|(?:en|a|empieza|empezará|entra en|in|alla|va alla)\s+(?:la\s+)?primaria\b"
    # the first two years of a French collège (ages 11 to 13): "ma fille rentre en 6e"
    r"|(?:est|rentre|entre|passe|sera|va|ira)\s+en\s+(?P<fr>6e|6ème|6eme|sixième|5e|5ème|"
    r"5eme|cinquième)(?![\w-]))",
    re.IGNORECASE,
)
SHORT_SCHOOL_WORDS = frozenset(
    """primary pupil pupils élève élèves primaire quinto sexto ciclo primaria parents
    rentre entre passe sixième cinquième""".split()
)

TEACHER = re.compile(
    r"\b(?:teacher|teachers|teach|teaches|teaching|taught|graded|grading|lehrer\w*|"
    r"unterricht\w*|enseign\w*|doy clases?|imparto|enseño|insegn\w*|dou aulas?|"
    r"dou explica\w*|dou catequese|doy catequesis|faccio catechismo|"
    r"leciono|ensino(?! (?:fundamental|básico|basico|primário|primario|médio|medio|"
    r"secundário|secundario|infantil|pré-escolar)\b)|geef (?:\w+ )?les|lesgeven|les geven|"
    r"uczę(?! się)|uczy(?! się)|"
    r"profe|profes|profa|"
    r"enseignant\w*|professeur\w*|prof|maestr[oa]s?|profesor\w*|insegnant\w*|docent\w*|"
    r"professor\w*|leraar|leraren|leerkracht\w*|onderwijzer\w*|juf|meester|nauczyciel\w*|"
    r"class of|exams?|prüfung\w*|catequista|catechista|catéchiste|katechet\w*|catechist|"
    r"examens?|exámenes|esami|provas?|toetsen|sprawdzian\w*|wychowawc\w*)\b",
    re.IGNORECASE,
)

# the last school year whose pupils are all younger than 13, by the word naming it (each
# year's pupils are a year older: for another child age the limit moves by the difference)
_GRADE_LIMIT = {
    "grade": 6, "grader": 6, "klasse": 6, "klassen": 6, "klasa": 6, "klasy": 6, "klas": 6,
    "kl.": 6, "groep": 8, "year": 7, "classe": 5, "primaria": 6, "primária": 6, "básico": 6,
    "ano": 6, "série": 5, "serie": 5, "elementare": 5, "elementari": 5, "primaire": 6,
    "leerjaar": 6,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "prima": 1,
    "seconda": 2, "terza": 3, "quarta": 4, "quinta": 5, "primero": 1, "segundo": 2,
    "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "primeiro": 1, "terceiro": 3,
    "quarto": 4, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
}  # fmt: skip
# German and Polish ordinals, as they begin ("zweiten", "trzeciej")
_ORDINAL_STEMS = {
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6,
    "pierwsz": 1, "drug": 2, "trzeci": 3, "czwart": 4, "piąt": 5, "szóst": 6,
}  # fmt: skip
_GRADE_WORD = re.compile(
    r"grader|grade|klassen?|klas[ay]?|kl\.|groep|year|classe|primaria|primária|básico|ano|"
    r"s[ée]rie|elementari?e?|primaire|leerjaar",
    re.IGNORECASE,
)

# a course for adults: its years are no child's
_ADULTS = re.compile(
    r"\b(?:adults?|adult learners|grown-ups|erwachsene\w*|adultes?|adultos?|adulti|adulte|"
    r"volwassen\w*|doro[sś]l\w*|evening classes|abendkurs\w*|cours du soir|university|"
    r"universit\w*|uniwersytet\w*|hochschule|diploma|dipl[oô]me|master|bachelor|mba)\b",
    re.IGNORECASE,
)


# a French collège year after "classe": "Classe : 3e B", "classe de 4ème"
_COLLEGE = re.compile(r"(?i:classe)[\s\"']*(?:de\s+|:[\s\"']*)?\d(?:e|ème|eme)\b")


def school_child(match: re.Match[str], child_age: int) -> bool:
    """Whether the school year ``match`` found only fits a child under ``child_age``."""
    groups = match.groupdict()
    if groups.get("p"):  # P7, the last primary year, is 11-12
        return int(groups["p"]) <= 7 + child_age - 13
    if groups.get("ci"):  # the first ciclo ends with the 4.º ano, the second with the 6.º
        return {"1": 4, "2": 6}[groups["ci"]] <= 6 + child_age - 13
    if groups.get("fr"):  # 6e is 11-12, 5e 12-13
        return child_age >= 13
    if groups.get("es"):
        return ORDINALS[groups["es"].lower()] <= 6 + child_age - 13
    number = groups.get("g1") or groups.get("g2") or groups.get("g3")
    word = groups.get("w")
    stem = groups.get("d")
    if number is None and word is None and stem is None:
        return child_age >= 13  # a school or year that only children under 13 attend
    if stem is not None:
        grade = _ORDINAL_STEMS[stem.lower()]
    elif number:
        grade = int(number)
    else:
        grade = ORDINALS[str(word).lower()]
    named = _GRADE_WORD.search(match.group())
    if _COLLEGE.search(match.group()):
        # French collège counts down: 6e (11-12), 5e (12-13), 4e (13-14), 3e (14-15)
        return grade >= 5 + 13 - child_age
    limit = _GRADE_LIMIT.get(named.group().lower(), 6) if named else 6
    return grade <= limit + child_age - 13  # a year 0 ("klasa 0") is the year before the first


SCHOOL_WORDS = frozenset(
    """grade grader klasse klassen klasa klasy klas klasie kl groep year classe primaria primária
    básico ano série serie elementare elementari primaire first second third fourth fifth
    sixth seventh eighth ninth tenth eleventh twelfth prima seconda terza quarta quinta
    primero segundo tercero cuarto quinto sexto
    primeiro terceiro quarto kindergarten preschool pre nursery primary elementary
    reception grundschule kita vorschule cp ce cm maternelle école ecole section guardería
    preescolar educación escuela colegio scuola asilo media creche jardim pré escola ensino
    fundamental basisschool kleuterschool kleuter kleuterklas peuterspeelzaal sp communion
    erstkommunion comunión comunion comunione comunhão communie leerjaar eerste tweede derde
    vierde vijfde zesde daycare reception kinderkrippe krippenplatz crèche halte
    garderie jardín berçário nido bso opvang kinderdagverblijf kdv lagere ciclo
    kinderopvang eingeschult eingewöhnung settling inserimento wenperiode wendagen
    adaptacja schule school szkoły cole infantil infanzia sez sezione zerówka zerówki zerówce
    zerówkę zerowka zerowki zerowce zerowke guarde""".split()
)

# a pupil's age after their school year: "groep 7 – 10 jaar" is no range of years
_PUPIL_AGE = re.compile(rf"\s*[–-]\s*\d{{1,2}}\s*{UNIT}\b", re.IGNORECASE)
_YEAR_RANGE = re.compile(
    r"\s*(?:[/–-]|to|bis|à|a|tot|tot en met|t/m|do|and|und|et|y|e|en|i|through|até|hasta)\s*\d"
)
# a school year joined to another by a dash: "1ª–5ª primaria", "CM1–CM2", "klas 1–3"
_JOINED_YEARS = re.compile(r"(?:(?<![\d.,/:])\d\s*\.?[ºª°]?|\b(?:CP|CE[12]|CM[12]))\s*[–-]\s*$")
_JOINED_YEARS_AFTER = re.compile(r"\s*[–-]\s*(?:CP|CE[12]|CM[12])\b")
_SENTENCE_WORDS = 8  # a text this long says whose school it is, if anyone's
# working in a school or a nursery, not going to it
# a French primary year, a pupil's and not a place's: "Kenzo;CM1;…", "Emma (CP)"
_NAME_OPENS = re.compile(r"\b[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+\s\($")
_A_YEAR = re.compile(r"cp|ce1|ce2|cm1|cm2|ce-1|cm-2", re.I)


# a school year in brackets after a child's name ("Vega (P4)", "Manon (MS)", "Tosia
# (zerówka)", "Julia (P5, escola …)"), or a class as a row's cell after a name's cell
# ("Ben Yıldız;3a;Logopädie …", "Álex Moreno;5º B;…")
BRACKETED_YEARS = r"\((?:P[3-5]|MS|GS|CP|CE1|CE2|CM1|CM2|Y[1-6]|zerówka|zerówki)[,)]"
_BRACKETED_YEAR = re.compile(BRACKETED_YEARS)
_CLASS_CELL = re.compile(
    r"(?:^|;)\s*[A-ZÀ-ÝŁŚŻ][^\W\d_]+\s+[A-ZÀ-ÝŁŚŻ][^\W\d_]+\s*;\s*"
    r"(?P<c>[1-6](?:\.?[ºª°]\s?)?[A-Da-d])\s*(?=;|$)",
    re.MULTILINE,
)


# a Scottish or an English primary year right after a first name (and a surname), in a row
# or a file's name: "Ellie MacLeod; P5; packed lunch", "Alba_Ruiz_P4_disfraz_carnaval.jpg"
_NAMED_PRIMARY = re.compile(
    r"\b(?P<f>[A-ZÀ-Ý][a-zà-ÿ]+)(?:[ \t;,]+[A-ZÀ-Ý][A-Za-zà-ÿ']+)?[ \t]*[;,]?[ \t]*"
    r"(?P<c>P ?[1-7]|Y ?[1-6])\b"  # (a file's name read as words: "Alba Ruiz P 4")
    # (not a paper's size: "Isla Brown, P3 paper, A4")
    r"(?![ \t]*(?i:paper|papier|papel|carta|format|size|sheets?|formaat|formato))"
)


_PRIMARY_YEAR = re.compile(r"(?<![^\W_])[PY] ?[1-7](?![^\W_])")


def named_years(text: str) -> list[Detection]:
    """School years in brackets after a name, primary years after a name, and classes in a
    pupil's row."""
    found = []
    if _PRIMARY_YEAR.search(text):
        found += [
            Detection(CHILD, *m.span("c"), "children.school_year", 0.85)
            for m in _NAMED_PRIMARY.finditer(text)
            if is_first_name(m.group("f"))
        ]
    if "(" not in text and ";" not in text:
        return found
    found += [
        Detection(CHILD, m.start() + 1, m.end() - 1, "children.school_year", 0.85)
        for m in _BRACKETED_YEAR.finditer(text)
        if _NAME_OPENS.search(text, max(0, m.start() - 29), m.start() + 1)
    ]
    found += [
        Detection(CHILD, *m.span("c"), "children.school_year", 0.85)
        for m in _CLASS_CELL.finditer(text)
    ]
    return found


def _a_pupils_year(text: str, m: re.Match[str]) -> bool:
    """A French primary year as a cell of a pupil's row or in brackets after a name
    ("Kenzo;CM1;…", "Emma (CP)"): a pupil's year, not a place's."""
    if _A_YEAR.fullmatch(m.group()) is None:
        return False
    before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
    return before in (";", "\t", "(", "|") and after in (";", "\t", ")", "|", "")


# the running of a school or a nursery: its money, its board, its building
_RUN_BY = re.compile(
    r"\b(?:finanzen|haushalt|leitung|träger|trägerschaft|verwaltung|vorstand|renovierung|"
    r"finances|budget|accounts|board|governors|management|refurbishment|trésorerie|direction|"
    r"gestion|travaux|finanzas|presupuesto|gestión|dirección|obras|bilancio|gestione|"
    r"direzione|lavori|finanças|orçamento|gestão|direção|obras|financiën|begroting|bestuur|"
    r"directie|verbouwing|finanse|budżet|zarząd|dyrekcj\w*|remont)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:der|des|de la|de l'|du|de|del|della|dell'|dello|da|do|van de|van het|"
    r"van)?\s*(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
_WORK_AT = re.compile(
    r"\b(?:work|works|working|worked|job|arbeite|arbeitet|travaille|trabajo|trabaja|lavoro|"
    r"lavora|trabalho|trabalha|werk|werkt|pracuję|pracuje|"
    # one who works there: "die einzige Erzieherin in der Kita", "auxiliar en la guardería"
    r"erzieher\w*|kinderpfleger\w*|educatric\w*|éducatric\w*|educateur|éducateur|"
    r"puéricult\w*|auxiliar|educadora|educador|educatrice|leidster|pedagogisch medewerker|"
    r"opiekunk\w*|nursery nurse|childminder)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")
# someone whose school it may be: the writer, a child, a relative, a first name, or a
# place sought in it
_WRITER = (
    r"i|my|our|ich|mein\w*|unser\w*|je|mon|ma|mes|notre|nos|yo|mi|mis|nuestr\w*|io|"
    r"il mio|la mia|nostr\w*|eu|meu|minha|nosso|nossa|ik|mijn|ons|onze|ja|mój|moja|nasz\w*"
)
_OTHERS = (
    # someone spoken of: "she starts nursery in May", "il entre en maternelle"
    r"he|she|his|her|er|sie|sein\w*|ihr\w*|il|elle|son|sa|ses|él|ella|su|sus|lui|lei|suo|"
    r"sua|ele|ela|seu|hij|zij|ze|zijn|haar|on|ona|jego|jej|"
    # a place sought for someone: "busca plaza en un jardín de infancia"
    r"plaza|platz|posto|vaga|plek|miejsce|place(?! de\b| du\b| des\b| d')"
)
_SOMEONE = re.compile(rf"\b(?:{_WRITER}|{_OTHERS})\b", re.IGNORECASE)
# (a nursery named beside the writer alone is the writer's errand, not a child's: "löschen
# Sie mein Gesichtsprofil aus dem Kita-Türsystem", "ich mache die Fotos")
_SOMEONE_ELSE = re.compile(rf"\b(?:{_OTHERS})\b", re.IGNORECASE)


# the pronouns of :data:`_SOMEONE` that are small common words elsewhere, with the
# languages where they name a person: Polish "i" is "and", Italian "il" "the", English
# "on" a preposition, Spanish "nos" "us" in "nos deja sillas", Italian "ma" "but"
_SMALL_PRONOUNS = {
    "i": {"en"},
    "il": {"fr"},
    "on": {"pl"},
    "su": {"es"},
    "er": {"de"},
    "ma": {"fr"},
    "mes": {"fr"},
    "mi": {"es"},
    "nos": {"fr"},
    "son": {"fr", "en"},
    "ja": {"pl"},
    "ze": {"nl"},
}


# the young relatives :data:`RELATIONS` lacks: nieces, nephews, grandchildren, godchildren
_YOUNG_KIN = re.compile(
    r"\b(?:nephew|niece|grandson|granddaughter|grandchild|godson|goddaughter|neffe|nichte|"
    r"enkel|enkelin|patenkind|neveu|nièce|petit-fils|petite-fille|filleul|filleule|sobrin[oa]|"
    r"niet[oa]|ahijad[oa]|nipot(?:e|ino|ina)|figliocci[oa]|sobrinh[oa]|net[oa]|afilhad[oa]|"
    r"neef|nichtje|kleinzoon|kleindochter|petekind|bratan(?:ek|ica)|siostrzen(?:iec|ica)|"
    r"wnu(?:k|czka)|chrześni(?:ak|ca))\b",
    re.IGNORECASE,
)


# names that are no pupil's: a place's own ("Kita Regenbogen", "żłobku Kubuś"), a closing
# signature ("… mit Chip ab. Tobias Heck", "Firmato Davide Lombardi") and a chat's speaker
# ("[08:12] Jörg: ich war gestern")
_UPPER = "A-ZÀ-ÝĄĆĘŁŃŚŹŻ"
_LOWER = "a-zà-ÿąćęłńśźż"
_NOT_A_PUPILS_NAME = re.compile(
    r"\b(?i:kita|krippe|kindergarten|crèche|creche|nido|żłob(?:ek|ka|ku|kiem)|przedszkol(?:e|a|u|em)|guarderia|"
    r"guardería|école|ecole|escola|school|schule|scuola|escuela|colegio|opvang|"
    rf"kinderdagverblijf|maternelle|garderie)[ \t-]+[{_UPPER}][{_LOWER}]+|"
    r"(?:[.!?][ \t]+|\n|\b(?i:firmato|pozdrawiam|pozdrawia|signed|gez\.|cordialement|regards|"
    r"grüße|grüßen|gruß|saludos|saluti|cumprimentos|groeten)[,.]?\s+)"
    rf"[{_UPPER}][{_LOWER}]+[ \t]+[{_UPPER}][{_LOWER}]+[ \t]*\.?[ \t]*$|"
    rf"\][ \t]*[{_UPPER}][{_LOWER}]+:"
)


def _someones_school(text: str, writer: bool = True) -> bool:
    """The text names whose school or nursery it is: a child, a relative, a first name or
    (with ``writer``) the writer ("meine Kleine geht in die Kita", "we pick Mia up from
    nursery")."""
    if about_a_child(text) or RELATIONS.search(text):
        return True
    if first_name_in(_NOT_A_PUPILS_NAME.sub(" ", text)):
        return True
    if _YOUNG_KIN.search(text):
        return True  # "la primera comunión de mi sobrina": a young relative's
    if _someone_named(text, _SOMEONE if writer else _SOMEONE_ELSE):
        return True
    first = _FIRST_WORD.match(text)  # "Antek Wiśniewski · grupa Misie": a record's name
    return first is not None and is_first_name(first.group(1))


def _someone_named(text: str, someone: re.Pattern[str]) -> bool:
    """A word of ``someone`` in the text, a small one only where the text's language is one
    in which it names a person (or the text shows no language)."""
    present: set[str] | None = None
    for m in someone.finditer(text):
        if m.group() == "Sie" and text[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?"):
            continue  # "Bitte löschen Sie …": the polite "you", not "she"
        owners = _SMALL_PRONOUNS.get(m.group().lower())
        if owners is None:
            return True
        if present is None:
            words = [fold(w) for w in re.findall(r"\w+", text.lower())]
            present = languages_present(words, text)
        if not present or not present.isdisjoint(owners):
            return True
    return False


# The school words that match only with another beside them: an ordinal needs "grade",
# "ano", "leerjaar", "elementare", "primaria", "klasse" or "media" after it (each a school
# word itself), and "year" needs a number after it. A text whose only school words are
# these, and with no "year" and a number, cannot hold a school year: the long pattern is
# not tried on it (most English text names a "year" or a "first" thing).
_NEEDS_ANOTHER = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    prima seconda terza quarta quinta primero segundo tercero cuarto quinto sexto primeiro
    terceiro quarto eerste tweede derde vierde vijfde zesde year""".split()
)
_YEAR_NUMBER = re.compile(r"year\s*\d", re.IGNORECASE)
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th", "º", "ª", "e", "er", "o", "a"})
_DIGIT_GLUED = re.compile(r"\d\.?[^\W\d_]")  # a number with a word glued to it: "3rdgrade"


def _may_hold_school(text: str, words: frozenset[str]) -> bool:
    """Whether :data:`SCHOOL` may match in ``text`` (a test that never says no wrongly)."""
    if not (words & SCHOOL_WORDS) <= _NEEDS_ANOTHER:
        return True
    glued = (w[n:] for w in words for n in (1, 2) if w[:n] in _ORDINAL_ENDS)
    if _DIGIT_GLUED.search(text) and not SCHOOL_WORDS.isdisjoint(glued):
        return True  # a school word glued to an ordinal: "3rdgrade" reads as "rdgrade"
    return "year" in words and _YEAR_NUMBER.search(text) is not None


# a school as a venue for everyone: a polling station, an open day, an event for all children
_VENUE = re.compile(
    r"wahllokal|wahlbezirk|stembureau|stemlokaal|polling|bureau de vote|colegio electoral|"
    r"mesa electoral|seggio|sezione elettorale|secção de voto|assembleia de voto|"
    r"lokal wyborczy|komisj\w* wyborcz\w*|tag der offenen tür|open dag|open day|"
    r"portes ouvertes|puertas abiertas|open house|dia aberto|porte aperte|drzwi otwarte|"
    r"für alle kinder|for all children|pour tous les enfants|para todos los niños|"
    r"per tutti i bambini|para todas as crianças|voor alle kinderen|dla wszystkich dzieci",
    re.IGNORECASE,
)


def _a_class_council(text: str) -> bool:
    """The teachers' council about a class, with no child named ("Conselho de turma –
    avaliação do 4.º ano")."""
    return _CLASS_COUNCIL.search(text) is not None and not _someones_school(text)


def _years_together(text: str, m: re.Match[str], sentence: str) -> bool:
    """The school year ``m`` of every class or chosen in a filter ("bei allen 4. Klassen",
    "le filtre « CM2 »"), or joined to another by a dash ("1ª–5ª primaria", "CM1–CM2") with
    no one's school in the sentence."""
    if _ALL_CLASSES.search(text, max(0, m.start() - 40), m.start()):
        return True
    joined = _JOINED_YEARS.search(text, max(0, m.start() - 8), m.start()) or (
        _JOINED_YEARS_AFTER.match(text, m.end())
    )
    return joined is not None and not _someones_school(sentence)


def school_years(text: str, words: frozenset[str], parts: bool, child_age: int) -> list[Detection]:
    """School years, grades and childcare only children under the child age attend, unless
    they are a teacher's class, a course for adults, a ticket's class or years taught
    together."""
    found: list[Detection] = []
    schools = parts or (not words.isdisjoint(SCHOOL_WORDS) and _may_hold_school(text, words))
    matches = list(SCHOOL.finditer(text)) if schools else []
    if not words.isdisjoint(SHORT_SCHOOL_WORDS):
        matches += SHORT_SCHOOL.finditer(text)
    if matches and (_STAFF_ROOM.search(text) or _a_class_council(text)):
        return found  # teachers among themselves or in council speak of classes, no child
    for m in matches:
        if not school_child(m, child_age):
            continue
        if m.group() == "CP" and not _NAME_OPENS.search(text, 0, m.start()):
            continue  # "le code postal (CP)": a child's year only after their name
        stops = [s.end() for s in SENTENCE.finditer(text, 0, m.start())]
        tail = SENTENCE.search(text, m.end())
        sentence = text[stops[-1] if stops else 0 : tail.start() if tail else len(text)]
        meeting = _PARENTS_MEETING.search(text) is not None and _child_named(text)
        if (
            TEACHER.search(sentence)
            and not RELATIONS.search(_TITLED.sub(" ", sentence))
            and not OWN_TEACHER.search(sentence)
            and not meeting
            and not _named_before(text, m.start())
        ):
            continue  # a teacher's class, not a child
        if _PETS.search(text, max(0, m.start() - 8), m.start()):
            continue  # "doggy daycare"
        if m.group().strip().lower() == "reception" and not _child_named(text[: m.start()]):
            continue  # "guest,reception,late arrival": a hotel's desk, no pupil named
        if WITHOUT_AFTER.match(text, m.end()):
            continue  # "faço 1 ano sem beber": a year gone by without something

        if _years_together(text, m, sentence):
            continue  # "CM1–CM2", "bei allen 4. Klassen", "le filtre « CM2 »": no one child
        if _ADULTS.search(sentence):
            continue  # "Year 2 (adult learners)", "1.º ano (adultos)": a course for adults
        if ('":' in text and _BOOK_KEYS.search(text)) or (
            _PRICE.search(text) and not RELATIONS.search(text)
        ):
            continue  # {"titulo": "cuaderno de verano"}, "Lengua 2º Primaria 8,50 €": goods
        groups = m.groupdict()
        if groups.get("p") and not (_PRIMARY.search(text) or meeting):
            continue  # "P5" is a paper size or a car park but beside a primary school
        numbered = any(groups.get(g) for g in ("g1", "g2", "g3", "w", "d"))
        place = not (numbered or any(groups.get(g) for g in ("p", "ci", "es")))
        place = place and not _a_pupils_year(text, m)
        if place and _WORK_AT.search(text, max(0, m.start() - 30), m.start()):
            continue  # "I work at the nursery on Mondays": a workplace
        if place and _RUN_BY.search(text, max(0, m.start() - 40), m.start()):
            continue  # "die Finanzen der Kita", "la direction de l'école maternelle": a body
        if place and _VENUE.search(text):
            continue  # "Wahllokal 112, Grundschule Am Lindenhof": a polling station, an open day
        if place and len(words) >= _SENTENCE_WORDS and not _someones_school(text, writer=False):
            continue  # "Lesepatin an der Grundschule", "requisitos para a creche": a place
            # (a short record's school is its person's: "Kita Spatzennest, Gruppe Bären")
        if numbered and _UPPER_SCHOOL.search(sentence):
            continue  # "klasa 2 liceum", "quarta superiore": an upper school's year
        if numbered and not about_a_child(sentence):
            if _OTHER_CLASS.search(text, max(0, m.start() - 40), m.end() + 40):
                continue  # "Zugticket 2. Klasse", "Führerschein Klasse 3": no school
            if _YEAR_RANGE.match(text, m.end()) and not _PUPIL_AGE.match(text, m.end()):
                continue  # "groep 7/8", "grades 3-5": years taught together, no one child
            if _CLASS_THING.match(text, m.end()) and not first_name_in(sentence):
                continue  # "groep 8-toneelstuk": the class's play, no one child
            if _CLASS_NEWS.match(text, m.end()) and not _someones_school(sentence):
                continue  # "Year 6 SATs results out nationally today": a year group's tests
        found.append(Detection(CHILD, *m.span(), "children.school_year", 0.85))
    return found


# a class named by its year and a letter, in a primary school's range: "(3b)", "4A", "3ªB",
# "5º A", "Y4", "terza A", "z trzeciej b"
CLASS_CODE = re.compile(
    # (not "e": "3e", "2e klas" are ordinals of the French and Dutch upper years)
    r"(?<![\w/.,:-])(?:[1-6](?:\.?[ºª°]\s?)?[A-DFa-df]|Y[1-6])(?![\w/-])|"
    r"\b(?i:prima|seconda|terza|quarta|quinta)\s+[A-F]\b|"
    r"\b(?i:z\s+)?(?i:pierwszej|drugiej|trzeciej|czwartej|piątej|szóstej)\s+[a-fA-F]\b"
)
# the words that let a text be read for a class code (lower case): with a digit, a
# teacher's or a meeting's word; alone, a year written as a word ("terza A")
CLASS_NUMBERED_WORDS = frozenset(
    """school schule grundschule école ecole escuela colegio ceip escola scuola sp
    basisschool primary primaria primária primaire maestra maestro juf meester teacher
    lehrer lehrerin wychowawczyni tutoría tutoria colloqui colloquio elterngespräch evening
    elternsprechtag
    ouderavond zebranie wywiadówka kita stołówki stołówce mensa comedor cantine
    klassensprecher klassensprecherin delegado delegada délégué déléguée rappresentante
    klassenvertegenwoordiger samorządu gospodarz soy sou sono jestem""".split()
)
CLASS_WORD_YEARS = frozenset(
    "prima seconda terza quarta quinta pierwszej drugiej trzeciej czwartej piątej szóstej".split()
)
# where a class code is read at all: a school, a teacher, a parents' meeting
CLASS_CONTEXT = re.compile(
    r"\b(?:school|schule|grundschule|école|ecole|escuela|colegio|ceip|escola|scuola|"
    r"szko\w+|sp|basisschool|primary|primaria|primária|primaire|maestr[ao]|juf|meester|"
    r"teacher|lehrer\w*|wychowawczyni|nauczyciel\w*|tutoría|tutoria|colloqui\w*|"
    r"elterngespräch\w*|elternsprechtag|parents'? evening|ouderavond|zebrani\w*|wywiadówk\w*|"
    r"classe|klasse|klas\w*|class|clase|turma|kita|stołówk\w*|mensa|comedor|cantine)\b",
    re.IGNORECASE,
)
# a school's last years, before the final exams, or a pupil of age
_FINAL_YEAR = re.compile(
    r"\b(?:maturaln\w*|matura|maturità|abitur\w*|bac|baccalauréat|selectividad|"
    r"pełnoletn\w*|a-levels?|gcse\w*|eindexamen\w*|examens?)\b",
    re.IGNORECASE,
)
# an address's floor and door, which Spanish and Portuguese write the same way ("3ºB")
_ADDRESS = re.compile(
    r"\b(?:piso|planta|andar|c/|calle|rua|avenida|av\.|via|wohnung|apt|flat|étage|piętro|"
    r"mieszkanie|n\.?º)\b",
    re.IGNORECASE,
)


def class_codes(text: str) -> list[Detection]:
    """A class of a primary school's year and letter beside a child named or a parent, where
    a school or a teacher is spoken of: "Elterngespräch Finn Wagner (3b)", "la mamma di
    Tommaso di terza A", "Kuby z trzeciej b"."""
    if _ADDRESS.search(text) or _UPPER_SCHOOL.search(text) or _FINAL_YEAR.search(text):
        return []  # a floor and a door; a class of an upper school ("klasy maturalnej, 4c")
    if _STAFF_ROOM.search(text):
        return []  # "Lehrerzimmer …: Meine 3b macht Steinzeit": a teacher's class
    # (a Polish first name declined: "Julki (4b)")
    declined = POLISH_LETTERS.search(text) is not None and first_name_in(text)
    # "Klassensprecher 6a": a pupil's office; "soy Lola de 2º A": a pupil writing
    role = _PUPIL_ROLE.search(text) is not None or _OWN_CLASS.search(text) is not None
    named = _child_named(text) or declined or about_a_child(text)
    if not (named or role or _PARENT_OF.search(text)):
        return []
    school = role or CLASS_CONTEXT.search(text) is not None
    return [
        Detection(CHILD, *m.span(), "children.school_year", 0.85)
        for m in CLASS_CODE.finditer(text)
        if (school or not m.group()[:1].isdigit() and not m.group().startswith("Y"))
        and not _TEACHER_OF.search(text, max(0, m.start() - 30), m.start())
    ]


def staff_signs(text: str) -> bool:
    """A teacher's, a school's staff's or a parents' council's office signs the text
    ("Klassenlehrerin 3b", "Tutora de 2º", "ATSEM", "przewodniczący rady rodziców"), not a
    pupil's ("Klassensprecher 6a")."""
    if _PUPIL_ROLE.search(text):
        return False
    return TEACHER.search(text) is not None or _STAFF_ROLE.search(text) is not None


# an adult's office at a school or a nursery
_STAFF_ROLE = re.compile(
    r"\b(?:tutor\w*|atsem|direct\w*|dirett\w*|diretor\w*|dyrektor\w*|vorsitz\w*|\w+lehrer\w*|"
    r"ausschuss|elternbeirat|elternvertret\w*|rada rodziców|rady rodziców|lid mr|"
    r"medezeggenschapsraad|conseil d'école|consiglio d'istituto|ampa|associação de pais|"
    r"pta|parents'? council|governor|schulleit\w*|headteacher|head teacher|principal)\b",
    re.IGNORECASE,
)


# a pupil's office in a class: "Klassensprecher 6a", "delegado de turma do 6.º B",
# "przewodniczący samorządu klasy 5c", "délégué de classe", "rappresentante di classe"
_PUPIL_ROLE = re.compile(
    r"\b(?:klassensprecher\w*|class (?:rep|representative|captain)|delegad[oa] de "
    r"(?:turma|clase|curso)|délégué\w* de classe|rappresentante di classe|"
    r"klassenvertegenwoordiger|przewodnicząc\w* samorządu klas\w*|gospodarz\w* klasy)\b",
    re.IGNORECASE,
)
# a pupil who says which class they are in: "soy Lola de 2º A", "c'est Léo de la 3B",
# "ich bin Mia aus der 2c", "sono Giulia della 4A", "jestem Ola z 3b"
_OWN_CLASS = re.compile(
    r"\b(?i:soy|sou|sono|je suis|c'est|ich bin|hier ist|ik ben|jestem|i'm|it's)\s+"
    r"(?:[^\W\d_]+\s+){1,2}(?i:de la|de|del|da|della|du|aus der|from|uit|z|in)\s+"
    r"(?:[1-6](?:\.?[ºª°]\s?)?[A-DFa-df])(?![\w/-])"
)
# teachers' own room or group: what they say of classes is of their classes
_STAFF_ROOM = re.compile(
    r"\b(?:staff ?room|teachers'? (?:room|lounge|group|chat)|lehrerzimmer|kollegium|"
    r"salle des (?:profs|professeurs)|sala (?:de|dos) profesores|sala (?:de|dos) professores|"
    r"sala (?:dei|degli) (?:docenti|insegnanti)|lerarenkamer|docentenkamer|"
    r"pokój nauczycielski)\b",
    re.IGNORECASE,
)
# the teachers' meeting about a class or a year ("conseil des maîtres", "conselho de
# turma", "Zeugniskonferenz"): a class's, unless a child is named
_CLASS_COUNCIL = re.compile(
    r"\b(?:conseils? (?:de classe|des maîtres|des maitres|de cycle|d'école)|"
    r"conselhos? (?:de turma|de docentes|pedagógico)|consigli[oi] di (?:classe|interclasse)|"
    r"collegio (?:dei )?docenti|klassenkonferenz\w*|zeugniskonferenz\w*|lehrerkonferenz\w*|"
    r"gesamtkonferenz\w*|rapportvergadering\w*|rada pedagogiczna|rady pedagogicznej|"
    r"juntas? de evaluación|sesión de evaluación|claustro de profesores|staff meeting|"
    r"teachers' meeting|year team meeting)\b",
    re.IGNORECASE,
)
# a teacher of the class: "Klassenlehrerin der 4b", "teacher of 3B" (no child of it)
_TEACHER_OF = re.compile(
    r"(?:lehrer\w*|teacher|juf|meester|maestr[ao]|professeur\w*|profesor\w*|professor\w*|"
    r"wychowawczyni\w*|wychowawca|tutor\w*)\s+(?:der|of|di|de|del|della|van|du|des|da|do|"
    r"klasy)\s+$",
    re.IGNORECASE,
)


# a parent speaking of their child: "mamma di Tommaso", "mama Kuby", "madre de Lucía"
_PARENT_OF = re.compile(
    r"\b(?:mamma|papà|madre|padre|mãe|pai|mama|tata|moeder|vader|mutter|vater|mère|père|"
    r"mum|mom|dad)\s+(?:di|de|do|da|van|von|of|du)?\s*(?-i:[A-ZÀ-ÝŁŚŻ])",
    re.IGNORECASE,
)
