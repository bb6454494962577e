"""Health shown by its signs rather than by a term said of a person.

A pregnancy told by its weeks ("bin in der 14. Woche"), stitches ("ze is gehecht"), a short
therapy entry beside a part of the body ("Ergo – Hand links"), a medicine with its dose in
a cell ("Sertralin 50 mg", not a stock line with a price), a number under a health label
("Pflegegrad: 3"), "our hospital" as the writer's workplace, and a file named after a
person (a report or a biometric template filed under someone's name). The special-category
recognizer (:mod:`troth.guard.special`) asks these.
"""

from __future__ import annotations

import re

from troth.guard import titles
from troth.guard.context import RELATIONS_WORDS, SUBJECTS, first_person, topical
from troth.guard.lexicon import Hit, fold
from troth.guard.sentences import agenda_entry
from troth.guard.titles import alternation

# a pregnancy told by its weeks or months, in the first person ("bin in der 14. Woche",
# "je suis à 3 mois", "estoy de 12 semanas"; not "je suis à 3 mois de la retraite")
PREGNANCY = re.compile(
    r"\b(?:(?:ich )?bin (?:jetzt |gerade |schon |erst )?in der \d{1,2}\. ?(?:woche|ssw)|"
    r"\d{1,2}\. ?ssw|"
    r"je suis (?:à|a|enceinte de) \d{1,2} (?:mois|semaines)(?! d)|"
    r"estoy de \d{1,2} (?:semanas|meses)(?! de)|"
    r"sono (?:di|alla|al) \d{1,2}\S{0,6} (?:settiman[ae]|mesi|mese)(?! di)|"
    r"estou (?:de|com) \d{1,2} (?:semanas|meses)(?! de)|"
    r"ik ben (?:nu |al )?\d{1,2} (?:weken|maanden)(?= ?(?:zwanger|[,.!]|$|en\b))|"
    r"jestem w \d{1,2}\.? ?(?:tygodniu|miesiącu)|"
    r"(?:na|mam|miał[ae]?m|wystawion\w*|dostał\w*|zwolnieni\w*) l-?4\b|l-?4 do\b|"
    r"(?:i'?m|i am) (?:now )?\d{1,2} (?:weeks|wks)(?= ?(?:along|today|now|[,.!]|$|and\b))|"
    r"\d{1,2} (?:weeks|wks) (?:today|along)\b(?=.{0,80}\b(?:scan|bump|midwife|telling)))"
)
# a pregnancy's scan by its week or term: "12 week scan went fine", "écho du 2e trimestre",
# "ecografia das 12 semanas", "20-wekenecho", "USG połówkowe"
PREGNANCY_SCAN = re.compile(
    r"\b(?:\d{1,2}|twelve|twenty)[- ]?(?:week|wk)s?[- ]scan\b|"
    r"\bécho(?:graphie)? du (?:1er|premier|2e|2ème|deuxième|second|3e|3ème|troisième) trimestre|"
    r"\becograf[ií]a (?:das|de las|delle|della|de) \d{1,2}(?:ª)? (?:semanas|settiman[ae])|"
    r"\b\d{1,2}[- ]?weken[- ]?echo\b|\btermijnecho\b|"
    r"\busg (?:połówkowe|prenatalne|w \d{1,2}\.? tygodniu)"
)
# stitches after an injury ("ze is gehecht"; not "gehecht aan", attached to)
STITCHED = re.compile(r"\b(?:is|zijn|ben) (?:meteen |direct |net )?gehecht\b(?! aan)")
# a short form of a therapy beside a part of the body: "Ergo – Hand links"
THERAPY_OF = re.compile(
    r"^\W*(?:ergo|logo|kine|kiné|fisio|fysio|physio)\s*[-–:|/]\s*(?:hand|hände|knie|schulter|"
    r"rücken|arm|fuß|fuss|hüfte|nacken|finger|handgelenk|ellbogen|main|genou|épaule|dos|"
    r"poignet|mano|rodilla|hombro|espalda|muñeca|ginocchio|spalla|schiena|polso|joelho|"
    r"ombro|costas|schouder|rug|pols|heup|nek|ręka|dłoń|kolano|bark|plecy|nadgarstek|"
    r"kręgosłup|biodro|hip|knee|shoulder|back|wrist|neck|ankle)\b",
    re.IGNORECASE,
)
# an appointment with a doctor of a branch of care: "cita con el traumatólogo", "Termin
# beim Kardiologen", "consulta no cardiologista", "wizyta u kardiologa"
APPOINTMENTS = frozenset(
    """appointment appointments appt cita consulta termin rendez rdv visita visite afspraak
    wizyta wizyte wizytę wizyty consulto controllo chez""".split()
)
SPECIALIST = re.compile(
    r"^(?:cardiolog|kardiolog|neurolog|dermatolog|gyn[aeä]?[ek]olog|ginecolog|ginekolog|"
    r"traumatolog|orthop[aäe]d|ortoped|oncolog|onkolog|psychiat|psiquiat|psichiat|urolog|"
    r"gastroenterolog|pneumolog|neumolog|endocrinolog|endokrynolog|reumatolog|rheumatolog|"
    r"oftalmolog|ophtalmolog|ophthalmolog|okulist|otorrino|pediatr|pédiatr|pediatra|"
    r"kinderarts|kinderarzt|psycholog|psicolog|psicólog|diabetolog|nefrolog|nephrolog|"
    r"hematolog|hämatolog|allergolog|alergolog|logop[eä]d|fisioterap|physiotherap|fysiotherap|"
    r"fisiatr|physiatr|reumatolog|angiolog|flebolog|proctolog|hepatolog|"
    # a clinic of the mind: "cita en salud mental", "chez le psy"
    r"mental|psy$|psi$)"
)
# a part of the body hurt, crushed, broken or burnt: "since he burnt his right hand", "seit
# er sich die rechte Hand an der Presse gequetscht hat", "si è schiacciato la mano destra"
_HURT = (
    r"burnt|burned|broke|broken|crushed|sprained|fractured|injured|gequetscht|gebrochen|"
    r"verstaucht|verletzt|verbrannt|écrasé|ecrase|cassé|casse|brûlé|brule|foulé|blessé|"
    r"fracturé|aplastó|aplasto|aplastado|rompió|rompio|quemó|quemo|torció|torcio|lesionó|"
    r"fracturó|schiacciat[oa]|rott[oa]|bruciat[oa]|slogat[oa]|fratturat[oa]|esmagou|partiu|"
    r"queimou|torceu|fraturou|magoou|gekneusd|gebroken|verbrand|verstuikt|bezeerd|"
    r"zmiażdżył\w*|złamał\w*|poparzył\w*|skręcił\w*|zranił\w*"
)
_PART = (
    r"(?:(?:right|left|rechte\w*|linke\w*|droite?|gauche|derech[ao]|izquierd[ao]|destr[ao]|"
    r"sinistr[ao]|direit[ao]|esquerd[ao]|prawą|lewą)\s+)?"
    r"(?:hands?|arm|leg|foot|fingers?|knee|wrist|ankle|shoulder|hand|bein|fuß|fuss|finger|knie|"
    r"handgelenk|knöchel|schulter|main|bras|jambe|pied|doigt|genou|poignet|cheville|épaule|"
    r"mano|brazo|pierna|pie|dedo|rodilla|muñeca|tobillo|hombro|braccio|gamba|piede|dito|"
    r"ginocchio|polso|caviglia|spalla|mão|braço|perna|pé|joelho|pulso|tornozelo|ombro|"
    r"rechterhand|linkerhand|been|voet|vinger|pols|enkel|schouder|rękę|dłoń|nogę|stopę|palec|"
    r"kolano|nadgarstek|kostkę|bark)(?:\s+(?:right|left|droite?|gauche|derech[ao]|"
    r"izquierd[ao]|destr[ao]|sinistr[ao]|direit[ao]|esquerd[ao]))?"
)
HURT = re.compile(
    rf"\b(?:(?:{_HURT})\s+(?:\w+\s+){{0,3}}?{_PART}|{_PART}\s+(?:\w+\s+){{0,5}}?(?:{_HURT}))\b",
    re.IGNORECASE,
)
HURT_WORDS = frozenset(
    """burnt burned broke broken crushed sprained fractured injured gequetscht gebrochen
    verstaucht verletzt verbrannt écrasé cassé brûlé foulé blessé fracturé aplastó aplastado
    rompió quemó torció lesionó fracturó schiacciato schiacciata rotto rotta bruciato
    bruciata slogato slogata fratturato fratturata esmagou partiu queimou torceu fraturou
    magoou gekneusd gebroken verbrand verstuikt bezeerd zmiażdżył złamał poparzył skręcił
    zranił""".split()
)
# the parts of the body a hurt is said of (lower case): with a word of hurting, a gate
PART_WORDS = frozenset(
    """hand hands arm leg foot finger fingers knee wrist ankle shoulder bein fuß fuss knie
    handgelenk knöchel schulter main bras jambe pied doigt genou poignet cheville épaule mano
    brazo pierna pie dedo rodilla muñeca tobillo hombro braccio gamba piede dito ginocchio
    polso caviglia spalla mão braço perna pé joelho pulso tornozelo ombro rechterhand
    linkerhand been voet vinger pols enkel schouder rękę dłoń nogę stopę palec kolano
    nadgarstek kostkę bark""".split()
)


def hurt_may(words: frozenset[str] | set[str]) -> bool:
    """Whether a text (its lower-case words) may tell of a part of the body hurt, or of
    time kept sober."""
    if not SOBER_WORDS.isdisjoint(words) and not SPAN_WORDS.isdisjoint(words):
        return True
    return not HURT_WORDS.isdisjoint(words) and not PART_WORDS.isdisjoint(words)


# time kept sober or clean: "vandaag precies drie jaar clean", "2 Jahre trocken"
SOBER_WORDS = frozenset(
    """clean sober trocken nüchtern abstinent abstinente sobrio sobria sóbrio sóbria nuchter
    czysty czysta trzeźwy trzeźwa drinking drink alcohol alcool alkohol alkoholu trinken drinken
    bere beber boire picia alcol álcool""".split()
)
SPAN_WORDS = frozenset(
    """year years month months days weeks jaar maanden dagen weken jahre jahr monate tage
    wochen ans mois jours semaines años meses días semanas anni mesi giorni settimane anos
    dias lat miesięcy miesiące dni tygodni an anno ano año rok""".split()
)
SOBER = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|een|twee|drie|vier|vijf|"
    r"zes|zeven|acht|negen|tien|ein|eine|zwei|drei|fünf|sechs|sieben|zehn|un|une|deux|trois|"
    r"cinq|dix|uno|una|dos|tres|cinco|seis|diez|due|tre|cinque|dieci|um|uma|dois|três|"
    r"jeden|dwa|trzy|pięć)\s+(?:\w+\s+)?(?:years?|months?|days?|weeks?|jaar|maanden|dagen|"
    r"weken|jahre?|monate?|tage|wochen|ans?|mois|jours|semaines|años|meses|días|semanas|"
    r"anni|mesi|giorni|settimane|anos|dias|lat|miesięcy|miesiące|dni|tygodni)\s+"
    r"(?:clean|sober|trocken|nüchtern|abstinent|sobri[oa]|sóbri[oa]|nuchter|czyst[ya]|"
    r"trzeźw\w*)\b|"
    # a time without drinking: "1 anno senza bere", "1 an sans alcool", "rok bez picia"
    r"\b(?:(?:\d{1,3}|one|a|ein|un|une|uno|um|een|jeden)\s+)?(?:years?|months?|jaar|jahre?|"
    r"monate?|ans?|mois|años?|meses|anni|anno|mesi|anos?|rok|lat|miesięcy|miesiące)\s+"
    r"(?:without|ohne|sans|sin|senza|sem|zonder|bez)\s+(?:drinking|alcohol|a drink|alkohol|"
    r"alkoholu|trinken|alcool|boire|beber|bere|alcol|álcool|drinken|picia)\b",
    re.IGNORECASE,
)


STATED_WORDS = (
    frozenset(
        """woche ssw mois semaines semanas meses settimane settimana mesi mese weken maanden
    tygodniu miesiącu weeks wks gehecht ergo logo l scan echo echographie ecografia
    termijnecho usg""".split()
    )
    | APPOINTMENTS
    | frozenset(
        """negative positive negativ positiv negatif positif negativo positivo negativa
        positiva negatief positief negatywny pozytywny negatywnie pozytywnie negatywna
        pozytywna""".split()
    )
)


# the capitals of multiple sclerosis, which let a text through to the reading
MS_GATE = re.compile(r"\bMS\b")
# multiple sclerosis by its capitals, after a word that gives it to someone ("with MS", "für
# ihre MS", "die MS nervt", "tengo EM" is not read), and not a product of one software firm
MULTIPLE_SCLEROSIS = re.compile(
    r"\b(?:with|have|has|had|my|her|his|for|mit|habe|hab|hat|meine|meiner|ihre|ihrer|seine|"
    r"seiner|die|der|avec|ma|sa|de|con|mi|su|com|minha|sua|met|mijn|haar|zijn|heb|heeft|mam|"
    r"moje|moja|mojej|jej|jego|na)\s+(MS)\b"
    r"(?![-\s]*(?:Office|Teams|Word|Excel|Access|SQL|Project|Paint|Edge|Outlook|DOS|Windows|"
    r"Dynamics|Azure|Store|Exchange|Visio|Forms|Planner|Intune|365|Entra|Defender|Sans|in\b))"
)


# a person addressed by a title and a name: "Sr. Andrés Molina, cita en Traumatología"
_ADDRESSED = re.compile(
    rf"\b(?:{alternation(titles.MALE + titles.FEMALE, small=True)})\b\.?\s+"
    r"[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+"
)


def specialist_visit(tokens: list[tuple[str, int, int]], text: str) -> list[tuple[int, int]]:
    """An appointment with a doctor of a branch of care, four words on at most, in a text
    whose writer speaks, names a relative or addresses someone by title ("tengo cita con el
    traumatólogo", "Termin beim Kardiologen für meinen Sohn", "Sr. Molina, cita en
    Traumatología"): a visit of someone's, not a doctor's job."""
    words = [t[0] for t in tokens]
    if not (
        first_person(words)
        or not RELATIONS_WORDS.isdisjoint(words)
        or _ADDRESSED.search(text) is not None
        or agenda_entry(text, len(tokens))  # "Visita fisiatra ASL Bari 10:40": the owner's
    ):
        return []
    spans = []
    for i, word in enumerate(words):
        if word not in APPOINTMENTS:
            continue
        before = [j for j in (i - 2, i - 1) if j >= 0 and SPECIALIST.match(words[j])]
        after = [j for j in range(i + 1, min(len(words), i + 5)) if SPECIALIST.match(words[j])]
        if before:  # "my dermatologist appt"
            spans.append((tokens[before[0]][1], tokens[i][2]))
        elif after:  # "cita con el traumatólogo"
            spans.append((tokens[i][1], tokens[after[0]][2]))
    return spans


# a medical test's result: "I tested negative", "swab came back negative", "test négatif",
# "la prueba ha dado negativo", "tampone negativo", "test wyszedł negatywny"
_RESULT_WORD = (
    r"(?:negative|positive|negativ|positiv|négatif|negatif|positif|négative|positive|"
    r"negativo|positivo|negativa|positiva|negatief|positief|negatywny|pozytywny|negatywnie|"
    r"pozytywnie|negatywna|pozytywna)"
)
TEST_RESULT = re.compile(
    rf"\btested\s+{_RESULT_WORD}\b|"
    r"\b(?:swab|pcr|lft|lateral flow|antigen test|covid test|test|schnelltest|coronatest|"
    r"selbsttest|autotest|prueba|antígeno|tampone|teste|zaragatoa|wymaz|sneltest|zelftest)\s+"
    r"(?:(?:came back|come back|was|is|war|ist|est|a été|ha dado|dio|ha salido|salió|è|è stato|"
    r"è risultato|deu|foi|wyszedł|wyszedl|jest|was weer|is weer|again|wieder|encore|otra vez|"
    r"di nuovo|de novo|znowu)\s+){0,2}"
    rf"{_RESULT_WORD}\b",
    re.IGNORECASE,
)
_RESULT_GATE = re.compile(r"n[ée]gati|positi|pozytyw|negatyw")
# a program's or a build's test, not a person's
_SOFTWARE = re.compile(
    r"\b(?:build|deploy\w*|unit|pipeline|ci|code|release|regression|suite|branch|commit|"
    r"staging|server|api|script|sample size|hypothesis|p-value|a/b)\b",
    re.IGNORECASE,
)


def test_results(text: str, short: bool) -> list[tuple[int, int]]:
    """A medical test's result, told as it came; not a program's tests, nor a rule for
    what to do if a test is positive (unless the writer speaks)."""
    found = [m.span() for m in TEST_RESULT.finditer(text)]
    if not found or _SOFTWARE.search(text) or _GENETIC_TEST.search(text):
        return []  # (a genetic test's result is genetic data, read elsewhere)
    if not _IF.search(text) or short:
        return found
    words = [fold(w) for w in re.findall(r"\w+", text.lower())]
    return found if first_person(words) else []


_GENETIC_TEST = re.compile(
    r"brca|dna|adn|gen[eé]t|\bgen(?:e|es)?\b|\bgen-|mutat|mutaz|mutac|muta[cç]|carrier|"
    r"paternit|vaderschap|ojcostw|vaterschaft|leiden|\bhla|genotyp|tr[aä]ger",
    re.IGNORECASE,
)
# "if the test is positive, stay at home": a rule for anyone
_IF = re.compile(
    r"\b(?:if|when|wenn|falls|si|se|quand|cuando|quando|als|indien|wanneer|jeśli|jeżeli|gdy|"
    r"in case|en caso|in caso|em caso)\b",
    re.IGNORECASE,
)


def stated_health(text: str, short: bool) -> list[tuple[int, int]]:
    """A pregnancy by its weeks, stitches, a therapy of a part of the body (short only),
    time kept sober, multiple sclerosis said of someone, a part of a person's body hurt, a
    medical test's result."""
    lower = text.lower()
    spans = [m.span() for m in PREGNANCY.finditer(lower)]
    spans += [m.span() for m in PREGNANCY_SCAN.finditer(lower)]
    if _RESULT_GATE.search(lower):
        spans += test_results(text, short)
    spans += [m.span() for m in STITCHED.finditer(lower)]
    if short:
        spans += [m.span() for m in THERAPY_OF.finditer(text)]
    spans += [m.span() for m in SOBER.finditer(text)]
    if "MS" in text:
        spans += [m.span(1) for m in MULTIPLE_SCLEROSIS.finditer(text)]
    runs = re.findall(r"\w+", lower)
    if HURT_WORDS.isdisjoint(runs):
        return spans
    words = [fold(w) for w in runs]
    if first_person(words) or not (
        SUBJECTS.isdisjoint(words) and RELATIONS_WORDS.isdisjoint(words)
    ):
        spans += [m.span() for m in HURT.finditer(text) if not _THING_HURT.search(m.group())]
    return spans


# a thing's part broken: "the arm of the chair is broken", "broken foot pedal"
_THING_HURT = re.compile(
    r"\b(?:chair|robot|crane|pedal|lever|clock|stuhl|kran|chaise|grue|silla|grúa|sedia|gru|"
    r"cadeira|stoel|krzesł\w*)\b",
    re.IGNORECASE,
)


# a dose after a medicine, in a cell: "Sertralin 50 mg", "Thyrax 0,1 mg"
DOSE = re.compile(r"\s*\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|ug|ml|ie|ui|iu|j\.m\.)\b", re.I)
# a price: a currency's sign, or a word of price or currency beside a figure ("Price: 4,99",
# "12 EUR"; not the surname "Owen Price")
PRICE = re.compile(
    r"[€$£]|\b(?:eur|pln|zł|price|preis|prix|precio|preço|preco|prezzo|prijs|cena|cost)\b"
    r"(?=\W{0,3}\d)|\d\s?(?:eur|pln|zł)\b",
    re.IGNORECASE,
)
# a product made for people with a condition: "diabetes-friendly snacks"
FRIENDLY = re.compile(r"[- ]?(?:friendly|freundlich|vriendelijk)\b", re.I)
# a status of a worker with a disability, not a unit of care beside it
DISABILITY_STATUS = frozenset({"rqth", "wajong", "categorie protette", "categoria protetta"})


# a number under a health label: an exemption code, a degree of disability, a care level
# ("Codice esenzione ticket: 048", "GdB: 50", "Pflegegrad: 3"); not 0 or 1 (a switch)
NUMBER_VALUE = re.compile(r"[^:\n]{0,40}:\s*[\"']?(\d{1,3})%?[\"']?\s*[,}\]]?\s*(?:$|\n)")


def code_after(text: str, end: int) -> bool:
    """A number of 2 or more after the label that ends at ``end``: a code or a grade
    ("Pflegegrad: 3", "Codice esenzione ticket: 048"), not a switch ("chemo": 1)."""
    m = NUMBER_VALUE.match(text, end)
    return m is not None and int(m.group(1)) >= 2


# "our" before a hospital or a clinic: the writer's workplace ("w naszym szpitalu", "in
# unserem Krankenhaus", "en nuestro hospital"), not a stay in it
OUR = frozenset(
    """our unser unsere unserem unserer unseren notre nos nuestro nuestra nostro nostra
    nosso nossa ons onze naszym naszego nasz naszej""".split()
)
WORKPLACES = (
    "hospital",
    "hopital",
    "szpital",
    "krankenhaus",
    "klinik",
    "clinic",
    "ospedal",
    "ziekenhuis",
)
# "works (shifts) at the hospital": a job there, not a stay
WORKS = frozenset(
    """work works working worked arbeite arbeitet arbeiten arbeitete travaille travaillent
    travaillait trabaja trabajan trabajaba lavora lavorano lavorava trabalha trabalham
    trabalhava werkt werken werkte pracuje pracuja pracowal pracowala""".split()
)


def our_workplace(words: list[str], index: int) -> bool:
    """A hospital someone works in ("trabaja a turnos en el hospital"), or one the writer
    calls "ours" in a sentence with no relative."""
    if not words[index].startswith(WORKPLACES):
        return False
    if not WORKS.isdisjoint(words[max(0, index - 5) : index]):
        return True
    return index > 0 and words[index - 1] in OUR and RELATIONS_WORDS.isdisjoint(words)


def dosed(text: str, hit: Hit, words: list[str]) -> bool:
    """A medicine and its dose in a short text with no word of a product or a stock:
    "Sertralin 50 mg" (given to someone), not "Paracetamol 500 mg – 20 Stück"."""
    if DOSE.match(text, hit.end) is None or PRICE.search(text):
        return False
    return not topical([w for w in words if w != "mg"])


# a file name that holds a person's name: a capitalised first or last name
# ("informe_endoscopia_Fernandez_2026.pdf", "..._GARCIA_...", "..._JRuiz.pdf") or a
# lower-case surname and an initial before the extension ("szablon_odcisku_kowalski_j.dat")
FILE_NAME_WORD = re.compile(r"(?:^|[_\-.])(?:[A-Z]{0,2}([A-Z][a-z]{2,})|([A-Z]{3,}))(?=[_\-.]|$)")
SURNAME_INITIAL = re.compile(r"[_-][a-z]{4,}[_-][a-z]\.[a-z0-9]{2,4}$")


def file_of_person(text: str) -> bool:
    """A file name (no spaces, an extension) that names a person."""
    if " " in text.strip() or not re.search(r"\.[A-Za-z0-9]{2,4}$", text):
        return False
    if SURNAME_INITIAL.search(text):
        return True
    from troth.guard.names import name_lexicons

    first, last = name_lexicons()[:2]
    for m in FILE_NAME_WORD.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        if word in first or word in last:
            return True
    return False


# a return to work or a life changed since a condition: "Reincorporación progresiva tras
# un infarto", "já não desce escadas desde o AVC", "po przeszczepie nerki"
_SINCE = frozenset(
    """after since post following nach seit apres depuis tras despues desde dopo
    dall dal apos desde sinds sedert po od""".split()
)
_ARTICLES = frozenset(
    """a an the her his my mein meinem meiner seinem ihrem dem der einem einer le la l un
    une sa son mon el la un una su mi il lo l un una suo sua mio mia o a um uma seu sua
    meu minha de het een zijn haar mijn jej jego moim""".split()
)


def lived_since(words: list[str], index: int) -> bool:
    """The term follows "after" or "since" ("since her stroke", "tras un infarto"): a
    condition the person lives with or returns from."""
    before = [w for w in words[max(0, index - 3) : index] if w not in _ARTICLES]
    return bool(before) and before[-1] in _SINCE


# a form's label for the filler's own medical history: what follows it is theirs, even
# when it is a "no" ("Pre-existing conditions: no heart problems", "Anamnesi: nessun …")
_HISTORY_LABEL = re.compile(
    r"(?:^|\n|\")[^:\n\"]{0,30}?\b(?:pre-?existing(?: (?:medical )?conditions?)?|medical history|"
    r"health questionnaire|questionnaire (?:de )?sant[ée]|gesundheitsfragebogen|"
    r"cuestionario de salud|questionario (?:sanitario|di salute)|question[áa]rio de sa[úu]de|"
    r"gezondheidsverklaring|gezondheidsvragenlijst|ankieta (?:zdrowotna|medyczna)|"
    r"kwestionariusz (?:zdrowotny|medyczny)|"
    r"health history|health declaration|vorerkrankung\w*|krankengeschichte|anamnes\w*|"
    r"ant[ée]c[ée]dents(?: m[ée]dicaux)?|antecedentes(?: m[ée]dicos| cl[íi]nicos)?|"
    r"historial (?:m[ée]dico|cl[íi]nico)|storia clinica|patologie (?:pregresse|note)|"
    r"condi[çc][õo]es pr[ée]-existentes|doen[çc]as pr[ée]-existentes|"
    r"(?:medische )?voorgeschiedenis|wywiad (?:lekarski|chorobowy|medyczny)|"
    r"choroby przewlek[łl]e)\b[^:\n]{0,30}:",
    re.IGNORECASE,
)


def own_history(text: str, start: int) -> bool:
    """Whether the term at ``start`` answers a form's label for the filler's own medical
    history ("Pre-existing conditions (read back by agent): no heart problems")."""
    m = _HISTORY_LABEL.search(text, 0, start)
    return m is not None and "\n" not in text[m.end() : start]


# a person named on a line of its own at the start: a signature's opening ("Agnès Roy ·
# Comptabilité", "Ewa Michalak\nKsięgowa")
_NAME_LINE = re.compile(
    r"^\s*[A-ZÀ-ÝŁŚŻ][a-zà-ÿąćęłńóśźż]+(?:[ \t]+[A-ZÀ-ÝŁŚŻ][\w'-]+){1,2}\s*(?:[·|,–-]|\n)"
)
# away for a treatment, or a status of disability, on the term's line: the signer's own
_AWAY = re.compile(
    r"\b(?:absent|absente|away|off|out of office|abwesend|nicht im büro|ausente|assente|"
    r"afwezig|nieobecn\w*|niedostępn\w*|indisponible|non disponibile|temps partiel "
    r"thérapeutique|teilzeit|part-time|tiempo parcial|deeltijd)\b",
    re.IGNORECASE,
)


def signers_own(text: str, start: int, end: int, status: bool) -> bool:
    """A health word on a signature's line after the signer's name, with the signer away
    for it or a status of disability: "Agnès Roy · Comptabilité\nAbsente le mardi
    (chimiothérapie)", "Dominique Faure\nRQTH – merci de privilégier l'écrit"."""
    if _NAME_LINE.match(text) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return status or _AWAY.search(line) is not None
